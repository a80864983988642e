import { OpenAPIHono } from '@hono/zod-openapi';
import {
  ASSESSMENT_METHOD,
  ASSESSMENT_TEMPLATE_IDS,
  ASSESSMENT_TEMPLATES,
  assessmentAnswersSchema,
  periodFromKey,
  periodOfDate,
  SEVEN_S_TEMPLATE,
} from '@prima/domain';
import { type AssessmentResponse, assessments, type TenantDb, units, users } from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { ApiError } from '../problem';
import { surveySettings, today } from '../surveys/context';
import { assessmentResults, loadKsf } from '../tqm/assessments';
import { unitOr400 } from '../tqm/context';
import {
  assessmentQuery,
  assessmentResultsSchema,
  assessmentTemplatesSchema,
  ksfQuery,
  ksfSchema,
  myAssessmentsSchema,
  putAssessmentSchema,
} from '../tqm/schemas';
import { fieldErrors, validationHook } from '../validation';

const tags = ['Self-assessments'];

async function mineOf(db: TenantDb, userId: string, unitId: string, period: string) {
  const items = await Promise.all(
    ASSESSMENT_TEMPLATE_IDS.map(async (templateId) => {
      const r = await assessments.mine(db, { templateId, unitId, period, userId });
      return { templateId, answers: r?.answers ?? null, updatedAt: r?.updatedAt ?? null };
    }),
  );
  return { unitId, period, items };
}

async function unitOr404(db: TenantDb, unitId: string) {
  return (await units.get(db, unitId)) ?? notFound();
}

const templatesView = () => ({
  scale: { min: 1, max: 5, labels: [...SEVEN_S_TEMPLATE.scale.labels] },
  templates: ASSESSMENT_TEMPLATE_IDS.map((id) => {
    const t = ASSESSMENT_TEMPLATES[id];
    return {
      id,
      name: t.name,
      source: t.source,
      elements: t.elements.map((e) => ({ key: e.key, name: e.name, statements: [...e.statements] })),
    };
  }),
  method: ASSESSMENT_METHOD,
});

/** A unit officer names its unit; everyone else may look at the whole Pemda. */
function ksfUnitGate(c: Context<Env>, unitId: string | undefined) {
  return allow(c, 'improvement.read', unitId ? { unitId } : {});
}

export const assessmentRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/assessments/templates',
      tags,
      summary:
        'The instruments: McKinsey 7S + environment and the quality-culture assessment (statements, 1–5 scale)',
      security: bearer,
      responses: { 200: json(assessmentTemplatesSchema, 'The instruments') },
    }),
    async (c) => {
      allow(c, 'improvement.read');
      return c.json(templatesView(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/improvement/assessments',
      tags,
      summary: "Record (or replace) the caller's own answers to an instrument for a unit and period",
      description: 'Officials of the unit answer each period; results pool every official’s answers.',
      security: bearer,
      request: { body: body(putAssessmentSchema) },
      responses: { 200: json(myAssessmentsSchema, "The caller's answers for the unit and period") },
    }),
    async (c) => {
      const { db, actor } = allow(c, 'improvement.write');
      const input = c.req.valid('json');
      await unitOr400(c, db, input.unitId, 'unitId');
      allow(c, 'improvement.write', { unitId: input.unitId });
      const template = ASSESSMENT_TEMPLATES[input.templateId];
      const answers = assessmentAnswersSchema(template).safeParse(input.answers);
      if (!answers.success) {
        throw new ApiError('validation', {
          errors: fieldErrors(answers.error, c.var.locale).map((e) => ({
            ...e,
            path: e.path ? `answers.${e.path}` : 'answers',
          })),
        });
      }
      const now = nowIso(c);
      const existing = await assessments.mine(db, {
        templateId: input.templateId,
        unitId: input.unitId,
        period: input.period,
        userId: actor.userId,
      });
      const user = await users.get(db, actor.userId);
      const record: AssessmentResponse = {
        templateId: input.templateId,
        unitId: input.unitId,
        period: input.period,
        userId: actor.userId,
        userName: user?.name ?? actor.email,
        answers: Object.fromEntries(
          Object.entries(answers.data).filter((e): e is [string, number] => e[1] !== undefined),
        ),
        submittedAt: existing?.submittedAt ?? now,
        updatedAt: now,
      };
      await assessments.put(db, record);
      return c.json(await mineOf(db, actor.userId, input.unitId, input.period), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/assessments/mine',
      tags,
      summary: "The caller's own answers for a unit and period (to fill the form in again)",
      security: bearer,
      request: { query: assessmentQuery },
      responses: { 200: json(myAssessmentsSchema, 'The answers; null where not answered yet') },
    }),
    async (c) => {
      const { db, actor } = allow(c, 'improvement.read');
      const q = c.req.valid('query');
      allow(c, 'improvement.read', { unitId: q.unitId });
      await unitOr404(db, q.unitId);
      return c.json(await mineOf(db, actor.userId, q.unitId, q.period), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/assessments/results',
      tags,
      summary:
        'Self-assessment results of a unit and period: radar data per element and the change since last time',
      security: bearer,
      request: { query: assessmentQuery },
      responses: { 200: json(assessmentResultsSchema, 'Both instruments') },
    }),
    async (c) => {
      const { db } = allow(c, 'improvement.read');
      const q = c.req.valid('query');
      allow(c, 'improvement.read', { unitId: q.unitId });
      const unit = await unitOr404(db, q.unitId);
      return c.json(
        { ...(await assessmentResults(db, unit, periodFromKey(q.period))), method: ASSESSMENT_METHOD },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/ksf',
      tags: ['Quality improvement'],
      summary: 'Key-success-factor scorecard (0–100) of a unit or the whole Pemda for a period',
      description:
        'Measured where Prima has the data (complaint on-time rate, IKM, SERVQUAL gap), self-assessed for the rest; ' +
        'the normalisation is in `method`. Default period: this year.',
      security: bearer,
      request: { query: ksfQuery },
      responses: { 200: json(ksfSchema, 'The scorecard') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { db, tenant } = ksfUnitGate(c, q.unitId);
      const unit = q.unitId ? await unitOr404(db, q.unitId) : null;
      const s = await surveySettings(db);
      const period = q.period ? periodFromKey(q.period) : periodOfDate('year', today(c, tenant));
      return c.json(
        await loadKsf(db, {
          unit,
          units: await units.all(db),
          period,
          templateId: s.surveyTemplate,
          weighting: s.ikmWeighting,
        }),
        200,
      );
    },
  );
