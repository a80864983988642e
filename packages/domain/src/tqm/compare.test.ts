import { describe, expect, it } from 'vitest';
import { compareBeforeAfter, isBetter } from './compare';
import { paretoChart } from './pareto';

describe('before/after comparison, by hand', () => {
  it('higher is better: an element score from 70 to 78 against a target of 76.61', () => {
    const c = compareBeforeAfter({ baseline: 70, current: 78, direction: 'higher-is-better', target: 76.61 });
    expect(c.absoluteChange).toBe(8);
    expect(c.relativeChange).toBeCloseTo(8 / 70, 12); // +11.43 %
    expect(c.improvement).toBe(8);
    expect(c.status).toBe('improved');
    expect(c.targetMet).toBe(true);
    expect(c.progressToTarget).toBeCloseTo(8 / 6.61, 12); // beyond the target: 121 %
  });

  it('lower is better: handling time from 48 h to 36 h against a target of 24 h', () => {
    const c = compareBeforeAfter({ baseline: 48, current: 36, direction: 'lower-is-better', target: 24 });
    expect(c.absoluteChange).toBe(-12);
    expect(c.relativeChange).toBe(-0.25);
    expect(c.improvement).toBe(12);
    expect(c.status).toBe('improved');
    expect(c.targetMet).toBe(false);
    expect(c.progressToTarget).toBe(0.5);
  });

  it('a worse value is worsened, in either direction', () => {
    expect(compareBeforeAfter({ baseline: 80, current: 75, direction: 'higher-is-better' }).status).toBe(
      'worsened',
    );
    expect(compareBeforeAfter({ baseline: 10, current: 12, direction: 'lower-is-better' }).status).toBe(
      'worsened',
    );
    expect(compareBeforeAfter({ baseline: 10, current: 12, direction: 'lower-is-better' }).improvement).toBe(
      -2,
    );
  });

  it('unchanged within the tolerance; no relative change from a zero baseline', () => {
    expect(
      compareBeforeAfter({ baseline: 80, current: 80.004, direction: 'higher-is-better', tolerance: 0.005 })
        .status,
    ).toBe('unchanged');
    const zero = compareBeforeAfter({ baseline: 0, current: 3, direction: 'lower-is-better', target: 0 });
    expect(zero.relativeChange).toBeNull();
    expect(zero.progressToTarget).toBeNull();
    expect(zero.targetMet).toBe(false);
  });

  it('no re-measurement yet: no-data, nothing computed', () => {
    const c = compareBeforeAfter({
      baseline: 62.5,
      current: null,
      direction: 'higher-is-better',
      target: 75,
    });
    expect(c).toMatchObject({ status: 'no-data', absoluteChange: null, targetMet: null, improvement: null });
  });

  it('a target must be better than the baseline in the metric’s direction', () => {
    expect(isBetter('higher-is-better', 80, 70)).toBe(true);
    expect(isBetter('higher-is-better', 70, 70)).toBe(false);
    expect(isBetter('lower-is-better', 5, 9)).toBe(true);
    expect(isBetter('lower-is-better', 9, 5)).toBe(false);
  });
});

describe('Pareto chart, by hand', () => {
  it('50, 30, 10, 6, 4: cumulative 50, 80, 90, 96, 100 %; the vital few are the first two', () => {
    const chart = paretoChart({ c: 10, a: 50, e: 4, b: 30, d: 6 }, { a: 'Jalan rusak', b: 'Sampah' });
    expect(chart.total).toBe(100);
    expect(chart.bars.map((b) => b.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(chart.bars.map((b) => b.percent)).toEqual([50, 30, 10, 6, 4]);
    expect(chart.bars.map((b) => Math.round(b.cumulativePercent * 1e9) / 1e9)).toEqual([50, 80, 90, 96, 100]);
    expect(chart.vitalFew).toEqual(['a', 'b']);
    expect(chart.bars[0]!.label).toBe('Jalan rusak');
    expect(chart.bars[2]!.label).toBeNull();
  });

  it('ties sort by key; zero counts are left out; an empty chart is empty', () => {
    expect(paretoChart({ y: 2, x: 2, z: 0 }).bars.map((b) => b.key)).toEqual(['x', 'y']);
    expect(paretoChart({})).toEqual({ total: 0, cutoff: 0.8, bars: [], vitalFew: [] });
  });
});
