import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Role, SignInState } from '@prima/domain';
import { AlreadyExistsError, NotFoundError } from './errors';
import { getItem, type Key } from './items';
import { keys } from './keys';
import type { PlatformDb } from './store';
import { TABLE } from './table';

/**
 * Password credentials of the local development identity provider (Cognito holds them in AWS). Platform-level:
 * sign-in starts from an email, before any tenant is known.
 */
export interface Credential extends SignInState {
  email: string;
  userId: string;
  tenantId: string | null;
  role: Role;
  /** scrypt$N$r$p$salt$hash */
  passwordHash: string;
  mustChangePassword: boolean;
  enabled: boolean;
}

const credKey = (email: string): Key => ({ PK: keys.platformCredential(email), SK: keys.single });

export const credentials = {
  get: (db: PlatformDb, email: string) => getItem<Credential>(db, credKey(email), true),
  async create(db: PlatformDb, cred: Credential): Promise<void> {
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: { ...credKey(cred.email), [TABLE.entityAttribute]: 'Credential', ...cred },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('email');
      throw e;
    }
  },
  async update(db: PlatformDb, email: string, set: Partial<Omit<Credential, 'email'>>): Promise<void> {
    const entries = Object.entries(set).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: credKey(email),
          UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :f${i}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k])),
          ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:f${i}`, v])),
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw new NotFoundError('credential');
      throw e;
    }
  },
  delete: async (db: PlatformDb, email: string) => {
    await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: credKey(email) }));
  },
};
