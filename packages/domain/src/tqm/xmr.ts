/**
 * XmR (individuals and moving range) control chart, as Wheeler describes it for one value per period or event.
 *
 * X̄ = mean of the values; MR_i = |X_i − X_{i−1}|; MR̄ = mean of the moving ranges.
 * Natural process limits: UCL/LCL = X̄ ± 2.66·MR̄ (2.66 = 3/d2, d2 = 1.128 for subgroups of two).
 * Moving-range limit: URL = 3.267·MR̄ (D4 for n = 2). σ̂ = 2.66·MR̄ / 3, so the 3σ lines are exactly the limits
 * and the 2σ lines sit at X̄ ± (2/3)·2.66·MR̄.
 *
 * Signals (Western Electric rules, with the numbering of Nelson 1984 in brackets):
 *  - `beyond-limits`: one point above the UCL or below the LCL (WE rule 1; Nelson 1).
 *  - `two-of-three-beyond-2-sigma`: 2 of 3 consecutive points beyond 2σ on the same side (WE rule 2; Nelson 5).
 *  - `run-of-8`: 8 points in a row on the same side of the centre line (WE rule 4; Nelson's rule 2 asks for 9, we
 *    use the Western Electric 8). A point exactly on the centre line breaks a run.
 *  - `trend-of-6`: 6 points in a row, each higher (or each lower) than the one before (Nelson 3). Ties break it.
 *  - `moving-range-beyond-limit`: a moving range above 3.267·MR̄ (the mR chart's own rule 1), marked on the later
 *    of its two points.
 * Every point that takes part in a signal is marked out of control; a long run yields one signal, not many.
 */
import type { Localized } from '../common';

export const XMR_CONSTANTS = { E2: 2.66, D4: 3.267, d2: 1.128 } as const;

export const XMR_RULES = [
  'beyond-limits',
  'two-of-three-beyond-2-sigma',
  'run-of-8',
  'trend-of-6',
  'moving-range-beyond-limit',
] as const;
export type XmrRule = (typeof XMR_RULES)[number];

export const XMR_RULE_TEXT: Record<XmrRule, { source: string; text: Localized }> = {
  'beyond-limits': {
    source: 'Western Electric 1 / Nelson 1',
    text: {
      id: 'Satu titik di luar batas kendali (di atas BKA atau di bawah BKB)',
      en: 'One point beyond a control limit (above the UCL or below the LCL)',
    },
  },
  'two-of-three-beyond-2-sigma': {
    source: 'Western Electric 2 / Nelson 5',
    text: {
      id: '2 dari 3 titik berurutan melewati 2σ pada sisi yang sama',
      en: '2 of 3 consecutive points beyond 2σ on the same side',
    },
  },
  'run-of-8': {
    source: 'Western Electric 4 (Nelson 2 uses 9)',
    text: {
      id: '8 titik berturut-turut pada sisi yang sama dari garis tengah',
      en: '8 points in a row on the same side of the centre line',
    },
  },
  'trend-of-6': {
    source: 'Nelson 3',
    text: {
      id: '6 titik berturut-turut terus naik atau terus turun',
      en: '6 points in a row steadily increasing or decreasing',
    },
  },
  'moving-range-beyond-limit': {
    source: 'mR chart, rule 1',
    text: {
      id: 'Rentang bergerak di atas batas 3,267 × MR̄ (lonjakan mendadak)',
      en: 'A moving range above 3.267 × MR̄ (a sudden jump)',
    },
  },
};

export interface XmrPoint {
  index: number;
  label: string | null;
  value: number;
  /** |X_i − X_{i−1}|; null for the first point. */
  movingRange: number | null;
  /** Rules this point takes part in. */
  signals: XmrRule[];
  outOfControl: boolean;
}

export interface XmrSignal {
  rule: XmrRule;
  /** Which way the pattern points: above/below the centre line, or up/down for a trend. */
  direction: 'above' | 'below' | 'up' | 'down';
  /** Indices of the points that make up the pattern, ascending. */
  indices: number[];
}

