import { describe, expect, it } from 'vitest';
import { LambdaConfigError, lambdaConfig } from './lambda-env';

const env = {
  TABLE_NAME: 'prima-prod',
  TABLE_ARN: 'arn:aws:dynamodb:ap-southeast-3:123456789012:table/prima-prod',
  TABLE_KEY_ARN: 'arn:aws:kms:ap-southeast-3:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  ATTACHMENTS_BUCKET: 'prima-prod-attachments-123456789012-ap-southeast-3',
  TENANT_ROLE_ARN: 'arn:aws:iam::123456789012:role/prima-prod-tenant-access',
  PLATFORM_ROLE_ARN: 'arn:aws:iam::123456789012:role/prima-prod-platform-access',
  COGNITO_USER_POOL_ID: 'ap-southeast-3_AbCdEf123',
  COGNITO_CLIENT_ID: 'client123',
  AWS_REGION: 'ap-southeast-3',
};

describe('lambdaConfig', () => {
  it("derives Cognito's issuer and JWKS from region and pool", () => {
    const config = lambdaConfig(env);
    expect(config.issuer).toBe('https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_AbCdEf123');
    expect(config.jwksUrl.href).toBe(
      'https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_AbCdEf123/.well-known/jwks.json',
    );
    expect(config).toMatchObject({
      tableName: 'prima-prod',
      tableArn: env.TABLE_ARN,
      tableKeyArn: env.TABLE_KEY_ARN,
      attachmentsBucket: env.ATTACHMENTS_BUCKET,
      tenantRoleArn: env.TENANT_ROLE_ARN,
      platformRoleArn: env.PLATFORM_ROLE_ARN,
      clientId: 'client123',
      region: 'ap-southeast-3',
    });
  });

  it('defaults to no CORS origins, log level INFO and no origin check', () => {
    expect(lambdaConfig(env)).toMatchObject({ corsOrigins: [], logLevel: 'INFO', originVerify: null });
  });

  it('reads the origin-verify value and refuses a short one', () => {
    const value = 'a'.repeat(48);
    expect(lambdaConfig({ ...env, ORIGIN_VERIFY: value }).originVerify).toBe(value);
    expect(() => lambdaConfig({ ...env, ORIGIN_VERIFY: 'short' })).toThrow(/ORIGIN_VERIFY is shorter/);
  });

  it('splits CORS_ORIGINS on commas and reads LOG_LEVEL', () => {
    const config = lambdaConfig({
      ...env,
      CORS_ORIGINS: ' https://prima.example.id, https://admin.prima.example.id ,',
      LOG_LEVEL: 'debug',
    });
    expect(config.corsOrigins).toEqual(['https://prima.example.id', 'https://admin.prima.example.id']);
    expect(config.logLevel).toBe('DEBUG');
  });

  it('names every missing or invalid setting at once', () => {
    const err = (() => {
      try {
        lambdaConfig({ AWS_REGION: 'ap-southeast-3', CORS_ORIGINS: 'https://a.id/path', LOG_LEVEL: 'LOUD' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(LambdaConfigError);
    for (const part of [
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
      expect(err?.message).toContain(part);
    }
  });

  it('rejects malformed ARNs and a table ARN of another table', () => {
    const err = (() => {
      try {
        lambdaConfig({
          ...env,
          TABLE_ARN: 'arn:aws:dynamodb:ap-southeast-3:123456789012:table/other',
          TENANT_ROLE_ARN: 'prima-prod-tenant-access',
        });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toContain('TABLE_ARN does not name TABLE_NAME');
    expect(err?.message).toContain('TENANT_ROLE_ARN is not an IAM role ARN');
  });
});
