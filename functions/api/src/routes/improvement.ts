import { OpenAPIHono } from '@hono/zod-openapi';
import {
  addActionSchema,
  type CreateCycleInput,
  CYCLE_STAGES,
  type CycleAction,
  type CycleSource,
  createCycleSchema,
  IKM_TEMPLATES,
  type ImprovementCycle,
  MESSAGES,
  type Measurement,
  metricOf,
  nextCycleSchema,
  parsePeriodKey,
  periodFromKey,
  periodLabel,
  rootCauseSchema,
  STAGE_LABELS,
  type StandardChangeSummary,
  shiftPeriod,
  stageChangeSchema,
  stageProblem,
  standardiseSchema,
  targetProblem,
  updateActionSchema,
  updateCycleSchema,
} from '@prima/domain';
import {
  BOARD_CLOSED,
  categories,
  followUps,
  improvementCycles,
  maklumat,
  newId,
  type StandardApplication,
  type StandardChange,
  StandardTargetConflictError,
  services,
  standardChanges,
  type TenantDb,
  units,
  users,
  VersionConflictError,
} from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { ApiError } from '../problem';
import { surveySettings, today } from '../surveys/context';
import { followUpView } from '../surveys/views';
import {
  activeUser,
  allowCycle,
  checkDeadline,
  cycleOr404,
  liveOf,
  measureContext,
  unitOr400,
  viewContext,
  visibleUnits,
} from '../tqm/context';
import { measure, withPeriod } from '../tqm/measure';
import { findOpportunities } from '../tqm/opportunities';
import {
  actionParams,
  baselinePreviewBody,
  baselinePreviewSchema,
  boardQuery,
  boardSchema,
  cycleDetailSchema,
  cycleListQuery,
  cyclePageSchema,
  cycleParams,
  nextCycleResultSchema,
  opportunitiesQuery,
  opportunitiesSchema,
  standardHistoryQuery,
  standardHistorySchema,
  standardiseResultSchema,
} from '../tqm/schemas';
import { cycleDetail, cycleSummary, type ViewContext } from '../tqm/views';
import { fieldError, validationHook } from '../validation';

const tags = ['Quality improvement'];

/** A 400 naming `path` with a rule's message. */
const rule = (c: Context<Env>, path: string, key: Parameters<typeof fieldError>[1]) =>
  fieldError(path, key, c.var.locale);

interface ResolvedSource {
  source: CycleSource;
  unitId: string | null;
  labels: { unit?: string | null; category?: string | null };
}

/**
 * The stored source of a cycle from the request: the survey template filled in, every id checked against this
 * tenant (a 400 naming the field), and the unit the cycle belongs to.
 */
async function resolveSource(
  c: Context<Env>,
  db: TenantDb,
  input: CreateCycleInput['source'],
  unitIdInput: string | null | undefined,
): Promise<ResolvedSource> {
  const unitName = async (id: string | null | undefined, path: string) =>
    id ? (await unitOr400(c, db, id, path)).name : null;
  switch (input.kind) {
    case 'skm-unsur': {
      const templateId = input.templateId ?? (await surveySettings(db)).surveyTemplate;
      if (!IKM_TEMPLATES[templateId].unsur.some((u) => u.code === input.unsurCode))
        throw rule(c, 'source.unsurCode', 'followup.unknownElement');
      const unit = await unitName(input.unitId, 'source.unitId');
      const source: CycleSource = {
        kind: 'skm-unsur',
        unitId: input.unitId ?? null,
        period: input.period,
        templateId,
        unsurCode: input.unsurCode,
      };
      return { source, unitId: source.unitId, labels: { unit } };
    }
    case 'missed-deadlines':
    case 'servqual-gap': {
      const unit = await unitName(input.unitId, 'source.unitId');
      const source: CycleSource =
        input.kind === 'missed-deadlines'
          ? { kind: 'missed-deadlines', unitId: input.unitId ?? null, period: input.period }
          : {
              kind: 'servqual-gap',
              unitId: input.unitId ?? null,
              period: input.period,
              dimension: input.dimension,
            };
      return { source, unitId: input.unitId ?? null, labels: { unit } };
    }
    case 'complaint-category': {
      const category = await categories.get(db, input.categoryId);
      if (!category) throw rule(c, 'source.categoryId', 'category.notFound');
      // An explicit null keeps the cycle Pemda-wide; absent, the cycle belongs to the category's unit.
      const unitId = unitIdInput !== undefined ? unitIdInput : (category.unitId ?? null);
      const unit = await unitName(unitId, unitIdInput ? 'unitId' : 'source.categoryId');
      return {
        source: { kind: 'complaint-category', categoryId: category.id, period: input.period },
        unitId,
        labels: { unit, category: category.name },
      };
    }
    case 'manual': {
      const unitId = unitIdInput ?? null;
      await unitName(unitId, 'unitId');
      return { source: { ...input }, unitId, labels: {} };
    }
  }
}

