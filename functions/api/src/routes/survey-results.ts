import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  IKM_TEMPLATES,
  type IkmTemplateId,
  ikmFromCounters,
  isIkmTemplateId,
  parsePeriodKey,
  periodLabel,
  periodOfDate,
  periodSeries,
  type SurveyTemplateId,
} from '@prima/domain';
import { surveyAggregates, surveyCampaigns, surveyResponses, units } from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, nowIso } from '../env';
import { bearer, createRoute, json } from '../openapi';
import { serviceOr404, surveySettings, today, unitOr404 } from '../surveys/context';
import { aggregatesCsv, csvHeaders } from '../surveys/csv';
import { skmReport } from '../surveys/report';
import { aggregateOf, type ResultScope, readResults, scopeView } from '../surveys/results';
import {
  aggregatesCsvQuery,
  comparisonQuery,
  comparisonSchema,
  periodKeySchema,
  reportQuery,
  reportSchema,
  resultsQuery,
  suggestionsPageSchema,
  surveyResultsSchema,
  trendQuery,
  trendSchema,
  unitSuggestionsQuery,
} from '../surveys/schemas';
import { requiredSampleOf } from '../surveys/views';
import { fieldError, validationHook } from '../validation';

const tags = ['Survey results'];

/** Trend, comparison, report and aggregate exports are about the IKM: a SERVQUAL or trust template is a 400. */
function ikmTemplate(c: Context<Env>, templateId: SurveyTemplateId): IkmTemplateId {
  if (!isIkmTemplateId(templateId)) throw fieldError('templateId', 'survey.ikmOnly', c.var.locale);
  return templateId;
}

/** The scope a results query names: a service (of the unit, when both are given), a unit, or the whole tenant. */
async function scopeOf(
  c: Context<Env>,
  q: { unitId?: string | undefined; serviceId?: string | undefined },
  period: string | null,
): Promise<ResultScope> {
  const { db } = allow(c, 'surveys.read');
  if (q.serviceId) {
    const s = await serviceOr404(db, q.serviceId, q.unitId);
    return { kind: 'service', campaignId: null, unitId: s.unitId, serviceId: s.id, period };
  }
  if (q.unitId) {
    await unitOr404(db, q.unitId);
    return { kind: 'unit', campaignId: null, unitId: q.unitId, serviceId: null, period };
  }
  return { kind: 'tenant', campaignId: null, unitId: null, serviceId: null, period };
}

