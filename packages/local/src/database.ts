import { mkdirSync } from 'node:fs';
import type { IdentityPort } from '@prima/api';
import { createStore, type Store } from '@prima/store';
import { checkJava, ensureTable, localClientConfig, startDynamoDbLocal } from './dynamodb';
import { createLocalIdentity } from './identity';
import { createDevIssuer } from './issuer';
import { LOCAL_PATHS, LOCAL_TABLE } from './paths';
import { clearStaleState, runningState } from './state';

/** Which DynamoDB the operator CLI works on. */
export type DatabaseChoice =
  | { source: 'env'; endpoint: string; tableName: string }
  | { source: 'running'; endpoint: string; tableName: string; url: string }
  | { source: 'start'; dbPath: string; tableName: string; stateFile: string };

/**
 * PRIMA_DYNAMODB_ENDPOINT when set; else the database of a running `pnpm start` (its state file names it and its
 * process is alive); else a DynamoDB Local of our own on the same files, for the duration of the command.
 * PRIMA_TABLE_NAME overrides the table (default `prima`).
 */
export function chooseDatabase(
  env: NodeJS.ProcessEnv = process.env,
  paths: { stateFile: string; dbPath: string } = LOCAL_PATHS,
): DatabaseChoice {
  const tableName = env.PRIMA_TABLE_NAME || LOCAL_TABLE;
  if (env.PRIMA_DYNAMODB_ENDPOINT) return { source: 'env', endpoint: env.PRIMA_DYNAMODB_ENDPOINT, tableName };
  const running = runningState(paths.stateFile);
  if (running) {
    return {
      source: 'running',
      endpoint: running.endpoint,
      tableName: env.PRIMA_TABLE_NAME || running.tableName,
      url: running.url,
    };
  }
  return { source: 'start', dbPath: paths.dbPath, tableName, stateFile: paths.stateFile };
}

export interface OpenDatabase {
  choice: DatabaseChoice;
  endpoint: string;
  store: Store;
  identity: IdentityPort;
  /** Stops the DynamoDB Local this opened, if it opened one. */
  close(): Promise<void>;
}

/** Opens the chosen database: starts DynamoDB Local if needed and makes sure the table exists. */
export async function openDatabase(
  choice: DatabaseChoice,
  onStart: (message: string) => void = () => undefined,
): Promise<OpenDatabase> {
  let endpoint: string;
  let close: () => Promise<void> = async () => undefined;
  if (choice.source === 'start') {
    checkJava();
    onStart(`Prima is not running; starting DynamoDB Local on ${choice.dbPath} for this command…`);
    // A start killed hard may have left its DynamoDB Local holding the files.
    await clearStaleState(choice.stateFile);
    mkdirSync(choice.dbPath, { recursive: true });
    const ddb = await startDynamoDbLocal({ dbPath: choice.dbPath });
    endpoint = ddb.endpoint;
    close = ddb.stop;
  } else {
    endpoint = choice.endpoint;
  }
  try {
    await ensureTable(endpoint, choice.tableName);
    const store = createStore({ tableName: choice.tableName, client: localClientConfig(endpoint) });
    // The CLI signs no one in; the issuer is there because the identity port is built with one.
    const identity = createLocalIdentity(store, await createDevIssuer('http://localhost'));
    return { choice, endpoint, store, identity, close };
  } catch (e) {
    await close();
    throw e;
  }
}
