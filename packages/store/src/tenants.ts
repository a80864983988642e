import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type CreateTenantInput,
  DEFAULT_SETTINGS,
  DEFAULT_SLA_POLICY,
  defaultHolidays,
  type Tenant,
  type TenantStatus,
  type User,
} from '@prima/domain';
import { AlreadyExistsError, NotFoundError } from './errors';
import {
  cancellationReasons,
  entityOf,
  getItem,
  type Key,
  type Page,
  queryPage,
  type StoredItem,
  tenantItem,
} from './items';
import { keys, TENANT_INDEX_SHARDS } from './keys';
import type { PlatformDb, TenantDb } from './store';
import { TABLE } from './table';
import { users } from './users';

/** The registry entry of a tenant: just enough to find its partitions. Everything else lives in its profile. */
interface RegistryEntry {
  id: string;
  slug: string;
  createdAt: string;
}

const registryKey = (id: string): Key => ({ PK: keys.platformTenants, SK: keys.platformTenant(id) });
const slugKey = (slug: string): Key => ({ PK: keys.platformSlug(slug), SK: keys.single });
const profileKey = (id: string): Key => ({ PK: keys.meta(id), SK: keys.profile });

/** A platform scope viewed as the tenant's, for building tenant items with the tenant's own helpers. */
const asTenant = (db: PlatformDb, tenantId: string): TenantDb => ({ ...db, tenantId });

export interface Onboarding {
  tenant: Tenant;
  admin: User;
}