export const surveyResultRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/results',
      tags,
      summary: 'Results of a unit, a service or the whole Pemda for a period (IKM, SERVQUAL or trust)',
      description:
        'Reads only the counters kept on write: the cost is the same at 100 or 1,000,000 responses. Responses count ' +
        'in the month, triwulan, semester and year of their submission (tenant time zone).',
      security: bearer,
      request: { query: resultsQuery },
      responses: { 200: json(surveyResultsSchema, 'The results') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const q = c.req.valid('query');
      const s = await surveySettings(db);
      const scope = await scopeOf(c, q, q.period);
      return c.json(await readResults(db, scope, q.templateId ?? s.surveyTemplate, s.ikmWeighting), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/trend',
      tags,
      summary: 'IKM across periods for a unit, a service or the whole Pemda',
      security: bearer,
      request: { query: trendQuery },
      responses: { 200: json(trendSchema, 'The series, oldest first') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'surveys.read');
      const q = c.req.valid('query');
      const s = await surveySettings(db);
      const templateId = ikmTemplate(c, q.templateId ?? s.surveyTemplate);
      const until = q.until ? parsePeriodKey(q.until)! : periodOfDate(q.periodType, today(c, tenant));
      const series = periodSeries(until, q.count);
      const scope = await scopeOf(c, q, null);
      const counters = await surveyAggregates.readMany(
        db,
        series.map((p) => aggregateOf({ ...scope, period: p.key }, templateId)),
      );
      const template = IKM_TEMPLATES[templateId];
      const items = series.map((p, i) => {
        const r = ikmFromCounters(template, counters[i]!, s.ikmWeighting);
        return {
          period: p.key,
          label: periodLabel(p),
          start: p.start,
          end: p.end,
          respondents: r.respondents,
          ikm: r.ikm,
          mutu: r.mutu,
          kinerja: r.kinerja,
          weakest: r.weakest,
        };
      });
      return c.json(
        {
          scope: scopeView(scope),
          templateId,
          periodType: until.type,
          legacyLabel:
            s.ikmWeighting === 'legacy' ? ikmFromCounters(template, {}, 'legacy').legacyLabel : null,
          items,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/comparison',
      tags,
      summary:
        'Units compared for a period; units below the required sample or the floor are flagged, not ranked',
      security: bearer,
      request: { query: comparisonQuery },
      responses: { 200: json(comparisonSchema, 'Ranked units, then flagged ones') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const q = c.req.valid('query');
      const s = await surveySettings(db);
      const templateId = ikmTemplate(c, q.templateId ?? s.surveyTemplate);
      const period = parsePeriodKey(q.period)!;
      const [allUnits, campaigns] = await Promise.all([
        units.all(db),
        surveyCampaigns.overlapping(db, period.start, period.end),
      ]);
      const active = allUnits.filter((u) => !u.archived);
      const counters = await surveyAggregates.readMany(
        db,
        active.map((u) => ({ kind: 'unit', templateId, unitId: u.id, period: period.key }) as const),
      );
      const population = new Map<string, number>();
      for (const camp of campaigns) {
        if (camp.templateId !== templateId) continue;
        population.set(camp.unitId, (population.get(camp.unitId) ?? 0) + camp.population);
      }
      const template = IKM_TEMPLATES[templateId];
      const rows = active.map((u, i) => {
        const r = ikmFromCounters(template, counters[i]!, s.ikmWeighting);
        const pop = population.get(u.id);
        const required = pop === undefined ? null : requiredSampleOf(templateId, pop);
        const floor = required === null ? q.minRespondents : Math.min(q.minRespondents, required);
        const flags: ('no-data' | 'incomplete' | 'below-required-sample' | 'below-floor')[] = [];
        if (r.respondents === 0) flags.push('no-data');
        else if (r.ikm === null) flags.push('incomplete');
        if (required !== null && r.respondents < required) flags.push('below-required-sample');
        if (r.respondents < floor) flags.push('below-floor');
        return {
          unitId: u.id,
          name: u.name,
          shortName: u.shortName,
          respondents: r.respondents,
          requiredSample: required,
          ikm: r.ikm,
          ikmRaw: r.ikmRaw,
          mutu: r.mutu,
          kinerja: r.kinerja,
          weakest: r.weakest,
          rank: null as number | null,
          flags,
        };
      });
      const ranked = rows
        .filter((r) => r.flags.length === 0)
        .sort((a, b) => b.ikm! - a.ikm! || a.name.localeCompare(b.name, 'id'));
      ranked.forEach((r, i) => {
        // Competition ranking on the published (rounded) value: equal IKM, equal rank.
        r.rank = i > 0 && ranked[i - 1]!.ikm === r.ikm ? ranked[i - 1]!.rank : i + 1;
      });
      const flagged = rows
        .filter((r) => r.flags.length > 0)
        .sort((a, b) => b.respondents - a.respondents || a.name.localeCompare(b.name, 'id'));
      return c.json(
        {
          period: period.key,
          periodLabel: periodLabel(period),
          templateId,
          floor: q.minRespondents,
          legacyLabel:
            s.ikmWeighting === 'legacy' ? ikmFromCounters(template, {}, 'legacy').legacyLabel : null,
          items: [...ranked, ...flagged].map(({ ikmRaw: _, ...r }) => r),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/suggestions',
      tags,
      summary: "A unit's suggestions (saran) from all its campaigns, newest first",
      security: bearer,
      request: { query: unitSuggestionsQuery.extend({ period: periodKeySchema.optional() }) },
      responses: { 200: json(suggestionsPageSchema, 'A page of suggestions') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const { unitId, period, limit, cursor } = c.req.valid('query');
      await unitOr404(db, unitId);
      const p = period ? parsePeriodKey(period)! : null;
      return c.json(
        await surveyResponses.suggestions(
          db,
          { unitId },
          limit,
          cursor,
          p ? { from: p.start, to: p.end } : undefined,
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/report',
      tags,
      summary: 'The SKM report of a unit (or one of its services) and period, for a printable page',
      security: bearer,
      request: { query: reportQuery },
      responses: { 200: json(reportSchema, 'The report') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'surveys.read');
      const q = c.req.valid('query');
      const unit = await unitOr404(db, q.unitId);
      const service = q.serviceId ? await serviceOr404(db, q.serviceId, unit.id) : null;
      const s = await surveySettings(db);
      const report = await skmReport({
        db,
        tenant,
        unit,
        service,
        period: parsePeriodKey(q.period)!,
        templateId: ikmTemplate(c, q.templateId ?? s.surveyTemplate),
        weighting: s.ikmWeighting,
        today: today(c, tenant),
        generatedAt: nowIso(c),
      });
      return c.json(report, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/aggregates.csv',
      tags,
      summary: 'CSV of the IKM aggregates of a period: one row per unit and one for the Pemda',
      description:
        'Columns: scope, unitId, unitName, period, templateId, weighting, respondents, <unsur>_nrr, <unsur>_nilai ' +
        '(NRR × 25), <unsur>_mutu for each unsur, ikm, mutu, kinerja, weakest. UTF-8 with BOM, CRLF.',
      security: bearer,
      request: { query: aggregatesCsvQuery },
      responses: { 200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } } },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'surveys.read');
      const q = c.req.valid('query');
      const s = await surveySettings(db);
      const templateId = ikmTemplate(c, q.templateId ?? s.surveyTemplate);
      const period = parsePeriodKey(q.period)!;
      const active = (await units.all(db)).filter((u) => !u.archived);
      const counters = await surveyAggregates.readMany(db, [
        ...active.map((u) => ({ kind: 'unit', templateId, unitId: u.id, period: period.key }) as const),
        { kind: 'tenant', templateId, period: period.key } as const,
      ]);
      const template = IKM_TEMPLATES[templateId];
      const rows = [
        ...active.map((u, i) => ({
          scope: 'unit' as const,
          unitId: u.id,
          unitName: u.name,
          result: ikmFromCounters(template, counters[i]!, s.ikmWeighting),
        })),
        {
          scope: 'tenant' as const,
          unitId: '',
          unitName: tenant.name,
          result: ikmFromCounters(template, counters[active.length]!, s.ikmWeighting),
        },
      ];
      return c.body(
        aggregatesCsv(templateId, period.key, rows),
        200,
        csvHeaders(`ikm-${period.key}-${templateId}.csv`),
      );
    },
  );