/** A unit given beside a source that names its own unit must agree with it. */
function checkUnitAgrees(c: Context<Env>, input: CreateCycleInput, resolved: ResolvedSource) {
  const own = input.source.kind !== 'complaint-category' && input.source.kind !== 'manual';
  if (own && input.unitId !== undefined && (input.unitId ?? null) !== resolved.unitId)
    throw rule(c, 'unitId', 'followup.unitMismatch');
}

const manualBaseline = (s: Extract<CycleSource, { kind: 'manual' }>, now: string): Measurement => ({
  value: s.baselineValue,
  period: s.baselinePeriod,
  sample: 0,
  measuredAt: now,
  reference: 'Diisi manual / entered by hand',
  complete: true,
});

/** The check period: after the baseline period (its successor by default); a 400 otherwise. */
function checkPeriodOf(c: Context<Env>, baselinePeriod: string, requested: string | undefined): string {
  const base = parsePeriodKey(baselinePeriod);
  if (!requested) return base ? shiftPeriod(base, 1).key : baselinePeriod;
  const check = parsePeriodKey(requested);
  if (!check) throw rule(c, 'checkPeriod', 'survey.period');
  if (base && check.start <= base.end) throw rule(c, 'checkPeriod', 'cycle.periodOrder');
  return check.key;
}

async function detail(c: Context<Env>, db: TenantDb, cycle: ImprovementCycle, ctx?: ViewContext) {
  const { tenant } = allow(c, 'improvement.read');
  const view = ctx ?? (await viewContext(c, db, tenant));
  return cycleDetail(cycle, view, await liveOf(c, db, tenant, cycle, view));
}

/** The caller as a name for histories: the user record's name, else the email. */
async function callerName(c: Context<Env>, db: TenantDb): Promise<{ id: string; name: string }> {
  const { actor } = allow(c, 'improvement.read');
  const user = await users.get(db, actor.userId);
  return { id: actor.userId, name: user?.name ?? actor.email };
}

/** Refuses a change to a closed cycle. */
function notClosed(c: Context<Env>, cycle: ImprovementCycle) {
  if (cycle.stage === 'closed') throw rule(c, 'stage', 'cycle.closed');
}

function checkVersion(cycle: ImprovementCycle, version: number) {
  if (version !== cycle.version) throw new VersionConflictError(cycle.version);
}

/** The cycle after a change, one version on. */
const bump = (
  cycle: ImprovementCycle,
  now: string,
  changes: Partial<ImprovementCycle>,
): ImprovementCycle => ({
  ...cycle,
  ...changes,
  updatedAt: now,
  version: cycle.version + 1,
});

