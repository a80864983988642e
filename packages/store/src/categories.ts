import type { Category, CreateCategoryInput, UpdateCategoryInput } from '@prima/domain';
import { newId } from './clock';
import { getItem, type Key, putNew, queryAll, tenantItem, updateVersioned } from './items';
import { keys } from './keys';
import type { TenantDb } from './store';

const categoryKey = (db: TenantDb, id: string): Key => ({
  PK: keys.meta(db.tenantId),
  SK: keys.category(id),
});

/** The complaint category tree of a tenant: tens of categories, read whole. */
export const categories = {
  get: (db: TenantDb, id: string) => getItem<Category>(db, categoryKey(db, id)),
  all: (db: TenantDb) => queryAll<Category>(db, { pk: keys.meta(db.tenantId), skPrefix: 'CAT#' }),
  newItem(db: TenantDb, input: CreateCategoryInput, now: string) {
    const category: Category = {
      id: newId(),
      ...input,
      archived: false,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    return { category, item: tenantItem(db, categoryKey(db, category.id), 'Category', category) };
  },
  async create(db: TenantDb, input: CreateCategoryInput, now: string): Promise<Category> {
    const { category, item } = categories.newItem(db, input, now);
    await putNew(db, item);
    return category;
  },
  update(db: TenantDb, id: string, input: UpdateCategoryInput, now: string) {
    const { version, ...set } = input;
    return updateVersioned<Category>(
      db,
      categoryKey(db, id),
      { set, expectedVersion: version, now },
      'category',
    );
  },
};
