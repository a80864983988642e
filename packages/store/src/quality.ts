import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { ComplaintStatus } from '@prima/domain';
import { keys } from './keys';
import type { TenantDb } from './store';

/**
 * Read-only facts about complaints for the quality tools (Pareto per unit, XmR charts), read from the complaint
 * store's own indexes with a projection of the few attributes a chart needs: submissions by month (GSI3), closures
 * by month (GSI1 closed queue) or of one unit by closing time (GSI2). Every read is bounded by `max` items; a chart
 * built from a truncated read says so. The complaint counters hold no per-day or per-unit-category split, and the
 * complaint store is not changed for a chart, so these charts read the month partitions of the period.
 */

export interface SubmissionFact {
  id: string;
  submittedAt: string;
  unitId: string | null;
  categoryId: string | null;
}

export interface ClosureFact {
  id: string;
  submittedAt: string;
  closedAt: string;
  status: ComplaintStatus;
  unitId: string | null;
}

export interface FactRead<T> {
  items: T[];
  /** More items exist than `max`: the chart covers only the first ones. */
  truncated: boolean;
}

async function project<T>(
  db: TenantDb,
  q: {
    index: 'GSI1' | 'GSI2' | 'GSI3';
    pkAttr: string;
    pk: string;
    range?: { skAttr: string; from: string; to: string };
    unitId?: string | undefined;
    attributes: readonly string[];
    max: number;
    forward: boolean;
  },
): Promise<FactRead<T>> {
  const names: Record<string, string> = { '#pk': q.pkAttr };
  const values: Record<string, unknown> = { ':pk': q.pk };
  let cond = '#pk = :pk';
  if (q.range) {
    names['#sk'] = q.range.skAttr;
    values[':from'] = q.range.from;
    values[':to'] = q.range.to;
    cond += ' AND #sk BETWEEN :from AND :to';
  }
  q.attributes.forEach((a, i) => {
    names[`#a${i}`] = a;
  });
  let filter: string | undefined;
  if (q.unitId) {
    names['#unit'] = 'unitId';
    values[':unit'] = q.unitId;
    filter = '#unit = :unit';
  }
  const items: T[] = [];
  let start: Record<string, NativeAttributeValue> | undefined;
  do {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: q.index,
        KeyConditionExpression: cond,
        FilterExpression: filter,
        ProjectionExpression: q.attributes.map((_, i) => `#a${i}`).join(', '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ExclusiveStartKey: start,
        Limit: Math.min(1000, q.max + 1 - items.length),
        ScanIndexForward: q.forward,
      }),
    );
    items.push(...((res.Items ?? []) as T[]));
    start = res.LastEvaluatedKey;
  } while (start && items.length <= q.max);
  return { items: items.slice(0, q.max), truncated: items.length > q.max || start !== undefined };
}

export const complaintFacts = {
  /**
   * Complaints submitted in a month (YYYY-MM, tenant time zone), optionally of one unit, oldest first. `fields`
   * narrows the projection (a daily count needs `submittedAt` only).
   */
  submittedIn: <F extends keyof SubmissionFact = keyof SubmissionFact>(
    db: TenantDb,
    month: string,
    opts: { unitId?: string | undefined; max: number; fields?: readonly F[] },
  ) =>
    project<Pick<SubmissionFact, F>>(db, {
      index: 'GSI3',
      pkAttr: 'GSI3PK',
      pk: keys.complaintMonth(db.tenantId, month),
      unitId: opts.unitId,
      attributes: opts.fields ?? ['id', 'submittedAt', 'unitId', 'categoryId'],
      max: opts.max,
      forward: true,
    }),

  /** Complaints closed in a month (the tenant's closed queue of that month), by closing time. */
  closedIn: (db: TenantDb, month: string, opts: { max: number }) =>
    project<ClosureFact>(db, {
      index: 'GSI1',
      pkAttr: 'GSI1PK',
      pk: keys.closedQueue(db.tenantId, month),
      attributes: ['id', 'submittedAt', 'closedAt', 'status', 'unitId'],
      max: opts.max,
      forward: true,
    }),

  /** One unit's complaints closed between two instants (ISO 8601, UTC), by closing time. */
  closedOfUnit: (db: TenantDb, unitId: string, fromIso: string, toIso: string, opts: { max: number }) =>
    project<ClosureFact>(db, {
      index: 'GSI2',
      pkAttr: 'GSI2PK',
      pk: keys.unitQueue(db.tenantId, unitId, false),
      range: { skAttr: 'GSI2SK', from: fromIso, to: `${toIso}~` },
      attributes: ['id', 'submittedAt', 'closedAt', 'status', 'unitId'],
      max: opts.max,
      forward: true,
    }),
};
