/**
 * The Pareto chart of the quality tools: bars sorted descending and the cumulative line, built on the complaint
 * statistics' `pareto` (same order, same "vital few" rule: the categories that together make up the first 80 %).
 */
import { pareto } from '../complaints/stats';

export interface ParetoBar {
  key: string;
  label: string | null;
  count: number;
  /** Share of the total, 0–1, and as a percentage. */
  share: number;
  percent: number;
  /** The cumulative line, 0–1 and as a percentage. */
  cumulativeShare: number;
  cumulativePercent: number;
  vital: boolean;
}

export interface ParetoChart {
  total: number;
  cutoff: number;
  bars: ParetoBar[];
  /** Keys of the vital few, in order. */
  vitalFew: string[];
}

export function paretoChart(
  counts: Readonly<Record<string, number>>,
  labels: Readonly<Record<string, string>> = {},
  cutoff = 0.8,
): ParetoChart {
  if (!(cutoff > 0 && cutoff <= 1)) throw new RangeError('The cutoff lies in (0, 1]');
  for (const [k, n] of Object.entries(counts)) {
    if (!Number.isFinite(n) || n < 0) throw new RangeError(`Count of ${k} must be a non-negative number`);
  }
  const rows = pareto({ ...counts }, cutoff);
  const bars = rows.map((r) => ({
    key: r.key,
    label: labels[r.key] ?? null,
    count: r.count,
    share: r.share,
    percent: r.share * 100,
    cumulativeShare: r.cumulativeShare,
    cumulativePercent: r.cumulativeShare * 100,
    vital: r.vital,
  }));
  return {
    total: rows.reduce((s, r) => s + r.count, 0),
    cutoff,
    bars,
    vitalFew: bars.filter((b) => b.vital).map((b) => b.key),
  };
}
