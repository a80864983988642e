import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { AlreadyExistsError, InvalidCursorError, NotFoundError, VersionConflictError } from './errors';
import { tenantIndexKey } from './keys';
import type { Db, TenantDb } from './store';
import { type IndexName, TABLE } from './table';

export type Key = { PK: string; SK: string };
export type StoredItem = Key & Record<string, unknown>;

const KEY_ATTRIBUTES = new Set([
  TABLE.partitionKey,
  TABLE.sortKey,
  ...Object.values(TABLE.indexes).flatMap((i) => [i.partitionKey, i.sortKey ?? '']),
  TABLE.entityAttribute,
  TABLE.ttlAttribute,
]);

/** The entity inside a stored item: everything but keys and bookkeeping. */
export function entityOf<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.has(k))) as T;
}

/** A tenant item as written: its keys, its ByTenant shard (export/delete find it there), its type and fields. */
export function tenantItem(
  db: TenantDb,
  key: Key,
  type: string,
  fields: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): StoredItem {
  return {
    ...key,
    TPK: tenantIndexKey(db.tenantId, key.PK, key.SK),
    [TABLE.entityAttribute]: type,
    ...extra,
    ...fields,
  };
}

export async function getItem<T>(db: Db, key: Key, consistent = false): Promise<T | null> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: consistent }),
  );
  return res.Item ? entityOf<T>(res.Item) : null;
}

/** Writes an item that must not exist yet; `field` names the unique value for the 409. */
export async function putNew(db: Db, item: StoredItem, field = 'id'): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) throw new AlreadyExistsError(field);
    throw e;
  }
}

export interface UpdateSpec {
  /** Fields to set; `undefined` values are left alone. */
  set: Record<string, unknown>;
  expectedVersion: number;
  now: string;
  /** Extra attributes (index keys) to set alongside. */
  extra?: Record<string, unknown>;
}

/** The UpdateItem parameters of a versioned update: set fields, bump the version, only from `expectedVersion`. */
export function versionedUpdate(key: Key, spec: UpdateSpec) {
  const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':expected': spec.expectedVersion, ':one': 1, ':now': spec.now };
  const sets = ['#version = #version + :one', '#updatedAt = :now'];
  Object.entries({ ...spec.set, ...spec.extra }).forEach(([k, v], i) => {
    if (v === undefined) return;
    names[`#f${i}`] = k;
    values[`:f${i}`] = v;
    sets.push(`#f${i} = :f${i}`);
  });
  return {
    Key: key,
    UpdateExpression: `SET ${sets.join(', ')}`,
    ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** Applies a versioned update and returns the new entity; 404 when missing, 409 when the version moved on. */
export async function updateVersioned<T>(db: Db, key: Key, spec: UpdateSpec, entity: string): Promise<T> {
  try {
    const res = await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        ...versionedUpdate(key, spec),
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return entityOf<T>(res.Attributes ?? {});
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) throw conflictOrMissing(e.Item, entity);
    throw e;
  }
}

/** Maps a failed version condition: no old item means it does not exist. */
export function conflictOrMissing(oldItem: Record<string, unknown> | undefined, entity: string): Error {
  if (!oldItem) return new NotFoundError(entity);
  const item = 'PK' in oldItem && typeof oldItem.PK === 'object' ? unmarshall(oldItem as never) : oldItem;
  return new VersionConflictError(Number(item.version));
}

/** The reason a transaction was cancelled, per item, for mapping to 404/409. */
export function cancellationReasons(e: unknown): (string | undefined)[] | null {
  return e instanceof TransactionCanceledException ? (e.CancellationReasons ?? []).map((r) => r.Code) : null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface QuerySpec {
  pk: string;
  skPrefix?: string;
  index?: IndexName;
  limit: number;
  cursor?: string | undefined;
  forward?: boolean;
}

/** One page of a Query. The cursor is the last key, base64url; the tenant guard rejects a forged one. */
export async function queryPage<T>(db: Db, spec: QuerySpec): Promise<Page<T>> {
  const pkAttr = spec.index ? TABLE.indexes[spec.index].partitionKey : TABLE.partitionKey;
  const skAttr = spec.index ? TABLE.indexes[spec.index].sortKey : TABLE.sortKey;
  const names: Record<string, string> = { '#pk': pkAttr };
  const values: Record<string, unknown> = { ':pk': spec.pk };
  let cond = '#pk = :pk';
  if (spec.skPrefix && skAttr) {
    names['#sk'] = skAttr;
    values[':sk'] = spec.skPrefix;
    cond += ' AND begins_with(#sk, :sk)';
  }
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: spec.index,
      KeyConditionExpression: cond,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      Limit: spec.limit,
      ScanIndexForward: spec.forward ?? true,
      ExclusiveStartKey: decodeCursor(spec.cursor, spec),
    }),
  );
  return {
    items: (res.Items ?? []).map((i) => entityOf<T>(i)),
    nextCursor: res.LastEvaluatedKey ? encodeCursor(res.LastEvaluatedKey) : null,
  };
}

/** Every item of a Query, page by page; for bounded lists (a tenant's units, a year's holidays). */
export async function queryAll<T>(db: Db, spec: Omit<QuerySpec, 'limit' | 'cursor'>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<T> = await queryPage<T>(db, { ...spec, limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export const encodeCursor = (key: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** The attributes a LastEvaluatedKey of this table or index holds: the table key plus the index key. */
function cursorAttributes(index: IndexName | undefined): string[] {
  const attrs: string[] = [TABLE.partitionKey, TABLE.sortKey];
  if (index) {
    const idx = TABLE.indexes[index];
    attrs.push(idx.partitionKey);
    if (idx.sortKey) attrs.push(idx.sortKey);
  }
  return attrs.sort();
}

/**
 * A cursor is accepted only if it is a key of this very list: exactly the key attributes of the queried index,
 * the list's partition, and a sort key inside the list's prefix. Anything else is a 400, never a query.
 */
export function decodeCursor(
  cursor: string | undefined,
  spec: Pick<QuerySpec, 'pk' | 'index' | 'skPrefix'>,
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const invalid = () => new InvalidCursorError('cursor does not belong to this list');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!key || typeof key !== 'object' || Array.isArray(key)) throw invalid();
  const k = key as Record<string, unknown>;
  const attrs = cursorAttributes(spec.index);
  if (Object.keys(k).sort().join() !== attrs.join() || !Object.values(k).every((v) => typeof v === 'string'))
    throw invalid();
  const pkAttr = spec.index ? TABLE.indexes[spec.index].partitionKey : TABLE.partitionKey;
  const skAttr = spec.index ? TABLE.indexes[spec.index].sortKey : TABLE.sortKey;
  if (k[pkAttr] !== spec.pk) throw invalid();
  if (spec.skPrefix && skAttr && !String(k[skAttr]).startsWith(spec.skPrefix)) throw invalid();
  return k;
}
