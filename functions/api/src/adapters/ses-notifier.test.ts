import { MessageRejected, type SendEmailCommand, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { createSesNotifier, type SesClient } from './ses-notifier';

function fakeSes(reply?: Error) {
  const sent: SendEmailCommand['input'][] = [];
  const client: SesClient = {
    async send(command) {
      sent.push(command.input);
      if (reply) throw reply;
      return {};
    },
  };
  return { sent, client };
}

const email = { channel: 'email' as const, to: 'warga@contoh.id', subject: 'Laporan diterima', body: 'Isi' };

describe('SES notifier', () => {
  it('sends a plain-text UTF-8 email from the configured address', async () => {
    const ses = fakeSes();
    await createSesNotifier('no-reply@prima.example.id', ses.client).send(email);
    expect(ses.sent).toEqual([
      {
        FromEmailAddress: 'no-reply@prima.example.id',
        Destination: { ToAddresses: ['warga@contoh.id'] },
        Content: {
          Simple: {
            Subject: { Data: 'Laporan diterima', Charset: 'UTF-8' },
            Body: { Text: { Data: 'Isi', Charset: 'UTF-8' } },
          },
        },
      },
    ]);
  });

  it('fails for good on SMS (no gateway) and on a message SES rejects; other errors are retried', async () => {
    const sms = createSesNotifier('a@b.id', fakeSes().client).send({ ...email, channel: 'sms', to: '0812' });
    await expect(sms).rejects.toMatchObject({ permanent: true });
    const rejected = new MessageRejected({ message: 'Email address is not verified', $metadata: {} });
    await expect(createSesNotifier('a@b.id', fakeSes(rejected).client).send(email)).rejects.toMatchObject({
      permanent: true,
    });
    const throttled = new TooManyRequestsException({ message: 'slow down', $metadata: {} });
    const err = await createSesNotifier('a@b.id', fakeSes(throttled).client)
      .send(email)
      .catch((e: unknown) => e);
    expect(err).toBe(throttled);
  });
});
