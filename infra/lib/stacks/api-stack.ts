import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  type HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { PrimaFunction } from '../constructs/prima-function';
import { TenantIsolation } from '../constructs/tenant-isolation';
import { ENTRIES } from '../paths';
import { resourceName, type StageConfig } from '../stage';
import { type AuthStack, issuerOf } from './auth-stack';
import { attachmentsBucketName, type DataStack } from './data-stack';
import type { EdgeStack } from './edge-stack';

export interface ApiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly data: DataStack;
  readonly auth: AuthStack;
  readonly edge: EdgeStack;
}

/** Routes anyone may call: the app checks them itself (public pages by slug, Open311 by API key). */
export const OPEN_ROUTES = [
  'GET /api/health',
  'GET /api/openapi.json',
  'ANY /api/public/{proxy+}',
  'ANY /open311/v2/{proxy+}',
  // CORS preflights carry no token; the app answers them for the configured origins.
  'OPTIONS /api/{proxy+}',
] as const;
/** Everything else under /api needs a Cognito ID token of the web app's client. */
export const OFFICIAL_ROUTES = ['ANY /api/{proxy+}'] as const;
/** Routes throttled with the public limits (per route, on top of the stage's). */
export const PUBLIC_THROTTLED_ROUTES = ['ANY /api/public/{proxy+}', 'ANY /open311/v2/{proxy+}'] as const;

/** Cognito actions of the identity adapter (functions/api/src/adapters/cognito-identity.ts). */
export const COGNITO_ADMIN_ACTIONS = [
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminResetUserPassword',
] as const;

/** A construct id for a route key: `ANY /api/public/{proxy+}` → `ANY-api-public-proxy`. */
const routeId = (key: string) =>
  key
    .replace(/[{}+]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/-$/, '');

const routeKey = (key: string) => {
  const [method, path] = key.split(' ') as [string, string];
  return HttpRouteKey.with(path, method as HttpMethod);
};

/**
 * The API: the Hono app in one Lambda function behind the HTTP API's routes, with Cognito's JWT authorizer on
 * the officials' routes, throttling, access logs, and the token-vending machine's roles (TenantIsolation): the
 * function's own role reaches no data, it assumes a tenant-scoped or platform-scoped role per request.
 */
export class ApiStack extends Stack {
  readonly api: PrimaFunction;
  readonly isolation: TenantIsolation;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    const { config, data, auth, edge, ...stackProps } = props;
    super(scope, id, {
      description: `Prima ${config.stage}: API function, routes, JWT authorizer, tenant-isolation roles`,
      terminationProtection: config.terminationProtection,
      ...stackProps,
    });

    const name = resourceName(config, 'api');
    this.api = new PrimaFunction(this, 'Api', {
      config,
      functionName: name,
      description: 'Prima API (Hono)',
      entry: ENTRIES.api,
      memorySize: 1024,
      // API Gateway gives up after 30 s.
      timeout: Duration.seconds(29),
      environment: {}, // set below, once the roles exist
    });

    // By name, not by reference: the ARN is then a plain join in this stack (see attachmentsBucketName).
    const attachments = Bucket.fromBucketName(this, 'Attachments', attachmentsBucketName(config));
    this.isolation = new TenantIsolation(this, 'Isolation', {
      namePrefix: `prima-${config.stage}`,
      table: data.table,
      tableKey: data.key,
      attachments,
      caller: this.api.role,
    });

    const env: Record<string, string> = {
      TABLE_NAME: data.table.tableName,
      TABLE_ARN: data.table.tableArn,
      TABLE_KEY_ARN: data.key.keyArn,
      ATTACHMENTS_BUCKET: attachments.bucketName,
      TENANT_ROLE_ARN: this.isolation.tenantRole.roleArn,
      PLATFORM_ROLE_ARN: this.isolation.platformRole.roleArn,
      COGNITO_USER_POOL_ID: auth.userPool.userPoolId,
      COGNITO_CLIENT_ID: edge.webClient.userPoolClientId,
      CORS_ORIGINS: config.allowedOrigins.join(','),
      // A dynamic reference: CloudFormation puts the secret's value in at deploy time.
      ORIGIN_VERIFY: edge.originVerify.secretValue.unsafeUnwrap(),
      ORIGIN_VERIFY_ROTATION: String(config.originVerifyRotation),
      LOG_LEVEL: 'INFO',
    };
    for (const [key, value] of Object.entries(env)) this.api.fn.addEnvironment(key, value);

    this.api.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'UserDirectory',
        actions: [...COGNITO_ADMIN_ACTIONS],
        resources: [auth.userPool.userPoolArn],
      }),
    );

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: config.logRetentionDays as RetentionDays,
      removalPolicy: config.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const limits = config.rateLimits;
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: edge.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: limits.apiRatePerSecond, burstLimit: limits.apiBurst },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        // No client IP (it is CloudFront's anyway) and no path (ids, slugs, tracking codes): the route key.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTimeEpoch',
            method: '$context.httpMethod',
            route: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            integrationStatus: '$context.integrationStatus',
            authorizerError: '$context.authorizer.error',
            error: '$context.error.message',
            bytes: '$context.responseLength',
          }),
        ),
      },
    });

    const integration = new HttpLambdaIntegration('Hono', this.api.fn);
    const authorizer = new HttpJwtAuthorizer('CognitoIdToken', issuerOf(auth.userPool), {
      authorizerName: 'cognito-id-token',
      jwtAudience: [edge.webClient.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });
    const routes: HttpRoute[] = [];
    for (const key of OPEN_ROUTES) {
      const route = new HttpRoute(this, `Open-${routeId(key)}`, {
        httpApi: edge.httpApi,
        routeKey: routeKey(key),
        integration,
      });
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          "An open route by design: health and the OpenAPI document, the citizens' public pages (no account), Open311 " +
          '(API key checked by the app) and CORS preflights. WAF and route throttling limit them.',
      });
      routes.push(route);
    }
    for (const key of OFFICIAL_ROUTES) {
      routes.push(
        new HttpRoute(this, `Official-${routeId(key)}`, {
          httpApi: edge.httpApi,
          routeKey: routeKey(key),
          integration,
          authorizer,
        }),
      );
    }

    // Route-level throttling of the public routes (the L2 stage has no per-route setting; the L1 property is
    // untyped, so the keys are CloudFormation's own).
    const cfnStage = this.stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = Object.fromEntries(
      PUBLIC_THROTTLED_ROUTES.map((key) => [
        key,
        { ThrottlingRateLimit: limits.publicRatePerSecond, ThrottlingBurstLimit: limits.publicBurst },
      ]),
    );
    for (const route of routes) this.stage.node.addDependency(route);

    new CfnOutput(this, 'FunctionName', { value: this.api.fn.functionName });
    new CfnOutput(this, 'TenantRoleArn', { value: this.isolation.tenantRole.roleArn });
    new CfnOutput(this, 'PlatformRoleArn', { value: this.isolation.platformRole.roleArn });
    new CfnOutput(this, 'ApiEndpoint', { value: edge.httpApi.apiEndpoint });
  }
}
