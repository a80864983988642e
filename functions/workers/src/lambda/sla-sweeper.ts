import { type SweepSummary, sweep } from '../sweeper';
import { workerConfig, workerLog, workerStore } from './config';

/**
 * The SLA sweeper on Lambda, invoked by EventBridge Scheduler (every few minutes). Env: TABLE_NAME, LOG_LEVEL.
 * Clients are made once per cold start.
 */
const config = workerConfig(process.env);
const store = workerStore(config);
const log = workerLog(config);

export const handler = async (): Promise<SweepSummary> => {
  const summary = await sweep({ store, log });
  log.info('SLA sweep done', { ...summary });
  return summary;
};
