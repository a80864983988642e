import { Logger } from '@aws-lambda-powertools/logger';

export type WorkerLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

/** The workers' Powertools logger (JSON lines; never personal data: ids, counts and template keys only). */
export const workerLogger = (logLevel: WorkerLogLevel = 'INFO'): Logger =>
  new Logger({ serviceName: 'prima-workers', logLevel });
