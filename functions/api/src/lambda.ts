import { timingSafeEqual } from 'node:crypto';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { STSClient } from '@aws-sdk/client-sts';
import { handle } from 'hono/aws-lambda';
import { createRemoteJWKSet } from 'jose';
import { createCognitoIdentity } from './adapters/cognito-identity';
import { lambdaConfig, ORIGIN_VERIFY_HEADER } from './adapters/lambda-env';
import { createS3BlobStore } from './adapters/s3-blob-store';
import { createIsolatedStore, createTenantCredentials } from './adapters/tenant-credentials';
import { createApp } from './app';

/**
 * The API on AWS Lambda (behind API Gateway HTTP API). Everything below runs once per cold start: the
 * configuration check, the clients, the JWKS cache and the Hono app. Tokens are Cognito ID tokens, verified
 * against the pool's JWKS; Cognito signs users in itself, so there is no sign-in port here.
 *
 * The function's own role reaches no table item and no attachment: the token-vending machine assumes a
 * tenant-scoped (or platform-scoped) role for each scope the store and the blob store ask for, and keeps the
 * sessions for the life of the warm function.
 */
const config = lambdaConfig(process.env);

const credentials = createTenantCredentials({
  sts: new STSClient({ region: config.region }),
  tenantRoleArn: config.tenantRoleArn,
  platformRoleArn: config.platformRoleArn,
  tableArn: config.tableArn,
  tableKeyArn: config.tableKeyArn,
  attachmentsBucket: config.attachmentsBucket,
});

const app = createApp({
  store: createIsolatedStore({ tableName: config.tableName, client: { region: config.region }, credentials }),
  tokens: {
    getKey: createRemoteJWKSet(config.jwksUrl),
    issuer: config.issuer,
    audience: config.clientId,
  },
  identity: createCognitoIdentity(
    new CognitoIdentityProviderClient({ region: config.region }),
    config.userPoolId,
  ),
  blobs: createS3BlobStore({
    bucket: config.attachmentsBucket,
    region: config.region,
    credentialsFor: (tenantId) => credentials.forTenant(tenantId),
  }),
  corsOrigins: config.corsOrigins,
  logLevel: config.logLevel,
});

const handleApp = handle(app);

/** Constant-time comparison of the origin header with the configured value. */
function fromCloudFront(headers: Record<string, string | undefined> | undefined): boolean {
  if (config.originVerify === null) return true;
  const given = Buffer.from(headers?.[ORIGIN_VERIFY_HEADER] ?? '');
  const expected = Buffer.from(config.originVerify);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Requests must come through CloudFront (and so through its WAF): the HTTP API's own execute-api endpoint is
 * public too, and a request there lacks the origin header CloudFront adds.
 */
export const handler = async (
  event: Parameters<typeof handleApp>[0],
  context: Parameters<typeof handleApp>[1],
) => {
  if (!fromCloudFront((event as { headers?: Record<string, string | undefined> }).headers)) {
    return {
      statusCode: 403,
      headers: { 'content-type': 'application/problem+json; charset=utf-8' },
      body: JSON.stringify({ type: 'https://prima.id/problems/forbidden', title: 'Forbidden', status: 403 }),
      isBase64Encoded: false,
    };
  }
  return handleApp(event, context);
};