export const improvementRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/cycles',
      tags,
      summary:
        'PDCA improvement cycles, in PDCA order (plan, do, check, act, closed), newest first in a stage',
      description:
        'Without `unitId`: every cycle the caller may see (a unit officer: its own unit; with several units, name one).',
      security: bearer,
      request: { query: cycleListQuery },
      responses: { 200: json(cyclePageSchema, 'A page of cycles') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'improvement.read');
      const q = c.req.valid('query');
      let unitId: string | undefined = q.unitId;
      if (unitId) allow(c, 'improvement.read', { unitId });
      else {
        const mine = visibleUnits(c);
        if (mine !== undefined) {
          if (mine.length !== 1) throw rule(c, 'unitId', 'inbox.unitRequired');
          unitId = mine[0];
        }
      }
      const page = await improvementCycles.list(db, {
        unitId,
        stage: q.stage,
        limit: q.limit,
        cursor: q.cursor,
      });
      const ctx = await viewContext(c, db, tenant);
      return c.json({ items: page.items.map((x) => cycleSummary(x, ctx)), nextCursor: page.nextCursor }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/improvement/cycles',
      tags,
      summary:
        'Start a PDCA cycle from the data (weak SKM unsur, Pareto category, missed deadlines, SERVQUAL gap) or by hand',
      description:
        'The baseline is computed here from the live counters of `source.period`; a metric without data there is a ' +
        '400 that says so, and nothing is stored. Action owners must be active users of this Pemda; deadlines may ' +
        'not be in the past. A unit officer starts cycles of its own unit only.',
      security: bearer,
      request: { body: body(createCycleSchema) },
      responses: { 201: json(cycleDetailSchema, 'The new cycle, in Plan') },
    }),
    async (c) => {
      const { db, tenant, actor } = allow(c, 'improvement.write');
      const input = c.req.valid('json');
      const resolved = await resolveSource(c, db, input.source, input.unitId);
      checkUnitAgrees(c, input, resolved);
      allow(c, 'improvement.write', resolved.unitId ? { unitId: resolved.unitId } : {});

      const owner = await activeUser(c, db, input.ownerId ?? actor.userId, 'ownerId');
      const t = today(c, tenant);
      const now = nowIso(c);
      const actions: CycleAction[] = [];
      for (const [i, a] of input.actions.entries()) {
        const user = await activeUser(c, db, a.ownerId, `actions.${i}.ownerId`);
        checkDeadline(c, a.deadline, t, `actions.${i}.deadline`);
        actions.push({
          id: newId(),
          title: a.title,
          ownerId: user.id,
          ownerName: user.name,
          deadline: a.deadline,
          status: 'planned',
          completedAt: null,
          note: null,
          createdAt: now,
          updatedAt: now,
        });
      }

      const metric = metricOf(resolved.source);
      const baseline =
        resolved.source.kind === 'manual'
          ? manualBaseline(resolved.source, now)
          : await measure(await measureContext(c, db, tenant), resolved.source, resolved.labels);
      if (!baseline || (resolved.source.kind === 'complaint-category' && baseline.value === 0))
        throw rule(c, 'source.period', 'cycle.noData');
      const problem = targetProblem(metric, baseline.value, input.target);
      if (problem) throw rule(c, 'target', problem);
      const checkPeriod = checkPeriodOf(c, baseline.period, input.checkPeriod);
      const by = await callerName(c, db);

      const cycle: ImprovementCycle = {
        id: newId(),
        unitId: resolved.unitId,
        title: input.title,
        problem: input.problem,
        source: resolved.source,
        metric,
        baseline,
        target: input.target,
        checkPeriod,
        checkResult: null,
        rootCause: input.rootCause ?? rootCauseSchema.parse({}),
        actions,
        stage: 'plan',
        history: [{ stage: 'plan', at: now, byId: by.id, byName: by.name, note: null }],
        standardChanges: [],
        previousCycleId: null,
        nextCycleId: null,
        public: input.public,
        ownerId: owner.id,
        ownerName: owner.name,
        notes: input.notes ?? null,
        closedAt: null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await improvementCycles.create(db, cycle);
      return c.json(await detail(c, db, cycle), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/improvement/baseline',
      tags,
      summary:
        'Preview the live baseline of a source before starting a cycle (an empty state when there is no data)',
      security: bearer,
      request: { body: body(baselinePreviewBody) },
      responses: { 200: json(baselinePreviewSchema, 'The baseline, or why there is none') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'improvement.read');
      const input = c.req.valid('json').source;
      const resolved = await resolveSource(c, db, input, undefined);
      if (resolved.unitId) allow(c, 'improvement.read', { unitId: resolved.unitId });
      const metric = metricOf(resolved.source);
      const m =
        resolved.source.kind === 'manual'
          ? manualBaseline(resolved.source, nowIso(c))
          : await measure(await measureContext(c, db, tenant), resolved.source, resolved.labels);
      const available = m !== null && !(resolved.source.kind === 'complaint-category' && m.value === 0);
      return c.json(
        { available, metric, measurement: m, reason: available ? null : MESSAGES['cycle.noData'] },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/opportunities',
      tags,
      summary:
        'Where a cycle could start, from the data of a period: weakest unsur, Pareto head, late responses, SERVQUAL gaps',
      description:
        'Each candidate carries the `source` to start a cycle with and its current value. Without `unitId`: every ' +
        'unit the caller may see (and the whole Pemda, for roles that see every unit).',
      security: bearer,
      request: { query: opportunitiesQuery },
      responses: { 200: json(opportunitiesSchema, 'The candidates') },
    }),
    async (c) => {
      const { db } = allow(c, 'improvement.read');
      const q = c.req.valid('query');
      const period = periodFromKey(q.period);
      const [all, cats, s] = await Promise.all([units.all(db), categories.all(db), surveySettings(db)]);
      let scope: typeof all;
      let pemda = false;
      if (q.unitId) {
        allow(c, 'improvement.read', { unitId: q.unitId });
        const unit = all.find((u) => u.id === q.unitId) ?? notFound();
        scope = [unit];
      } else {
        const mine = visibleUnits(c);
        pemda = mine === undefined;
        scope = all.filter((u) => !u.archived && (mine === undefined || mine.includes(u.id)));
      }
      const items = await findOpportunities(db, {
        period,
        units: scope,
        pemda,
        categories: cats,
        templateId: s.surveyTemplate,
        weighting: s.ikmWeighting,
      });
      return c.json({ period: period.key, periodLabel: periodLabel(period), items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/board',
      tags,
      summary: 'The board: cycles grouped by stage, with the survey follow-up plans (rencana tindak lanjut)',
      description: `Every cycle in Plan, Do, Check and Act; the latest ${BOARD_CLOSED} closed ones.`,
      security: bearer,
      request: { query: boardQuery },
      responses: { 200: json(boardSchema, 'The board') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'improvement.read');
      const { unitId } = c.req.valid('query');
      let scope: readonly string[] | undefined;
      if (unitId) {
        allow(c, 'improvement.read', { unitId });
        if (!(await units.get(db, unitId))) notFound();
        scope = [unitId];
      } else scope = visibleUnits(c);
      const [cycles, ctx] = await Promise.all([
        improvementCycles.board(db, scope),
        viewContext(c, db, tenant),
      ]);
      const planUnits = scope ?? [...ctx.units.values()].filter((u) => !u.archived).map((u) => u.id);
      const plans = (await Promise.all(planUnits.map((u) => followUps.all(db, { unitId: u })))).flat();
      const t = today(c, tenant);
      return c.json(
        {
          stages: CYCLE_STAGES.map((stage) => ({
            stage,
            label: STAGE_LABELS[stage],
            cycles: cycles.filter((x) => x.stage === stage).map((x) => cycleSummary(x, ctx)),
          })),
          closedShown: BOARD_CLOSED,
          followUps: plans.map((p) => followUpView(p, t)),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/cycles/{cycleId}',
      tags,
      summary:
        'A cycle with its live Check: baseline against the same metric re-measured over the check period',
      security: bearer,
      request: { params: cycleParams },
      responses: { 200: json(cycleDetailSchema, 'The cycle') },
    }),
    async (c) => {
      const { db } = allow(c, 'improvement.read');
      const cycle = await cycleOr404(db, c.req.valid('param').cycleId);
      allowCycle(c, 'improvement.read', cycle);
      return c.json(await detail(c, db, cycle), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/improvement/cycles/{cycleId}',
      tags,
      summary: 'Change the plan: title, problem, target, owner, check period, root cause, visibility, notes',
      description:
        '`manualResult` records the re-measured value of a manual metric. A closed cycle only changes its ' +
        'visibility and notes.',
      security: bearer,
      request: { params: cycleParams, body: body(updateCycleSchema) },
      responses: { 200: json(cycleDetailSchema, 'The changed cycle') },
    }),
    async (c) => {
      const { db } = allow(c, 'improvement.write');
      const cycle = await cycleOr404(db, c.req.valid('param').cycleId);
      allowCycle(c, 'improvement.write', cycle);
      const input = c.req.valid('json');
      const planFields = [
        'title',
        'problem',
        'target',
        'ownerId',
        'checkPeriod',
        'rootCause',
        'manualResult',
      ] as const;
      if (cycle.stage === 'closed' && planFields.some((f) => input[f] !== undefined)) notClosed(c, cycle);
      const now = nowIso(c);
      const changes: Partial<ImprovementCycle> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.problem !== undefined) changes.problem = input.problem;
      if (input.rootCause !== undefined) changes.rootCause = input.rootCause;
      if (input.public !== undefined) changes.public = input.public;
      if (input.notes !== undefined) changes.notes = input.notes;
      if (input.target !== undefined) {
        const problem = targetProblem(cycle.metric, cycle.baseline.value, input.target);
        if (problem) throw rule(c, 'target', problem);
        changes.target = input.target;
      }
      if (input.ownerId !== undefined && input.ownerId !== cycle.ownerId) {
        const owner = await activeUser(c, db, input.ownerId, 'ownerId');
        changes.ownerId = owner.id;
        changes.ownerName = owner.name;
      }
      if (input.checkPeriod !== undefined && input.checkPeriod !== cycle.checkPeriod) {
        if (cycle.stage === 'act') throw rule(c, 'checkPeriod', 'cycle.stageNotAllowed');
        changes.checkPeriod = checkPeriodOf(c, cycle.baseline.period, input.checkPeriod);
      }
      if (input.manualResult !== undefined) {
        if (cycle.source.kind !== 'manual') throw rule(c, 'manualResult', 'cycle.manualOnly');
        // The result is the evidence Act stands on: it changes only before Act (step back to Check to correct it).
        if (cycle.stage === 'act') throw rule(c, 'manualResult', 'cycle.stageNotAllowed');
        const by = await callerName(c, db);
        if (input.manualResult) changes.checkPeriod = input.manualResult.period;
        changes.checkResult = input.manualResult
          ? {
              value: input.manualResult.value,
              period: input.manualResult.period,
              sample: 0,
              measuredAt: now,
              reference: `Diisi manual oleh ${by.name}`,
              complete: true,
            }
          : null;
      }
      checkVersion(cycle, input.version);
      const saved = await improvementCycles.save(db, bump(cycle, now, changes), cycle.version);
      return c.json(await detail(c, db, saved), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/improvement/cycles/{cycleId}/stage',
      tags,
      summary: 'Move a cycle to another stage (Plan → Do → Check → Act → closed, or one step back)',
      description:
        'Do needs an action; Check needs every action done or cancelled; Act needs the re-measurement (frozen on ' +
        'entering Act); closing needs a standard change or a next cycle.',
      security: bearer,
      request: { params: cycleParams, body: body(stageChangeSchema) },
      responses: { 200: json(cycleDetailSchema, 'The cycle in its new stage') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'improvement.write');
      const cycle = await cycleOr404(db, c.req.valid('param').cycleId);
      allowCycle(c, 'improvement.write', cycle);
      const input = c.req.valid('json');
      checkVersion(cycle, input.version);
      const ctx = await viewContext(c, db, tenant);
      let checkResult = cycle.checkResult;
      if (input.to === 'act' && cycle.source.kind !== 'manual') {
        checkResult = (await liveOf(c, db, tenant, { ...cycle, stage: 'check' }, ctx)).current;
      }
      if (input.to === 'check' && cycle.stage === 'act' && cycle.source.kind !== 'manual') checkResult = null;
      const problem = stageProblem({
        from: cycle.stage,
        to: input.to,
        actions: cycle.actions,
        checkValue: checkResult?.value ?? null,
        standardChanges: cycle.standardChanges.length,
        nextCycleId: cycle.nextCycleId,
      });
      if (problem) throw rule(c, 'to', problem);
      const now = nowIso(c);
      const by = await callerName(c, db);
      const saved = await improvementCycles.save(
        db,
        bump(cycle, now, {
          stage: input.to,
          checkResult,
          closedAt: input.to === 'closed' ? now : null,
          history: [
            ...cycle.history,
            { stage: input.to, at: now, byId: by.id, byName: by.name, note: input.note ?? null },
          ],
        }),
        cycle.version,
      );
      return c.json(await detail(c, db, saved, ctx), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/improvement/cycles/{cycleId}/actions',
      tags,
      summary: 'Add an action (title, owner, deadline)',
      security: bearer,
      request: { params: cycleParams, body: body(addActionSchema) },
      responses: { 201: json(cycleDetailSchema, 'The cycle with the new action') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'improvement.write');
      const cycle = await cycleOr404(db, c.req.valid('param').cycleId);
      allowCycle(c, 'improvement.write', cycle);
      const input = c.req.valid('json');
      notClosed(c, cycle);
      const owner = await activeUser(c, db, input.ownerId, 'ownerId');
      checkDeadline(c, input.deadline, today(c, tenant), 'deadline');
      checkVersion(cycle, input.version);
      if (cycle.actions.length >= 30)
        throw new ApiError('validation', { errors: [{ path: 'title', message: 'max 30' }] });
      const now = nowIso(c);
      const action: CycleAction = {
        id: newId(),
        title: input.title,
        ownerId: owner.id,
        ownerName: owner.name,
        deadline: input.deadline,
        status: 'planned',
        completedAt: null,
        note: null,
        createdAt: now,
        updatedAt: now,
      };
      const saved = await improvementCycles.save(
        db,
        bump(cycle, now, { actions: [...cycle.actions, action] }),
        cycle.version,
      );
      return c.json(await detail(c, db, saved), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/improvement/cycles/{cycleId}/actions/{actionId}',
      tags,
      summary:
        'Record progress on an action: status (planned, in-progress, done, cancelled), note, owner, deadline',
      security: bearer,
      request: { params: actionParams, body: body(updateActionSchema) },
      responses: { 200: json(cycleDetailSchema, 'The cycle with the changed action') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'improvement.write');
      const { cycleId, actionId } = c.req.valid('param');
      const cycle = await cycleOr404(db, cycleId);
      allowCycle(c, 'improvement.write', cycle);
      const current = cycle.actions.find((a) => a.id === actionId) ?? notFound();
      const input = c.req.valid('json');
      notClosed(c, cycle);
      const owner =
        input.ownerId && input.ownerId !== current.ownerId
          ? await activeUser(c, db, input.ownerId, 'ownerId')
          : null;
      if (input.deadline !== undefined && input.deadline !== current.deadline)
        checkDeadline(c, input.deadline, today(c, tenant), 'deadline');
      checkVersion(cycle, input.version);
      const now = nowIso(c);
      const status = input.status ?? current.status;
      const next: CycleAction = {
        ...current,
        title: input.title ?? current.title,
        ownerId: owner?.id ?? current.ownerId,
        ownerName: owner?.name ?? current.ownerName,
        deadline: input.deadline ?? current.deadline,
        status,
        note: input.note === undefined ? current.note : input.note,
        completedAt: status === 'done' ? (current.completedAt ?? now) : null,
        updatedAt: now,
      };
      const saved = await improvementCycles.save(
        db,
        bump(cycle, now, { actions: cycle.actions.map((a) => (a.id === actionId ? next : a)) }),
        cycle.version,
      );
      return c.json(await detail(c, db, saved), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/improvement/cycles/{cycleId}/standardise',
      tags,
      summary:
        "Act: standardise the change in a service's Standar Pelayanan or a unit's Maklumat, with history",
      description:
        'In one transaction: the service (or maklumat) changes under the version the caller read, a record keeps ' +
        'the text before and after, and the cycle links it. Needs the right to change that standard or maklumat.',
      security: bearer,
      request: { params: cycleParams, body: body(standardiseSchema) },
      responses: { 200: json(standardiseResultSchema, 'The cycle and the recorded change') },
    }),
    async (c) => {
      const { db } = allow(c, 'improvement.write');
      const cycle = await cycleOr404(db, c.req.valid('param').cycleId);
      allowCycle(c, 'improvement.write', cycle);
      const input = c.req.valid('json');
      const target = input.change;
      if (cycle.stage !== 'act') throw rule(c, 'change.kind', 'cycle.actOnly');
      const now = nowIso(c);
      const by = await callerName(c, db);
      let apply: StandardApplication;
      let change: StandardChange;
      const id = newId();
      if (target.kind === 'service') {
        const service = await services.get(db, target.serviceId);
        if (!service) throw rule(c, 'change.serviceId', 'service.notFound');
        if (cycle.unitId && service.unitId !== cycle.unitId)
          throw rule(c, 'change.serviceId', 'survey.serviceOfOtherUnit');
        allow(c, 'services.write', { unitId: service.unitId });
        apply = {
          kind: 'service',
          service,
          component: target.component,
          text: target.text,
          expectedVersion: target.serviceVersion,
        };
        change = {
          id,
          cycleId: cycle.id,
          kind: 'service',
          serviceId: service.id,
          unitId: service.unitId,
          component: target.component,
          before: service.standard[target.component] ?? '',
          after: target.text,
          note: input.note ?? null,
          byId: by.id,
          byName: by.name,
          at: now,
        };
      } else {
        const unitId = target.unitId ?? cycle.unitId;
        if (!unitId) throw rule(c, 'change.unitId', 'cycle.unitRequired');
        if (cycle.unitId && unitId !== cycle.unitId) throw rule(c, 'change.unitId', 'followup.unitMismatch');
        await unitOr400(c, db, unitId, 'change.unitId');
        allow(c, 'maklumat.write', { unitId });
        const current = await maklumat.get(db, unitId);
        if (current && target.maklumatVersion === undefined)
          throw new StandardTargetConflictError('maklumat', current.version);
        if (!current && target.maklumatVersion !== undefined) notFound();
        apply = {
          kind: 'maklumat',
          unitId,
          current,
          text: target.text,
          signedBy: target.signedBy,
          signedOn: target.signedOn,
          expectedVersion: target.maklumatVersion,
        };
        change = {
          id,
          cycleId: cycle.id,
          kind: 'maklumat',
          serviceId: null,
          unitId,
          component: null,
          before: current?.text ?? '',
          after: target.text,
          note: input.note ?? null,
          byId: by.id,
          byName: by.name,
          at: now,
        };
      }
      const summary: StandardChangeSummary = {
        id,
        kind: change.kind,
        serviceId: change.serviceId,
        unitId: change.unitId,
        component: change.component,
        at: now,
      };
      checkVersion(cycle, input.version);
      const after = bump(cycle, now, { standardChanges: [...cycle.standardChanges, summary] });
      try {
        await improvementCycles.standardise(db, {
          cycle: after,
          expectedVersion: cycle.version,
          change,
          apply,
          now,
        });
      } catch (e) {
        if (e instanceof StandardTargetConflictError)
          throw new ApiError('version-conflict', {
            extra: { currentVersion: e.currentVersion, entity: e.entity },
          });
        throw e;
      }
      return c.json({ cycle: await detail(c, db, after), change }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/improvement/cycles/{cycleId}/next',
      tags,
      summary: 'Act: start the next cycle on the same metric, linked to this one',
      description:
        "The next cycle's baseline is the metric over this cycle's check period, read live now (a 400 when it holds " +
        'no data). This cycle may then be closed.',
      security: bearer,
      request: { params: cycleParams, body: body(nextCycleSchema) },
      responses: { 201: json(nextCycleResultSchema, 'This cycle and the next one') },
    }),
    async (c) => {
      const { db, tenant, actor } = allow(c, 'improvement.write');
      const cycle = await cycleOr404(db, c.req.valid('param').cycleId);
      allowCycle(c, 'improvement.write', cycle);
      const input = c.req.valid('json');
      const owner = await activeUser(c, db, input.ownerId ?? cycle.ownerId, 'ownerId');
      if (cycle.stage !== 'act') throw rule(c, 'version', 'cycle.actOnly');
      if (cycle.nextCycleId) throw rule(c, 'version', 'cycle.hasNext');
      const now = nowIso(c);
      const ctx = await viewContext(c, db, tenant);
      let source: CycleSource;
      let baseline: Measurement | null;
      if (cycle.source.kind === 'manual') {
        if (!cycle.checkResult) throw rule(c, 'version', 'cycle.noMeasurement');
        source = {
          ...cycle.source,
          baselineValue: cycle.checkResult.value,
          baselinePeriod: cycle.checkResult.period,
        };
        baseline = manualBaseline(source as Extract<CycleSource, { kind: 'manual' }>, now);
      } else {
        source = withPeriod(cycle.source, cycle.checkPeriod);
        baseline = (await liveOf(c, db, tenant, { ...cycle, stage: 'check', source }, ctx)).current;
        if (baseline) baseline = { ...baseline, measuredAt: now };
      }
      if (!baseline || (source.kind === 'complaint-category' && baseline.value === 0))
        throw rule(c, 'target', 'cycle.noData');
      const problem = targetProblem(cycle.metric, baseline.value, input.target);
      if (problem) throw rule(c, 'target', problem);
      checkVersion(cycle, input.version);
      const by = await callerName(c, db);
      const next: ImprovementCycle = {
        id: newId(),
        unitId: cycle.unitId,
        title: input.title ?? cycle.title,
        problem: input.problem ?? cycle.problem,
        source,
        metric: cycle.metric,
        baseline,
        target: input.target,
        checkPeriod: checkPeriodOf(c, baseline.period, undefined),
        checkResult: null,
        rootCause: rootCauseSchema.parse({ categorySet: cycle.rootCause.categorySet }),
        actions: [],
        stage: 'plan',
        history: [{ stage: 'plan', at: now, byId: by.id, byName: by.name, note: null }],
        standardChanges: [],
        previousCycleId: cycle.id,
        nextCycleId: null,
        public: input.public ?? cycle.public,
        ownerId: owner.id,
        ownerName: owner.name,
        notes: null,
        closedAt: null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      const previous = bump(cycle, now, { nextCycleId: next.id });
      await improvementCycles.createNext(db, { next, previous, expectedVersion: cycle.version });
      const [p, n] = await Promise.all([detail(c, db, previous, ctx), detail(c, db, next, ctx)]);
      return c.json({ previous: p, next: n }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/standard-changes',
      tags,
      summary: "History of a service's Standar Pelayanan or a unit's Maklumat changed by improvement cycles",
      description: 'Give `serviceId` or `unitId`. Newest first.',
      security: bearer,
      request: { query: standardHistoryQuery },
      responses: { 200: json(standardHistorySchema, 'A page of changes') },
    }),
    async (c) => {
      const { db } = allow(c, 'services.read');
      const q = c.req.valid('query');
      if (q.serviceId) {
        if (!(await services.get(db, q.serviceId))) notFound();
        return c.json(await standardChanges.history(db, { serviceId: q.serviceId }, q.limit, q.cursor), 200);
      }
      if (!q.unitId) throw rule(c, 'unitId', 'survey.unitRequired');
      if (!(await units.get(db, q.unitId))) notFound();
      return c.json(await standardChanges.history(db, { unitId: q.unitId }, q.limit, q.cursor), 200);
    },
  );
