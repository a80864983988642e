import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file's location so `pnpm start` works from any directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the local platform keeps its state (gitignored). */
export const DATA_DIR = join(REPO_ROOT, '.data');

export const LOCAL_PATHS = {
  /** DynamoDB Local's database files: kept between starts. */
  dbPath: join(DATA_DIR, 'dynamodb'),
  blobRoot: join(DATA_DIR, 'blobs'),
  /** Written by a running `pnpm start` so the operator CLI reuses its database. */
  stateFile: join(DATA_DIR, 'local.json'),
  /** The built web app (`pnpm build:web`). */
  webRoot: join(REPO_ROOT, 'web', 'dist'),
} as const;

/** The table the local platform uses. */
export const LOCAL_TABLE = 'prima';
