import { createSesNotifier } from '@prima/api';
import { type SendSummary, sendPending } from '../sender';
import { workerConfig, workerLog, workerStore } from './config';

/**
 * The notification sender on Lambda, invoked by EventBridge Scheduler (every minute). Email goes out through SES
 * from MAIL_FROM; links point at PUBLIC_BASE_URL. Env: TABLE_NAME, MAIL_FROM, PUBLIC_BASE_URL, LOG_LEVEL.
 */
const config = workerConfig(process.env, true);
const store = workerStore(config);
const log = workerLog(config);
const notifier = createSesNotifier(config.mailFrom);

export const handler = async (): Promise<SendSummary> => {
  const summary = await sendPending({ store, notifier, baseUrl: config.publicBaseUrl, log });
  log.info('notifications sent', { ...summary });
  return summary;
};
