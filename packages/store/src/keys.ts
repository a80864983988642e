import { createHash } from 'node:crypto';

/**
 * Key builders. Every tenant partition key, of the table and of every index, begins with `T#<tenantId>#`;
 * platform-level items live under `P#`. Nothing else builds a key by hand.
 */
export const tenantPrefix = (tenantId: string) => `T#${tenantId}#`;
export const PLATFORM_PREFIX = 'P#';

/** Number of shards of the ByTenant index; spreads a tenant's item writes over several index partitions. */
export const TENANT_INDEX_SHARDS = 8;

export const keys = {
  /** Tenant metadata: profile, settings, SLA, calendar, units, services, users. */
  meta: (tenantId: string) => `${tenantPrefix(tenantId)}META`,
  profile: 'PROFILE',
  settings: 'SETTINGS',
  sla: 'SLA',
  calendar: (year: number) => `CAL#${year}`,
  unit: (id: string) => `UNIT#${id}`,
  maklumat: (unitId: string) => `MAKLUMAT#${unitId}`,
  service: (id: string) => `SERVICE#${id}`,
  user: (id: string) => `USER#${id}`,
  userEmail: (email: string) => `EMAIL#${email}`,
  /** GSI1: services of one unit, by name. */
  unitServices: (tenantId: string, unitId: string) => `${tenantPrefix(tenantId)}UNIT#${unitId}#SERVICES`,
  /** ByTenant index partitions of a tenant. */
  tenantShard: (tenantId: string, shard: number) => `${tenantPrefix(tenantId)}ALL#${shard}`,

  platformTenants: `${PLATFORM_PREFIX}TENANTS`,
  platformTenant: (id: string) => `TENANT#${id}`,
  platformSlug: (slug: string) => `${PLATFORM_PREFIX}SLUG#${slug}`,
  platformCredential: (email: string) => `${PLATFORM_PREFIX}CRED#${email}`,
  single: 'ITEM',
} as const;

/** The ByTenant index attribute of a tenant item: a stable shard chosen from the item's key. */
export function tenantIndexKey(tenantId: string, pk: string, sk: string): string {
  const shard = createHash('sha1').update(`${pk}\u0000${sk}`).digest().readUInt8(0) % TENANT_INDEX_SHARDS;
  return keys.tenantShard(tenantId, shard);
}
