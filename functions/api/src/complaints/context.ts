import { type HolidaySet, holidaySet, type Settings, type SlaPolicy, type Tenant } from '@prima/domain';
import { calendars, NotFoundError, profile, settings, slaPolicy, type TenantDb } from '@prima/store';

/** What complaint handling needs to know about the tenant: its time zone, SLA policy and working days. */
export interface TenantContext {
  db: TenantDb;
  tenant: Tenant;
  settings: Settings;
  sla: SlaPolicy;
  holidays: HolidaySet;
}

/** Reads the tenant's profile, settings, SLA policy and holiday calendars (a handful of items, in parallel). */
export async function loadTenantContext(db: TenantDb, tenant?: Tenant): Promise<TenantContext> {
  const [t, s, sla, cals] = await Promise.all([
    tenant ?? profile.get(db),
    settings.get(db),
    slaPolicy.get(db),
    calendars.list(db),
  ]);
  if (!t || !s || !sla) throw new NotFoundError('tenant');
  return { db, tenant: t, settings: s, sla, holidays: holidaySet(cals) };
}
