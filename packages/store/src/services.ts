import { type CreateServiceInput, emptyStandard, type Service, type UpdateServiceInput } from '@prima/domain';
import { newId } from './clock';
import {
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

const serviceKey = (db: TenantDb, id: string): Key => ({ PK: keys.meta(db.tenantId), SK: keys.service(id) });

/** GSI1 places a service under its unit, sorted by name, so "services of a unit" is one Query. */
const byUnit = (db: TenantDb, unitId: string, name: string, id: string) => ({
  GSI1PK: keys.unitServices(db.tenantId, unitId),
  GSI1SK: `${name.toLocaleLowerCase('id')}#${id}`,
});

export const services = {
  key: serviceKey,
  get: (db: TenantDb, id: string) => getItem<Service>(db, serviceKey(db, id)),
  list: (db: TenantDb, page: Pick<QuerySpec, 'limit' | 'cursor'>, unitId?: string) =>
    unitId
      ? queryPage<Service>(db, { pk: keys.unitServices(db.tenantId, unitId), index: 'GSI1', ...page })
      : queryPage<Service>(db, { pk: keys.meta(db.tenantId), skPrefix: 'SERVICE#', ...page }),
  /** Every service of one unit, by name: a unit offers tens of services. */
  ofUnit: (db: TenantDb, unitId: string) =>
    queryAll<Service>(db, { pk: keys.unitServices(db.tenantId, unitId), index: 'GSI1' }),
  newItem(db: TenantDb, input: CreateServiceInput, now: string) {
    const id = newId();
    const service: Service = {
      id,
      ...input,
      standard: { ...emptyStandard(), ...input.standard },
      archived: false,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    return {
      service,
      item: tenantItem(db, serviceKey(db, id), 'Service', service, byUnit(db, input.unitId, input.name, id)),
    };
  },
  async create(db: TenantDb, input: CreateServiceInput, now: string): Promise<Service> {
    const { service, item } = services.newItem(db, input, now);
    await putNew(db, item);
    return service;
  },
  /** `current` is the service as read by the caller (for the merged standard and the unit index). */
  update(db: TenantDb, current: Service, input: UpdateServiceInput, now: string) {
    const { version, standard, ...rest } = input;
    const unitId = rest.unitId ?? current.unitId;
    const name = rest.name ?? current.name;
    return updateVersioned<Service>(
      db,
      serviceKey(db, current.id),
      {
        set: { ...rest, standard: standard ? { ...current.standard, ...standard } : undefined },
        expectedVersion: version,
        now,
        extra: byUnit(db, unitId, name, current.id),
      },
      'service',
    );
  },
};
