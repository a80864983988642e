import { randomBytes } from 'node:crypto';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { Complaint, CounterDelta, Reporter, TimelineEvent } from '@prima/domain';
import { isOpen, monthOf } from '@prima/domain';
import { newId } from './clock';
import { AlreadyExistsError, NotFoundError, VersionConflictError } from './errors';
import {
  cancellationReasons,
  decodeCursor,
  encodeCursor,
  entityOf,
  getItem,
  type Key,
  type Page,
  type StoredItem,
  tenantItem,
} from './items';
import { keys } from './keys';
import type { TenantDb } from './store';
import { TABLE } from './table';

/**
 * Complaints. A complaint is an item collection (`T#<t>#C#<id>`): the complaint, its reporter's contact (read only
 * by the notifier, never by a route) and its timeline. Every change is one transaction: the complaint with its
 * version condition, the timeline event, the counters of the month and of the snapshot, and the notifications.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short human tracking code, e.g. PRM-4K7Q-9XD2 (40 random bits). */
export function newTrackingCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => CROCKFORD[b % 32]).join('');
  return `PRM-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** Counter shards per aggregate: concurrent submissions spread over them instead of contending on one item. */
export const STAT_SHARDS = 4;

export interface Notification {
  complaintId: string;
  trackingCode: string;
  /** Template key: what happened (e.g. `submitted`, `status-changed`). */
  template: string;
  locale: 'id' | 'en';
  data: Record<string, string>;
  /**
   * Who receives it, resolved by the sender when it sends: the reporter (the default), the tenant's coordinators,
   * or the officers of the complaint's unit (`data.unitId`).
   */
  audience?: 'reporter' | 'coordinators' | 'unit';
}

export interface OutboxItem extends Notification {
  /** Set when settled: the recipient was a reporter who asked to stay anonymous (exports withhold `to`). */
  anonymousRecipient?: boolean;
  id: string;
  createdAt: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  /** Resolved when sent: the address used (addresses, comma-separated, for officials). */
  to: string | null;
  channel: 'email' | 'sms' | null;
  /** After a failed attempt: not before this instant (backoff). */
  retryAt?: string | null;
}

/** A complaint as stored: the sweeper remembers on it the deadline it last sent a reminder for. */
export type StoredComplaint = Complaint & { remindedFor?: string | null };

export interface CounterUpdate {
  /** Month of the change (YYYY-MM, tenant time zone) and what it adds there. */
  month: string;
  monthDelta: CounterDelta;
  snapshotDelta: CounterDelta;
}

const complaintKey = (db: TenantDb, id: string): Key => ({
  PK: keys.complaint(db.tenantId, id),
  SK: keys.complaintItem,
});

/** Index attributes of a complaint: where it queues (open by deadline, closed by month) and its submission month. */
function indexAttributes(db: TenantDb, c: Complaint, timeZone: string): Record<string, string | undefined> {
  const open = isOpen(c.status);
  // Open complaints queue by the next moment something must happen: the officials' deadline, else the auto-close
  // or the end of the completion window (the SLA sweeper reads everything before `now`); '~' sorts last.
  const next = c.dueAt ?? c.autoCloseAt ?? c.completionDueAt;
  const order = open ? `${next ?? '~'}#${c.id}` : `${c.closedAt ?? c.updatedAt}#${c.id}`;
  return {
    GSI1PK: open
      ? keys.openQueue(db.tenantId)
      : keys.closedQueue(db.tenantId, monthOf(c.closedAt ?? c.updatedAt, timeZone)),
    GSI1SK: order,
    GSI2PK: c.unitId ? keys.unitQueue(db.tenantId, c.unitId, open) : undefined,
    GSI2SK: c.unitId ? order : undefined,
    GSI3PK: keys.complaintMonth(db.tenantId, monthOf(c.submittedAt, timeZone)),
    GSI3SK: `${c.submittedAt}#${c.id}`,
  };
}

/** Text the inbox searches: lower-case title, description and tracking code. */
const searchText = (c: Complaint) => `${c.trackingCode} ${c.title} ${c.description}`.toLocaleLowerCase('id');

