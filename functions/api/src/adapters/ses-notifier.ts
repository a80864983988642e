import { MessageRejected, SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

/**
 * The notification port in AWS: email through Amazon SES (v2 API). It lives in @prima/api because the SES client
 * is that package's dependency; @prima/workers' sender uses it through the structurally identical `Notifier` port.
 * SMS has no gateway yet: a message for a phone fails for good (not retried), so it ends in the FAILED outbox.
 */
export interface OutgoingEmail {
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  body: string;
}

/** The part of the SES client the adapter uses (a fake in tests). */
export interface SesClient {
  send(command: SendEmailCommand): Promise<unknown>;
}

/** A delivery error that retrying cannot fix. */
const permanent = (message: string, cause?: unknown) =>
  Object.assign(new Error(message, { cause }), { permanent: true as const });

export function createSesNotifier(
  fromAddress: string,
  client: SesClient = new SESv2Client({}),
  configurationSet?: string,
): { send(message: OutgoingEmail): Promise<void> } {
  return {
    async send(message) {
      if (message.channel !== 'email') throw permanent('SMS delivery is not configured');
      try {
        await client.send(
          new SendEmailCommand({
            FromEmailAddress: fromAddress,
            Destination: { ToAddresses: [message.to] },
            Content: {
              Simple: {
                Subject: { Data: message.subject, Charset: 'UTF-8' },
                Body: { Text: { Data: message.body, Charset: 'UTF-8' } },
              },
            },
            ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
          }),
        );
      } catch (e) {
        // SES refused this message itself (e.g. a malformed address): sending it again changes nothing.
        if (e instanceof MessageRejected) throw permanent(`SES rejected the message: ${e.message}`, e);
        throw e;
      }
    },
  };
}
