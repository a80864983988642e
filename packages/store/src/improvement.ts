import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type {
  AssessmentTemplateId,
  CycleStage,
  ImprovementCycle,
  Maklumat,
  Service,
  StandardComponentKey,
} from '@prima/domain';
import { NotFoundError, VersionConflictError } from './errors';
import {
  cancellationReasons,
  decodeCursor,
  encodeCursor,
  entityOf,
  getItem,
  type Key,
  type Page,
  putNew,
  queryAll,
  tenantItem,
  versionedUpdate,
} from './items';
import { keys } from './keys';
import { services } from './services';
import type { TenantDb } from './store';
import { TABLE } from './table';

/**
 * Quality improvement (TQM). A PDCA cycle is one item (`T#<t>#TQM#<id>`, SK `CYCLE`) holding its plan, actions and
 * stage history: tens of actions at most, changed by one official at a time, so every change is one conditional
 * write on the cycle's version. The standard changes a cycle made (Act) live in the same item collection and are
 * indexed under the service or unit they changed, for its history. Cycles are listed by stage, then creation:
 * tenant-wide (GSI1), per unit (GSI2) and by visibility (GSI3: the public page reads only the public partition).
 *
 * Self-assessments: each official's answers for a unit, instrument and period are one item in that triple's
 * partition (tens of officials at most), with an index item per unit listing the periods answered.
 */

export interface StandardChange {
  id: string;
  cycleId: string;
  kind: 'service' | 'maklumat';
  serviceId: string | null;
  unitId: string | null;
  /** The Standar Pelayanan component changed (service); null for a maklumat. */
  component: StandardComponentKey | null;
  before: string;
  after: string;
  note: string | null;
  byId: string;
  byName: string;
  at: string;
}

export interface AssessmentResponse {
  templateId: AssessmentTemplateId;
  unitId: string;
  period: string;
  userId: string;
  userName: string;
  answers: Record<string, number>;
  submittedAt: string;
  updatedAt: string;
}

const STAGE_RANK: Record<CycleStage, number> = { plan: 1, do: 2, check: 3, act: 4, closed: 5 };
const stagePrefix = (stage: CycleStage) => `${STAGE_RANK[stage]}${stage}#`;
const cycleOrder = (c: ImprovementCycle) => `${stagePrefix(c.stage)}${c.createdAt}#${c.id}`;

const cycleKey = (db: TenantDb, id: string): Key => ({
  PK: keys.improvementCycle(db.tenantId, id),
  SK: keys.improvementCycleItem,
});

const cycleIndex = (db: TenantDb, c: ImprovementCycle) => ({
  GSI1PK: keys.improvementCycles(db.tenantId),
  GSI1SK: cycleOrder(c),
  GSI2PK: keys.improvementCyclesOfUnit(db.tenantId, c.unitId),
  GSI2SK: cycleOrder(c),
  GSI3PK: keys.improvementCyclesVisibility(db.tenantId, c.public),
  GSI3SK: `${c.createdAt}#${c.id}`,
});

const cycleItem = (db: TenantDb, c: ImprovementCycle) =>
  tenantItem(db, cycleKey(db, c.id), 'ImprovementCycle', { ...c }, cycleIndex(db, c));

/** The Put of a cycle: new (must not exist) or a replacement of the version the caller read. */
function cyclePut(db: TenantDb, c: ImprovementCycle, expectedVersion?: number) {
  return {
    TableName: db.tableName,
    Item: cycleItem(db, c),
    ...(expectedVersion === undefined
      ? { ConditionExpression: 'attribute_not_exists(PK)' }
      : {
          ConditionExpression: 'attribute_exists(PK) AND #v = :v',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': expectedVersion },
        }),
  };
}

async function cycleConflict(db: TenantDb, id: string): Promise<Error> {
  const current = await getItem<ImprovementCycle>(db, cycleKey(db, id), true);
  return current ? new VersionConflictError(current.version) : new NotFoundError('cycle');
}

/** The service or maklumat a standardisation changes moved on since the caller read it. Maps to 409. */
export class StandardTargetConflictError extends VersionConflictError {
  override name = 'StandardTargetConflictError';
  constructor(
    readonly entity: 'service' | 'maklumat',
    currentVersion: number,
  ) {
    super(currentVersion);
  }
}

