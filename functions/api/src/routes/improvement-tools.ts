import { OpenAPIHono } from '@hono/zod-openapi';
import {
  daysOf,
  IKM_TEMPLATES,
  ikmFromCounters,
  instantRange,
  type Localized,
  localDate,
  monthsOf,
  paretoChart,
  periodFromKey,
  periodLabel,
  periodOfDate,
  periodSeries,
  roundHalfUp,
  XMR_RULE_TEXT,
  XMR_RULES,
  xmrChart,
} from '@prima/domain';
import {
  categories,
  complaintFacts,
  complaintStats,
  surveyAggregates,
  type TenantDb,
  units,
} from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound } from '../env';
import { bearer, createRoute, json } from '../openapi';
import { surveySettings, today } from '../surveys/context';
import {
  ikmTrendQuery,
  ikmTrendToolSchema,
  paretoToolSchema,
  toolQuery,
  xmrToolSchema,
} from '../tqm/schemas';
import { validationHook } from '../validation';

const tags = ['Quality tools'];

/** Reads at most this many complaints for one chart; more and the chart says it is truncated. */
export const MAX_CHART_COMPLAINTS = 20_000;
/** Handling-time points on one XmR chart. */
export const MAX_XMR_POINTS = 2_000;

async function unitRef(db: TenantDb, unitId: string | undefined) {
  if (!unitId) return null;
  const u = (await units.get(db, unitId)) ?? notFound();
  return { id: u.id, name: u.name, shortName: u.shortName };
}

const RULES = XMR_RULES.map((rule) => ({ rule, ...XMR_RULE_TEXT[rule] }));

const PARETO_METHOD: Localized = {
  id:
    'Pengaduan yang diterima pada periode menurut kategori, diurutkan dari yang terbanyak, dengan garis kumulatif. ' +
    '"Sedikit yang vital" = kategori yang bersama-sama mencakup 80% pertama. Untuk seluruh Pemda dihitung dari ' +
    'penghitung bulanan; untuk satu unit dari pengaduan bulan-bulan periode itu yang kini berada di unit tersebut.',
  en:
    'Complaints received in the period by category, largest first, with the cumulative line. The "vital few" are ' +
    'the categories that together make up the first 80 %. Pemda-wide from the monthly counters; for one unit from ' +
    'the complaints of the months of the period now with that unit.',
};

function under(counters: Record<string, number>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(counters))
    if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = n;
  return out;
}

function toolScope(c: Context<Env>, q: { period: string; unitId?: string | undefined }) {
  const { db, tenant } = allow(c, 'complaints.read');
  return { db, tenant, period: periodFromKey(q.period), unitId: q.unitId };
}

