import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { deleteTenant, type IdentityPort, onboardTenant } from '@prima/api';
import {
  createServiceSchema,
  createTenantSchema,
  createUnitSchema,
  inviteUserSchema,
  type Service,
  type Tenant,
  type Unit,
  type User,
} from '@prima/domain';
import {
  calendars,
  credentials,
  maklumat,
  newId,
  type Store,
  services,
  settings,
  type TenantDb,
  tenants,
  units,
  users,
} from '@prima/store';
import { setPassword } from './identity';
import { type ActivitySummary, activitySince, type DemoDirectory, seedActivity } from './seed-activity';
import {
  DEMO_OPERATOR,
  DEMO_PASSWORD,
  DEMO_REGIONAL_HOLIDAY,
  DEMO_SETTINGS,
  DEMO_TENANT,
  DEMO_USERS,
  maklumatText,
  SEED_UNITS,
} from './seed-data';

export interface SeedResult {
  /** false when the demo Pemda already existed: nothing was written. */
  seeded: boolean;
  tenantId: string;
  slug: string;
  units: number;
  services: number;
  users: number;
  /** The months of activity played in (see seed-activity.ts); null when not asked for or not seeded now. */
  activity: ActivitySummary | null;
}

/** The demo Pemda's tenant id, if it has been seeded. */
export const demoTenantId = (store: Store): Promise<string | null> =>
  tenants.idBySlug(store.forPlatform(), DEMO_TENANT.slug);

export interface SeedOptions {
  now?: Date;
  /**
   * Also play the last months of complaints, surveys and improvement through the API (default true). It takes
   * most of the seed's time; tests of other things turn it off.
   */
  activity?: boolean;
}

/**
 * Seeds the demo Pemda (seed-data.ts) unless its slug exists already: onboarding as the operator would do it,
 * then units, services, users and maklumat through the store's item builders, the logins through the identity
 * port with the known demo password, then its recent activity (seed-activity.ts). A failure half-way removes the
 * half-seeded tenant, so the next start retries.
 */
export async function seedDemo(
  store: Store,
  identity: IdentityPort,
  opts: SeedOptions = {},
): Promise<SeedResult> {
  const now = opts.now ?? new Date();
  const existing = await demoTenantId(store);
  if (existing) {
    return {
      seeded: false,
      tenantId: existing,
      slug: DEMO_TENANT.slug,
      units: 0,
      services: 0,
      users: 0,
      activity: null,
    };
  }
  await ensureOperator(store, identity);
  // With its months of activity, the Pemda joined (and set itself up) before them: nothing predates its tenant.
  const activity = opts.activity !== false;
  const since = activity ? activitySince(now, DEMO_TENANT.timeZone) : now;
  const { tenant, admin } = await onboardTenant(
    store,
    identity,
    createTenantSchema.parse(DEMO_TENANT),
    since,
  );
  try {
    await setPassword(store, admin.email, DEMO_PASSWORD);
    const { result, directory } = await fillTenant(store, identity, tenant, admin, since);
    if (!activity) return result;
    return { ...result, activity: await seedActivity(store, directory, now) };
  } catch (e) {
    await deleteTenant(store, identity, tenant.id).catch(() => undefined);
    throw e;
  }
}

async function fillTenant(
  store: Store,
  identity: IdentityPort,
  tenant: Tenant,
  admin: User,
  now: Date,
): Promise<{ result: SeedResult; directory: DemoDirectory }> {
  const db = store.forTenant(tenant.id);
  const iso = now.toISOString();

  const unitByKey = new Map<string, Unit>();
  const serviceByName = new Map<string, Service>();
  const items: Record<string, unknown>[] = [];
  let serviceCount = 0;
  for (const u of SEED_UNITS) {
    const { key, components, services: seedServices, ...fields } = u;
    const { unit, item } = units.newItem(db, createUnitSchema.parse(fields), iso);
    unitByKey.set(key, unit);
    items.push(item);
    for (const s of seedServices) {
      const input = createServiceSchema.parse({
        unitId: unit.id,
        name: s.name,
        description: s.description,
        durationWorkingDays: s.durationWorkingDays,
        feeRupiah: s.feeRupiah,
        standard: { ...components, ...s.standard },
      });
      const { service, item } = services.newItem(db, input, iso);
      items.push(item);
      serviceByName.set(service.name, service);
      serviceCount++;
    }
  }

  const staff = DEMO_USERS.filter((u) => u.email !== DEMO_TENANT.adminEmail).map((u) => {
    const unitIds = u.units.map((k) => unitByKey.get(k)?.id ?? missingUnit(k));
    return users.newItems(
      db,
      inviteUserSchema.parse({ email: u.email, name: u.name, role: u.role, unitIds }),
      iso,
    );
  });
  for (const s of staff) items.push(...s.items);
  await batchPut(db, items);

  const signedOn = new Intl.DateTimeFormat('en-CA', { timeZone: tenant.timeZone }).format(now);
  await Promise.all(
    SEED_UNITS.map((u) => {
      const unit = unitByKey.get(u.key)!;
      return maklumat.put(db, unit.id, { text: maklumatText(u.name), signedBy: u.headName, signedOn }, iso);
    }),
  );
  await settings.update(db, { ...DEMO_SETTINGS, version: 1 }, iso);
  await addRegionalHoliday(db, Number(signedOn.slice(0, 4)), iso);

  // The logins last: a failure before leaves no credential that deleteTenant would not find.
  await Promise.all(
    staff.map(async ({ user }) => {
      await identity.createUser({
        email: user.email,
        userId: user.id,
        tenantId: tenant.id,
        role: user.role,
        name: user.name,
      });
      await setPassword(store, user.email, DEMO_PASSWORD);
    }),
  );
  return {
    result: {
      seeded: true,
      tenantId: tenant.id,
      slug: tenant.slug,
      units: unitByKey.size,
      services: serviceCount,
      users: staff.length + 1,
      activity: null,
    },
    directory: {
      tenant,
      users: new Map([admin, ...staff.map((s) => s.user)].map((u) => [u.email, u])),
      units: unitByKey,
      services: serviceByName,
    },
  };
}

const missingUnit = (key: string): never => {
  throw new Error(`seed data: unknown unit key ${key}`);
};

/** The platform operator's login: created once, then left alone (its password may have been changed). */
async function ensureOperator(store: Store, identity: IdentityPort): Promise<void> {
  if (await credentials.get(store.forPlatform(), DEMO_OPERATOR.email)) return;
  await identity.createUser({
    email: DEMO_OPERATOR.email,
    userId: newId(),
    tenantId: null,
    role: 'platform-operator',
    name: DEMO_OPERATOR.name,
  });
  await setPassword(store, DEMO_OPERATOR.email, DEMO_PASSWORD);
}

async function addRegionalHoliday(db: TenantDb, year: number, iso: string): Promise<void> {
  const cal = await calendars.get(db, year);
  if (!cal) return;
  const { monthDay, name, kind } = DEMO_REGIONAL_HOLIDAY;
  const date = `${year}-${monthDay}`;
  if (cal.days.some((d) => d.date === date)) return;
  await calendars.put(db, year, { days: [...cal.days, { date, name, kind }], version: cal.version }, iso);
}

/** Writes new items 25 at a time, retrying what DynamoDB leaves unprocessed. */
async function batchPut(db: TenantDb, items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let request = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; request.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
      const res = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: request } }));
      request = (res.UnprocessedItems?.[db.tableName] ?? []) as typeof request;
    }
  }
}
