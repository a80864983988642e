import { describe, expect, it } from 'vitest';
import { LambdaConfigError, lambdaConfig } from './lambda-env';

const env = {
  TABLE_NAME: 'prima-prod',
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
      clientId: 'client123',
      region: 'ap-southeast-3',
    });
  });

  it('defaults to no CORS origins and log level INFO', () => {
    expect(lambdaConfig(env)).toMatchObject({ corsOrigins: [], logLevel: 'INFO' });
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
      'COGNITO_USER_POOL_ID',
      'COGNITO_CLIENT_ID',
      'CORS_ORIGINS',
      'LOG_LEVEL',
    ]) {
      expect(err?.message).toContain(part);
    }
  });
});