export type StandardApplication =
  | {
      kind: 'service';
      /** The service as read (its standard is merged with the new component text). */
      service: Service;
      component: StandardComponentKey;
      text: string;
      expectedVersion: number;
    }
  | {
      kind: 'maklumat';
      unitId: string;
      /** The unit's maklumat as read, or null when it has none yet. */
      current: Maklumat | null;
      text: string;
      signedBy: string;
      signedOn: string;
      /** The version read; undefined when creating the first maklumat. */
      expectedVersion: number | undefined;
    };

const maklumatKey = (db: TenantDb, unitId: string): Key => ({
  PK: keys.meta(db.tenantId),
  SK: keys.maklumat(unitId),
});

const historyTarget = (c: Pick<StandardChange, 'kind' | 'serviceId' | 'unitId'>) =>
  c.kind === 'service' ? `SVC#${c.serviceId}` : `MAK#${c.unitId}`;

const standardChangeItem = (db: TenantDb, c: StandardChange) =>
  tenantItem(
    db,
    { PK: keys.improvementCycle(db.tenantId, c.cycleId), SK: `STD#${c.id}` },
    'StandardChange',
    { ...c },
    { GSI1PK: keys.standardHistory(db.tenantId, historyTarget(c)), GSI1SK: `${c.at}#${c.id}` },
  );

