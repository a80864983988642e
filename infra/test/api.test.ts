import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_ROUTES, OPEN_ROUTES, PUBLIC_THROTTLED_ROUTES } from '../lib/stacks/api-stack';
import { only, type Resource, resources, synth } from './support';

describe('api stack', () => {
  let api: Template;
  let edge: Template;
  let routes: Map<string, Resource>;
  let fn: Resource;

  beforeAll(() => {
    const s = synth();
    api = s.template('api');
    edge = s.template('edge');
    routes = new Map(
      resources(api, 'AWS::ApiGatewayV2::Route').map(([, r]) => [r.Properties.RouteKey as string, r]),
    );
    fn = resources(api, 'AWS::Lambda::Function').find(
      ([, f]) => f.Properties.FunctionName === 'prima-dev-api',
    )![1];
  }, 120_000);

  describe('the function', () => {
    it('runs the bundled ESM handler on nodejs22.x, arm64', () => {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Handler).toBe('index.handler');
    });

    it('logs JSON into its own log group, with source maps on', () => {
      expect(fn.Properties.LoggingConfig).toMatchObject({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO' });
      expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
      });
    });

    it('gets every setting lambdaConfig requires', () => {
      const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      for (const name of [
        'TABLE_NAME',
        'TABLE_ARN',
        'TABLE_KEY_ARN',
        'ATTACHMENTS_BUCKET',
        'TENANT_ROLE_ARN',
        'PLATFORM_ROLE_ARN',
        'COGNITO_USER_POOL_ID',
        'COGNITO_CLIENT_ID',
        'CORS_ORIGINS',
        'LOG_LEVEL',
      ]) {
        expect(vars[name], name).toBeDefined();
      }
      expect(vars.CORS_ORIGINS).toBe('http://localhost:5173,http://localhost:3000');
      // The origin-verify value reaches the function by a dynamic reference, never in the template itself.
      expect(JSON.stringify(vars.ORIGIN_VERIFY)).toMatch(/\{\{resolve:secretsmanager:/);
    });

    it('stops before API Gateway gives up (30 s)', () => {
      expect(fn.Properties.Timeout).toBeLessThan(30);
    });
  });

  describe('routes', () => {
    it('are exactly the open and the official routes', () => {
      expect([...routes.keys()].sort()).toEqual([...OPEN_ROUTES, ...OFFICIAL_ROUTES].sort());
    });

    it('put the JWT authorizer on the official routes', () => {
      const { id: authorizerId } = only(edge, 'AWS::ApiGatewayV2::Authorizer');
      for (const key of OFFICIAL_ROUTES) {
        const route = routes.get(key)!;
        expect(route.Properties.AuthorizationType, key).toBe('JWT');
        expect(JSON.stringify(route.Properties.AuthorizerId), key).toContain(authorizerId);
      }
    });

    it('leave health, the OpenAPI document, the public pages, Open311 and preflights open', () => {
      expect(OPEN_ROUTES).toEqual(
        expect.arrayContaining([
          'GET /api/health',
          'GET /api/openapi.json',
          'ANY /api/public/{proxy+}',
          'ANY /open311/v2/{proxy+}',
        ]),
      );
      for (const key of OPEN_ROUTES) {
        const route = routes.get(key)!;
        expect(route.Properties.AuthorizationType ?? 'NONE', key).toBe('NONE');
        expect(route.Properties.AuthorizerId, key).toBeUndefined();
      }
    });

    it('all go to the one function', () => {
      const integrations = resources(api, 'AWS::ApiGatewayV2::Integration');
      expect(integrations).toHaveLength(1);
      expect(integrations[0]![1].Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
      });
    });
  });

  it("checks Cognito ID tokens: the pool's issuer, the web client as audience", () => {
    const authorizer = only(edge, 'AWS::ApiGatewayV2::Authorizer').resource.Properties;
    const { id: clientId } = only(edge, 'AWS::Cognito::UserPoolClient');
    expect(authorizer.AuthorizerType).toBe('JWT');
    expect(authorizer.IdentitySource).toEqual(['$request.header.Authorization']);
    const jwt = authorizer.JwtConfiguration as { Audience: unknown[]; Issuer: unknown };
    expect(jwt.Audience).toEqual([{ Ref: clientId }]);
    expect(JSON.stringify(jwt.Issuer)).toMatch(/https:\/\/cognito-idp\.ap-southeast-3\./);
    expect(JSON.stringify(jwt.Issuer)).toContain('prima-dev-auth');
  });

  it('throttles the stage, and the public routes tighter, and logs every request', () => {
    const stage = only(api, 'AWS::ApiGatewayV2::Stage').resource.Properties;
    expect(stage.StageName).toBe('$default');
    expect(stage.AutoDeploy).toBe(true);
    expect(stage.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    expect(stage.RouteSettings).toEqual(
      Object.fromEntries(
        PUBLIC_THROTTLED_ROUTES.map((k) => [k, { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 }]),
      ),
    );
    const format = JSON.parse((stage.AccessLogSettings as { Format: string }).Format) as Record<
      string,
      string
    >;
    expect(format).toMatchObject({ status: '$context.status', route: '$context.routeKey' });
    // No personal data in access logs: neither client IP nor the concrete path.
    expect(Object.values(format)).not.toContain('$context.identity.sourceIp');
    expect(Object.values(format)).not.toContain('$context.path');
  });

  it('takes the rate limits from the stage settings', () => {
    const s = synth({
      context: { apiRatePerSecond: 300, apiBurst: 600, publicRatePerSecond: 30, publicBurst: 60 },
    });
    const stage = only(s.template('api'), 'AWS::ApiGatewayV2::Stage').resource.Properties;
    expect(stage.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 300, ThrottlingBurstLimit: 600 });
    expect(stage.RouteSettings).toMatchObject({
      'ANY /api/public/{proxy+}': { ThrottlingRateLimit: 30, ThrottlingBurstLimit: 60 },
    });
  }, 120_000);
});
