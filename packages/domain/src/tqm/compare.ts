/**
 * Before/after comparison of one metric: the baseline (the period that revealed the problem) against the same metric
 * re-measured over a later period. Direction-aware: for "higher is better" (IKM, on-time rate, SERVQUAL gap) a rise
 * is an improvement; for "lower is better" (handling time, complaints in a category) a fall is.
 */
import type { Localized } from '../common';

export const METRIC_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<MetricDirection, Localized> = {
  'higher-is-better': { id: 'Makin tinggi makin baik', en: 'Higher is better' },
  'lower-is-better': { id: 'Makin rendah makin baik', en: 'Lower is better' },
};

export type ComparisonStatus = 'improved' | 'worsened' | 'unchanged' | 'no-data';

export interface Comparison {
  direction: MetricDirection;
  baseline: number;
  current: number | null;
  target: number | null;
  /** current − baseline. */
  absoluteChange: number | null;
  /** (current − baseline) / |baseline|; null when the baseline is 0. */
  relativeChange: number | null;
  /** The change signed so that positive is better: absoluteChange, or its negative when lower is better. */
  improvement: number | null;
  status: ComparisonStatus;
  /** current reaches the target (≥ when higher is better, ≤ when lower is better); null without either. */
  targetMet: boolean | null;
  /** Share of the way from baseline to target covered: (current − baseline) / (target − baseline); not clamped. */
  progressToTarget: number | null;
}

export interface ComparisonInput {
  baseline: number;
  current: number | null;
  direction: MetricDirection;
  target?: number | null;
  /** Changes no larger than this count as unchanged (default 0: exact). */
  tolerance?: number;
}

export function compareBeforeAfter(input: ComparisonInput): Comparison {
  const { baseline, current, direction } = input;
  const target = input.target ?? null;
  const tolerance = input.tolerance ?? 0;
  if (!Number.isFinite(baseline)) throw new RangeError('The baseline must be a finite number');
  if (current === null || !Number.isFinite(current)) {
    return {
      direction,
      baseline,
      current: null,
      target,
      absoluteChange: null,
      relativeChange: null,
      improvement: null,
      status: 'no-data',
      targetMet: null,
      progressToTarget: null,
    };
  }
  const absoluteChange = current - baseline;
  const sign = direction === 'higher-is-better' ? 1 : -1;
  const improvement = sign * absoluteChange;
  const status: ComparisonStatus =
    Math.abs(absoluteChange) <= tolerance ? 'unchanged' : improvement > 0 ? 'improved' : 'worsened';
  return {
    direction,
    baseline,
    current,
    target,
    absoluteChange,
    relativeChange: baseline === 0 ? null : absoluteChange / Math.abs(baseline),
    improvement,
    status,
    targetMet:
      target === null ? null : direction === 'higher-is-better' ? current >= target : current <= target,
    progressToTarget: target === null || target === baseline ? null : absoluteChange / (target - baseline),
  };
}

/** Whether `target` is better than `baseline` in the metric's direction (a target must ask for improvement). */
export const isBetter = (direction: MetricDirection, candidate: number, than: number): boolean =>
  direction === 'higher-is-better' ? candidate > than : candidate < than;
