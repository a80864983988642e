import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { InviteUserInput, UpdateUserInput, User } from '@prima/domain';
import { newId } from './clock';
import { AlreadyExistsError } from './errors';
import {
  cancellationReasons,
  getItem,
  type Key,
  type QuerySpec,
  queryPage,
  type StoredItem,
  tenantItem,
  updateVersioned,
} from './items';
import { keys } from './keys';
import type { TenantDb } from './store';

const userKey = (db: TenantDb, id: string): Key => ({ PK: keys.meta(db.tenantId), SK: keys.user(id) });
const emailKey = (db: TenantDb, email: string): Key => ({
  PK: keys.meta(db.tenantId),
  SK: keys.userEmail(email),
});

export const users = {
  key: userKey,
  get: (db: TenantDb, id: string) => getItem<User>(db, userKey(db, id)),
  list: (db: TenantDb, page: Pick<QuerySpec, 'limit' | 'cursor'>) =>
    queryPage<User>(db, { pk: keys.meta(db.tenantId), skPrefix: 'USER#', ...page }),
  /** The two items of a new user: the user and its email claim (unique within the tenant). */
  newItems(
    db: TenantDb,
    input: InviteUserInput,
    now: string,
    id = newId(),
  ): { user: User; items: StoredItem[] } {
    const user: User = { id, ...input, status: 'active', createdAt: now, updatedAt: now, version: 1 };
    return {
      user,
      items: [
        tenantItem(db, userKey(db, id), 'User', user),
        tenantItem(db, emailKey(db, input.email), 'UserEmail', { userId: id }),
      ],
    };
  },
  async create(db: TenantDb, input: InviteUserInput, now: string, id?: string): Promise<User> {
    const { user, items } = users.newItems(db, input, now, id);
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: items.map((Item) => ({
            Put: { TableName: db.tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
          })),
        }),
      );
    } catch (e) {
      if (cancellationReasons(e)?.includes('ConditionalCheckFailed')) throw new AlreadyExistsError('email');
      throw e;
    }
    return user;
  },
  update(db: TenantDb, id: string, input: UpdateUserInput, now: string) {
    const { version, ...set } = input;
    return updateVersioned<User>(db, userKey(db, id), { set, expectedVersion: version, now }, 'user');
  },
};
