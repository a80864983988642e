/** One message to one address, rendered from a notification template. */
export interface OutgoingMessage {
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  body: string;
}

/**
 * Delivers messages: SES (and an SMS gateway) in AWS; locally a development mailbox that keeps what was sent.
 * Throws when delivery fails, so the sender retries later.
 */
export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}