export const tenants = {
  /**
   * Onboards a tenant in one transaction: registry entry, unique slug, profile, default settings, SLA policy,
   * this year's holiday calendar and the first tenant admin. `db` must be widened to `id`.
   */
  async create(
    db: PlatformDb,
    id: string,
    adminId: string,
    input: CreateTenantInput,
    now: string,
    year: number,
  ): Promise<Onboarding> {
    const tdb = asTenant(db, id);
    const audit = { createdAt: now, updatedAt: now, version: 1 };
    const tenant: Tenant = {
      id,
      name: input.name,
      slug: input.slug,
      kind: input.kind,
      timeZone: input.timeZone,
      status: 'active',
      ...audit,
    };
    const admin = users.newItems(
      tdb,
      { email: input.adminEmail, name: input.adminName ?? 'Admin', role: 'tenant-admin', unitIds: [] },
      now,
      adminId,
    );
    const items: StoredItem[] = [
      { ...slugKey(input.slug), [TABLE.entityAttribute]: 'Slug', tenantId: id },
      { ...registryKey(id), [TABLE.entityAttribute]: 'TenantRegistry', id, slug: input.slug, createdAt: now },
      tenantItem(tdb, profileKey(id), 'Tenant', tenant),
      tenantItem(tdb, { PK: keys.meta(id), SK: keys.settings }, 'Settings', {
        ...DEFAULT_SETTINGS,
        ...audit,
      }),
      tenantItem(tdb, { PK: keys.meta(id), SK: keys.sla }, 'SlaPolicy', { ...DEFAULT_SLA_POLICY, ...audit }),
      tenantItem(tdb, { PK: keys.meta(id), SK: keys.calendar(year) }, 'Calendar', {
        year,
        days: defaultHolidays(year),
        ...audit,
      }),
      ...admin.items,
    ];
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: items.map((Item) => ({
            Put: { TableName: db.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
          })),
        }),
      );
    } catch (e) {
      if (cancellationReasons(e)?.[0] === 'ConditionalCheckFailed') throw new AlreadyExistsError('slug');
      throw e;
    }
    return { tenant, admin: admin.user };
  },

  async idBySlug(db: PlatformDb, slug: string): Promise<string | null> {
    const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: slugKey(slug) }));
    return (res.Item?.tenantId as string | undefined) ?? null;
  },

  /** Registry page, each entry resolved to its profile. `widen` gives a scope that may read those tenants. */
  async list(
    db: PlatformDb,
    page: { limit: number; cursor?: string | undefined },
    widen: (ids: string[]) => PlatformDb,
  ): Promise<Page<Tenant>> {
    const reg = await queryPage<RegistryEntry>(db, {
      pk: keys.platformTenants,
      skPrefix: 'TENANT#',
      ...page,
    });
    if (reg.items.length === 0) return { items: [], nextCursor: reg.nextCursor };
    const ids = reg.items.map((r) => r.id);
    const wide = widen(ids);
    const res = await wide.doc.send(
      new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: ids.map(profileKey) } } }),
    );
    const byId = new Map(
      (res.Responses?.[db.tableName] ?? []).map((i) => [i.id as string, entityOf<Tenant>(i)]),
    );
    return {
      items: ids.map((i) => byId.get(i)).filter((t): t is Tenant => t !== undefined),
      nextCursor: reg.nextCursor,
    };
  },

  /** `db` must be widened to `id`. */
  get: (db: PlatformDb, id: string) => getItem<Tenant>(db, profileKey(id)),

  async setStatus(db: PlatformDb, id: string, status: TenantStatus, now: string): Promise<Tenant> {
    try {
      const res = await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: profileKey(id),
          UpdateExpression: 'SET #status = :status, updatedAt = :now, #version = #version + :one',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
          ExpressionAttributeValues: { ':status': status, ':now': now, ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return entityOf<Tenant>(res.Attributes ?? {});
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw new NotFoundError('tenant');
      throw e;
    }
  },

  /** Every item of the tenant, as stored (keys included), page by page: its partitions and its registry items. */
  async *items(db: PlatformDb, id: string): AsyncGenerator<Record<string, unknown>[]> {
    const profile = await tenants.get(db, id);
    if (!profile) throw new NotFoundError('tenant');
    const platformKeys = [registryKey(id), slugKey(profile.slug)];
    const reg = await db.doc.send(
      new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: platformKeys } } }),
    );
    yield reg.Responses?.[db.tableName] ?? [];
    for (let shard = 0; shard < TENANT_INDEX_SHARDS; shard++) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await db.doc.send(
          new QueryCommand({
            TableName: db.tableName,
            IndexName: 'ByTenant',
            KeyConditionExpression: 'TPK = :p',
            ExpressionAttributeValues: { ':p': keys.tenantShard(id, shard) },
            ExclusiveStartKey: start,
            Limit: 100,
          }),
        );
        start = page.LastEvaluatedKey;
        const ks = (page.Items ?? []).map((i) => ({ PK: i.PK as string, SK: i.SK as string }));
        if (ks.length > 0) yield await batchGet(db, ks);
      } while (start);
    }
  },

  /** Deletes every item of the tenant and its registry entries; returns how many were deleted. */
  async delete(db: PlatformDb, id: string): Promise<number> {
    let count = 0;
    const pages: Key[][] = [];
    for await (const page of tenants.items(db, id))
      pages.push(page.map((i) => ({ PK: i.PK as string, SK: i.SK as string })));
    for (const ks of pages) {
      for (let i = 0; i < ks.length; i += 25) {
        await batchWriteDeletes(db, ks.slice(i, i + 25));
        count += Math.min(25, ks.length - i);
      }
    }
    return count;
  },
};

async function batchGet(db: PlatformDb, ks: Key[]): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let request: Key[] = ks;
  for (let attempt = 0; request.length > 0; attempt++) {
    const res = await db.doc.send(
      new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: request } } }),
    );
    out.push(...(res.Responses?.[db.tableName] ?? []));
    request = (res.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Key[];
    if (request.length > 0) await backoff(attempt);
  }
  return out;
}

async function batchWriteDeletes(db: PlatformDb, ks: Key[]): Promise<void> {
  let request = ks.map((Key) => ({ DeleteRequest: { Key } }));
  for (let attempt = 0; request.length > 0; attempt++) {
    const res = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: request } }));
    request = (res.UnprocessedItems?.[db.tableName] ?? []) as typeof request;
    if (request.length > 0) await backoff(attempt);
  }
}

const backoff = (attempt: number) => new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