/** ADD updates of counters, on a random shard of each aggregate. */
function counterUpdates(db: TenantDb, update: CounterUpdate) {
  const shard = keys.statShard(Math.floor(Math.random() * STAT_SHARDS));
  const one = (pk: string, delta: CounterDelta) => {
    const entries = Object.entries(delta).filter(([, n]) => n !== 0);
    if (entries.length === 0) return [];
    const key = { PK: pk, SK: shard };
    return [
      {
        Update: {
          TableName: db.tableName,
          Key: key,
          UpdateExpression: `SET #type = :type, TPK = if_not_exists(TPK, :tpk) ADD ${entries.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
          ExpressionAttributeNames: {
            '#type': TABLE.entityAttribute,
            ...Object.fromEntries(entries.map(([k], i) => [`#c${i}`, k])),
          },
          ExpressionAttributeValues: {
            ':type': 'ComplaintStats',
            ':tpk': tenantItem(db, key, 'x', {}).TPK,
            ...Object.fromEntries(entries.map(([, n], i) => [`:c${i}`, n])),
          },
        },
      },
    ];
  };
  return [
    ...one(keys.complaintStats(db.tenantId, update.month), update.monthDelta),
    ...one(keys.complaintStats(db.tenantId, 'NOW'), update.snapshotDelta),
  ];
}

function outboxPuts(db: TenantDb, notifications: readonly Notification[], now: string) {
  return notifications.map((n) => {
    const id = newId();
    const item: OutboxItem = {
      ...n,
      id,
      createdAt: now,
      attempts: 0,
      lastError: null,
      sentAt: null,
      to: null,
      channel: null,
    };
    return {
      Put: {
        TableName: db.tableName,
        Item: tenantItem(db, { PK: keys.outbox(db.tenantId, 'PENDING'), SK: id }, 'Outbox', { ...item }),
      },
    };
  });
}

function eventPut(db: TenantDb, complaintId: string, event: TimelineEvent) {
  return {
    Put: {
      TableName: db.tableName,
      Item: tenantItem(
        db,
        { PK: keys.complaint(db.tenantId, complaintId), SK: keys.complaintEvent(event.id) },
        'ComplaintEvent',
        { ...event },
      ),
    },
  };
}

export interface NewComplaint {
  complaint: Complaint;
  reporter: Reporter;
  event: TimelineEvent;
  counters: CounterUpdate;
  notifications: readonly Notification[];
  /** A retried submission with the same key returns the first complaint instead of creating a second. */
  idempotencyKey?: string | undefined;
  /** Uploads the complaint takes over (their upload records are consumed in the same transaction). */
  uploadIds?: readonly string[];
  timeZone: string;
}

const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 3600;

