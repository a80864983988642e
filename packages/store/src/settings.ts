import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type {
  HolidayCalendar,
  PutHolidayCalendarInput,
  PutSlaPolicyInput,
  Settings,
  SlaPolicy,
  Tenant,
  UpdateSettingsInput,
} from '@prima/domain';
import { conflictOrMissing, getItem, type Key, queryAll, tenantItem, updateVersioned } from './items';
import { keys } from './keys';
import type { TenantDb } from './store';

/** The tenant's own singletons: profile (status, time zone), settings, SLA policy, holiday calendars. */
const metaKey = (db: TenantDb, sk: string): Key => ({ PK: keys.meta(db.tenantId), SK: sk });

export const profile = {
  key: (db: TenantDb) => metaKey(db, keys.profile),
  get: (db: TenantDb) => getItem<Tenant>(db, metaKey(db, keys.profile)),
};

export const settings = {
  key: (db: TenantDb) => metaKey(db, keys.settings),
  get: (db: TenantDb) => getItem<Settings>(db, metaKey(db, keys.settings)),
  update: (db: TenantDb, input: UpdateSettingsInput, now: string) => {
    const { version, ...set } = input;
    return updateVersioned<Settings>(
      db,
      metaKey(db, keys.settings),
      { set, expectedVersion: version, now },
      'settings',
    );
  },
};

export const slaPolicy = {
  key: (db: TenantDb) => metaKey(db, keys.sla),
  get: (db: TenantDb) => getItem<SlaPolicy>(db, metaKey(db, keys.sla)),
  put: (db: TenantDb, input: PutSlaPolicyInput, now: string) => {
    const { version, ...set } = input;
    return updateVersioned<SlaPolicy>(
      db,
      metaKey(db, keys.sla),
      { set, expectedVersion: version, now },
      'sla',
    );
  },
};

export const calendars = {
  key: (db: TenantDb, year: number) => metaKey(db, keys.calendar(year)),
  get: (db: TenantDb, year: number) => getItem<HolidayCalendar>(db, metaKey(db, keys.calendar(year))),
  list: (db: TenantDb) => queryAll<HolidayCalendar>(db, { pk: keys.meta(db.tenantId), skPrefix: 'CAL#' }),
  /** Creates the year's calendar (no version given) or replaces it (version given). Days are kept sorted. */
  async put(
    db: TenantDb,
    year: number,
    input: PutHolidayCalendarInput,
    now: string,
  ): Promise<HolidayCalendar> {
    const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
    const key = metaKey(db, keys.calendar(year));
    if (input.version !== undefined) {
      return updateVersioned<HolidayCalendar>(
        db,
        key,
        { set: { days }, expectedVersion: input.version, now },
        'calendar',
      );
    }
    const cal: HolidayCalendar = { year, days, createdAt: now, updatedAt: now, version: 1 };
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: tenantItem(db, key, 'Calendar', cal),
          ConditionExpression: 'attribute_not_exists(PK)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw conflictOrMissing(e.Item ?? {}, 'calendar');
      throw e;
    }
    return cal;
  },
};
