import { mkdirSync } from 'node:fs';
import type { AppDeps } from '@prima/api';
import { type DynamoDbLocal, ensureTable, portAvailable, startDynamoDbLocal } from './dynamodb';
import { LOCAL_TABLE } from './paths';
import { type SeedResult, seedDemo } from './seed';
import { type LocalServer, PortInUseError, startLocalServer } from './server';
import { clearStaleState, type LocalState, removeState, runningState, writeState } from './state';
import {
  DEFAULT_WORKER_INTERVALS,
  type LocalWorkers,
  startLocalWorkers,
  type WorkerIntervals,
} from './workers';

export interface LocalPlatformOptions {
  /** DynamoDB Local's database directory; created if missing, kept between runs. */
  dbPath: string;
  /** Folder of uploaded attachments, kept between runs; a temporary folder when absent. */
  blobRoot?: string;
  /** HTTP port of the API and the web app. */
  port: number;
  tableName?: string;
  /** The built web app; when absent or missing, only the API is served. */
  webRoot?: string;
  /** Where to announce the running platform for the operator CLI (`.data/local.json`); none when omitted. */
  stateFile?: string;
  /** Seed the demo Pemda when it does not exist yet (default true). */
  seed?: boolean;
  /** With its recent complaints, surveys and improvement cycles (default true; the slow part of the seed). */
  demoActivity?: boolean;
  logLevel?: AppDeps['logLevel'];
  hostname?: string;
  /** The SLA sweeper and notification sender, in-process; default every 60 s and 5 s; false: not run. */
  workers?: Partial<WorkerIntervals> | false;
}

export interface LocalPlatform {
  url: string;
  endpoint: string;
  tableName: string;
  server: LocalServer;
  database: DynamoDbLocal;
  /** What the demo seed did; null when seeding was turned off. */
  demo: SeedResult | null;
  /** The in-process workers; null when turned off. */
  workers: LocalWorkers | null;
  /** Stops the server and DynamoDB Local (waits for its process to exit) and removes the state file. */
  stop(): Promise<void>;
}

/** Another `pnpm start` is serving from the same state file. */
export class AlreadyRunningError extends Error {
  override name = 'AlreadyRunningError';
  constructor(readonly state: LocalState) {
    super(`Prima is already running at ${state.url} (pid ${state.pid})`);
  }
}

/**
 * The local platform behind `pnpm start`: DynamoDB Local persisted under `dbPath`, the table, the demo Pemda on
 * first use, and the API with the web app on `port`. Whatever fails half-way stops what was started.
 */
export async function runLocalPlatform(opts: LocalPlatformOptions): Promise<LocalPlatform> {
  const tableName = opts.tableName ?? LOCAL_TABLE;
  if (opts.stateFile) {
    const running = runningState(opts.stateFile);
    if (running) throw new AlreadyRunningError(running);
    await clearStaleState(opts.stateFile);
  }
  // Checked before Java starts: a taken port is the common mistake and should fail fast.
  if (!(await portAvailable(opts.port, opts.hostname))) throw new PortInUseError(opts.port);
  mkdirSync(opts.dbPath, { recursive: true });
  const database = await startDynamoDbLocal({ dbPath: opts.dbPath });
  let server: LocalServer | undefined;
  try {
    await ensureTable(database.endpoint, tableName);
    server = await startLocalServer({
      endpoint: database.endpoint,
      tableName,
      port: opts.port,
      webRoot: opts.webRoot,
      blobRoot: opts.blobRoot,
      hostname: opts.hostname,
      logLevel: opts.logLevel,
    });
    const demo =
      opts.seed === false
        ? null
        : await seedDemo(server.store, server.identity, { activity: opts.demoActivity });
    if (opts.stateFile) {
      writeState(opts.stateFile, {
        endpoint: database.endpoint,
        pid: process.pid,
        url: server.url,
        tableName,
        databasePid: database.process.pid,
      });
    }
    // Last: nothing after this can fail, so the catch below never leaves workers running.
    const workers =
      opts.workers === false
        ? null
        : startLocalWorkers({
            ...DEFAULT_WORKER_INTERVALS,
            ...opts.workers,
            store: server.store,
            baseUrl: server.url,
            logLevel: opts.logLevel,
          });
    let stopping: Promise<void> | undefined;
    const running = server;
    return {
      url: server.url,
      endpoint: database.endpoint,
      tableName,
      server,
      database,
      demo,
      workers,
      stop() {
        stopping ??= (async () => {
          if (opts.stateFile) removeState(opts.stateFile, process.pid);
          await workers?.stop();
          await running.stop();
          await database.stop();
        })();
        return stopping;
      },
    };
  } catch (e) {
    await server?.stop();
    await database.stop();
    throw e;
  }
}
