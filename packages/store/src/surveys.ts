import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Counters, IkmTemplateId, RespondentProfile, SurveyTemplateId } from '@prima/domain';
import {
  cancellationReasons,
  conflictOrMissing,
  decodeCursor,
  encodeCursor,
  entityOf,
  getItem,
  type Key,
  type Page,
  putNew,
  type StoredItem,
  tenantItem,
  updateVersioned,
} from './items';
import { keys } from './keys';
import type { TenantDb } from './store';
import { TABLE } from './table';

/**
 * Satisfaction surveys (SKM/IKM, SERVQUAL, public trust). A campaign is one item; each response is stored, anonymous,
 * in its campaign's partition TOGETHER with the counters it adds to (per campaign, per unit/service/tenant and
 * period), in one transaction with its idempotency record. Counters are sharded like the complaint counters, so
 * thousands of concurrent submissions spread over `SURVEY_SHARDS` items per aggregate instead of contending on one;
 * reading an aggregate is one Query of at most `SURVEY_SHARDS` items, whatever the number of responses behind it.
 */

export const CAMPAIGN_STATUSES = ['draft', 'open', 'paused', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const PERIOD_KINDS = ['triwulan', 'semester', 'tahun', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The period a campaign covers: a calendar period (with its key, e.g. `2026-Q1`) or custom dates (key null). */
export interface SurveyPeriod {
  kind: PeriodKind;
  key: string | null;
  /** First and last day, YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
}

export interface SurveyCampaign {
  id: string;
  title: string;
  description: string | null;
  unitId: string;
  serviceId: string | null;
  templateId: SurveyTemplateId;
  period: SurveyPeriod;
  /** Service users in the period (N); the required sample follows from it and the template's rule. */
  population: number;
  requiredSample: number;
  status: CampaignStatus;
  openedAt: string | null;
  closedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One anonymous response as stored: no IP, no identity, nothing but the answers and the profile bands. */
export interface SurveyResponseRecord {
  id: string;
  campaignId: string;
  unitId: string;
  /** The service used (jenis layanan): the respondent's choice, else the campaign's service. */
  serviceId: string | null;
  templateId: SurveyTemplateId;
  submittedAt: string;
  /** Unsur/item code → score (IKM, trust) or `{ e, p }` (SERVQUAL). */
  answers: Record<string, number | { e?: number; p?: number }>;
  allocation: Record<string, number> | null;
  profile: Omit<RespondentProfile, 'serviceId' | 'saran'>;
  saran: string | null;
}

/** Where a response's counters go. Unit, service and tenant aggregates are per template and period key. */
export type AggregateScope =
  | { kind: 'campaign'; campaignId: string }
  | { kind: 'unit'; templateId: string; unitId: string; period: string }
  | { kind: 'service'; templateId: string; serviceId: string; period: string }
  | { kind: 'tenant'; templateId: string; period: string };

export const aggregateScopeKey = (s: AggregateScope): string => {
  switch (s.kind) {
    case 'campaign':
      return `C#${s.campaignId}`;
    case 'unit':
      return `${s.templateId}#U#${s.unitId}#${s.period}`;
    case 'service':
      return `${s.templateId}#S#${s.serviceId}#${s.period}`;
    case 'tenant':
      return `${s.templateId}#T#${s.period}`;
  }
};

/** Counter shards per survey aggregate. */
export const SURVEY_SHARDS = 8;
/** Attempts of a submission whose transaction met a concurrent one on a counter shard. */
const MAX_ATTEMPTS = 12;
const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 3600;

export interface FollowUpPlan {
  id: string;
  unitId: string;
  campaignId: string | null;
  templateId: SurveyTemplateId;
  /** The unsur (IKM), dimension (SERVQUAL) or driver (trust) the plan improves. */
  unsurCode: string;
  /** Period key the plan answers to (e.g. `2026-Q1`), when known. */
  period: string | null;
  action: string;
  ownerId: string;
  ownerName: string;
  deadline: string;
  status: 'planned' | 'in-progress' | 'done';
  note: string | null;
  completedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const backoff = (attempt: number) => sleep(5 + Math.random() * Math.min(1000, 20 * 2 ** attempt));

// ---------------------------------------------------------------------------------------------------------------
// Campaigns

const campaignKey = (db: TenantDb, id: string): Key => ({
  PK: keys.surveyCampaign(db.tenantId, id),
  SK: keys.surveyCampaignItem,
});

/** Lists sort by the end of the period, newest first: a period filter is a range on it. */
const campaignOrder = (c: SurveyCampaign) => `${c.period.end}#${c.id}`;
const campaignIndex = (db: TenantDb, c: SurveyCampaign) => ({
  GSI1PK: keys.surveyCampaigns(db.tenantId),
  GSI1SK: campaignOrder(c),
  GSI2PK: keys.surveyCampaignsOfUnit(db.tenantId, c.unitId),
  GSI2SK: campaignOrder(c),
  GSI3PK: keys.surveyCampaignsByStatus(db.tenantId, c.status),
  GSI3SK: campaignOrder(c),
});

export interface CampaignQuery {
  unitId?: string | undefined;
  status?: CampaignStatus | undefined;
  /** Campaigns whose period overlaps [from, to] (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
  templateId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Reads at most this many pages to fill one filtered page. */
const MAX_FILTER_READS = 5;

export const surveyCampaigns = {
  key: campaignKey,
  get: (db: TenantDb, id: string, consistent = false) =>
    getItem<SurveyCampaign>(db, campaignKey(db, id), consistent),

  item: (db: TenantDb, c: SurveyCampaign): StoredItem =>
    tenantItem(db, campaignKey(db, c.id), 'SurveyCampaign', { ...c }, campaignIndex(db, c)),

  async create(db: TenantDb, c: SurveyCampaign): Promise<SurveyCampaign> {
    await putNew(db, surveyCampaigns.item(db, c));
    return c;
  },

  /** Writes `after` if the stored campaign is still at `expectedVersion`; the index keys follow the new values. */
  update(
    db: TenantDb,
    after: Omit<SurveyCampaign, 'version' | 'updatedAt'>,
    expectedVersion: number,
    now: string,
  ): Promise<SurveyCampaign> {
    const { id, createdAt, createdBy, version: _v, updatedAt: _u, ...set } = after as SurveyCampaign;
    const index = campaignIndex(db, { ...after, updatedAt: now, version: expectedVersion + 1 });
    return updateVersioned<SurveyCampaign>(
      db,
      campaignKey(db, id),
      { set, expectedVersion, now, extra: index },
      'campaign',
    );
  },

  /** Deletes a draft at `expectedVersion` (a campaign that was ever opened has responses and stays). */
  async deleteDraft(db: TenantDb, id: string, expectedVersion: number): Promise<void> {
    try {
      await db.doc.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: campaignKey(db, id),
          ConditionExpression: 'attribute_exists(PK) AND #v = :v AND #s = :draft',
          ExpressionAttributeNames: { '#v': 'version', '#s': 'status' },
          ExpressionAttributeValues: { ':v': expectedVersion, ':draft': 'draft' },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) {
        const old = e.Item ? unmarshall(e.Item) : undefined;
        if (old && old.version === expectedVersion) throw new DraftOnlyError();
        throw conflictOrMissing(old, 'campaign');
      }
      throw e;
    }
  },

  /**
   * One page of campaigns, newest period first: of a unit (GSI2), of a status (GSI3) or all (GSI1); other
   * criteria filter the page. `from`/`to` keep the campaigns whose period overlaps that range.
   */
  async list(db: TenantDb, q: CampaignQuery): Promise<Page<SurveyCampaign>> {
    const [index, pk] = q.unitId
      ? (['GSI2', keys.surveyCampaignsOfUnit(db.tenantId, q.unitId)] as const)
      : q.status
        ? (['GSI3', keys.surveyCampaignsByStatus(db.tenantId, q.status)] as const)
        : (['GSI1', keys.surveyCampaigns(db.tenantId)] as const);
    const idx = TABLE.indexes[index];
    const names: Record<string, string> = { '#pk': idx.partitionKey };
    const values: Record<string, unknown> = { ':pk': pk };
    let cond = '#pk = :pk';
    if (q.from) {
      names['#sk'] = idx.sortKey;
      values[':from'] = q.from;
      cond += ' AND #sk >= :from';
    }
    const filters: string[] = [];
    if (q.to) {
      names['#period'] = 'period';
      names['#start'] = 'start';
      values[':to'] = q.to;
      filters.push('#period.#start <= :to');
    }
    if (q.unitId && q.status) {
      names['#status'] = 'status';
      values[':status'] = q.status;
      filters.push('#status = :status');
    }
    if (q.templateId) {
      names['#tpl'] = 'templateId';
      values[':tpl'] = q.templateId;
      filters.push('#tpl = :tpl');
    }
    let start = decodeCursor(q.cursor, { pk, index });
    const items: SurveyCampaign[] = [];
    for (let reads = 0; reads < MAX_FILTER_READS && items.length < q.limit; reads++) {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: index,
          KeyConditionExpression: cond,
          FilterExpression: filters.length ? filters.join(' AND ') : undefined,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ExclusiveStartKey: start,
          Limit: q.limit - items.length,
          ScanIndexForward: false,
        }),
      );
      items.push(...(res.Items ?? []).map((i) => entityOf<SurveyCampaign>(i)));
      start = res.LastEvaluatedKey;
      if (!start) break;
    }
    return { items, nextCursor: start ? encodeCursor(start) : null };
  },

  /** Every campaign of a unit (a unit runs a few a year). */
  async ofUnit(db: TenantDb, unitId: string): Promise<SurveyCampaign[]> {
    const out: SurveyCampaign[] = [];
    let cursor: string | undefined;
    do {
      const page = await surveyCampaigns.list(db, { unitId, limit: 100, cursor });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  },

  /** Campaigns whose period overlaps [from, to], every page. */
  async overlapping(db: TenantDb, from: string, to: string): Promise<SurveyCampaign[]> {
    const out: SurveyCampaign[] = [];
    let cursor: string | undefined;
    do {
      const page = await surveyCampaigns.list(db, { from, to, limit: 100, cursor });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  },
};

/** A change only a draft allows (delete; template or unit change). Maps to 400/409 in the API. */
export class DraftOnlyError extends Error {
  override name = 'DraftOnlyError';
  constructor() {
    super('only a draft campaign can be deleted');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Aggregates

const aggregatePk = (db: TenantDb, scope: AggregateScope) =>
  keys.surveyAggregate(db.tenantId, aggregateScopeKey(scope));

/** Adds the same counters to one shard of every scope: the update items of the submission's transaction. */
function counterUpdates(db: TenantDb, scopes: readonly AggregateScope[], delta: Counters, shard: number) {
  const entries = Object.entries(delta).filter(([, n]) => n !== 0);
  const names = Object.fromEntries(entries.map(([k], i) => [`#c${i}`, k]));
  const adds = entries.map((_, i) => `#c${i} :c${i}`).join(', ');
  return scopes.map((scope) => {
    const key = { PK: aggregatePk(db, scope), SK: keys.statShard(shard) };
    return {
      Update: {
        TableName: db.tableName,
        Key: key,
        UpdateExpression: `SET #type = :type, TPK = if_not_exists(TPK, :tpk) ADD ${adds}`,
        ExpressionAttributeNames: { '#type': TABLE.entityAttribute, ...names },
        ExpressionAttributeValues: {
          ':type': 'SurveyAggregate',
          ':tpk': tenantItem(db, key, 'x', {}).TPK,
          ...Object.fromEntries(entries.map(([, n], i) => [`:c${i}`, n])),
        },
      },
    };
  });
}

const sumInto = (out: Counters, item: Record<string, unknown>) => {
  for (const [k, v] of Object.entries(entityOf<Record<string, unknown>>(item))) {
    if (typeof v === 'number') out[k] = (out[k] ?? 0) + v;
  }
};

async function mapLimited<T, R>(xs: readonly T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(xs.length);
  let next = 0;
  const worker = async () => {
    while (next < xs.length) {
      const i = next++;
      out[i] = await fn(xs[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, xs.length) }, worker));
  return out;
}

export const surveyAggregates = {
  pk: aggregatePk,
  /** Sums the shards of one aggregate: one Query, at most SURVEY_SHARDS items. */
  async read(db: TenantDb, scope: AggregateScope): Promise<Counters> {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': aggregatePk(db, scope) },
      }),
    );
    const out: Counters = {};
    for (const item of res.Items ?? []) sumInto(out, item);
    return out;
  },
  /** Several aggregates, one Query each, a few at a time. */
  readMany: (db: TenantDb, scopes: readonly AggregateScope[]): Promise<Counters[]> =>
    mapLimited(scopes, 8, (s) => surveyAggregates.read(db, s)),

  /** Responses counted so far per campaign: a BatchGet of the shards' `n` only. */
  async respondents(db: TenantDb, campaignIds: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>(campaignIds.map((id) => [id, 0]));
    const keysAll = campaignIds.flatMap((id) =>
      Array.from({ length: SURVEY_SHARDS }, (_, s) => ({
        PK: aggregatePk(db, { kind: 'campaign', campaignId: id }),
        SK: keys.statShard(s),
      })),
    );
    const byPk = new Map(
      campaignIds.map((id) => [aggregatePk(db, { kind: 'campaign', campaignId: id }), id]),
    );
    for (let i = 0; i < keysAll.length; i += 100) {
      let request: Record<string, unknown>[] = keysAll.slice(i, i + 100);
      for (let attempt = 0; request.length > 0; attempt++) {
        const res = await db.doc.send(
          new BatchGetCommand({
            RequestItems: {
              [db.tableName]: {
                Keys: request,
                ProjectionExpression: 'PK, #n',
                ExpressionAttributeNames: { '#n': 'n' },
              },
            },
          }),
        );
        for (const item of res.Responses?.[db.tableName] ?? []) {
          const id = byPk.get(item.PK as string);
          if (id && typeof item.n === 'number') out.set(id, (out.get(id) ?? 0) + item.n);
        }
        request = (res.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Record<string, unknown>[];
        if (request.length > 0) await backoff(attempt);
      }
    }
    return out;
  },

  /** A shard item holding `counters` as they stand (benchmark seeding and repair tools only). */
  shardItem: (db: TenantDb, scope: AggregateScope, shard: number, counters: Counters): StoredItem =>
    tenantItem(db, { PK: aggregatePk(db, scope), SK: keys.statShard(shard) }, 'SurveyAggregate', {
      ...counters,
    }),
};

// ---------------------------------------------------------------------------------------------------------------
// Responses

export interface NewSurveyResponse {
  response: SurveyResponseRecord;
  /** What this response adds to every scope's counters. */
  delta: Counters;
  scopes: readonly AggregateScope[];
  /** A retried submission with the same key is not stored or counted again. */
  idempotencyKey?: string | undefined;
}

const responseKey = (db: TenantDb, campaignId: string, id: string): Key => ({
  PK: keys.surveyResponses(db.tenantId, campaignId),
  SK: keys.surveyResponse(id),
});

/** Responses with a suggestion are indexed (sparse) under their campaign and their unit, newest first. */
const suggestionIndex = (db: TenantDb, r: SurveyResponseRecord) =>
  r.saran
    ? {
        GSI1PK: keys.surveySuggestions(db.tenantId, r.campaignId),
        GSI1SK: `${r.submittedAt}#${r.id}`,
        GSI2PK: keys.unitSuggestions(db.tenantId, r.unitId),
        GSI2SK: `${r.submittedAt}#${r.id}`,
      }
    : {};

export interface Suggestion {
  responseId: string;
  campaignId: string;
  unitId: string;
  serviceId: string | null;
  submittedAt: string;
  saran: string;
}

export const surveyResponses = {
  key: responseKey,
  item: (db: TenantDb, r: SurveyResponseRecord): StoredItem =>
    tenantItem(db, responseKey(db, r.campaignId, r.id), 'SurveyResponse', { ...r }, suggestionIndex(db, r)),

  /**
   * Stores a response and adds its counters, in one transaction. A retry with the same idempotency key returns the
   * first response's id with `created: false` and counts nothing. A transaction that meets a concurrent one on a
   * counter shard is tried again, on another shard, after a random backoff.
   */
  async submit(
    db: TenantDb,
    n: NewSurveyResponse,
  ): Promise<{ responseId: string; created: boolean; attempts: number }> {
    const r = n.response;
    const idem = n.idempotencyKey
      ? {
          PK: keys.idempotency(db.tenantId, `survey:${r.campaignId}`, n.idempotencyKey),
          SK: keys.single,
        }
      : null;
    const fixed = [
      ...(idem
        ? [
            {
              Put: {
                TableName: db.tableName,
                Item: tenantItem(
                  db,
                  idem,
                  'Idempotency',
                  { responseId: r.id },
                  {
                    [TABLE.ttlAttribute]:
                      Math.floor(Date.parse(r.submittedAt) / 1000) + IDEMPOTENCY_TTL_SECONDS,
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
          Item: surveyResponses.item(db, r),
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    ];
    for (let attempt = 1; ; attempt++) {
      const shard = Math.floor(Math.random() * SURVEY_SHARDS);
      try {
        await db.doc.send(
          new TransactWriteCommand({
            TransactItems: [...fixed, ...counterUpdates(db, n.scopes, n.delta, shard)],
          }),
        );
        return { responseId: r.id, created: true, attempts: attempt };
      } catch (e) {
        const reasons = cancellationReasons(e);
        if (!reasons) throw e;
        if (idem && reasons[0] === 'ConditionalCheckFailed') {
          const first = await surveyResponses.byIdempotencyKey(db, idem);
          if (first) return { responseId: first, created: false, attempts: attempt };
        }
        if (attempt >= MAX_ATTEMPTS) throw e;
        await backoff(attempt);
      }
    }
  },

  async byIdempotencyKey(db: TenantDb, key: Key): Promise<string | null> {
    for (let i = 0; i < 5; i++) {
      const res = await db.doc.send(
        new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }),
      );
      const id = res.Item?.responseId as string | undefined;
      if (id) return id;
      await sleep(20 * (i + 1));
    }
    return null;
  },

  /** One page of a campaign's raw responses, oldest first (ULID order). */
  async page(
    db: TenantDb,
    campaignId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<SurveyResponseRecord>> {
    const pk = keys.surveyResponses(db.tenantId, campaignId);
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :r)',
        ExpressionAttributeValues: { ':pk': pk, ':r': 'R#' },
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, { pk, skPrefix: 'R#' }),
      }),
    );
    return {
      items: (res.Items ?? []).map((i) => entityOf<SurveyResponseRecord>(i)),
      nextCursor: res.LastEvaluatedKey ? encodeCursor(res.LastEvaluatedKey) : null,
    };
  },

  /** Every raw response of a campaign (CSV export, recomputation checks). */
  async all(db: TenantDb, campaignId: string): Promise<SurveyResponseRecord[]> {
    const out: SurveyResponseRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await surveyResponses.page(db, campaignId, 1000, cursor);
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  },

  /** Suggestions (saran), newest first, of a campaign or of a unit. */
  async suggestions(
    db: TenantDb,
    of: { campaignId: string } | { unitId: string },
    limit: number,
    cursor?: string,
    /** Local dates (YYYY-MM-DD, inclusive) of submission. */
    range?: { from: string; to: string },
  ): Promise<Page<Suggestion>> {
    const [index, pk] =
      'campaignId' in of
        ? (['GSI1', keys.surveySuggestions(db.tenantId, of.campaignId)] as const)
        : (['GSI2', keys.unitSuggestions(db.tenantId, of.unitId)] as const);
    const idx = TABLE.indexes[index];
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: index,
        KeyConditionExpression: range ? '#pk = :pk AND #sk BETWEEN :from AND :to' : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': idx.partitionKey, ...(range ? { '#sk': idx.sortKey } : {}) },
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(range ? { ':from': range.from, ':to': `${range.to}~` } : {}),
        },
        Limit: limit,
        ScanIndexForward: false,
        ExclusiveStartKey: decodeCursor(cursor, { pk, index }),
      }),
    );
    return {
      items: (res.Items ?? []).map((i) => {
        const r = entityOf<SurveyResponseRecord>(i);
        return {
          responseId: r.id,
          campaignId: r.campaignId,
          unitId: r.unitId,
          serviceId: r.serviceId,
          submittedAt: r.submittedAt,
          saran: r.saran ?? '',
        };
      }),
      nextCursor: res.LastEvaluatedKey ? encodeCursor(res.LastEvaluatedKey) : null,
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Publication: the latest closed IKM campaign of each unit

export interface SurveyPublication {
  unitId: string;
  campaignId: string;
  templateId: IkmTemplateId;
  periodEnd: string;
  closedAt: string;
}

export const surveyPublications = {
  /** Records a closed campaign as its unit's published survey unless a later period is already published. */
  async publish(db: TenantDb, p: SurveyPublication): Promise<boolean> {
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: tenantItem(
            db,
            { PK: keys.surveyPublications(db.tenantId), SK: `U#${p.unitId}` },
            'SurveyPublication',
            { ...p },
          ),
          ConditionExpression: 'attribute_not_exists(PK) OR periodEnd <= :end',
          ExpressionAttributeValues: { ':end': p.periodEnd },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  },
  /** Every unit's published survey: one Query (a Pemda has tens of units). */
  async all(db: TenantDb): Promise<SurveyPublication[]> {
    const out: SurveyPublication[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': keys.surveyPublications(db.tenantId) },
          ExclusiveStartKey: start,
        }),
      );
      out.push(...(res.Items ?? []).map((i) => entityOf<SurveyPublication>(i)));
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Follow-up plans (rencana tindak lanjut)

const followUpKey = (db: TenantDb, id: string): Key => ({
  PK: keys.followUp(db.tenantId, id),
  SK: keys.followUpItem,
});
const followUpIndex = (db: TenantDb, p: FollowUpPlan) => ({
  GSI1PK: keys.followUpsOfUnit(db.tenantId, p.unitId),
  GSI1SK: `${p.deadline}#${p.id}`,
  ...(p.campaignId
    ? { GSI2PK: keys.followUpsOfCampaign(db.tenantId, p.campaignId), GSI2SK: `${p.deadline}#${p.id}` }
    : {}),
});

export const followUps = {
  key: followUpKey,
  get: (db: TenantDb, id: string) => getItem<FollowUpPlan>(db, followUpKey(db, id)),
  async create(db: TenantDb, p: FollowUpPlan): Promise<FollowUpPlan> {
    await putNew(db, tenantItem(db, followUpKey(db, p.id), 'FollowUpPlan', { ...p }, followUpIndex(db, p)));
    return p;
  },
  update(
    db: TenantDb,
    after: Omit<FollowUpPlan, 'version' | 'updatedAt'>,
    expectedVersion: number,
    now: string,
  ): Promise<FollowUpPlan> {
    const { id, createdAt, createdBy, version: _v, updatedAt: _u, ...set } = after as FollowUpPlan;
    const index = followUpIndex(db, { ...after, updatedAt: now, version: expectedVersion + 1 });
    return updateVersioned<FollowUpPlan>(
      db,
      followUpKey(db, id),
      { set, expectedVersion, now, extra: index },
      'follow-up plan',
    );
  },
  async delete(db: TenantDb, id: string, expectedVersion: number): Promise<void> {
    try {
      await db.doc.send(
        new DeleteCommand({
          TableName: db.tableName,
          Key: followUpKey(db, id),
          ConditionExpression: 'attribute_exists(PK) AND #v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': expectedVersion },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw conflictOrMissing(e.Item, 'follow-up plan');
      throw e;
    }
  },
  /** Plans of a unit (GSI1) or of a campaign (GSI2), by deadline; optionally of one status. */
  async list(
    db: TenantDb,
    of: { unitId: string } | { campaignId: string },
    q: { status?: string | undefined; limit: number; cursor?: string | undefined },
  ): Promise<Page<FollowUpPlan>> {
    const [index, pk] =
      'unitId' in of
        ? (['GSI1', keys.followUpsOfUnit(db.tenantId, of.unitId)] as const)
        : (['GSI2', keys.followUpsOfCampaign(db.tenantId, of.campaignId)] as const);
    const idx = TABLE.indexes[index];
    const names: Record<string, string> = { '#pk': idx.partitionKey };
    const values: Record<string, unknown> = { ':pk': pk };
    if (q.status) {
      names['#status'] = 'status';
      values[':status'] = q.status;
    }
    let start = decodeCursor(q.cursor, { pk, index });
    const items: FollowUpPlan[] = [];
    for (let reads = 0; reads < MAX_FILTER_READS && items.length < q.limit; reads++) {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk',
          FilterExpression: q.status ? '#status = :status' : undefined,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ExclusiveStartKey: start,
          Limit: q.limit - items.length,
        }),
      );
      items.push(...(res.Items ?? []).map((i) => entityOf<FollowUpPlan>(i)));
      start = res.LastEvaluatedKey;
      if (!start) break;
    }
    return { items, nextCursor: start ? encodeCursor(start) : null };
  },
  /** Every plan of a unit or a campaign (reports: tens of plans). */
  async all(db: TenantDb, of: { unitId: string } | { campaignId: string }): Promise<FollowUpPlan[]> {
    const out: FollowUpPlan[] = [];
    let cursor: string | undefined;
    do {
      const page = await followUps.list(db, of, { limit: 100, cursor });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  },
};
