import { describe, expect, it } from 'vitest';
import { STAGES, StageError, stageConfig } from '../lib/stage';

const ctx = (values: Record<string, unknown>) => (key: string) => values[key];
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';

describe('stageConfig', () => {
  it('defaults to dev in Jakarta, without termination protection, with the local dev origins', () => {
    expect(stageConfig(undefined)).toMatchObject({
      stage: 'dev',
      terminationProtection: false,
      region: 'ap-southeast-3',
      allowedOrigins: ['http://localhost:5173', 'http://localhost:3000'],
      logRetentionDays: 30,
    });
  });

  it.each(STAGES)('accepts %s with its defaults alone', (stage) => {
    expect(stageConfig(stage).stage).toBe(stage);
  });

  it('turns termination protection on for prod only', () => {
    expect(STAGES.filter((s) => stageConfig(s).terminationProtection)).toEqual(['prod']);
  });

  it.each([['Prod'], ['production'], [''], [42], [null], [{ stage: 'prod' }]])(
    'rejects the stage %j',
    (value) => {
      expect(() => stageConfig(value)).toThrow(StageError);
    },
  );

  it('reads the settings object prima:<stage> and lets single context keys override it', () => {
    const config = stageConfig(
      'prod',
      ctx({
        'prima:prod': {
          domainName: 'prima.bantulkab.go.id',
          certificateArn: CERT,
          alarmEmail: 'ops@bantulkab.go.id',
          mailFrom: 'no-reply@bantulkab.go.id',
          wafPublicPer5Min: 500,
        },
        alarmEmail: 'oncall@bantulkab.go.id',
        apiRatePerSecond: '800',
        allowedOrigins: 'https://admin.bantulkab.go.id, https://prima.bantulkab.go.id',
      }),
    );
    expect(config).toMatchObject({
      domainName: 'prima.bantulkab.go.id',
      certificateArn: CERT,
      alarmEmail: 'oncall@bantulkab.go.id',
      mailFrom: 'no-reply@bantulkab.go.id',
      allowedOrigins: ['https://admin.bantulkab.go.id', 'https://prima.bantulkab.go.id'],
    });
    expect(config.rateLimits).toMatchObject({ apiRatePerSecond: 800, wafPublicPer5Min: 500 });
  });

  it('accepts the settings object as JSON text (as `-c` passes it)', () => {
    const config = stageConfig('staging', ctx({ 'prima:staging': '{"alarmEmail":"ops@example.go.id"}' }));
    expect(config.alarmEmail).toBe('ops@example.go.id');
  });

  it('names every invalid setting at once', () => {
    const err = (() => {
      try {
        stageConfig(
          'prod',
          ctx({
            domainName: 'Prima Example',
            alarmEmail: 'not-an-email',
            certificateArn:
              'arn:aws:acm:ap-southeast-3:123456789012:certificate/12345678-1234-1234-1234-123456789012',
            allowedOrigins: 'http://prima.example.id,https://x.id/path',
            apiRatePerSecond: 0,
            logRetentionDays: 42,
            region: 'jakarta',
            'prima:prod': { unknownSetting: true },
          }),
        );
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(StageError);
    for (const part of [
      'domainName',
      'alarmEmail',
      'certificateArn must be the ARN of an ACM certificate in us-east-1',
      'http://prima.example.id must use https in prod',
      'https://x.id/path is not an origin',
      'apiRatePerSecond',
      'logRetentionDays',
      'region',
      'prima:prod.unknownSetting is not a setting',
    ]) {
      expect(err?.message).toContain(part);
    }
  });

  it('requires a certificate with a domain, and a domain with a certificate', () => {
    expect(() => stageConfig('prod', ctx({ domainName: 'prima.example.go.id' }))).toThrow(
      /needs certificateArn/,
    );
    expect(() => stageConfig('prod', ctx({ certificateArn: CERT }))).toThrow(/only used with domainName/);
  });

  it('keeps the public limits within the overall ones', () => {
    expect(() => stageConfig('dev', ctx({ publicRatePerSecond: 1000, apiRatePerSecond: 10 }))).toThrow(
      /publicRatePerSecond may not exceed apiRatePerSecond/,
    );
    expect(() => stageConfig('dev', ctx({ wafPublicPer5Min: 5000, wafAllPer5Min: 100 }))).toThrow(
      /wafPublicPer5Min may not exceed wafAllPer5Min/,
    );
  });

  it('refuses a Cognito domain prefix Cognito would refuse', () => {
    expect(() => stageConfig('dev', ctx({ authDomainPrefix: 'prima-cognito-dev' }))).toThrow(
      /may not contain/,
    );
    expect(stageConfig('dev', ctx({ authDomainPrefix: 'prima-bantul-dev' })).authDomainPrefix).toBe(
      'prima-bantul-dev',
    );
  });
});
