import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CreateUnitInput, Maklumat, PutMaklumatInput, Unit, UpdateUnitInput } from '@prima/domain';
import { newId } from './clock';
import {
  conflictOrMissing,
  getItem,
  type Key,
  putNew,
  type QuerySpec,
  queryAll,
  queryPage,
  tenantItem,
  updateVersioned,
} from './items';
import { keys } from './keys';
import type { TenantDb } from './store';

const unitKey = (db: TenantDb, id: string): Key => ({ PK: keys.meta(db.tenantId), SK: keys.unit(id) });
const maklumatKey = (db: TenantDb, unitId: string): Key => ({
  PK: keys.meta(db.tenantId),
  SK: keys.maklumat(unitId),
});

export const units = {
  key: unitKey,
  get: (db: TenantDb, id: string) => getItem<Unit>(db, unitKey(db, id)),
  list: (db: TenantDb, page: Pick<QuerySpec, 'limit' | 'cursor'>) =>
    queryPage<Unit>(db, { pk: keys.meta(db.tenantId), skPrefix: 'UNIT#', ...page }),
  /** Every unit of the tenant: a Pemda has tens of units, not thousands. */
  all: (db: TenantDb) => queryAll<Unit>(db, { pk: keys.meta(db.tenantId), skPrefix: 'UNIT#' }),
  /** The item that `create` writes, for callers that put it inside a larger transaction (the demo seed). */
  newItem(db: TenantDb, input: CreateUnitInput, now: string) {
    const unit: Unit = { id: newId(), ...input, archived: false, createdAt: now, updatedAt: now, version: 1 };
    return { unit, item: tenantItem(db, unitKey(db, unit.id), 'Unit', unit) };
  },
  async create(db: TenantDb, input: CreateUnitInput, now: string): Promise<Unit> {
    const { unit, item } = units.newItem(db, input, now);
    await putNew(db, item);
    return unit;
  },
  update(db: TenantDb, id: string, input: UpdateUnitInput, now: string) {
    const { version, ...set } = input;
    return updateVersioned<Unit>(db, unitKey(db, id), { set, expectedVersion: version, now }, 'unit');
  },
};

export const maklumat = {
  get: (db: TenantDb, unitId: string) => getItem<Maklumat>(db, maklumatKey(db, unitId)),
  /** Creates the unit's maklumat (no version) or replaces it (version given). */
  async put(db: TenantDb, unitId: string, input: PutMaklumatInput, now: string): Promise<Maklumat> {
    const { version, ...set } = input;
    if (version !== undefined) {
      return updateVersioned<Maklumat>(
        db,
        maklumatKey(db, unitId),
        { set, expectedVersion: version, now },
        'maklumat',
      );
    }
    const m: Maklumat = { unitId, ...set, createdAt: now, updatedAt: now, version: 1 };
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: tenantItem(db, maklumatKey(db, unitId), 'Maklumat', m),
          ConditionExpression: 'attribute_not_exists(PK)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw conflictOrMissing(e.Item ?? {}, 'maklumat');
      throw e;
    }
    return m;
  },
};