export const improvementToolRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/tools/pareto',
      tags,
      summary:
        'Pareto chart of complaint categories for a period (the whole Pemda or one unit), with the cumulative line',
      security: bearer,
      request: { query: toolQuery },
      responses: { 200: json(paretoToolSchema, 'The chart data') },
    }),
    async (c) => {
      const { db, period, unitId } = toolScope(c, c.req.valid('query'));
      const unit = await unitRef(db, unitId);
      const months = monthsOf(period);
      const names = Object.fromEntries((await categories.all(db)).map((x) => [x.id, x.name]));
      let counts: Record<string, number>;
      let received: number;
      let truncated = false;
      if (!unitId) {
        const all = await Promise.all(months.map((m) => complaintStats.month(db, m)));
        counts = {};
        received = 0;
        for (const m of all) {
          received += m.received ?? 0;
          for (const [k, n] of Object.entries(under(m, 'byCategory'))) counts[k] = (counts[k] ?? 0) + n;
        }
      } else {
        counts = {};
        received = 0;
        for (const m of months) {
          const read = await complaintFacts.submittedIn(db, m, {
            unitId,
            max: MAX_CHART_COMPLAINTS - received,
            fields: ['categoryId'],
          });
          truncated ||= read.truncated;
          received += read.items.length;
          for (const f of read.items)
            if (f.categoryId) counts[f.categoryId] = (counts[f.categoryId] ?? 0) + 1;
          if (received >= MAX_CHART_COMPLAINTS) break;
        }
      }
      const chart = paretoChart(counts, names);
      return c.json(
        {
          period: period.key,
          periodLabel: periodLabel(period),
          unit,
          total: chart.total,
          received,
          uncategorised: Math.max(0, received - chart.total),
          cutoff: chart.cutoff,
          bars: chart.bars.map(({ key, label, ...b }) => ({ categoryId: key, name: label, ...b })),
          vitalFew: chart.vitalFew,
          source: unitId ? ('complaints' as const) : ('counters' as const),
          truncated,
          method: PARETO_METHOD,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/tools/xmr/handling-time',
      tags,
      summary:
        'XmR chart of complaint handling time: hours from submission to resolution, per resolved complaint',
      description:
        'One point per complaint resolved (status selesai) in the period, ordered by closing time; rejected and ' +
        `archived reports are left out. At most ${MAX_XMR_POINTS} points.`,
      security: bearer,
      request: { query: toolQuery },
      responses: { 200: json(xmrToolSchema, 'The chart with limits and signals') },
    }),
    async (c) => {
      const { db, tenant, period, unitId } = toolScope(c, c.req.valid('query'));
      const unit = await unitRef(db, unitId);
      const tz = tenant.timeZone;
      let facts: { id: string; submittedAt: string; closedAt: string; status: string }[] = [];
      let truncated = false;
      if (unitId) {
        const range = instantRange(period, tz);
        const read = await complaintFacts.closedOfUnit(db, unitId, range.from, range.to, {
          max: MAX_XMR_POINTS,
        });
        facts = read.items;
        truncated = read.truncated;
      } else {
        for (const m of monthsOf(period)) {
          const read = await complaintFacts.closedIn(db, m, { max: MAX_XMR_POINTS - facts.length });
          facts.push(...read.items);
          truncated ||= read.truncated;
          if (facts.length >= MAX_XMR_POINTS) break;
        }
      }
      const resolved = facts
        .filter((f) => f.status === 'selesai' && f.closedAt)
        .sort((a, b) => a.closedAt.localeCompare(b.closedAt));
      const values = resolved.map((f) =>
        roundHalfUp(Math.max(0, Date.parse(f.closedAt) - Date.parse(f.submittedAt)) / 3_600_000, 2),
      );
      const chart = xmrChart(values, {
        labels: resolved.map((f) => localDate(new Date(f.closedAt), tz)),
        lowerBound: 0,
      });
      return c.json(
        {
          measure: 'handling-time' as const,
          period: period.key,
          periodLabel: periodLabel(period),
          unit,
          unitOfMeasure: { id: 'jam', en: 'hours' },
          chart,
          refs: resolved.map((f) => f.id),
          rules: RULES,
          truncated,
          note: {
            id: 'Satu titik per pengaduan yang diselesaikan, urut waktu penyelesaian; nilai = jam sejak diterima.',
            en: 'One point per resolved complaint, in order of resolution; value = hours since it was received.',
          },
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/tools/xmr/daily-volume',
      tags,
      summary: 'XmR chart of daily complaint volume: complaints received per day of the period (up to today)',
      description: `Days without complaints count as 0. Reads at most ${MAX_CHART_COMPLAINTS} complaints.`,
      security: bearer,
      request: { query: toolQuery },
      responses: { 200: json(xmrToolSchema, 'The chart with limits and signals') },
    }),
    async (c) => {
      const { db, tenant, period, unitId } = toolScope(c, c.req.valid('query'));
      const unit = await unitRef(db, unitId);
      const tz = tenant.timeZone;
      const days = daysOf(period, today(c, tenant));
      const perDay = new Map(days.map((d) => [d, 0]));
      let read = 0;
      let truncated = false;
      for (const m of monthsOf(period)) {
        if (days.length === 0 || m > days[days.length - 1]!.slice(0, 7)) break;
        const r = await complaintFacts.submittedIn(db, m, {
          unitId,
          max: MAX_CHART_COMPLAINTS - read,
          fields: ['submittedAt'],
        });
        read += r.items.length;
        truncated ||= r.truncated;
        for (const f of r.items) {
          const d = localDate(new Date(f.submittedAt), tz);
          if (perDay.has(d)) perDay.set(d, perDay.get(d)! + 1);
        }
        if (read >= MAX_CHART_COMPLAINTS) break;
      }
      const chart = xmrChart(
        days.map((d) => perDay.get(d)!),
        { labels: days, lowerBound: 0 },
      );
      return c.json(
        {
          measure: 'daily-volume' as const,
          period: period.key,
          periodLabel: periodLabel(period),
          unit,
          unitOfMeasure: { id: 'pengaduan per hari', en: 'complaints per day' },
          chart,
          refs: days.map(() => null),
          rules: RULES,
          truncated,
          note: {
            id: 'Satu titik per hari kalender (zona waktu Pemda) sampai hari ini; nilai = pengaduan yang diterima.',
            en: 'One point per calendar day (the Pemda’s time zone) up to today; value = complaints received.',
          },
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/improvement/tools/ikm-trend',
      tags,
      summary: 'IKM trend across periods with the target line (the whole Pemda or one unit)',
      security: bearer,
      request: { query: ikmTrendQuery },
      responses: { 200: json(ikmTrendToolSchema, 'The series, oldest first') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'surveys.read');
      const q = c.req.valid('query');
      const unit = await unitRef(db, q.unitId);
      const s = await surveySettings(db);
      const templateId = q.templateId ?? s.surveyTemplate;
      const template = IKM_TEMPLATES[templateId];
      const until = q.until ? periodFromKey(q.until) : periodOfDate(q.periodType, today(c, tenant));
      const series = periodSeries(until, q.count);
      const counters = await surveyAggregates.readMany(
        db,
        series.map((p) =>
          q.unitId
            ? ({ kind: 'unit', templateId, unitId: q.unitId, period: p.key } as const)
            : ({ kind: 'tenant', templateId, period: p.key } as const),
        ),
      );
      const target = q.target ?? template.bands[0]!.from;
      return c.json(
        {
          unit,
          templateId,
          target,
          targetSource: q.target === undefined ? ('grade-a' as const) : ('query' as const),
          points: series.map((p, i) => {
            const r = ikmFromCounters(template, counters[i]!, s.ikmWeighting);
            return {
              period: p.key,
              label: periodLabel(p),
              respondents: r.respondents,
              ikm: r.ikm,
              mutu: r.mutu,
              kinerja: r.kinerja,
              meetsTarget: r.ikm === null ? null : r.ikm >= target,
            };
          }),
          method: {
            id: `${template.regulation.code}. Garis target: ${q.target === undefined ? 'batas bawah mutu A' : 'ditetapkan'} (${target}).`,
            en: `${template.regulation.code}. Target line: ${q.target === undefined ? 'lower bound of grade A' : 'as set'} (${target}).`,
          },
        },
        200,
      );
    },
  );