export const complaints = {
  key: complaintKey,
  get: (db: TenantDb, id: string, consistent = false) =>
    getItem<Complaint>(db, complaintKey(db, id), consistent),
  /** The reporter's contact: for the notifier only. */
  reporter: (db: TenantDb, id: string) =>
    getItem<Reporter>(db, { PK: keys.complaint(db.tenantId, id), SK: keys.complaintReporter }),

  async idByTrackingCode(db: TenantDb, code: string): Promise<string | null> {
    const res = await db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: { PK: keys.trackingCode(db.tenantId, code), SK: keys.single },
      }),
    );
    return (res.Item?.complaintId as string | undefined) ?? null;
  },

  /** The timeline, oldest first. */
  async timeline(db: TenantDb, id: string): Promise<TimelineEvent[]> {
    const out: TimelineEvent[] = [];
    let start: Record<string, NativeAttributeValue> | undefined;
    do {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :ev)',
          ExpressionAttributeValues: { ':pk': keys.complaint(db.tenantId, id), ':ev': 'EV#' },
          ExclusiveStartKey: start,
        }),
      );
      out.push(...(res.Items ?? []).map((i) => entityOf<TimelineEvent>(i)));
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  },

  /**
   * Stores a new complaint in one transaction. Returns the stored complaint and whether this call created it; a
   * retry with the same idempotency key gets the first complaint back and `created: false`.
   */
  async create(db: TenantDb, n: NewComplaint): Promise<{ complaint: Complaint; created: boolean }> {
    const c = n.complaint;
    const idem = n.idempotencyKey
      ? { PK: keys.idempotency(db.tenantId, 'complaint', n.idempotencyKey), SK: keys.single }
      : null;
    const items = [
      ...(idem
        ? [
            {
              Put: {
                TableName: db.tableName,
                Item: tenantItem(
                  db,
                  idem,
                  'Idempotency',
                  { complaintId: c.id },
                  {
                    [TABLE.ttlAttribute]:
                      Math.floor(Date.parse(c.createdAt) / 1000) + IDEMPOTENCY_TTL_SECONDS,
                  },
                ),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ]
        : []),
      {
        Put: {
          TableName: db.tableName,
          Item: tenantItem(
            db,
            complaintKey(db, c.id),
            'Complaint',
            { ...c, searchText: searchText(c) },
            indexAttributes(db, c, n.timeZone),
          ),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: tenantItem(
            db,
            { PK: keys.trackingCode(db.tenantId, c.trackingCode), SK: keys.single },
            'TrackingCode',
            { complaintId: c.id },
          ),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      {
        Put: {
          TableName: db.tableName,
          Item: tenantItem(
            db,
            { PK: keys.complaint(db.tenantId, c.id), SK: keys.complaintReporter },
            'Reporter',
            // The flag travels with the contact, so exports can withhold an anonim reporter's identity.
            { ...n.reporter, anonim: c.anonim },
          ),
        },
      },
      ...(n.uploadIds ?? []).map((id) => ({
        Delete: {
          TableName: db.tableName,
          Key: { PK: keys.upload(db.tenantId, id), SK: keys.single },
          ConditionExpression: 'attribute_exists(PK)',
        },
      })),
      eventPut(db, c.id, n.event),
      ...counterUpdates(db, n.counters),
      ...outboxPuts(db, n.notifications, c.createdAt),
    ];
    for (let attempt = 0; ; attempt++) {
      try {
        await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
        return { complaint: c, created: true };
      } catch (e) {
        const reasons = cancellationReasons(e);
        if (!reasons) throw e;
        if (idem && reasons[0] === 'ConditionalCheckFailed') {
          const first = await complaints.byIdempotencyKey(db, idem);
          if (first) return { complaint: first, created: false };
        }
        const uploadsFrom = idem ? 4 : 3;
        if (
          reasons
            .slice(uploadsFrom, uploadsFrom + (n.uploadIds?.length ?? 0))
            .includes('ConditionalCheckFailed')
        ) {
          throw new NotFoundError('upload');
        }
        if (reasons.includes('ConditionalCheckFailed'))
          throw new AlreadyExistsError(
            reasons[idem ? 2 : 1] === 'ConditionalCheckFailed' ? 'id' : 'trackingCode',
          );
        // TransactionConflict: another submission touched the same counter shard at the same moment; try again.
        if (attempt >= 8) throw e;
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * 2 ** attempt));
      }
    }
  },

  async byIdempotencyKey(db: TenantDb, key: Key): Promise<Complaint | null> {
    // The winner's transaction may still be settling: read consistently, a few times.
    for (let i = 0; i < 5; i++) {
      const res = await db.doc.send(
        new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }),
      );
      const id = res.Item?.complaintId as string | undefined;
      if (id) {
        const c = await getItem<Complaint>(db, complaintKey(db, id), true);
        if (c) return c;
      }
      await new Promise((r) => setTimeout(r, 20 * (i + 1)));
    }
    return null;
  },

  /**
   * Stores a change made by `applyAction`: the complaint only if it is still at `before.version`, with its event,
   * counters and notifications, all or nothing.
   */
  async update(
    db: TenantDb,
    u: {
      before: Complaint;
      after: Complaint;
      event: TimelineEvent;
      counters: CounterUpdate;
      notifications: readonly Notification[];
      timeZone: string;
    },
  ): Promise<Complaint> {
    const after: Complaint = { ...u.after, version: u.before.version + 1 };
    const items = [
      {
        Put: {
          TableName: db.tableName,
          Item: tenantItem(
            db,
            complaintKey(db, after.id),
            'Complaint',
            { ...after, searchText: searchText(after) },
            indexAttributes(db, after, u.timeZone),
          ),
          ConditionExpression: '#v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': u.before.version },
        },
      },
      eventPut(db, after.id, u.event),
      ...counterUpdates(db, u.counters),
      ...outboxPuts(db, u.notifications, after.updatedAt),
    ];
    for (let attempt = 0; ; attempt++) {
      try {
        await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
        return after;
      } catch (e) {
        const reasons = cancellationReasons(e);
        if (!reasons) throw e;
        if (reasons[0] === 'ConditionalCheckFailed') {
          const current = await complaints.get(db, after.id);
          if (!current) throw new NotFoundError('complaint');
          throw new VersionConflictError(current.version);
        }
        if (attempt >= 8) throw e;
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * 2 ** attempt));
      }
    }
  },

  /** The complaint a submission with this idempotency key created, if any (one consistent read, no waiting). */
  async bySubmissionKey(db: TenantDb, idempotencyKey: string): Promise<Complaint | null> {
    const res = await db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: { PK: keys.idempotency(db.tenantId, 'complaint', idempotencyKey), SK: keys.single },
        ConsistentRead: true,
      }),
    );
    const id = res.Item?.complaintId as string | undefined;
    return id ? getItem<Complaint>(db, complaintKey(db, id), true) : null;
  },

  /**
   * Stores the reporter's rating of a closed complaint, once: only while the complaint is still at
   * `before.version` and unrated, with the rating counters of the month, all or nothing.
   * AlreadyExistsError('rating') when it was rated meanwhile, VersionConflictError when it changed otherwise.
   */
  async rate(
    db: TenantDb,
    r: { before: Complaint; rating: NonNullable<Complaint['rating']>; month: string },
  ): Promise<Complaint> {
    const { before, rating } = r;
    const monthDelta: CounterDelta = { rated: 1, ratingSum: rating.score };
    if (before.unitId) {
      monthDelta[`byUnit.${before.unitId}.rated`] = 1;
      monthDelta[`byUnit.${before.unitId}.ratingSum`] = rating.score;
    }
    const items = [
      {
        Update: {
          TableName: db.tableName,
          Key: complaintKey(db, before.id),
          UpdateExpression: 'SET #rating = :rating, #v = #v + :one, #updatedAt = :now',
          ConditionExpression: '#v = :v AND (attribute_not_exists(#rating) OR #rating = :null)',
          ExpressionAttributeNames: { '#rating': 'rating', '#v': 'version', '#updatedAt': 'updatedAt' },
          ExpressionAttributeValues: {
            ':rating': rating,
            ':v': before.version,
            ':one': 1,
            ':now': rating.at,
            ':null': null,
          },
        },
      },
      ...counterUpdates(db, { month: r.month, monthDelta, snapshotDelta: {} }),
    ];
    await transactVersioned(db, items, before.id, (current) =>
      current.rating ? new AlreadyExistsError('rating') : new VersionConflictError(current.version),
    );
    return { ...before, rating, version: before.version + 1, updatedAt: rating.at };
  },

  /**
   * Remembers that a reminder for the complaint's current deadline went out, with the reminder itself (outbox), if
   * the complaint is still at `before.version`: a second sweeper, or one that read a stale copy, gets a
   * VersionConflictError and sends nothing.
   */
  async markReminded(
    db: TenantDb,
    r: { before: Complaint; notifications: readonly Notification[]; now: string },
  ): Promise<void> {
    const { before } = r;
    const items = [
      {
        Update: {
          TableName: db.tableName,
          Key: complaintKey(db, before.id),
          UpdateExpression: 'SET #remindedFor = :due, #v = #v + :one',
          ConditionExpression: '#v = :v',
          ExpressionAttributeNames: { '#remindedFor': 'remindedFor', '#v': 'version' },
          ExpressionAttributeValues: { ':due': before.dueAt, ':v': before.version, ':one': 1 },
        },
      },
      ...outboxPuts(db, r.notifications, r.now),
    ];
    await transactVersioned(db, items, before.id, (current) => new VersionConflictError(current.version));
  },
};

