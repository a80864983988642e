import { z } from '@hono/zod-openapi';
import {
  COMPLAINT_STATUSES,
  histogramMedian,
  mergeHistograms,
  monthOf,
  type ParetoRow,
  pareto,
} from '@prima/domain';
import { categories, complaintCounts, complaintStats, type TenantDb, units } from '@prima/store';

/**
 * The complaints dashboard (and, anonymised, the public transparency page). Everything comes from counters kept on
 * write: the current snapshot (open by status and by unit) and one aggregate per month (received, responded and
 * whether on time, closed, hour histograms, by category, by unit, by channel). Reading N months costs
 * 1 + N Queries of at most 4 shard items each, plus the tenant's units and categories (tens of items) and one
 * count of the overdue complaints (the open queue's key range before now: bounded by what is open and late, never
 * by history; overdue changes with the clock, not with a write, so no counter can hold it).
 *
 * `computeDashboard` is pure: it turns those counters into the figures.
 */

export const DEFAULT_MONTHS = 12;
export const MAX_MONTHS = 24;

export interface DashboardInput {
  /** The months of the period, oldest first (YYYY-MM). */
  months: readonly string[];
  /** Counters of each month; a month without any is absent or empty. */
  monthCounters: Readonly<Record<string, Record<string, number>>>;
  /** The current snapshot: `open`, `byStatus.<status>`, `openByUnit.<unitId>`. */
  snapshot: Record<string, number>;
  overdue: number;
  categories: readonly { id: string; name: string }[];
  units: readonly { id: string; name: string; shortName?: string | null }[];
}

const count = z.number().int();
const rate = z.number().min(0).max(1).nullable();

