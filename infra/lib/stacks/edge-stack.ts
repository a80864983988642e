import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  Annotations,
  Aws,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  ClientAttributes,
  OAuthScope,
  UserPoolClient,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { acknowledgeWildcardAction, acknowledgeWildcardResource } from '../nag';
import { REPO_ROOT } from '../paths';
import { resourceName, type StageConfig } from '../stage';
import type { AuthStack } from './auth-stack';
import { attachmentsBucketName, type DataStack } from './data-stack';
import type { ProtectionStack } from './protection-stack';

/** The header CloudFront adds to every request to the API; the function refuses requests without it. */
export const ORIGIN_VERIFY_HEADER = 'x-prima-origin-verify';

export interface EdgeStackProps extends StackProps {
  readonly config: StageConfig;
  readonly data: DataStack;
  readonly auth: AuthStack;
  readonly protection: ProtectionStack;
  /** Deploy web/dist with the stack (default true; tests and `-c prima:webAssets=skip` turn it off). */
  readonly deployWebAssets?: boolean;
}

/** Where the web app sends the browser back after Cognito's hosted sign-in and sign-out. */
export const AUTH_CALLBACK_PATH = '/auth/callback';
export const SIGNED_OUT_PATH = '/signin';

/**
 * Rewrites every path without a file extension to /index.html: the web app's routes (`/complaints/…`,
 * `/p/<slug>`) are client-side. Only on the S3 behaviour, so API responses (403, 404) pass through untouched,
 * which distribution-wide custom error responses would not allow.
 */
export const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  if (!/\\.[A-Za-z0-9]+$/.test(request.uri)) request.uri = '/index.html';
  return request;
}`;

/**
 * What the browser talks to, under one domain:
 * - CloudFront with the WAF web ACL; the web app from a private S3 bucket through origin access control, with
 *   SPA routing and security headers (CSP, HSTS, frame options); `/api/*` and `/open311/*` to the HTTP API,
 *   uncached, with every viewer header but Host;
 * - the HTTP API itself (its routes, authorizer and stage are added by the API stack);
 * - the web app's Cognito client (authorization code with PKCE, no secret), whose callback URL is this
 *   distribution's domain: that is why the client lives here and not in the auth stack.
 */
