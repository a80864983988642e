import type { AppDeps } from '../ports';

/** What the Lambda function reads from its environment. */
export interface LambdaConfig {
  tableName: string;
  /** The table's ARN and its KMS key's: the platform sessions' policies name them. */
  tableArn: string;
  tableKeyArn: string;
  /** Bucket of attachments; object keys begin with the tenant id. */
  attachmentsBucket: string;
  /** The token-vending machine's roles (infra/lib/constructs/tenant-isolation.ts). */
  tenantRoleArn: string;
  platformRoleArn: string;
  region: string;
  userPoolId: string;
  /** The web app's client id: the `aud` of the ID tokens the API accepts. */
  clientId: string;
  corsOrigins: string[];
  logLevel: NonNullable<AppDeps['logLevel']>;
  /** Cognito's issuer URL and its JWKS. */
  issuer: string;
  jwksUrl: URL;
  /**
   * The value CloudFront sends in ORIGIN_VERIFY_HEADER; when set, requests without it (straight to the HTTP API's
   * execute-api endpoint, around CloudFront and its WAF) are refused.
   */
  originVerify: string | null;
}

/** The header CloudFront adds to every API request (infra edge stack, ORIGIN_VERIFY_HEADER there too). */
export const ORIGIN_VERIFY_HEADER = 'x-prima-origin-verify';

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const TABLE_ARN = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[\w.-]+$/;
const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[\w-]+$/;

export class LambdaConfigError extends Error {
  override name = 'LambdaConfigError';
}

/**
 * Reads and checks the environment once, at cold start: TABLE_NAME, TABLE_ARN, TABLE_KEY_ARN, ATTACHMENTS_BUCKET,
 * TENANT_ROLE_ARN, PLATFORM_ROLE_ARN, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID and AWS_REGION (set by Lambda) are
 * required; CORS_ORIGINS is a comma-separated list; LOG_LEVEL defaults to INFO; ORIGIN_VERIFY (optional) is the
 * value CloudFront's origin header must carry. The API stack sets them all.
 * A misconfigured function fails at start with every problem named, not at the first request.
 */
export function lambdaConfig(env: Record<string, string | undefined>): LambdaConfig {
  const problems: string[] = [];
  const required = (name: string, pattern?: RegExp, what?: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set`);
    else if (pattern && !pattern.test(value)) problems.push(`${name} is not ${what}`);
    return value ?? '';
  };
  const tableName = required('TABLE_NAME');
  const tableArn = required('TABLE_ARN', TABLE_ARN, 'a DynamoDB table ARN');
  const tableKeyArn = required('TABLE_KEY_ARN', KEY_ARN, 'a KMS key ARN');
  const attachmentsBucket = required(
    'ATTACHMENTS_BUCKET',
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    'a bucket name',
  );
  const tenantRoleArn = required('TENANT_ROLE_ARN', ROLE_ARN, 'an IAM role ARN');
  const platformRoleArn = required('PLATFORM_ROLE_ARN', ROLE_ARN, 'an IAM role ARN');
  const userPoolId = required('COGNITO_USER_POOL_ID');
  const clientId = required('COGNITO_CLIENT_ID');
  const region = required('AWS_REGION');
  if (tableName && tableArn && !tableArn.endsWith(`:table/${tableName}`)) {
    problems.push('TABLE_ARN does not name TABLE_NAME');
  }
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS: ${origin} is not an origin`);
  }
  const originVerify = env.ORIGIN_VERIFY?.trim() || null;
  if (originVerify !== null && originVerify.length < 32)
    problems.push('ORIGIN_VERIFY is shorter than 32 characters');
  const level = (env.LOG_LEVEL?.trim() || 'INFO').toUpperCase();
  const logLevel = LOG_LEVELS.find((l) => l === level);
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  if (problems.length > 0) throw new LambdaConfigError(`Invalid configuration: ${problems.join('; ')}`);

  const issuer = `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
  return {
    tableName,
    tableArn,
    tableKeyArn,
    attachmentsBucket,
    tenantRoleArn,
    platformRoleArn,
    region,
    userPoolId,
    clientId,
    corsOrigins,
    logLevel: logLevel!,
    issuer,
    jwksUrl: new URL(`${issuer}/.well-known/jwks.json`),
    originVerify,
  };
}
