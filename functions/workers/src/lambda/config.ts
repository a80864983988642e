import { createStore, type Store } from '@prima/store';
import { type WorkerLogLevel, workerLogger } from '../log';

/** What a worker Lambda reads from its environment. */
export interface WorkerConfig {
  tableName: string;
  region: string | undefined;
  logLevel: WorkerLogLevel;
  /** Sender only: the SES sender address (MAIL_FROM) and the web app's public URL for links (PUBLIC_BASE_URL). */
  mailFrom: string;
  publicBaseUrl: string;
}

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;

export class WorkerConfigError extends Error {
  override name = 'WorkerConfigError';
}

/**
 * Reads and checks the environment once, at cold start: TABLE_NAME always; MAIL_FROM and PUBLIC_BASE_URL when
 * `sender` is set; LOG_LEVEL defaults to INFO. A misconfigured function fails at start, naming every problem.
 */
export function workerConfig(env: Record<string, string | undefined>, sender = false): WorkerConfig {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set`);
    return value ?? '';
  };
  const tableName = required('TABLE_NAME');
  const mailFrom = sender ? required('MAIL_FROM') : '';
  const publicBaseUrl = sender ? required('PUBLIC_BASE_URL').replace(/\/+$/, '') : '';
  if (publicBaseUrl && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicBaseUrl))
    problems.push(`PUBLIC_BASE_URL: ${publicBaseUrl} is not a URL`);
  const level = (env.LOG_LEVEL?.trim() || 'INFO').toUpperCase();
  const logLevel = LOG_LEVELS.find((l) => l === level);
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  if (problems.length > 0) throw new WorkerConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return { tableName, region: env.AWS_REGION, logLevel: logLevel!, mailFrom, publicBaseUrl };
}

export const workerStore = (config: WorkerConfig): Store =>
  createStore({ tableName: config.tableName, client: config.region ? { region: config.region } : {} });

export const workerLog = (config: WorkerConfig) => workerLogger(config.logLevel);
