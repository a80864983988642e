/** Lookups the survey routes share: the public tenant behind a slug, settings, units and services as 400/404s. */
import {
  DEFAULT_SETTINGS,
  localDate,
  type Service,
  type Settings,
  slugSchema,
  type Tenant,
  type Unit,
} from '@prima/domain';
import { profile, services, settings, type TenantDb, tenants, units } from '@prima/store';
import type { Context } from 'hono';
import type { Env } from '../env';
import { notFound } from '../env';
import { ApiError } from '../problem';
import { fieldError } from '../validation';

/** The active tenant behind a public slug; 404 for an unknown slug, 403 for a suspended tenant. */
export async function publicSurveyTenant(
  c: Context<Env>,
  slug: string,
): Promise<{ db: TenantDb; tenant: Tenant }> {
  const { store } = c.var.deps;
  if (!slugSchema.safeParse(slug).success) notFound();
  const tenantId = await tenants.idBySlug(store.forPlatform(), slug);
  if (!tenantId) notFound();
  const db = store.forTenant(tenantId);
  const tenant = await profile.get(db);
  if (!tenant) notFound();
  if (tenant.status !== 'active') throw new ApiError('tenant-suspended');
  return { db, tenant };
}

export type SurveySettings = Pick<Settings, 'surveyTemplate' | 'ikmWeighting'>;

export async function surveySettings(db: TenantDb): Promise<SurveySettings> {
  const s = await settings.get(db);
  return {
    surveyTemplate: s?.surveyTemplate ?? DEFAULT_SETTINGS.surveyTemplate,
    ikmWeighting: s?.ikmWeighting ?? DEFAULT_SETTINGS.ikmWeighting,
  };
}

export const now = (c: Context<Env>) => c.var.deps.now?.() ?? new Date();
/** Today's date in the tenant's time zone. */
export const today = (c: Context<Env>, tenant: Tenant) => localDate(now(c), tenant.timeZone);

/** A unit named in a query: 404 when it is not one of this tenant's. */
export async function unitOr404(db: TenantDb, unitId: string): Promise<Unit> {
  return (await units.get(db, unitId)) ?? notFound();
}

/** A service named in a query: 404 unless it is this tenant's (and of `unitId` when given). */
export async function serviceOr404(db: TenantDb, serviceId: string, unitId?: string): Promise<Service> {
  const s = await services.get(db, serviceId);
  if (!s || (unitId !== undefined && s.unitId !== unitId)) notFound();
  return s;
}

/**
 * The unit and service a campaign surveys, from a body: the service must belong to the unit; the unit may be left
 * out when the service names it. Unknown ids are a 400 naming the field.
 */
export async function campaignTarget(
  c: Context<Env>,
  db: TenantDb,
  unitId: string | undefined,
  serviceId: string | null | undefined,
): Promise<{ unit: Unit; service: Service | null }> {
  const locale = c.var.locale;
  let service: Service | null = null;
  if (serviceId) {
    service = await services.get(db, serviceId);
    if (!service || service.archived) throw fieldError('serviceId', 'service.notFound', locale);
    if (unitId && service.unitId !== unitId)
      throw fieldError('serviceId', 'survey.serviceOfOtherUnit', locale);
  }
  const id = unitId ?? service?.unitId;
  if (!id) throw fieldError('unitId', 'survey.unitRequired', locale);
  const unit = await units.get(db, id);
  if (!unit || unit.archived) throw fieldError('unitId', 'unit.notFound', locale);
  return { unit, service };
}

/** Names of services by id (profile breakdowns): a GetItem each, for the few services that have answers. */
export async function serviceNames(db: TenantDb, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await Promise.all(ids.slice(0, 50).map((id) => services.get(db, id)));
  return new Map(found.filter((s): s is Service => s !== null).map((s) => [s.id, s.name]));
}