export interface XmrChart {
  n: number;
  /** Points the limits were computed from (the first `baselineCount`, or all). */
  limitsFrom: number;
  mean: number | null;
  mrBar: number | null;
  sigma: number | null;
  ucl: number | null;
  lcl: number | null;
  /** The LCL before a lower bound clamped it (e.g. a negative LCL of hours or counts). */
  lclUnclamped: number | null;
  upper2Sigma: number | null;
  lower2Sigma: number | null;
  mrUcl: number | null;
  points: XmrPoint[];
  signals: XmrSignal[];
  /** Limits from fewer than 20 points are provisional (Wheeler); the chart says so. */
  provisional: boolean;
  method: Localized;
}

export interface XmrOptions {
  /** A label per value (a date, a period key, a reference). */
  labels?: readonly (string | null)[];
  /** The smallest value the measure can take (0 for hours or counts): the LCL is not drawn below it. */
  lowerBound?: number;
  /** Compute the limits from the first `baselineCount` points only (≥ 2), then judge every point against them. */
  baselineCount?: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const METHOD: Localized = {
  id:
    'Peta kendali XmR: garis tengah X̄ = rata-rata nilai; MR = selisih mutlak dua nilai berurutan; ' +
    'batas kendali = X̄ ± 2,66 × MR̄; batas rentang bergerak = 3,267 × MR̄; σ = 2,66 × MR̄ ÷ 3. ' +
    'Sinyal: titik di luar batas (WE 1), 2 dari 3 titik melewati 2σ di sisi yang sama (WE 2), ' +
    '8 titik berturut-turut di satu sisi garis tengah (WE 4), 6 titik berturut-turut naik/turun (Nelson 3), ' +
    'rentang bergerak di atas batasnya. Batas dari kurang dari 20 titik bersifat sementara.',
  en:
    'XmR chart: centre line X̄ = mean of the values; MR = absolute difference of consecutive values; ' +
    'limits = X̄ ± 2.66 × MR̄; moving-range limit = 3.267 × MR̄; σ = 2.66 × MR̄ ÷ 3. ' +
    'Signals: a point beyond the limits (WE 1), 2 of 3 points beyond 2σ on one side (WE 2), ' +
    '8 points in a row on one side of the centre line (WE 4), 6 points in a row rising or falling (Nelson 3), ' +
    'a moving range above its limit. Limits from fewer than 20 points are provisional.',
};

/** Merges index groups that share a point into one signal each. */
function mergeGroups(groups: number[][]): number[][] {
  const out: number[][] = [];
  for (const g of [...groups].sort((a, b) => a[0]! - b[0]!)) {
    const last = out[out.length - 1];
    if (last && g.some((i) => last.includes(i))) {
      for (const i of g) if (!last.includes(i)) last.push(i);
      last.sort((a, b) => a - b);
    } else out.push([...g]);
  }
  return out;
}

/** Maximal runs of consecutive indices where `test(i)` holds, of at least `min` points. */
function runs(n: number, min: number, test: (i: number) => boolean): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < n; i++) {
    if (test(i)) current.push(i);
    else {
      if (current.length >= min) out.push(current);
      current = [];
    }
  }
  if (current.length >= min) out.push(current);
  return out;
}

/** Maximal strictly monotonic stretches of at least `min` points. */
function trends(values: readonly number[], min: number, up: boolean): number[][] {
  const out: number[][] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    const continues = i < values.length && (up ? values[i]! > values[i - 1]! : values[i]! < values[i - 1]!);
    if (!continues) {
      if (i - start >= min) out.push(Array.from({ length: i - start }, (_, k) => start + k));
      start = i;
    }
  }
  return out;
}

