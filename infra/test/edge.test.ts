import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER as FUNCTION_HEADER } from '../../functions/api/src/adapters/lambda-env';
import { ORIGIN_VERIFY_HEADER, SPA_REWRITE } from '../lib/stacks/edge-stack';
import { MANAGED_RULE_GROUPS } from '../lib/stacks/protection-stack';
import { only, resources, synth } from './support';

/** CloudFront's managed policies (ids are fixed by AWS). */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

type Behavior = Record<string, unknown> & { PathPattern?: string };

describe('edge stack: CloudFront, web bucket, API under the same domain', () => {
  let edge: Template;
  let protection: Template;
  let dist: {
    DefaultCacheBehavior: Behavior;
    CacheBehaviors: Behavior[];
    Origins: Record<string, unknown>[];
    CustomErrorResponses?: unknown;
    WebACLId: unknown;
    Logging: unknown;
  };
  let synthesized: ReturnType<typeof synth>;

  beforeAll(() => {
    synthesized = synth();
    edge = synthesized.template('edge');
    protection = synthesized.template('protection');
    dist = only(edge, 'AWS::CloudFront::Distribution').resource.Properties.DistributionConfig as typeof dist;
  }, 120_000);

  describe('the web bucket', () => {
    it('is private: public access blocked, only CloudFront through origin access control', () => {
      const [, bucket] = resources(edge, 'AWS::S3::Bucket')[0]!;
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      const oac = only(edge, 'AWS::CloudFront::OriginAccessControl').resource.Properties;
      expect(oac.OriginAccessControlConfig).toMatchObject({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      });
      const s3Origin = dist.Origins.find((o) => o.S3OriginConfig);
      expect(s3Origin!.OriginAccessControlId).toBeDefined();
      expect(s3Origin!.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    });

    it('lets only this distribution read it, over TLS', () => {
      const policy = only(edge, 'AWS::S3::BucketPolicy').resource.Properties.PolicyDocument as {
        Statement: Record<string, unknown>[];
      };
      const read = policy.Statement.find(
        (s) => s.Principal && JSON.stringify(s.Principal).includes('cloudfront'),
      );
      expect(read).toMatchObject({ Effect: 'Allow', Action: 's3:GetObject' });
      expect(JSON.stringify(read!.Condition)).toContain('AWS:SourceArn');
      expect(policy.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    });
  });

  describe('routing', () => {
    it('serves the web app with SPA routing by a viewer-request function on the S3 behaviour only', () => {
      expect(dist.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(dist.DefaultCacheBehavior.FunctionAssociations).toEqual([
        {
          EventType: 'viewer-request',
          FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^SpaRewrite/), 'FunctionARN'] },
        },
      ]);
      for (const b of dist.CacheBehaviors) expect(b.FunctionAssociations, b.PathPattern).toBeUndefined();
      const fn = only(edge, 'AWS::CloudFront::Function').resource.Properties;
      expect(fn.FunctionCode).toBe(SPA_REWRITE);
    });

    it('has no distribution-wide error pages, so API 403/404 reach the caller unchanged', () => {
      expect(dist.CustomErrorResponses).toBeUndefined();
    });

    it('rewrites app routes to /index.html and leaves files alone', () => {
      const handler = new Function(`${SPA_REWRITE}; return handler;`)() as (e: {
        request: { uri: string };
      }) => { uri: string };
      const uri = (path: string) => handler({ request: { uri: path } }).uri;
      expect(uri('/p/kab-sukamaju')).toBe('/index.html');
      expect(uri('/complaints/01JABC')).toBe('/index.html');
      expect(uri('/')).toBe('/index.html');
      expect(uri('/assets/index-C3HNaR6p.js')).toBe('/assets/index-C3HNaR6p.js');
      expect(uri('/config.json')).toBe('/config.json');
    });

    it('sends /api/* and /open311/* to the HTTP API uncached, with every viewer header but Host', () => {
      expect(dist.CacheBehaviors.map((b) => b.PathPattern).sort()).toEqual(['/api/*', '/open311/*']);
      const apiOrigin = dist.Origins.find((o) => o.CustomOriginConfig)!;
      expect(JSON.stringify(apiOrigin.DomainName)).toContain('.execute-api.ap-southeast-3.');
      expect(apiOrigin.CustomOriginConfig).toMatchObject({
        OriginProtocolPolicy: 'https-only',
        OriginSSLProtocols: ['TLSv1.2'],
      });
      for (const b of dist.CacheBehaviors) {
        expect(b.CachePolicyId, b.PathPattern).toBe(CACHING_DISABLED);
        expect(b.OriginRequestPolicyId, b.PathPattern).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
        expect(b.AllowedMethods, b.PathPattern).toEqual(
          expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
        );
        expect(b.ViewerProtocolPolicy, b.PathPattern).toBe('https-only');
        expect(b.TargetOriginId).toBe(apiOrigin.Id);
      }
    });
  });

  it('adds the origin-verify header from a generated secret to every API request', () => {
    expect(ORIGIN_VERIFY_HEADER).toBe(FUNCTION_HEADER);
    const apiOrigin = dist.Origins.find((o) => o.CustomOriginConfig)!;
    const headers = apiOrigin.OriginCustomHeaders as { HeaderName: string; HeaderValue: unknown }[];
    const header = headers.find((h) => h.HeaderName === ORIGIN_VERIFY_HEADER);
    const { id: secretId, resource: secret } = only(edge, 'AWS::SecretsManager::Secret');
    expect(JSON.stringify(header!.HeaderValue)).toContain('{{resolve:secretsmanager:');
    expect(JSON.stringify(header!.HeaderValue)).toContain(secretId);
    expect(secret.Properties.GenerateSecretString).toMatchObject({
      PasswordLength: 48,
      ExcludePunctuation: true,
    });
  });

  describe('security headers', () => {
    const policies = () =>
      resources(edge, 'AWS::CloudFront::ResponseHeadersPolicy').map(
        ([id, p]) =>
          [
            id,
            (p.Properties.ResponseHeadersPolicyConfig as Record<string, unknown>).SecurityHeadersConfig,
          ] as [string, Record<string, Record<string, unknown>>],
      );

    it('send a CSP, HSTS, frame options DENY, nosniff and a referrer policy on every behaviour', () => {
      const all = policies();
      expect(all).toHaveLength(2);
      for (const [id, headers] of all) {
        expect(headers.StrictTransportSecurity, id).toEqual({
          AccessControlMaxAgeSec: 63072000,
          IncludeSubdomains: true,
          Preload: false,
          Override: true,
        });
        expect(headers.FrameOptions, id).toEqual({ FrameOption: 'DENY', Override: true });
        expect(headers.ContentTypeOptions, id).toEqual({ Override: true });
        expect(headers.ReferrerPolicy, id).toMatchObject({
          ReferrerPolicy: 'strict-origin-when-cross-origin',
        });
        expect(headers.ContentSecurityPolicy?.Override, id).toBe(true);
      }
      const ids = all.map(([id]) => id);
      for (const b of [dist.DefaultCacheBehavior, ...dist.CacheBehaviors]) {
        expect(ids).toContain((b.ResponseHeadersPolicyId as { Ref: string }).Ref);
      }
    });

    it('lock the web app to its own origin, the attachments bucket and Cognito; no inline script, no framing', () => {
      const [, web] = policies().find(([id]) => id.startsWith('WebHeaders'))!;
      const csp = JSON.stringify(web.ContentSecurityPolicy!.ContentSecurityPolicy);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain('prima-dev-attachments-');
      expect(csp).toContain('amazoncognito.com');
      const [, apiHeaders] = policies().find(([id]) => id.startsWith('ApiHeaders'))!;
      expect(apiHeaders.ContentSecurityPolicy!.ContentSecurityPolicy).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    });
  });

  it('is protected by the CloudFront web ACL from the us-east-1 stack and logs to its bucket there', () => {
    expect(dist.WebACLId).toEqual({
      'Fn::GetStackOutput': {
        StackName: 'prima-dev-protection',
        Region: 'us-east-1',
        OutputName: expect.stringContaining('WebAcl'),
      },
    });
    expect(JSON.stringify(dist.Logging)).toContain('.s3.us-east-1.amazonaws.com');
    expect(synthesized.stacks.protection.region).toBe('us-east-1');
  });

  it('uploads the runtime configuration of the web app (pool, client, hosted sign-in)', () => {
    const deployments = resources(edge, 'Custom::CDKBucketDeployment');
    expect(deployments.length).toBeGreaterThanOrEqual(1);
    const shell = deployments.find(([id]) => id.startsWith('WebShell'))![1].Properties;
    // config.json is filled in at deploy time with the pool, the client and the hosted sign-in domain.
    const markers = JSON.stringify(shell.SourceMarkers);
    expect(markers).toContain(only(edge, 'AWS::Cognito::UserPoolClient').id);
    expect(markers).toContain('prima-dev-auth');
    // The page and its configuration are always revalidated; the CDN is invalidated on every deploy.
    expect(shell.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    expect(shell.DistributionPaths).toEqual(['/*']);
    expect(shell.Prune).toBe(false);
  });

  describe('WAF web ACL', () => {
    let acl: Record<string, unknown>;
    let rules: Record<string, unknown>[];
    beforeAll(() => {
      acl = only(protection, 'AWS::WAFv2::WebACL').resource.Properties;
      rules = acl.Rules as Record<string, unknown>[];
    });

    it('is a CLOUDFRONT-scope ACL that allows by default', () => {
      expect(acl.Scope).toBe('CLOUDFRONT');
      expect(acl.DefaultAction).toEqual({ Allow: {} });
    });

    it('rate-limits each client IP on the public routes, tighter than on everything', () => {
      const pub = rules.find((r) => r.Name === 'rate-public-routes')!;
      expect(pub.Action).toEqual({ Block: { CustomResponse: { ResponseCode: 429 } } });
      const statement = (pub.Statement as { RateBasedStatement: Record<string, unknown> }).RateBasedStatement;
      expect(statement).toMatchObject({ Limit: 300, AggregateKeyType: 'IP', EvaluationWindowSec: 300 });
      const paths = JSON.stringify(statement.ScopeDownStatement);
      expect(paths).toContain('"SearchString":"/api/public/"');
      expect(paths).toContain('"SearchString":"/open311/"');
      expect(paths).toContain('"PositionalConstraint":"STARTS_WITH"');
      const all = rules.find((r) => r.Name === 'rate-all')!;
      expect((all.Statement as { RateBasedStatement: { Limit: number } }).RateBasedStatement.Limit).toBe(
        3000,
      );
    });

    it('runs the AWS managed rule groups', () => {
      const groups = rules
        .map(
          (r) =>
            (r.Statement as { ManagedRuleGroupStatement?: { VendorName: string; Name: string } })
              .ManagedRuleGroupStatement,
        )
        .filter((g) => g !== undefined);
      expect(groups.map((g) => `${g.VendorName}/${g.Name}`)).toEqual(
        MANAGED_RULE_GROUPS.map((n) => `AWS/${n}`),
      );
      for (const r of rules.filter(
        (r) => (r.Statement as Record<string, unknown>).ManagedRuleGroupStatement,
      )) {
        expect(r.OverrideAction, String(r.Name)).toEqual({ None: {} });
      }
    });

    it('sends metrics and sampled requests for every rule', () => {
      for (const r of rules) {
        expect(r.VisibilityConfig, String(r.Name)).toMatchObject({
          CloudWatchMetricsEnabled: true,
          SampledRequestsEnabled: true,
        });
      }
    });
  });
});

describe('rotating the origin-verify secret', () => {
  it('changes both the distribution and the function, so CloudFormation reads the secret again', () => {
    const rotated = synth({ context: { originVerifyRotation: 3 } });
    const origin = (
      only(rotated.template('edge'), 'AWS::CloudFront::Distribution').resource.Properties
        .DistributionConfig as {
        Origins: { OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[];
      }
    ).Origins.find((o) => o.OriginCustomHeaders)!;
    expect(origin.OriginCustomHeaders).toContainEqual({
      HeaderName: `${ORIGIN_VERIFY_HEADER}-rotation`,
      HeaderValue: '3',
    });
    const fn = resources(rotated.template('api'), 'AWS::Lambda::Function').find(
      ([, f]) => f.Properties.FunctionName === 'prima-dev-api',
    )![1];
    expect(
      (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.ORIGIN_VERIFY_ROTATION,
    ).toBe('3');
  }, 120_000);
});

describe('edge stack with a custom domain', () => {
  it('serves the domain with its us-east-1 certificate and TLS 1.2 at least', () => {
    const cert = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';
    const s = synth({
      stage: 'prod',
      context: { domainName: 'prima.bantulkab.go.id', certificateArn: cert },
    });
    const dist = only(s.template('edge'), 'AWS::CloudFront::Distribution').resource.Properties
      .DistributionConfig as Record<string, unknown>;
    expect(dist.Aliases).toEqual(['prima.bantulkab.go.id']);
    expect(dist.ViewerCertificate).toEqual({
      AcmCertificateArn: cert,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
  }, 120_000);
});
