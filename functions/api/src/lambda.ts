import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createStore } from '@prima/store';
import { handle } from 'hono/aws-lambda';
import { createRemoteJWKSet } from 'jose';
import { createCognitoIdentity } from './adapters/cognito-identity';
import { lambdaConfig } from './adapters/lambda-env';
import { createApp } from './app';

/**
 * The API on AWS Lambda (behind API Gateway HTTP API). Everything below runs once per cold start: the
 * configuration check, the clients, the JWKS cache and the Hono app. Tokens are Cognito ID tokens, verified
 * against the pool's JWKS; Cognito signs users in itself, so there is no sign-in port here.
 */
const config = lambdaConfig(process.env);

const app = createApp({
  store: createStore({ tableName: config.tableName, client: { region: config.region } }),
  tokens: {
    getKey: createRemoteJWKSet(config.jwksUrl),
    issuer: config.issuer,
    audience: config.clientId,
  },
  identity: createCognitoIdentity(
    new CognitoIdentityProviderClient({ region: config.region }),
    config.userPoolId,
  ),
  corsOrigins: config.corsOrigins,
  logLevel: config.logLevel,
});

export const handler = handle(app);
