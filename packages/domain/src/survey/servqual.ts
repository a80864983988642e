/**
 * SERVQUAL scores (DOMAIN.md §6). Gap per item = P − E over the respondents who answered both; a dimension's gap
 * is the mean of its items' gaps; the unweighted SERVQUAL is the mean of the five dimension gaps. Weights come
 * from the 100-point allocation: the mean points per dimension / 100, over respondents whose allocation is valid
 * (five non-negative numbers adding up to 100); weighted SERVQUAL = Σ weight × dimension gap. Negative = below
 * expectation. SERVPERF is the same on perception means alone. Values are full precision; display rounds.
 */
import type { Localized } from '../common';
import {
  SERVQUAL_DIMENSIONS,
  SERVQUAL_TEMPLATE,
  type ServqualDimension,
  type ServqualTemplate,
} from './servqual-template';

export interface ServqualAnswer {
  /** Expectation, 1–7. */
  e?: number | null;
  /** Perception, 1–7. */
  p?: number | null;
}
export interface ServqualResponse {
  /** Item code (Q1–Q22) → its E and P. */
  answers: Readonly<Record<string, ServqualAnswer | null | undefined>>;
  allocation?: Readonly<Partial<Record<string, number>>> | null;
}

export interface ServqualItemResult {
  code: string;
  number: number;
  dimension: ServqualDimension;
  /** Respondents who answered both E and P; the E, P and gap means are over them, so P − E = gap. */
  pairs: number;
  expectation: number | null;
  perception: number | null;
  gap: number | null;
  /** SERVPERF: mean P over everyone who answered P. */
  perceptionAnswers: number;
  servperf: number | null;
}

export interface ServqualDimensionResult {
  dimension: ServqualDimension;
  name: Localized;
  items: readonly string[];
  /** Means of the item values, over the items that have data. */
  expectation: number | null;
  perception: number | null;
  gap: number | null;
  servperf: number | null;
  /** Mean points allocated (0–100) and weight = points / 100; null without a valid allocation. */
  points: number | null;
  weight: number | null;
}

