import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import { keys } from './keys';
import type { TenantDb } from './store';

/**
 * Counts that cannot be maintained on write because they change with the clock, not with a write: how many open
 * complaints are past their deadline right now. The open queue (GSI1) is sorted by the next deadline, so the overdue
 * ones are the key range `GSI1SK < now`; a filter keeps those whose running deadline is an officials' deadline
 * (`dueAt`), not an auto-close or a completion window. The read is bounded by the open, overdue complaints of the
 * tenant, never by its history (closed complaints live in other partitions).
 */
export const complaintCounts = {
  async overdue(db: TenantDb, nowIso: string): Promise<number> {
    let count = 0;
    let start: Record<string, NativeAttributeValue> | undefined;
    do {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: '#pk = :pk AND #sk < :now',
          FilterExpression: 'attribute_type(#dueAt, :s)',
          ExpressionAttributeNames: { '#pk': 'GSI1PK', '#sk': 'GSI1SK', '#dueAt': 'dueAt' },
          ExpressionAttributeValues: { ':pk': keys.openQueue(db.tenantId), ':now': nowIso, ':s': 'S' },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += res.Count ?? 0;
      start = res.LastEvaluatedKey;
    } while (start);
    return count;
  },
};
