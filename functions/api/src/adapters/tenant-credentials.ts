import { AssumeRoleCommand, type AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
import { createStore, type Store, type StoreConfig } from '@prima/store';

/**
 * The token-vending machine (docs/adr/007-tenant-isolation-iam.md). The API function's own role can reach no data;
 * for each scope the store asks for, this module assumes a role that can reach only that scope, and caches the
 * session inside the warm function until shortly before it expires:
 *
 * - a tenant: the tenant-access role with the session tag `tenantId`; the role's policy substitutes the tag into
 *   `dynamodb:LeadingKeys` (`T#<tenantId>#*`) and into the attachments prefix (`<tenantId>/`);
 * - the platform registry: the platform-access role narrowed by a session policy to `P#…`;
 * - the registry widened to named tenants (onboarding, export, deletion, registry pages): the platform-access
 *   role narrowed by a session policy to `P#…` and those tenants (and their attachments).
 *
 * So a bug that builds another tenant's key, or a request that reaches another tenant's scope, fails in IAM as
 * well as in the store's tenant guard.
 */

/** Temporary credentials, in the shape AWS SDK clients accept as `credentials` (a provider of these). */
export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}
export type CredentialProvider = () => Promise<SessionCredentials>;

/** The part of the STS client the machine uses (a fake or aws-sdk-client-mock in tests). */
export interface AssumeRoleClient {
  send(command: AssumeRoleCommand): Promise<AssumeRoleCommandOutput>;
}

export interface TenantCredentialsConfig {
  sts: AssumeRoleClient;
  tenantRoleArn: string;
  platformRoleArn: string;
  /** Named in the platform sessions' policies. */
  tableArn: string;
  tableKeyArn: string;
  attachmentsBucket: string;
  /**
   * Session length. The API's role assumes these roles with its own session credentials (role chaining), for
   * which AWS allows at most one hour.
   */
  sessionSeconds?: number;
  /**
   * A cached session is renewed when less than this remains. Longer than the 15 minutes of a presigned upload or
   * download URL, so a URL signed with a session never outlives it.
   */
  refreshBeforeSeconds?: number;
  now?: () => number;
}

export interface TenantCredentials {
  /** `StoreConfig.credentialsFor`: tenant scopes, and the registry-only platform scope. */
  credentialsFor: NonNullable<StoreConfig['credentialsFor']>;
  forTenant(tenantId: string): CredentialProvider;
  /** The registry, widened to `tenantIds` when given. */
  forPlatform(tenantIds?: readonly string[]): CredentialProvider;
}

/** A Prima tenant id: a ULID. Anything else never reaches STS (the role's trust policy would refuse it too). */
const TENANT_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export class TenantCredentialsError extends Error {
  override name = 'TenantCredentialsError';
}

/** Actions of the session policies; the roles' own policies list the same (infra tenant-isolation.ts). */
const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];
const KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
];
/** STS refuses an inline session policy longer than this (plain text). */
const MAX_POLICY_CHARS = 2048;
const MAX_CACHED = 500;

/**
 * The session policy of a platform session: the registry, plus each named tenant's partitions and, with
 * `attachments`, their attachments. `null` tenants means "every tenant" (the role's own reach).
 */
export function platformSessionPolicy(
  config: Pick<TenantCredentialsConfig, 'tableArn' | 'tableKeyArn' | 'attachmentsBucket'>,
  tenantIds: readonly string[] | null,
  attachments = true,
): string {
  const partition = config.tableArn.split(':')[1] ?? 'aws';
  const bucketArn = `arn:${partition}:s3:::${config.attachmentsBucket}`;
  const leadingKeys = ['P#*', ...(tenantIds === null ? ['T#*'] : tenantIds.map((t) => `T#${t}#*`))];
  const statements: unknown[] = [
    {
      Effect: 'Allow',
      Action: ITEM_ACTIONS,
      Resource: [config.tableArn, `${config.tableArn}/index/*`],
      Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': leadingKeys } },
    },
    { Effect: 'Allow', Action: KEY_ACTIONS, Resource: config.tableKeyArn },
  ];
  if (attachments && tenantIds !== null && tenantIds.length > 0) {
    statements.push(
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:DeleteObject'],
        Resource: tenantIds.map((t) => `${bucketArn}/${t}/*`),
      },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: bucketArn,
        Condition: { StringLike: { 's3:prefix': tenantIds.map((t) => `${t}/*`) } },
      },
    );
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/**
 * The narrowest platform session policy that STS accepts: the named tenants with their attachments (export and
 * deletion name one tenant); else the named tenants' items only (registry pages name a page of tenants); else
 * the registry and every tenant's items, without attachments.
 */
