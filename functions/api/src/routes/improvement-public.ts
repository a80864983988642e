import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  compareBeforeAfter,
  cycleProgress,
  type ImprovementCycle,
  type Measurement,
  STAGE_LABELS,
} from '@prima/domain';
import { improvementCycles, units } from '@prima/store';
import type { Env } from '../env';
import { createRoute, json } from '../openapi';
import { now, publicSurveyTenant, surveySettings, today } from '../surveys/context';
import { measure, withPeriod } from '../tqm/measure';
import { publicImprovementSchema } from '../tqm/schemas';
import { validationHook } from '../validation';

/** Public cycles shown on the transparency page, newest first. */
export const PUBLIC_CYCLES = 50;

const slugParams = z.object({ slug: z.string().max(64).meta({ example: 'kab-sukamaju' }) });

/**
 * Public accountability: the cycles officials marked public, with status, progress, timeline and measured effect.
 * Never the internal notes, the root-cause analysis, the measurement references or any person's name: owners and
 * the officials who moved a stage stay internal; only the unit is named.
 */
export const publicImprovementRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/public/{slug}/improvement',
    tags: ['Public'],
    summary: 'Improvement cycles the Pemda made public: status, progress, timeline and measured effect',
    request: { params: slugParams },
    responses: { 200: json(publicImprovementSchema, 'The public cycles') },
  }),
  async (c) => {
    const { db, tenant } = await publicSurveyTenant(c, c.req.valid('param').slug);
    const [cycles, allUnits, s] = await Promise.all([
      improvementCycles.published(db, PUBLIC_CYCLES),
      units.all(db),
      surveySettings(db),
    ]);
    const names = new Map(allUnits.map((u) => [u.id, u.name]));
    const mctx = {
      db,
      weighting: s.ikmWeighting,
      today: today(c, tenant),
      nowIso: now(c).toISOString(),
    };
    /** The result: frozen in Act and after, live while in Check, none before. */
    const resultOf = async (x: ImprovementCycle): Promise<Measurement | null> => {
      if (x.stage === 'act' || x.stage === 'closed') return x.checkResult;
      if (x.stage === 'check' && x.source.kind !== 'manual')
        return measure(mctx, withPeriod(x.source, x.checkPeriod));
      return null;
    };
    const items = await Promise.all(
      cycles.map(async (x) => {
        const result = await resultOf(x);
        const progress = cycleProgress(x.actions);
        return {
          id: x.id,
          title: x.title,
          problem: x.problem,
          unit: x.unitId && names.has(x.unitId) ? { id: x.unitId, name: names.get(x.unitId)! } : null,
          stage: x.stage,
          stageLabel: STAGE_LABELS[x.stage],
          metric: { name: x.metric.name, unit: x.metric.unit, direction: x.metric.direction },
          baseline: { value: x.baseline.value, period: x.baseline.period },
          target: x.target,
          result: result ? { value: result.value, period: result.period, complete: result.complete } : null,
          comparison: compareBeforeAfter({
            baseline: x.baseline.value,
            current: result?.value ?? null,
            direction: x.metric.direction,
            target: x.target,
          }),
          progress: { total: progress.total, done: progress.done, share: progress.share },
          actions: x.actions
            .filter((a) => a.status !== 'cancelled')
            .map((a) => ({
              title: a.title,
              status: a.status,
              deadline: a.deadline,
              completedAt: a.completedAt,
            })),
          timeline: x.history.map((h) => ({ stage: h.stage, at: h.at })),
          standardised: x.standardChanges.map((sc) => ({
            kind: sc.kind,
            component: sc.component,
            at: sc.at,
          })),
          startedAt: x.createdAt,
          updatedAt: x.updatedAt,
        };
      }),
    );
    return c.json({ tenant: { name: tenant.name }, items, generatedAt: now(c).toISOString() }, 200);
  },
);
