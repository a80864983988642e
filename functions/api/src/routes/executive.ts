import { OpenAPIHono } from '@hono/zod-openapi';
import {
  authorize,
  IKM_TEMPLATES,
  ikmFromCounters,
  periodFromKey,
  periodLabel,
  periodOfDate,
  periodSeries,
  type User,
} from '@prima/domain';
import { improvementCycles, surveyAggregates, type TenantDb, units, users } from '@prima/store';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, createRoute, json } from '../openapi';
import { surveySettings, today } from '../surveys/context';
import { loadKsf } from '../tqm/assessments';
import { viewContext } from '../tqm/context';
import {
  complaintFigures,
  complaintMonths,
  EXECUTIVE_METHOD,
  executiveRows,
  unitHead,
  unitRow,
} from '../tqm/executive';
import { activeIn, contributions, RECOGNITION_METHOD } from '../tqm/recognition';
import {
  executiveQuery,
  executiveSchema,
  executiveUnitSchema,
  recognitionDetailQuery,
  recognitionDetailSchema,
  recognitionQuery,
  recognitionSchema,
  unitParams,
  userParams,
} from '../tqm/schemas';
import { actionView, cycleSummary } from '../tqm/views';
import { validationHook } from '../validation';

/** Every user of the tenant (tens to hundreds), page by page. */
async function allUsers(db: TenantDb): Promise<User[]> {
  const out: User[] = [];
  let cursor: string | undefined;
  do {
    const page = await users.list(db, { limit: 100, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

const thisYear = (todayDate: string) => Number(todayDate.slice(0, 4));

export const executiveRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/recognition',
      tags: ['Recognition'],
      summary:
        "Officials' contributions to improvement in a year: cycles led, actions done on time, measured effect",
      description:
        'For appraisals (quality culture: staff rewarded for improving quality). A unit officer sees only its own ' +
        'record.',
      security: bearer,
      request: { query: recognitionQuery },
      responses: { 200: json(recognitionSchema, 'One row per official') },
    }),
    async (c) => {
      const { db, tenant, actor } = allow(c, 'recognition.read');
      const q = c.req.valid('query');
      if (q.unitId && !(await units.get(db, q.unitId))) notFound();
      const year = q.year ?? thisYear(today(c, tenant));
      // A self-scoped caller (a unit officer) is allowed only its own record.
      const onlySelf = !authorize(actor, 'recognition.read', { userId: '' });
      const [cycles, people] = await Promise.all([improvementCycles.all(db), allUsers(db)]);
      const officials = onlySelf ? people.filter((u) => u.id === actor.userId) : people;
      return c.json(
        {
          year,
          items: contributions(cycles, officials, {
            year,
            timeZone: tenant.timeZone,
            unitId: q.unitId,
          }).filter((r) => !onlySelf || r.userId === actor.userId),
          method: RECOGNITION_METHOD,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/recognition/{userId}',
      tags: ['Recognition'],
      summary:
        "One official's contributions in a year, with the cycles led and the actions owned (printable)",
      security: bearer,
      request: { params: userParams, query: recognitionDetailQuery },
      responses: { 200: json(recognitionDetailSchema, 'The official’s record') },
    }),
    async (c) => {
      const { userId } = c.req.valid('param');
      const { db, tenant } = allow(c, 'recognition.read', { userId });
      const user = (await users.get(db, userId)) ?? notFound();
      const year = c.req.valid('query').year ?? thisYear(today(c, tenant));
      const [cycles, ctx] = await Promise.all([improvementCycles.all(db), viewContext(c, db, tenant)]);
      const official = contributions(cycles, [{ ...user, status: 'active' }], {
        year,
        timeZone: tenant.timeZone,
      })[0]!;
      const led = cycles.filter((x) => x.ownerId === user.id && activeIn(x, year, tenant.timeZone));
      const actions = cycles.flatMap((x) =>
        x.actions
          .filter((a) => a.ownerId === user.id && Number(a.deadline.slice(0, 4)) === year)
          .map((a) => ({ ...actionView(a, ctx), cycleId: x.id, cycleTitle: x.title })),
      );
      return c.json(
        {
          year,
          official,
          cyclesLed: led.map((x) => cycleSummary(x, ctx)),
          actions,
          method: RECOGNITION_METHOD,
          generatedAt: nowIso(c),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/executive',
      tags: ['Executive view'],
      summary:
        'Every unit side by side: IKM, on-time complaint handling, trust, cycles with their measured effect',
      description: 'For the head of the Pemda; suitable for a printable page. Default period: this year.',
      security: bearer,
      request: { query: executiveQuery },
      responses: { 200: json(executiveSchema, 'The view') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'executive.read');
      const q = c.req.valid('query');
      const period = q.period ? periodFromKey(q.period) : periodOfDate('year', today(c, tenant));
      const s = await surveySettings(db);
      const [allUnits, cycles] = await Promise.all([units.all(db), improvementCycles.all(db)]);
      const rows = await executiveRows({
        db,
        units: allUnits,
        cycles,
        period,
        templateId: s.surveyTemplate,
        weighting: s.ikmWeighting,
        timeZone: tenant.timeZone,
      });
      return c.json(
        {
          tenant: { name: tenant.name },
          period: period.key,
          periodLabel: periodLabel(period),
          templateId: s.surveyTemplate,
          units: rows.units,
          pemda: rows.pemda,
          method: EXECUTIVE_METHOD,
          generatedAt: nowIso(c),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/executive/units/{unitId}',
      tags: ['Executive view'],
      summary:
        'Drill-down to one unit: IKM per unsur and trend, complaints per month, cycles, key success factors',
      security: bearer,
      request: { params: unitParams, query: executiveQuery },
      responses: { 200: json(executiveUnitSchema, 'The unit') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'executive.read');
      const unit = (await units.get(db, c.req.valid('param').unitId)) ?? notFound();
      const q = c.req.valid('query');
      const period = q.period ? periodFromKey(q.period) : periodOfDate('year', today(c, tenant));
      const s = await surveySettings(db);
      const template = IKM_TEMPLATES[s.surveyTemplate];
      const [allUnits, cycles, ctx, months] = await Promise.all([
        units.all(db),
        improvementCycles.all(db, unit.id),
        viewContext(c, db, tenant),
        complaintMonths(db, period),
      ]);
      const input = {
        db,
        units: allUnits,
        cycles,
        period,
        templateId: s.surveyTemplate,
        weighting: s.ikmWeighting,
        timeZone: tenant.timeZone,
      };
      const trendPeriods = periodSeries(period, 4);
      const trendCounters = await surveyAggregates.readMany(
        db,
        trendPeriods.map(
          (p) => ({ kind: 'unit', templateId: s.surveyTemplate, unitId: unit.id, period: p.key }) as const,
        ),
      );
      const trend = trendPeriods.map((p, i) => {
        const r = ikmFromCounters(template, trendCounters[i]!, s.ikmWeighting);
        return { period: p.key, label: periodLabel(p), ikm: r.ikm, respondents: r.respondents };
      });
      const current = ikmFromCounters(template, trendCounters[trendCounters.length - 1]!, s.ikmWeighting);
      return c.json(
        {
          unit: unitHead(unit),
          period: period.key,
          periodLabel: periodLabel(period),
          templateId: s.surveyTemplate,
          row: { unit: unitHead(unit), ...(await unitRow(input, unit, months)) },
          ikmUnsur: current.unsur.map((u) => ({
            code: u.code,
            name: u.name,
            value: u.nrrConverted,
            mutu: u.mutu,
            weakest: u.weakest,
          })),
          ikmTrend: trend,
          complaintTrend: months.map((m) => ({ month: m.month, ...complaintFigures([m], unit.id) })),
          cycles: cycles.map((x) => cycleSummary(x, ctx)),
          ksf: await loadKsf(db, {
            unit,
            units: allUnits,
            period,
            templateId: s.surveyTemplate,
            weighting: s.ikmWeighting,
            months,
          }),
          method: EXECUTIVE_METHOD,
          generatedAt: nowIso(c),
        },
        200,
      );
    },
  );