/** The write that applies a standardisation to the service or maklumat, under the version the caller read. */
function applicationItem(db: TenantDb, a: StandardApplication, now: string) {
  if (a.kind === 'service') {
    return {
      Update: {
        TableName: db.tableName,
        ...versionedUpdate(services.key(db, a.service.id), {
          set: { standard: { ...a.service.standard, [a.component]: a.text } },
          expectedVersion: a.expectedVersion,
          now,
        }),
      },
    };
  }
  if (a.expectedVersion !== undefined) {
    return {
      Update: {
        TableName: db.tableName,
        ...versionedUpdate(maklumatKey(db, a.unitId), {
          set: { text: a.text, signedBy: a.signedBy, signedOn: a.signedOn },
          expectedVersion: a.expectedVersion,
          now,
        }),
      },
    };
  }
  const m: Maklumat = {
    unitId: a.unitId,
    text: a.text,
    signedBy: a.signedBy,
    signedOn: a.signedOn,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  return {
    Put: {
      TableName: db.tableName,
      Item: tenantItem(db, maklumatKey(db, a.unitId), 'Maklumat', m),
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

async function applicationConflict(db: TenantDb, a: StandardApplication): Promise<Error> {
  if (a.kind === 'service') {
    const current = await getItem<Service>(db, services.key(db, a.service.id), true);
    return current
      ? new StandardTargetConflictError('service', current.version)
      : new NotFoundError('service');
  }
  const current = await getItem<Maklumat>(db, maklumatKey(db, a.unitId), true);
  return current
    ? new StandardTargetConflictError('maklumat', current.version)
    : new NotFoundError('maklumat');
}

export interface CycleQuery {
  /** A unit's cycles; null = the Pemda-wide ones; undefined = every cycle. */
  unitId?: string | null | undefined;
  stage?: CycleStage | undefined;
  limit: number;
  cursor?: string | undefined;
  /** Newest first within a stage (default); stages always in PDCA order when ascending. */
  forward?: boolean;
}

async function queryCycles(db: TenantDb, q: CycleQuery): Promise<Page<ImprovementCycle>> {
  const [index, pk] =
    q.unitId === undefined
      ? (['GSI1', keys.improvementCycles(db.tenantId)] as const)
      : (['GSI2', keys.improvementCyclesOfUnit(db.tenantId, q.unitId)] as const);
  const idx = TABLE.indexes[index];
  const skPrefix = q.stage ? stagePrefix(q.stage) : undefined;
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: index,
      KeyConditionExpression: skPrefix ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': idx.partitionKey, ...(skPrefix ? { '#sk': idx.sortKey } : {}) },
      ExpressionAttributeValues: { ':pk': pk, ...(skPrefix ? { ':sk': skPrefix } : {}) },
      Limit: q.limit,
      ScanIndexForward: q.forward ?? true,
      ExclusiveStartKey: decodeCursor(q.cursor, { pk, index, skPrefix }),
    }),
  );
  return {
    items: (res.Items ?? []).map((i) => entityOf<ImprovementCycle>(i)),
    nextCursor: res.LastEvaluatedKey ? encodeCursor(res.LastEvaluatedKey) : null,
  };
}

/** Closed cycles shown on a board: the latest this many. */
export const BOARD_CLOSED = 20;

export const improvementCycles = {
  key: cycleKey,
  get: (db: TenantDb, id: string, consistent = false) =>
    getItem<ImprovementCycle>(db, cycleKey(db, id), consistent),

  async create(db: TenantDb, c: ImprovementCycle): Promise<ImprovementCycle> {
    await putNew(db, cycleItem(db, c));
    return c;
  },

  /** Replaces the cycle with `after` if it is still at `expectedVersion`; `after.version` must be the next one. */
  async save(db: TenantDb, after: ImprovementCycle, expectedVersion: number): Promise<ImprovementCycle> {
    try {
      await db.doc.send(new PutCommand(cyclePut(db, after, expectedVersion)));
      return after;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) throw await cycleConflict(db, after.id);
      throw e;
    }
  },

  /** One page of cycles: all, of a unit, or Pemda-wide; optionally of one stage. In PDCA order. */
  list: (db: TenantDb, q: CycleQuery) => queryCycles(db, q),

  /** Every cycle of the tenant or of a unit (reports: a Pemda runs tens to hundreds of cycles). */
  all: (db: TenantDb, unitId?: string | null) =>
    unitId === undefined
      ? queryAll<ImprovementCycle>(db, { pk: keys.improvementCycles(db.tenantId), index: 'GSI1' })
      : queryAll<ImprovementCycle>(db, {
          pk: keys.improvementCyclesOfUnit(db.tenantId, unitId),
          index: 'GSI2',
        }),

  /**
   * A board: every cycle in plan, do, check and act, and the latest closed ones, of the tenant or of the given
   * units (null = Pemda-wide). A bounded number of Queries whatever the history.
   */
  async board(db: TenantDb, units?: readonly (string | null)[]): Promise<ImprovementCycle[]> {
    const scopes: (string | null | undefined)[] = units === undefined ? [undefined] : [...units];
    const out: ImprovementCycle[] = [];
    for (const unitId of scopes) {
      for (const stage of ['plan', 'do', 'check', 'act'] as const) {
        let cursor: string | undefined;
        do {
          const page = await queryCycles(db, { unitId, stage, limit: 200, cursor });
          out.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      }
      const closed = await queryCycles(db, { unitId, stage: 'closed', limit: BOARD_CLOSED, forward: false });
      out.push(...closed.items);
    }
    return out;
  },

  /** Public cycles, newest first (the transparency page). */
  async published(db: TenantDb, limit: number): Promise<ImprovementCycle[]> {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.improvementCyclesVisibility(db.tenantId, true) },
        Limit: limit,
        ScanIndexForward: false,
      }),
    );
    return (res.Items ?? []).map((i) => entityOf<ImprovementCycle>(i));
  },

  /** Starts `next` and records it on `previous` (at `expectedVersion`), in one transaction. */
  async createNext(
    db: TenantDb,
    r: { next: ImprovementCycle; previous: ImprovementCycle; expectedVersion: number },
  ): Promise<void> {
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: cyclePut(db, r.previous, r.expectedVersion) },
            { Put: cyclePut(db, r.next) },
          ],
        }),
      );
    } catch (e) {
      const reasons = cancellationReasons(e);
      if (reasons?.[0] === 'ConditionalCheckFailed') throw await cycleConflict(db, r.previous.id);
      throw e;
    }
  },

  /**
   * Act, standardise: applies the change to the service's Standar Pelayanan or the unit's Maklumat (under the
   * version the caller read), records the change with its before and after text, and saves the cycle (at its
   * version), all or nothing.
   */
  async standardise(
    db: TenantDb,
    r: {
      cycle: ImprovementCycle;
      expectedVersion: number;
      change: StandardChange;
      apply: StandardApplication;
      now: string;
    },
  ): Promise<void> {
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            applicationItem(db, r.apply, r.now),
            {
              Put: {
                TableName: db.tableName,
                Item: standardChangeItem(db, r.change),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            { Put: cyclePut(db, r.cycle, r.expectedVersion) },
          ],
        }),
      );
    } catch (e) {
      const reasons = cancellationReasons(e);
      if (reasons?.[2] === 'ConditionalCheckFailed') throw await cycleConflict(db, r.cycle.id);
      if (reasons?.[0] === 'ConditionalCheckFailed') throw await applicationConflict(db, r.apply);
      throw e;
    }
  },
};

