import type { AppDeps } from '../ports';

/** What the Lambda function reads from its environment. */
export interface LambdaConfig {
  tableName: string;
  region: string;
  userPoolId: string;
  /** The web app's client id: the `aud` of the ID tokens the API accepts. */
  clientId: string;
  corsOrigins: string[];
  logLevel: NonNullable<AppDeps['logLevel']>;
  /** Cognito's issuer URL and its JWKS. */
  issuer: string;
  jwksUrl: URL;
}

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;

export class LambdaConfigError extends Error {
  override name = 'LambdaConfigError';
}

/**
 * Reads and checks the environment once, at cold start: TABLE_NAME, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID and
 * AWS_REGION (set by Lambda) are required; CORS_ORIGINS is a comma-separated list; LOG_LEVEL defaults to INFO.
 * A misconfigured function fails at start with every problem named, not at the first request.
 */
export function lambdaConfig(env: Record<string, string | undefined>): LambdaConfig {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set`);
    return value ?? '';
  };
  const tableName = required('TABLE_NAME');
  const userPoolId = required('COGNITO_USER_POOL_ID');
  const clientId = required('COGNITO_CLIENT_ID');
  const region = required('AWS_REGION');
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS: ${origin} is not an origin`);
  }
  const level = (env.LOG_LEVEL?.trim() || 'INFO').toUpperCase();
  const logLevel = LOG_LEVELS.find((l) => l === level);
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  if (problems.length > 0) throw new LambdaConfigError(`Invalid configuration: ${problems.join('; ')}`);

  const issuer = `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
  return {
    tableName,
    region,
    userPoolId,
    clientId,
    corsOrigins,
    logLevel: logLevel!,
    issuer,
    jwksUrl: new URL(`${issuer}/.well-known/jwks.json`),
  };
}
