/** One message to one address, rendered from a notification template. */
export interface OutgoingMessage {
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  body: string;
}

/**
 * Delivers messages: SES (and an SMS gateway) in AWS; locally a development mailbox that keeps what was sent.
 * Throws when delivery fails, so the sender retries later; an error with `permanent: true` (an address the provider
 * rejects, a channel that is not configured) is not retried.
 */
export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}

/** Whether a delivery error says that trying again cannot help. */
export const isPermanentFailure = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { permanent?: unknown }).permanent === true;