export const standardChanges = {
  /** The changes a cycle made, oldest first. */
  ofCycle: (db: TenantDb, cycleId: string) =>
    queryAll<StandardChange>(db, { pk: keys.improvementCycle(db.tenantId, cycleId), skPrefix: 'STD#' }),

  /** The history of a service's standard or a unit's maklumat, newest first. */
  async history(
    db: TenantDb,
    of: { serviceId: string } | { unitId: string },
    limit: number,
    cursor?: string,
  ): Promise<Page<StandardChange>> {
    const target = 'serviceId' in of ? `SVC#${of.serviceId}` : `MAK#${of.unitId}`;
    const pk = keys.standardHistory(db.tenantId, target);
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        Limit: limit,
        ScanIndexForward: false,
        ExclusiveStartKey: decodeCursor(cursor, { pk, index: 'GSI1' }),
      }),
    );
    return {
      items: (res.Items ?? []).map((i) => entityOf<StandardChange>(i)),
      nextCursor: res.LastEvaluatedKey ? encodeCursor(res.LastEvaluatedKey) : null,
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Self-assessments

const responseKey = (
  db: TenantDb,
  r: Pick<AssessmentResponse, 'templateId' | 'unitId' | 'period' | 'userId'>,
) => ({
  PK: keys.assessmentResponses(db.tenantId, r.templateId, r.unitId, r.period),
  SK: `R#${r.userId}`,
});

export const assessments = {
  /** Stores (or replaces) one official's answers, and notes the period as answered for the unit. */
  async put(db: TenantDb, r: AssessmentResponse): Promise<AssessmentResponse> {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.tableName,
              Item: tenantItem(db, responseKey(db, r), 'AssessmentResponse', { ...r }),
            },
          },
          {
            Put: {
              TableName: db.tableName,
              Item: tenantItem(
                db,
                { PK: keys.assessmentPeriods(db.tenantId, r.unitId), SK: `${r.templateId}#${r.period}` },
                'AssessmentPeriod',
                { templateId: r.templateId, unitId: r.unitId, period: r.period },
              ),
            },
          },
        ],
      }),
    );
    return r;
  },

  mine: (db: TenantDb, q: Pick<AssessmentResponse, 'templateId' | 'unitId' | 'period' | 'userId'>) =>
    getItem<AssessmentResponse>(db, responseKey(db, q)),

  /** Every official's answers for a unit, instrument and period. */
  responses: (db: TenantDb, templateId: AssessmentTemplateId, unitId: string, period: string) =>
    queryAll<AssessmentResponse>(db, {
      pk: keys.assessmentResponses(db.tenantId, templateId, unitId, period),
      skPrefix: 'R#',
    }),

  /** The periods a unit answered, per instrument. */
  async periods(
    db: TenantDb,
    unitId: string,
  ): Promise<{ templateId: AssessmentTemplateId; period: string }[]> {
    const out: { templateId: AssessmentTemplateId; period: string }[] = [];
    let start: Record<string, NativeAttributeValue> | undefined;
    do {
      const res = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': keys.assessmentPeriods(db.tenantId, unitId) },
          ExclusiveStartKey: start,
        }),
      );
      for (const i of res.Items ?? []) {
        const e = entityOf<{ templateId: AssessmentTemplateId; period: string }>(i);
        out.push({ templateId: e.templateId, period: e.period });
      }
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  },
};
