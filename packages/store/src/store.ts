import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addTenantGuard } from './guard';
import { PLATFORM_PREFIX, tenantPrefix } from './keys';
import { addObserver } from './observe';

/** A guarded view of the table: every command it sends must stay inside `prefixes`. */
export interface Db {
  readonly tableName: string;
  readonly doc: DynamoDBDocumentClient;
  readonly prefixes: readonly string[];
}

/** The scope of one tenant: the first argument of every tenant repository call. */
export interface TenantDb extends Db {
  readonly tenantId: string;
}

/** Platform code: the registry under `P#`, plus the tenants it names explicitly. */
export interface PlatformDb extends Db {
  readonly platform: true;
}

export type CredentialsFor = (
  scope: { tenantId: string } | { platform: true },
) => DynamoDBClientConfig['credentials'];

/** One command as sent, with the capacity DynamoDB says it consumed (read + write units). */
export interface CommandObservation {
  command: string;
  capacityUnits: number;
}

export interface StoreConfig {
  tableName: string;
  client?: DynamoDBClientConfig;
  /** Called after every command with its consumed capacity: benchmarks measure read cost with it. */
  observe?: (o: CommandObservation) => void;
  /** Per-scope credentials (the token-vending machine in AWS); the default chain when absent. */
  credentialsFor?: CredentialsFor;
}

export interface Store {
  readonly tableName: string;
  forTenant(tenantId: string): TenantDb;
  /** Platform scope; `tenantIds` widens it to those tenants (onboarding, export, delete). */
  forPlatform(tenantIds?: readonly string[]): PlatformDb;
  /** Unguarded client for table administration only (bootstrap, test inspection). Never on a request path. */
  adminClient(): DynamoDBClient;
}

const MAX_CACHED = 200;

export function createStore(config: StoreConfig): Store {
  const cache = new Map<string, DynamoDBDocumentClient>();
  const docFor = (
    cacheKey: string,
    prefixes: readonly string[],
    credentials: DynamoDBClientConfig['credentials'],
  ) => {
    let doc = cache.get(cacheKey);
    if (!doc) {
      const client = new DynamoDBClient({ ...config.client, ...(credentials ? { credentials } : {}) });
      addTenantGuard(client, prefixes);
      if (config.observe) addObserver(client, config.observe);
      doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
      cache.set(cacheKey, doc);
    }
    return doc;
  };
  return {
    tableName: config.tableName,
    forTenant(tenantId) {
      const prefixes = [tenantPrefix(tenantId)];
      const doc = docFor(`T:${tenantId}`, prefixes, config.credentialsFor?.({ tenantId }));
      return { tableName: config.tableName, doc, prefixes, tenantId };
    },
    forPlatform(tenantIds = []) {
      const prefixes = [PLATFORM_PREFIX, ...tenantIds.map(tenantPrefix)];
      const doc = docFor(`P:${tenantIds.join(',')}`, prefixes, config.credentialsFor?.({ platform: true }));
      return { tableName: config.tableName, doc, prefixes, platform: true };
    },
    adminClient() {
      return new DynamoDBClient({ ...config.client });
    },
  };
}
