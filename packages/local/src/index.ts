export { createLocalApp, type LocalApp, type LocalAppOptions } from './app';
export { createLocalBlobStore, type LocalBlobStore } from './blobs';
export { chooseDatabase, type DatabaseChoice, type OpenDatabase, openDatabase } from './database';
export {
  checkJava,
  type DynamoDbLocal,
  ensureTable,
  freePort,
  JavaMissingError,
  localClient,
  localClientConfig,
  portAvailable,
  startDynamoDbLocal,
} from './dynamodb';
export { createLocalIdentity, hashPassword, oneTimePassword, setPassword, verifyPassword } from './identity';
export { createDevIssuer, type DevIssuer, LOCAL_AUDIENCE, TOKEN_TTL_SECONDS } from './issuer';
export { devNotifier, type MailboxMessage, mailboxRoutes } from './mailbox';
export { type CliDeps, EXIT, type Output, type Platform, runCli } from './operator';
export { DATA_DIR, LOCAL_PATHS, LOCAL_TABLE, REPO_ROOT } from './paths';
export {
  AlreadyRunningError,
  type LocalPlatform,
  type LocalPlatformOptions,
  runLocalPlatform,
} from './platform';
export { demoTenantId, type SeedOptions, type SeedResult, seedDemo } from './seed';
export { type ActivitySummary, type DemoDirectory, seedActivity } from './seed-activity';
export {
  DEMO_OPERATOR,
  DEMO_PASSWORD,
  DEMO_SETTINGS,
  DEMO_TENANT,
  DEMO_USERS,
  type DemoUser,
  SEED_UNITS,
  type SeedService,
  type SeedUnit,
} from './seed-data';
export { type LocalServer, type LocalServerOptions, PortInUseError, startLocalServer } from './server';
export { isAlive, type LocalState, readState, runningState } from './state';
export {
  DEFAULT_WORKER_INTERVALS,
  type LocalWorkers,
  type LocalWorkersOptions,
  startLocalWorkers,
  type WorkerIntervals,
} from './workers';
