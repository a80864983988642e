import { DeleteCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboxItem } from './complaints';
import { entityOf, type Page, queryPage, tenantItem } from './items';
import { keys } from './keys';
import type { TenantDb } from './store';

/** After this many failed attempts a notification moves to FAILED and is not retried. */
export const MAX_ATTEMPTS = 5;

/**
 * The notification outbox: notifications are written in the same transaction as the change that causes them
 * (PENDING), and the sender moves each to SENT or, after repeated failures, FAILED.
 */
export const outbox = {
  async pending(db: TenantDb, limit: number): Promise<OutboxItem[]> {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.outbox(db.tenantId, 'PENDING') },
        Limit: limit,
      }),
    );
    return (res.Items ?? []).map((i) => entityOf<OutboxItem>(i));
  },
  /** A page of pending notifications, oldest first (the sender walks them all, skipping those backing off). */
  pendingPage: (
    db: TenantDb,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<Page<OutboxItem>> =>
    queryPage<OutboxItem>(db, { pk: keys.outbox(db.tenantId, 'PENDING'), ...page }),
  /** Moves a pending notification to SENT (or FAILED), atomically. */
  async settle(db: TenantDb, item: OutboxItem, state: 'SENT' | 'FAILED'): Promise<void> {
    const key = { PK: keys.outbox(db.tenantId, state), SK: item.id };
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: db.tableName,
              Key: { PK: keys.outbox(db.tenantId, 'PENDING'), SK: item.id },
              ConditionExpression: 'attribute_exists(PK)',
            },
          },
          { Put: { TableName: db.tableName, Item: tenantItem(db, key, 'Outbox', { ...item }) } },
        ],
      }),
    );
  },
  /** Records a failed attempt on a pending notification. */
  async retryLater(db: TenantDb, item: OutboxItem): Promise<void> {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: tenantItem(db, { PK: keys.outbox(db.tenantId, 'PENDING'), SK: item.id }, 'Outbox', { ...item }),
        ConditionExpression: 'attribute_exists(PK)',
      }),
    );
  },
  /** Sent notifications, newest first (the development mailbox). */
  sent: (db: TenantDb, page: { limit: number; cursor?: string | undefined }): Promise<Page<OutboxItem>> =>
    queryPage<OutboxItem>(db, { pk: keys.outbox(db.tenantId, 'SENT'), forward: false, ...page }),
  async discard(db: TenantDb, state: 'PENDING' | 'SENT' | 'FAILED', id: string): Promise<void> {
    await db.doc.send(
      new DeleteCommand({ TableName: db.tableName, Key: { PK: keys.outbox(db.tenantId, state), SK: id } }),
    );
  },
};
