import type { Store } from '@prima/store';
import { type Notifier, sendPending, sweep, type WorkerLogLevel, workerLogger } from '@prima/workers';
import { devNotifier } from './mailbox';

/**
 * The workers of `pnpm start`, in-process: the SLA sweeper and the notification sender on an interval, as the
 * scheduled Lambda functions run them in AWS. A run never overlaps the previous one of the same worker; a failed
 * run is logged and the next one comes at the usual time. `stop()` waits for runs in progress.
 */
export interface WorkerIntervals {
  /** Milliseconds between SLA sweeps; 0 turns the sweeper off. */
  sweepIntervalMs: number;
  /** Milliseconds between sender runs; 0 turns the sender off. */
  sendIntervalMs: number;
}

export const DEFAULT_WORKER_INTERVALS: WorkerIntervals = { sweepIntervalMs: 60_000, sendIntervalMs: 5_000 };

export interface LocalWorkersOptions extends Partial<WorkerIntervals> {
  store: Store;
  /** Base URL of the local server, for the links in messages. */
  baseUrl: string;
  notifier?: Notifier;
  now?: () => Date;
  logLevel?: WorkerLogLevel;
}

export interface LocalWorkers {
  stop(): Promise<void>;
}

/** The first run comes soon after start, not a whole interval later. */
const FIRST_RUN_MS = 2_000;

function every(ms: number, run: () => Promise<unknown>, log: ReturnType<typeof workerLogger>, what: string) {
  let stopped = false;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    inFlight = run()
      .then(
        () => undefined,
        (e: unknown) => log.error(`${what} failed`, { error: e as Error }),
      )
      .finally(() => {
        inFlight = null;
        if (!stopped) timer = setTimeout(tick, ms);
      });
  };
  timer = setTimeout(tick, Math.min(ms, FIRST_RUN_MS));
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await inFlight;
  };
}

export function startLocalWorkers(opts: LocalWorkersOptions): LocalWorkers {
  const log = workerLogger(opts.logLevel ?? 'WARN');
  const { sweepIntervalMs, sendIntervalMs } = { ...DEFAULT_WORKER_INTERVALS, ...opts };
  const stops: (() => Promise<void>)[] = [];
  if (sweepIntervalMs > 0)
    stops.push(
      every(sweepIntervalMs, () => sweep({ store: opts.store, now: opts.now, log }), log, 'SLA sweep'),
    );
  if (sendIntervalMs > 0)
    stops.push(
      every(
        sendIntervalMs,
        () =>
          sendPending({
            store: opts.store,
            notifier: opts.notifier ?? devNotifier,
            baseUrl: opts.baseUrl,
            now: opts.now,
            log,
          }),
        log,
        'Sending notifications',
      ),
    );
  return {
    async stop() {
      await Promise.all(stops.map((s) => s()));
    },
  };
}