export interface ServqualResult {
  /** Responses with at least one score. */
  respondents: number;
  items: ServqualItemResult[];
  dimensions: ServqualDimensionResult[];
  /** Mean of the five dimension gaps; null while a dimension has no data. */
  unweighted: number | null;
  /** Σ weight × dimension gap; null without valid allocations or while a dimension has no data. */
  weighted: number | null;
  weights: Record<ServqualDimension, number> | null;
  /** Allocations that counted, and those left out because they did not add up to 100 (or were malformed). */
  allocations: { valid: number; invalid: number };
  servperf: { unweighted: number | null; weighted: number | null };
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
const present = <T>(xs: readonly (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

/** Whether an allocation names exactly the five dimensions with non-negative points adding up to 100. */
export function isValidAllocation(allocation: Readonly<Partial<Record<string, number>>>): boolean {
  const keys = Object.keys(allocation);
  if (keys.length !== SERVQUAL_DIMENSIONS.length) return false;
  let sum = 0;
  for (const d of SERVQUAL_DIMENSIONS) {
    const points = Object.hasOwn(allocation, d) ? allocation[d] : undefined;
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 100) return false;
    sum += points;
  }
  // Integer points add up exactly; the tolerance only forgives decimal points such as 33.3 + 33.3 + 33.4.
  return Math.abs(sum - 100) < 1e-9;
}

/**
 * SERVQUAL and SERVPERF from raw responses. Throws RangeError on an unknown item or a score that is not an
 * integer on the 1–7 scale; invalid allocations are left out of the weights and counted in `allocations.invalid`.
 */
export function computeServqual(
  responses: readonly ServqualResponse[],
  template: ServqualTemplate = SERVQUAL_TEMPLATE,
): ServqualResult {
  const { min, max } = template.scale;
  const acc = new Map(
    template.items.map((i) => [i.code, { e: 0, p: 0, diff: 0, pairs: 0, pOnly: 0, pAnswers: 0 }]),
  );
  const points = new Map<ServqualDimension, number>(SERVQUAL_DIMENSIONS.map((d) => [d, 0]));
  let respondents = 0;
  let valid = 0;
  let invalid = 0;
  const check = (code: string, side: 'e' | 'p', v: number) => {
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new RangeError(
        `${side.toUpperCase()} of ${code} must be an integer from ${min} to ${max}, got ${v}`,
      );
    }
  };

  for (const r of responses) {
    let answeredAny = false;
    for (const [code, answer] of Object.entries(r.answers)) {
      const a = acc.get(code);
      if (!a) throw new RangeError(`Unknown SERVQUAL item "${code}"`);
      const e = answer?.e ?? null;
      const p = answer?.p ?? null;
      if (e !== null) check(code, 'e', e);
      if (p !== null) check(code, 'p', p);
      if (p !== null) {
        a.pOnly += p;
        a.pAnswers += 1;
      }
      if (e !== null && p !== null) {
        a.e += e;
        a.p += p;
        a.diff += p - e;
        a.pairs += 1;
      }
      if (e !== null || p !== null) answeredAny = true;
    }
    if (answeredAny) respondents += 1;
    if (r.allocation) {
      if (isValidAllocation(r.allocation)) {
        valid += 1;
        for (const d of SERVQUAL_DIMENSIONS) points.set(d, points.get(d)! + r.allocation[d]!);
      } else invalid += 1;
    }
  }

  return servqualFromSums({ respondents, items: acc, points, valid, invalid }, template);
}

/** Per item: sums and counts over respondents (E, P and P − E over those who answered both; P alone over all). */
export interface ServqualItemSums {
  e: number;
  p: number;
  diff: number;
  pairs: number;
  pOnly: number;
  pAnswers: number;
}
export interface ServqualSums {
  respondents: number;
  items: ReadonlyMap<string, ServqualItemSums>;
  /** Points allocated per dimension, summed over the valid allocations. */
  points: ReadonlyMap<ServqualDimension, number>;
  valid: number;
  invalid: number;
}
const NO_ANSWERS: ServqualItemSums = { e: 0, p: 0, diff: 0, pairs: 0, pOnly: 0, pAnswers: 0 };

/**
 * SERVQUAL and SERVPERF from sums: the one place the formulas live, for raw responses (`computeServqual`) and for
 * the counters kept on write (`servqualFromCounters`).
 */
export function servqualFromSums(
  sums: ServqualSums,
  template: ServqualTemplate = SERVQUAL_TEMPLATE,
): ServqualResult {
  const valid = sums.valid;
  const items: ServqualItemResult[] = template.items.map((i) => {
    const a = sums.items.get(i.code) ?? NO_ANSWERS;
    return {
      code: i.code,
      number: i.number,
      dimension: i.dimension,
      pairs: a.pairs,
      expectation: a.pairs ? a.e / a.pairs : null,
      perception: a.pairs ? a.p / a.pairs : null,
      gap: a.pairs ? a.diff / a.pairs : null,
      perceptionAnswers: a.pAnswers,
      servperf: a.pAnswers ? a.pOnly / a.pAnswers : null,
    };
  });

  const dimensions: ServqualDimensionResult[] = template.dimensions.map((d) => {
    const its = items.filter((i) => i.dimension === d.key);
    const meanPoints = valid ? (sums.points.get(d.key) ?? 0) / valid : null;
    return {
      dimension: d.key,
      name: d.name,
      items: d.items,
      expectation: mean(present(its.map((i) => i.expectation))),
      perception: mean(present(its.map((i) => i.perception))),
      gap: mean(present(its.map((i) => i.gap))),
      servperf: mean(present(its.map((i) => i.servperf))),
      points: meanPoints,
      weight: meanPoints === null ? null : meanPoints / template.weights.points,
    };
  });

  const weights = valid
    ? (Object.fromEntries(dimensions.map((d) => [d.dimension, d.weight!])) as Record<
        ServqualDimension,
        number
      >)
    : null;
  const overall = (pick: (d: ServqualDimensionResult) => number | null) => {
    const values = dimensions.map(pick);
    if (values.some((v) => v === null)) return { unweighted: null, weighted: null };
    const vs = values as number[];
    return {
      unweighted: mean(vs),
      weighted: weights ? dimensions.reduce((sum, d, k) => sum + weights[d.dimension] * vs[k]!, 0) : null,
    };
  };
  const gap = overall((d) => d.gap);

  return {
    respondents: sums.respondents,
    items,
    dimensions,
    unweighted: gap.unweighted,
    weighted: gap.weighted,
    weights,
    allocations: { valid, invalid: sums.invalid },
    servperf: overall((d) => d.servperf),
  };
}
