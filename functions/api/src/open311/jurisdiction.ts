import { slugSchema, type Tenant } from '@prima/domain';
import { profile, type TenantDb, tenants } from '@prima/store';
import type { Context } from 'hono';
import type { Env } from '../env';
import { ERRORS, open311Error } from './errors';

/**
 * `jurisdiction_id` is the tenant's slug: one endpoint serves every Pemda, so the argument is required (400 when
 * missing or empty, which the spec treats alike), 404 when no tenant has that slug, 403 when the tenant is suspended.
 * Every read and write of the request goes through the tenant scope returned here, never another.
 */
export interface Jurisdiction {
  db: TenantDb;
  tenant: Tenant;
}

export async function jurisdictionOf(c: Context<Env>, slug: string | undefined): Promise<Jurisdiction> {
  const value = slug?.trim();
  if (!value) throw open311Error(400, ERRORS.jurisdictionMissing);
  if (!slugSchema.safeParse(value).success) throw open311Error(404, ERRORS.jurisdictionUnknown);
  const { store } = c.var.deps;
  const tenantId = await tenants.idBySlug(store.forPlatform(), value);
  if (!tenantId) throw open311Error(404, ERRORS.jurisdictionUnknown);
  const db = store.forTenant(tenantId);
  const tenant = await profile.get(db);
  if (!tenant) throw open311Error(404, ERRORS.jurisdictionUnknown);
  if (tenant.status !== 'active') throw open311Error(403, ERRORS.jurisdictionSuspended);
  return { db, tenant };
}
