/**
 * Complaint numbers maintained on write. Each transition yields a delta of counters for the month it happens in
 * (and the tenant's current snapshot); the dashboard reads a fixed number of items, whatever the history.
 * Durations are kept as histograms of whole hours, so medians are exact to the hour without reading complaints.
 */
import type { ComplaintStatus } from './model';
import { isOpen } from './model';

/** Counter paths of a monthly aggregate, e.g. `received`, `byCategory.<id>`, `firstResponseHours.<h>`. */
export type CounterDelta = Record<string, number>;

export interface ComplaintFacts {
  status: ComplaintStatus;
  unitId: string | null;
  categoryId: string | null;
  channel: string;
  submittedAt: string;
  firstResponseAt: string | null;
  closedAt: string | null;
  dueAt: string | null;
}

const hours = (from: string, to: string) =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 3_600_000));

/** The month (YYYY-MM) of an instant in the tenant's time zone. */
export const monthOf = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone })
    .format(new Date(iso))
    .slice(0, 7);

/** Counters of a new complaint, for the month it was submitted. */
export function submissionDelta(c: ComplaintFacts): CounterDelta {
  const d: CounterDelta = { received: 1, [`byChannel.${c.channel}`]: 1 };
  if (c.categoryId) d[`byCategory.${c.categoryId}`] = 1;
  return d;
}

/**
 * Counters for a transition from `before` to `after`, booked in the month the transition happens: first responses
 * (with whether they met the deadline running before them), closures, dispatches to a unit.
 */
export function transitionDelta(before: ComplaintFacts, after: ComplaintFacts): CounterDelta {
  const d: CounterDelta = {};
  if (!before.firstResponseAt && after.firstResponseAt) {
    d.responded = 1;
    d[`firstResponseHours.${hours(after.submittedAt, after.firstResponseAt)}`] = 1;
    const onTime = before.dueAt === null || Date.parse(after.firstResponseAt) <= Date.parse(before.dueAt);
    d[onTime ? 'respondedOnTime' : 'respondedLate'] = 1;
    if (after.unitId) {
      d[`byUnit.${after.unitId}.responded`] = 1;
      if (onTime) d[`byUnit.${after.unitId}.respondedOnTime`] = 1;
    }
  }
  if (isOpen(before.status) && !isOpen(after.status) && after.closedAt) {
    d.closed = 1;
    d[`closeHours.${hours(after.submittedAt, after.closedAt)}`] = 1;
    if (after.unitId) d[`byUnit.${after.unitId}.closed`] = 1;
  }
  if (!isOpen(before.status) && isOpen(after.status)) d.reopened = 1;
  if (after.unitId && after.unitId !== before.unitId) d[`byUnit.${after.unitId}.received`] = 1;
  return d;
}

/** Change of the tenant's current snapshot (open by status, open by unit) for a transition; before = null on submit. */
export function snapshotDelta(before: ComplaintFacts | null, after: ComplaintFacts): CounterDelta {
  const d: CounterDelta = {};
  const add = (k: string, n: number) => {
    d[k] = (d[k] ?? 0) + n;
    if (d[k] === 0) delete d[k];
  };
  if (before && isOpen(before.status)) {
    add('open', -1);
    add(`byStatus.${before.status}`, -1);
    if (before.unitId) add(`openByUnit.${before.unitId}`, -1);
  }
  if (isOpen(after.status)) {
    add('open', 1);
    add(`byStatus.${after.status}`, 1);
    if (after.unitId) add(`openByUnit.${after.unitId}`, 1);
  }
  return d;
}

/** The median of a histogram { value: count } (lower median), or null when empty. */
export function histogramMedian(histogram: Record<string, number>): number | null {
  const entries = Object.entries(histogram)
    .map(([k, n]) => [Number(k), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (const [value, n] of entries) {
    seen += n;
    if (seen >= middle) return value;
  }
  return null;
}

/** Merges histograms (several months into one period). */
export function mergeHistograms(hs: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const h of hs) for (const [k, n] of Object.entries(h)) out[k] = (out[k] ?? 0) + n;
  return out;
}

export interface ParetoRow {
  key: string;
  count: number;
  share: number;
  cumulativeShare: number;
  /** In the "vital few": the categories that together make up the first 80 %. */
  vital: boolean;
}

/** Pareto analysis: counts sorted descending with cumulative share; ties by key for a stable order. */
export function pareto(counts: Record<string, number>, cutoff = 0.8): ParetoRow[] {
  const rows = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = rows.reduce((s, [, n]) => s + n, 0);
  let cumulative = 0;
  return rows.map(([key, count]) => {
    const before = cumulative;
    cumulative += count;
    return {
      key,
      count,
      share: count / total,
      cumulativeShare: cumulative / total,
      vital: before / total < cutoff,
    };
  });
}