/**
 * Sends a transaction whose first item is a complaint under a condition: a failed condition becomes the error
 * `onConflict` makes from the current complaint; a conflict with another transaction is retried with backoff.
 */
async function transactVersioned(
  db: TenantDb,
  items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>,
  id: string,
  onConflict: (current: Complaint) => Error,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (e) {
      const reasons = cancellationReasons(e);
      if (!reasons) throw e;
      if (reasons[0] === 'ConditionalCheckFailed') {
        const current = await getItem<Complaint>(db, complaintKey(db, id), true);
        if (!current) throw new NotFoundError('complaint');
        throw onConflict(current);
      }
      if (attempt >= 8) throw e;
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * 2 ** attempt));
    }
  }
}

export interface QueueQuery {
  /** A unit's queue (GSI2) or the tenant's (GSI1). */
  unitId?: string | undefined;
  /** Open complaints by deadline, or closed ones (by month of closing). */
  state: 'open' | 'closed';
  /** For closed queues: the month of closing. */
  closedMonth?: string;
  /** Open queue: only deadlines before this instant (overdue), or between now and it (due soon). */
  dueBefore?: string | undefined;
  dueAfter?: string | undefined;
  filter?: {
    status?: string | undefined;
    categoryId?: string | undefined;
    channel?: string | undefined;
    text?: string | undefined;
    unitId?: string | undefined;
  };
  limit: number;
  cursor?: string | undefined;
}

/** Reads at most this many pages to fill one filtered page. */
const MAX_FILTER_READS = 5;

