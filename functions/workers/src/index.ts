export type { Notifier, OutgoingMessage } from './ports';