export function narrowestPlatformPolicy(
  config: Pick<TenantCredentialsConfig, 'tableArn' | 'tableKeyArn' | 'attachmentsBucket'>,
  tenantIds: readonly string[],
): string {
  for (const policy of [
    platformSessionPolicy(config, tenantIds),
    platformSessionPolicy(config, tenantIds, false),
  ]) {
    if (policy.length <= MAX_POLICY_CHARS) return policy;
  }
  return platformSessionPolicy(config, null, false);
}

export function createTenantCredentials(config: TenantCredentialsConfig): TenantCredentials {
  const sessionSeconds = config.sessionSeconds ?? 3600;
  const refreshMs = (config.refreshBeforeSeconds ?? 20 * 60) * 1000;
  const now = config.now ?? Date.now;
  const cache = new Map<string, SessionCredentials>();
  const inFlight = new Map<string, Promise<SessionCredentials>>();

  async function assume(
    input: ConstructorParameters<typeof AssumeRoleCommand>[0],
  ): Promise<SessionCredentials> {
    const out = await config.sts.send(new AssumeRoleCommand({ ...input, DurationSeconds: sessionSeconds }));
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
      throw new TenantCredentialsError(`AssumeRole of ${input.RoleArn} returned no credentials`);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: new Date(c.Expiration),
    };
  }

  /** A provider that returns the cached session of `key`, renewing it (once, for all callers) when due. */
  const provider =
    (key: string, input: () => ConstructorParameters<typeof AssumeRoleCommand>[0]): CredentialProvider =>
    async () => {
      const cached = cache.get(key);
      if (cached && cached.expiration.getTime() - now() > refreshMs) return cached;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = assume(input())
          .then((creds) => {
            cache.delete(key);
            if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
            cache.set(key, creds);
            return creds;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    };

  const forTenant = (tenantId: string): CredentialProvider => {
    if (!TENANT_ID.test(tenantId))
      throw new TenantCredentialsError(`not a tenant id: ${JSON.stringify(tenantId)}`);
    return provider(`T:${tenantId}`, () => ({
      RoleArn: config.tenantRoleArn,
      // Visible in CloudTrail next to every data call of the session.
      RoleSessionName: `tenant-${tenantId}`,
      Tags: [{ Key: 'tenantId', Value: tenantId }],
    }));
  };

  const forPlatform = (tenantIds: readonly string[] = []): CredentialProvider => {
    for (const id of tenantIds) {
      if (!TENANT_ID.test(id)) throw new TenantCredentialsError(`not a tenant id: ${JSON.stringify(id)}`);
    }
    const ids = [...new Set(tenantIds)].sort();
    return provider(`P:${ids.join(',')}`, () => ({
      RoleArn: config.platformRoleArn,
      RoleSessionName:
        ids.length === 0 ? 'platform-registry' : ids.length === 1 ? `platform-${ids[0]}` : 'platform',
      Policy: narrowestPlatformPolicy(config, ids),
    }));
  };

  return {
    credentialsFor: (scope) => ('tenantId' in scope ? forTenant(scope.tenantId) : forPlatform()),
    forTenant,
    forPlatform,
  };
}

/**
 * The store with the token-vending machine plugged in. `StoreConfig.credentialsFor` learns only that a scope is
 * the platform's, not which tenants it was widened to, so widened platform scopes get a store of their own whose
 * credentials name those tenants. (If the store passed the tenant ids to `credentialsFor`, this wrapper would
 * shrink to `createStore({ credentialsFor })`.)
 */
export function createIsolatedStore(config: {
  tableName: string;
  client?: StoreConfig['client'];
  credentials: TenantCredentials;
  observe?: StoreConfig['observe'];
}): Store {
  const base = createStore({
    tableName: config.tableName,
    client: config.client,
    observe: config.observe,
    credentialsFor: config.credentials.credentialsFor,
  });
  const widened = new Map<string, Store>();
  return {
    tableName: base.tableName,
    forTenant: (tenantId) => base.forTenant(tenantId),
    forPlatform(tenantIds = []) {
      if (tenantIds.length === 0) return base.forPlatform();
      const key = [...new Set(tenantIds)].sort().join(',');
      let store = widened.get(key);
      if (!store) {
        const credentials = config.credentials.forPlatform(tenantIds);
        store = createStore({
          tableName: config.tableName,
          client: config.client,
          observe: config.observe,
          credentialsFor: () => credentials,
        });
        if (widened.size >= 50) widened.delete(widened.keys().next().value!);
        widened.set(key, store);
      }
      return store.forPlatform(tenantIds);
    },
    adminClient: () => base.adminClient(),
  };
}