function filterExpression(f: QueueQuery['filter'] = {}) {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const eq = (attr: string, v: string | undefined) => {
    if (v === undefined) return;
    names[`#${attr}`] = attr;
    values[`:${attr}`] = v;
    parts.push(`#${attr} = :${attr}`);
  };
  eq('status', f.status);
  eq('categoryId', f.categoryId);
  eq('channel', f.channel);
  eq('unitId', f.unitId);
  if (f.text?.trim()) {
    names['#searchText'] = 'searchText';
    values[':text'] = f.text.trim().toLocaleLowerCase('id');
    parts.push('contains(#searchText, :text)');
  }
  return parts.length ? { FilterExpression: parts.join(' AND '), names, values } : { names, values };
}

/** One page of complaints from a queue or a month, filtered. Cursor handling as everywhere: a key of this list. */
async function filteredPage(
  db: TenantDb,
  index: 'GSI1' | 'GSI2' | 'GSI3',
  pk: string,
  range: { after?: string | undefined; before?: string | undefined },
  filter: QueueQuery['filter'],
  limit: number,
  cursor: string | undefined,
  forward = true,
): Promise<Page<Complaint>> {
  const idx = TABLE.indexes[index];
  const f = filterExpression(filter);
  const names: Record<string, string> = { '#pk': idx.partitionKey, '#sk': idx.sortKey, ...f.names };
  const values: Record<string, unknown> = { ':pk': pk, ...f.values };
  let cond = '#pk = :pk';
  if (range.after && range.before) {
    cond += ' AND #sk BETWEEN :after AND :before';
    values[':after'] = range.after;
    values[':before'] = range.before;
  } else if (range.before) {
    cond += ' AND #sk < :before';
    values[':before'] = range.before;
  } else if (range.after) {
    cond += ' AND #sk > :after';
    values[':after'] = range.after;
  }
  // DynamoDB refuses a name the expressions do not use: the sort key is named only when a range uses it.
  if (!cond.includes('#sk')) delete names['#sk'];
  let start = decodeCursor(cursor, { pk, index });
  const items: Complaint[] = [];
  for (let reads = 0; reads < MAX_FILTER_READS && items.length < limit; reads++) {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: index,
        KeyConditionExpression: cond,
        FilterExpression: f.FilterExpression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ExclusiveStartKey: start,
        Limit: limit - items.length,
        ScanIndexForward: forward,
      }),
    );
    items.push(...(res.Items ?? []).map((i) => entityOf<Complaint>(i)));
    start = res.LastEvaluatedKey;
    if (!start) break;
  }
  return { items: items.map(withoutSearchText), nextCursor: start ? encodeCursor(start) : null };
}

const withoutSearchText = (c: Complaint & { searchText?: string }): Complaint => {
  const { searchText: _, ...rest } = c;
  return rest;
};

export const complaintQueues = {
  /** Open or closed complaints of the tenant or of one unit, by deadline (open) or closing time (closed). */
  queue(db: TenantDb, q: QueueQuery): Promise<Page<Complaint>> {
    const pk = q.unitId
      ? keys.unitQueue(db.tenantId, q.unitId, q.state === 'open')
      : q.state === 'open'
        ? keys.openQueue(db.tenantId)
        : keys.closedQueue(db.tenantId, q.closedMonth ?? '');
    const index = q.unitId ? 'GSI2' : 'GSI1';
    const range = { after: q.dueAfter, before: q.dueBefore };
    return filteredPage(db, index, pk, range, q.filter, q.limit, q.cursor, q.state === 'open');
  },
  /** Complaints submitted in a month (YYYY-MM), newest first. */
  byMonth(
    db: TenantDb,
    month: string,
    q: Pick<QueueQuery, 'filter' | 'limit' | 'cursor'>,
  ): Promise<Page<Complaint>> {
    return filteredPage(
      db,
      'GSI3',
      keys.complaintMonth(db.tenantId, month),
      {},
      q.filter,
      q.limit,
      q.cursor,
      false,
    );
  },
};

/** Sums the shards of one counter aggregate. */
async function readCounters(db: TenantDb, period: string): Promise<Record<string, number>> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.complaintStats(db.tenantId, period) },
    }),
  );
  const out: Record<string, number> = {};
  for (const item of res.Items ?? []) {
    for (const [k, v] of Object.entries(entityOf<Record<string, unknown>>(item))) {
      if (typeof v === 'number') out[k] = (out[k] ?? 0) + v;
    }
  }
  return out;
}

export const complaintStats = {
  /** The current snapshot: open complaints by status and by unit. */
  snapshot: (db: TenantDb) => readCounters(db, 'NOW'),
  /** One month's counters (YYYY-MM). */
  month: (db: TenantDb, month: string) => readCounters(db, month),
};

export type { StoredItem };
