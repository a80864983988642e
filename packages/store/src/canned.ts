import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { newId } from './clock';
import { NotFoundError } from './errors';
import { getItem, type Key, putNew, queryAll, tenantItem, updateVersioned } from './items';
import { keys } from './keys';
import type { TenantDb } from './store';

/** A canned reply officials insert into a public reply or a response: a title and the text in id (and en). */
export interface CannedReply {
  id: string;
  title: string;
  text: { id: string; en: string | null };
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CannedReplyInput {
  title: string;
  text: { id: string; en: string | null };
}

const cannedKey = (db: TenantDb, id: string): Key => ({ PK: keys.meta(db.tenantId), SK: keys.canned(id) });

/** Canned replies of a tenant: tens of them, read whole, in the tenant's META collection (`CANNED#<id>`). */
export const cannedReplies = {
  get: (db: TenantDb, id: string) => getItem<CannedReply>(db, cannedKey(db, id)),
  all: (db: TenantDb) => queryAll<CannedReply>(db, { pk: keys.meta(db.tenantId), skPrefix: 'CANNED#' }),
  async create(db: TenantDb, input: CannedReplyInput, now: string): Promise<CannedReply> {
    const reply: CannedReply = { id: newId(), ...input, createdAt: now, updatedAt: now, version: 1 };
    await putNew(db, tenantItem(db, cannedKey(db, reply.id), 'CannedReply', { ...reply }));
    return reply;
  },
  update(db: TenantDb, id: string, input: Partial<CannedReplyInput> & { version: number }, now: string) {
    const { version, ...set } = input;
    return updateVersioned<CannedReply>(
      db,
      cannedKey(db, id),
      { set, expectedVersion: version, now },
      'cannedReply',
    );
  },
  /** Deletes a canned reply; 404 when it does not exist (in this tenant). */
  async delete(db: TenantDb, id: string): Promise<void> {
    try {
      await db.doc.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: cannedKey(db, id),
          ConditionExpression: 'attribute_exists(PK)',
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw new NotFoundError('cannedReply');
      throw e;
    }
  },
};
