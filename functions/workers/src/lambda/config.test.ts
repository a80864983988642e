import { describe, expect, it } from 'vitest';
import { WorkerConfigError, workerConfig } from './config';

describe('worker configuration', () => {
  it('reads the table, and for the sender the sender address and the public URL', () => {
    expect(workerConfig({ TABLE_NAME: 'prima', AWS_REGION: 'ap-southeast-3' })).toMatchObject({
      tableName: 'prima',
      region: 'ap-southeast-3',
      logLevel: 'INFO',
    });
    expect(
      workerConfig(
        {
          TABLE_NAME: 'prima',
          MAIL_FROM: 'no-reply@prima.id',
          PUBLIC_BASE_URL: 'https://prima.id/',
          LOG_LEVEL: 'warn',
        },
        true,
      ),
    ).toMatchObject({ mailFrom: 'no-reply@prima.id', publicBaseUrl: 'https://prima.id', logLevel: 'WARN' });
  });

  it('names every problem at once', () => {
    expect(() => workerConfig({ PUBLIC_BASE_URL: 'prima.id', LOG_LEVEL: 'LOUD' }, true)).toThrow(
      WorkerConfigError,
    );
    expect(() => workerConfig({ PUBLIC_BASE_URL: 'prima.id', LOG_LEVEL: 'LOUD' }, true)).toThrow(
      /TABLE_NAME is not set; MAIL_FROM is not set; PUBLIC_BASE_URL: prima.id is not a URL; LOG_LEVEL/,
    );
  });
});