export class EdgeStack extends Stack {
  readonly httpApi: HttpApi;
  readonly distribution: Distribution;
  readonly webBucket: Bucket;
  readonly webClient: UserPoolClient;
  /**
   * Shared by CloudFront (a custom origin header) and the API function: requests that reach the HTTP API's
   * public execute-api endpoint directly, around CloudFront and its WAF, lack it and get 403.
   */
  readonly originVerify: Secret;
  /** `https://<custom domain or CloudFront domain>` */
  readonly webUrl: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    const { config, data, auth, protection, deployWebAssets = true, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: CloudFront, web bucket, HTTP API endpoint, web app client`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });

    this.httpApi = new HttpApi(this, 'Api', {
      apiName: resourceName(config, 'api'),
      description: 'Prima API (routes, authorizer and stage: API stack)',
      createDefaultStage: false,
    });

    this.webBucket = new Bucket(this, 'Web', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Rebuilt from the repository on every deploy: nothing here needs keeping.
      removalPolicy: RemovalPolicy.DESTROY,
      serverAccessLogsBucket: data.accessLogs,
      serverAccessLogsPrefix: `${resourceName(config, 'web')}/`,
    });

    const region = this.region;
    const attachmentsHost = `${attachmentsBucketName(config)}.s3.${region}.amazonaws.com`;
    const authHost = `${auth.domain.domainName}.auth.${region}.amazoncognito.com`;
    const csp = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `img-src 'self' data: blob: https://${attachmentsHost}`,
      "font-src 'self'",
      `connect-src 'self' https://${attachmentsHost} https://cognito-idp.${region}.amazonaws.com https://${authHost}`,
      `form-action 'self' https://${authHost}`,
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      'upgrade-insecure-requests',
    ].join('; ');
    const securityHeaders = (contentSecurityPolicy: string) => ({
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(730),
        includeSubdomains: true,
        preload: false,
        override: true,
      },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      contentTypeOptions: { override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
    });
    const permissionsPolicy = {
      customHeaders: [
        {
          header: 'Permissions-Policy',
          value: 'camera=(), microphone=(), geolocation=(self), payment=()',
          override: true,
        },
      ],
    };
    const webHeaders = new ResponseHeadersPolicy(this, 'WebHeaders', {
      responseHeadersPolicyName: resourceName(config, 'web-headers'),
      comment: 'Prima web app: CSP, HSTS, frame options',
      securityHeadersBehavior: securityHeaders(csp),
      customHeadersBehavior: permissionsPolicy,
    });
    // API responses are JSON/XML, never documents that load anything.
    const apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      responseHeadersPolicyName: resourceName(config, 'api-headers'),
      comment: 'Prima API: HSTS, frame options, a CSP that loads nothing',
      securityHeadersBehavior: securityHeaders("default-src 'none'; frame-ancestors 'none'"),
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      functionName: resourceName(config, 'spa-rewrite'),
      comment: 'Paths without a file extension are routes of the web app: serve /index.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(SPA_REWRITE),
    });

    this.originVerify = new Secret(this, 'OriginVerify', {
      secretName: resourceName(config, 'origin-verify'),
      description: 'Prima: header value CloudFront sends to the API; requests without it are refused',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    const apiOrigin = new HttpOrigin(`${this.httpApi.apiId}.execute-api.${region}.${this.urlSuffix}`, {
      customHeaders: {
        [ORIGIN_VERIFY_HEADER]: this.originVerify.secretValue.unsafeUnwrap(),
        // Changes the distribution when the secret was rotated, so CloudFormation reads it again.
        [`${ORIGIN_VERIFY_HEADER}-rotation`]: String(config.originVerifyRotation),
      },
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      readTimeout: Duration.seconds(30),
    });
    const apiBehavior: BehaviorOptions = {
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: apiHeaders,
      compress: true,
    };

    const cloudFrontLogs: IBucket = Bucket.fromBucketAttributes(this, 'CloudFrontLogs', {
      bucketName: protection.cloudFrontLogs.bucketName,
      region: protection.region,
    });
    const certificate = config.certificateArn
      ? Certificate.fromCertificateArn(this, 'Certificate', config.certificateArn)
      : undefined;

    this.distribution = new Distribution(this, 'Cdn', {
      comment: `Prima ${config.stage}`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.webBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: webHeaders,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      additionalBehaviors: { '/api/*': apiBehavior, '/open311/*': apiBehavior },
      ...(config.domainName && certificate
        ? {
            domainNames: [config.domainName],
            certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      webAclId: protection.webAcl.attrArn,
      enableLogging: true,
      logBucket: cloudFrontLogs,
      logFilePrefix: `${resourceName(config, 'cdn')}/`,
      logIncludesCookies: false,
      // Price class 200 includes the edge locations in Indonesia and the rest of Asia.
      priceClass: PriceClass.PRICE_CLASS_200,
      httpVersion: HttpVersion.HTTP2_AND_3,
    });

    const cloudFrontUrl = `https://${this.distribution.distributionDomainName}`;
    this.webUrl = config.domainName ? `https://${config.domainName}` : cloudFrontUrl;
    const appOrigins = [
      cloudFrontUrl,
      ...(config.domainName ? [`https://${config.domainName}`] : []),
      ...config.allowedOrigins,
    ];

    this.webClient = new UserPoolClient(this, 'WebClient', {
      userPool: auth.userPool,
      userPoolClientName: resourceName(config, 'web'),
      // A browser app cannot keep a secret: a public client, authorization code with PKCE.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: appOrigins.map((o) => `${o}${AUTH_CALLBACK_PATH}`),
        logoutUrls: appOrigins.map((o) => `${o}${SIGNED_OUT_PATH}`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The API takes ID tokens (they carry email, groups and the tenant); an official's working day.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      authSessionValidity: Duration.minutes(5),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('tenantId', 'userId'),
      // Nothing that decides access: not the tenant, not Prima's user id (both immutable anyway), not the
      // e-mail (the username). An official may only correct the display name.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    const webDist = join(REPO_ROOT, 'web', 'dist');
    const runtimeConfig = Source.jsonData('config.json', {
      stage: config.stage,
      region,
      userPoolId: auth.userPool.userPoolId,
      clientId: this.webClient.userPoolClientId,
      authDomain: auth.domainUrl,
      callbackPath: AUTH_CALLBACK_PATH,
      signedOutPath: SIGNED_OUT_PATH,
    });
    const hasWebBuild = existsSync(join(webDist, 'index.html'));
    if (deployWebAssets && !hasWebBuild) {
      Annotations.of(this).addWarningV2(
        'prima:web-not-built',
        'web/dist is missing: run `pnpm build:web` before deploying, or the web app will not be uploaded.',
      );
    }
    const withAssets = deployWebAssets && hasWebBuild;
    if (withAssets) {
      // Hashed bundles: cached for a year; older ones are kept (prune off) for browsers still on an old page.
      new BucketDeployment(this, 'WebAssets', {
        destinationBucket: this.webBucket,
        sources: [Source.asset(webDist)],
        include: ['assets/*'],
        exclude: ['*'],
        cacheControl: [
          CacheControl.setPublic(),
          CacheControl.maxAge(Duration.days(365)),
          CacheControl.immutable(),
        ],
        prune: false,
        memoryLimit: 512,
      });
    }
    // The page itself and its runtime configuration: always revalidated, and the CDN is invalidated.
    new BucketDeployment(this, 'WebShell', {
      destinationBucket: this.webBucket,
      sources: withAssets
        ? [Source.asset(webDist, { exclude: ['assets/**'] }), runtimeConfig]
        : [runtimeConfig],
      cacheControl: [CacheControl.noCache()],
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });

    // BucketDeployment's provider function (one per stack, created by CDK): it copies the built web app from the
    // CDK assets bucket into the web bucket and invalidates the distribution.
    const deployment =
      'CDK BucketDeployment provider: copies web/dist from the CDK assets bucket to the web bucket';
    for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*']) {
      acknowledgeWildcardAction(this, action, `${deployment}; CDK's grant for reading and syncing objects.`);
    }
    acknowledgeWildcardResource(
      this,
      this.webBucket.arnForObjects('*'),
      `${deployment}: every object of it.`,
    );
    acknowledgeWildcardResource(
      this,
      `arn:aws:s3:::cdk-hnb659fds-assets-${Aws.ACCOUNT_ID}-${region}/*`,
      `${deployment}: its source objects in the CDK assets bucket.`,
    );
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `${deployment}: cloudfront:CreateInvalidation/GetInvalidation accept no resource narrower than *.`,
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${deployment}: CDK attaches the basic execution role (its logs) to the provider.`,
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason: `${deployment}: its runtime is chosen by aws-cdk-lib and moves with it.`,
    });

    Validations.of(this.originVerify).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A shared header value, not a credential; rotating it means changing CloudFront and the function together ' +
        '(docs/deploy.md: put a new value, deploy both stacks).',
    });

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: Indonesians abroad file complaints too; abuse is handled by the WAF rate rules.',
    });
    if (!config.domainName) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain the distribution uses the *.cloudfront.net certificate, whose security policy ' +
          'CloudFront fixes; set domainName and certificateArn to get TLSv1.2_2021.',
      });
    }

    new CfnOutput(this, 'WebUrl', { value: this.webUrl, description: 'The web app and API' });
    new CfnOutput(this, 'DistributionDomainName', { value: this.distribution.distributionDomainName });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'WebClientId', { value: this.webClient.userPoolClientId });
    new CfnOutput(this, 'HttpApiId', { value: this.httpApi.apiId });
  }
}