/** The XmR chart of a series of individual values, with its limits and out-of-control signals. */
export function xmrChart(values: readonly number[], options: XmrOptions = {}): XmrChart {
  for (const v of values)
    if (!Number.isFinite(v)) throw new RangeError(`An XmR value must be finite, got ${v}`);
  const n = values.length;
  const labels = options.labels ?? [];
  const ranges = values.map((v, i) => (i === 0 ? null : Math.abs(v - values[i - 1]!)));
  const base = options.baselineCount;
  if (base !== undefined && (!Number.isInteger(base) || base < 2)) {
    throw new RangeError('baselineCount is a whole number of at least 2');
  }
  const limitsFrom = base === undefined ? n : Math.min(base, n);
  const basis = values.slice(0, limitsFrom);
  const basisRanges = ranges.slice(1, limitsFrom) as number[];

  const empty = (): XmrChart => ({
    n,
    limitsFrom,
    mean: basis.length ? mean(basis) : null,
    mrBar: null,
    sigma: null,
    ucl: null,
    lcl: null,
    lclUnclamped: null,
    upper2Sigma: null,
    lower2Sigma: null,
    mrUcl: null,
    points: values.map((value, index) => ({
      index,
      label: labels[index] ?? null,
      value,
      movingRange: ranges[index] ?? null,
      signals: [],
      outOfControl: false,
    })),
    signals: [],
    provisional: true,
    method: METHOD,
  });
  if (basisRanges.length === 0) return empty();

  const xBar = mean(basis);
  const mrBar = mean(basisRanges);
  const spread = XMR_CONSTANTS.E2 * mrBar;
  const sigma = spread / 3;
  const ucl = xBar + spread;
  const lclUnclamped = xBar - spread;
  const lcl = options.lowerBound === undefined ? lclUnclamped : Math.max(options.lowerBound, lclUnclamped);
  const upper2 = xBar + 2 * sigma;
  const lower2 = xBar - 2 * sigma;
  const mrUcl = XMR_CONSTANTS.D4 * mrBar;

  const signals: XmrSignal[] = [];
  const add = (rule: XmrRule, direction: XmrSignal['direction'], groups: number[][]) => {
    for (const indices of mergeGroups(groups)) signals.push({ rule, direction, indices });
  };

  // Rule 1: beyond the limits, each point its own signal.
  values.forEach((v, i) => {
    if (v > ucl) signals.push({ rule: 'beyond-limits', direction: 'above', indices: [i] });
    else if (v < lcl) signals.push({ rule: 'beyond-limits', direction: 'below', indices: [i] });
  });

  // 2 of 3 beyond 2σ on one side: every qualifying window, overlapping windows merged.
  for (const side of ['above', 'below'] as const) {
    const beyond = (i: number) => (side === 'above' ? values[i]! > upper2 : values[i]! < lower2);
    const groups: number[][] = [];
    for (let i = 2; i < n; i++) {
      const hits = [i - 2, i - 1, i].filter(beyond);
      if (hits.length >= 2) groups.push(hits);
    }
    add('two-of-three-beyond-2-sigma', side, groups);
  }

  add(
    'run-of-8',
    'above',
    runs(n, 8, (i) => values[i]! > xBar),
  );
  add(
    'run-of-8',
    'below',
    runs(n, 8, (i) => values[i]! < xBar),
  );
  add('trend-of-6', 'up', trends(values, 6, true));
  add('trend-of-6', 'down', trends(values, 6, false));

  ranges.forEach((r, i) => {
    if (r !== null && r > mrUcl)
      signals.push({ rule: 'moving-range-beyond-limit', direction: 'up', indices: [i] });
  });

  signals.sort(
    (a, b) => a.indices[0]! - b.indices[0]! || XMR_RULES.indexOf(a.rule) - XMR_RULES.indexOf(b.rule),
  );
  const byPoint = new Map<number, Set<XmrRule>>();
  for (const s of signals) {
    for (const i of s.indices) {
      const set = byPoint.get(i) ?? new Set<XmrRule>();
      set.add(s.rule);
      byPoint.set(i, set);
    }
  }

  return {
    n,
    limitsFrom,
    mean: xBar,
    mrBar,
    sigma,
    ucl,
    lcl,
    lclUnclamped,
    upper2Sigma: upper2,
    lower2Sigma: lower2,
    mrUcl,
    points: values.map((value, index) => {
      const rules = XMR_RULES.filter((r) => byPoint.get(index)?.has(r));
      return {
        index,
        label: labels[index] ?? null,
        value,
        movingRange: ranges[index] ?? null,
        signals: rules,
        outOfControl: rules.length > 0,
      };
    }),
    signals,
    provisional: limitsFrom < 20,
    method: METHOD,
  };
}