export const dashboardSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string(), months: z.number().int() }),
    open: count,
    overdue: count,
    openByStatus: z.record(z.string(), count),
    received: count,
    responded: count,
    respondedOnTime: count,
    closed: count,
    reopened: count,
    onTimeRate: rate.meta({ description: 'Share of first responses within their deadline, in the period' }),
    medianHoursToFirstResponse: z.number().nullable(),
    medianHoursToClose: z.number().nullable(),
    byChannel: z.record(z.string(), count),
    pareto: z.array(
      z.object({
        categoryId: z.string(),
        name: z.string().nullable(),
        count,
        share: z.number(),
        cumulativeShare: z.number(),
        vital: z.boolean().meta({ description: 'Among the vital few (the first 80 %)' }),
      }),
    ),
    uncategorised: count,
    trend: z.array(
      z.object({
        month: z.string(),
        received: count,
        responded: count,
        respondedOnTime: count,
        closed: count,
        medianHoursToFirstResponse: z.number().nullable(),
      }),
    ),
    byUnit: z.array(
      z.object({
        unitId: z.string(),
        name: z.string().nullable(),
        shortName: z.string().nullable(),
        received: count,
        responded: count,
        respondedOnTime: count,
        onTimeRate: rate,
        closed: count,
        open: count,
      }),
    ),
  })
  .meta({ id: 'ComplaintDashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

/** Counters under `prefix.`: `{ rest-of-key: n }`. */
function under(counters: Record<string, number>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(counters)) {
    if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = n;
  }
  return out;
}

const sum = (records: readonly Record<string, number>[]) => mergeHistograms(records);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function computeDashboard(input: DashboardInput): Dashboard {
  const months = [...input.months];
  const per = months.map((m) => input.monthCounters[m] ?? {});
  const total = sum(per);
  const n = (k: string) => total[k] ?? 0;

  const byCategory = under(total, 'byCategory');
  const categoryName = new Map(input.categories.map((c) => [c.id, c.name]));
  const rows: ParetoRow[] = pareto(byCategory);
  const categorised = rows.reduce((s, r) => s + r.count, 0);

  const unitInfo = new Map(input.units.map((u) => [u.id, u]));
  const openByUnit = under(input.snapshot, 'openByUnit');
  const unitCounters: Record<string, Record<string, number>> = {};
  for (const [k, v] of Object.entries(under(total, 'byUnit'))) {
    const dot = k.lastIndexOf('.');
    const unitId = k.slice(0, dot);
    const counters = unitCounters[unitId] ?? {};
    counters[k.slice(dot + 1)] = v;
    unitCounters[unitId] = counters;
  }
  const unitIds = new Set([
    ...Object.keys(unitCounters),
    ...Object.keys(openByUnit).filter((u) => (openByUnit[u] ?? 0) > 0),
  ]);
  const byUnit = [...unitIds]
    .map((unitId) => {
      const c = unitCounters[unitId] ?? {};
      const info = unitInfo.get(unitId);
      const responded = c.responded ?? 0;
      const respondedOnTime = c.respondedOnTime ?? 0;
      return {
        unitId,
        name: info?.name ?? null,
        shortName: info?.shortName ?? null,
        received: c.received ?? 0,
        responded,
        respondedOnTime,
        onTimeRate: ratio(respondedOnTime, responded),
        closed: c.closed ?? 0,
        open: openByUnit[unitId] ?? 0,
      };
    })
    .sort((a, b) => b.received - a.received || b.open - a.open || (a.name ?? '').localeCompare(b.name ?? ''));

  const openByStatus = Object.fromEntries(
    COMPLAINT_STATUSES.map((s) => [s, input.snapshot[`byStatus.${s}`] ?? 0]).filter(([, v]) => v !== 0),
  );

  return {
    period: { from: months[0] ?? '', to: months[months.length - 1] ?? '', months: months.length },
    open: input.snapshot.open ?? 0,
    overdue: input.overdue,
    openByStatus,
    received: n('received'),
    responded: n('responded'),
    respondedOnTime: n('respondedOnTime'),
    closed: n('closed'),
    reopened: n('reopened'),
    onTimeRate: ratio(n('respondedOnTime'), n('responded')),
    medianHoursToFirstResponse: histogramMedian(under(total, 'firstResponseHours')),
    medianHoursToClose: histogramMedian(under(total, 'closeHours')),
    byChannel: under(total, 'byChannel'),
    pareto: rows.map((r) => ({
      categoryId: r.key,
      name: categoryName.get(r.key) ?? null,
      count: r.count,
      share: r.share,
      cumulativeShare: r.cumulativeShare,
      vital: r.vital,
    })),
    uncategorised: Math.max(0, n('received') - categorised),
    trend: months.map((month, i) => {
      const c = per[i] ?? {};
      return {
        month,
        received: c.received ?? 0,
        responded: c.responded ?? 0,
        respondedOnTime: c.respondedOnTime ?? 0,
        closed: c.closed ?? 0,
        medianHoursToFirstResponse: histogramMedian(under(c, 'firstResponseHours')),
      };
    }),
    byUnit,
  };
}

/** The `count` months ending with the month of `now` in `timeZone`, oldest first. */
export function monthsEndingAt(now: Date, count: number, timeZone: string): string[] {
  const [y, m] = monthOf(now.toISOString(), timeZone).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** Reads the counters of the last `months` months and computes the dashboard: a fixed number of requests. */
export async function loadDashboard(
  db: TenantDb,
  timeZone: string,
  now: Date,
  months: number,
): Promise<Dashboard> {
  const period = monthsEndingAt(now, months, timeZone);
  const [snapshot, monthly, overdue, cats, unitList] = await Promise.all([
    complaintStats.snapshot(db),
    Promise.all(period.map((m) => complaintStats.month(db, m))),
    complaintCounts.overdue(db, now.toISOString()),
    categories.all(db),
    units.all(db),
  ]);
  return computeDashboard({
    months: period,
    monthCounters: Object.fromEntries(period.map((m, i) => [m, monthly[i] ?? {}])),
    snapshot,
    overdue,
    categories: cats,
    units: unitList,
  });
}
