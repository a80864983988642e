import { describe, expect, it } from 'vitest';
import { xmrChart } from './xmr';

const rulesAt = (chart: ReturnType<typeof xmrChart>) =>
  chart.points.filter((p) => p.outOfControl).map((p) => [p.index, p.signals]);

describe('XmR limits, by hand', () => {
  it('5, 7, 6, 8, 4: X̄ 6, MR̄ 2.25, limits 6 ± 5.985, MR limit 7.35075, no signal', () => {
    // Moving ranges 2, 1, 2, 4 → MR̄ = 9 / 4 = 2.25. 2.66 × 2.25 = 5.985. 3.267 × 2.25 = 7.35075.
    // σ = 5.985 / 3 = 1.995 → 2σ lines at 6 ± 3.99.
    const c = xmrChart([5, 7, 6, 8, 4]);
    expect(c.n).toBe(5);
    expect(c.mean).toBe(6);
    expect(c.mrBar).toBe(2.25);
    expect(c.ucl).toBeCloseTo(11.985, 10);
    expect(c.lcl).toBeCloseTo(0.015, 10);
    expect(c.mrUcl).toBeCloseTo(7.35075, 10);
    expect(c.sigma).toBeCloseTo(1.995, 10);
    expect(c.upper2Sigma).toBeCloseTo(9.99, 10);
    expect(c.lower2Sigma).toBeCloseTo(2.01, 10);
    expect(c.points.map((p) => p.movingRange)).toEqual([null, 2, 1, 2, 4]);
    expect(c.signals).toEqual([]);
    expect(c.provisional).toBe(true);
  });

  it('clamps the LCL at a lower bound and keeps the unclamped value', () => {
    // 1, 9, 1, 9: X̄ 5, MR̄ 8, LCL = 5 − 21.28 = −16.28 → 0 for hours.
    const c = xmrChart([1, 9, 1, 9], { lowerBound: 0 });
    expect(c.lclUnclamped).toBeCloseTo(-16.28, 10);
    expect(c.lcl).toBe(0);
  });

  it('needs two points for limits', () => {
    expect(xmrChart([]).mean).toBeNull();
    const one = xmrChart([42]);
    expect(one.mean).toBe(42);
    expect(one.ucl).toBeNull();
    expect(one.points).toHaveLength(1);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => xmrChart([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('XmR signals, by hand', () => {
  it('a jump: beyond the UCL, a run of 9 below the centre line, a moving range over its limit', () => {
    // Nine 10s then 30: X̄ = 120 / 10 = 12; MRs 0 ×8 and 20 → MR̄ = 20/9 = 2.2222;
    // UCL = 12 + 2.66 × 2.2222 = 17.911 (30 is beyond); MR limit = 3.267 × 2.2222 = 7.26 (20 is beyond);
    // the nine 10s lie below 12: one run-of-8 signal covering all nine.
    const c = xmrChart([10, 10, 10, 10, 10, 10, 10, 10, 10, 30]);
    expect(c.mean).toBe(12);
    expect(c.ucl).toBeCloseTo(12 + (2.66 * 20) / 9, 10);
    expect(c.signals).toEqual([
      { rule: 'run-of-8', direction: 'below', indices: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
      { rule: 'beyond-limits', direction: 'above', indices: [9] },
      { rule: 'moving-range-beyond-limit', direction: 'up', indices: [9] },
    ]);
    expect(c.points[9]!.signals).toEqual(['beyond-limits', 'moving-range-beyond-limit']);
    expect(c.points.every((p) => p.outOfControl)).toBe(true);
  });

  it('seven on one side is not a run; a point on the centre line breaks a run', () => {
    // Seven 8s then seven 2s around X̄ 5: two runs of 7, no signal.
    const seven = xmrChart([8, 8, 8, 8, 8, 8, 8, 2, 2, 2, 2, 2, 2, 2]);
    expect(seven.mean).toBe(5);
    expect(seven.signals.filter((s) => s.rule === 'run-of-8')).toEqual([]);
    // Eight 6s split by a 4 that is exactly X̄ (52 / 13 = 4): runs of 4 and 4, no signal.
    const split = xmrChart([6, 6, 6, 6, 4, 6, 6, 6, 6, 0, 0, 0, 0]);
    expect(split.mean).toBe(4);
    expect(split.signals.filter((s) => s.rule === 'run-of-8')).toEqual([]);
  });

  it('six rising points: a trend of 6', () => {
    // 3, 1, 2, 3, 4, 5, 6, 2: X̄ = 26/8 = 3.25; MRs 2,1,1,1,1,1,4 → MR̄ = 11/7; UCL = 3.25 + 4.18 = 7.43;
    // 2σ = 6.04 (6 is not above it). Points 1–6 (1, 2, 3, 4, 5, 6) rise steadily.
    const c = xmrChart([3, 1, 2, 3, 4, 5, 6, 2], { lowerBound: 0 });
    expect(c.mrBar).toBeCloseTo(11 / 7, 12);
    expect(c.ucl).toBeCloseTo(3.25 + (2.66 * 11) / 7, 12);
    expect(c.lcl).toBe(0);
    expect(c.signals).toEqual([{ rule: 'trend-of-6', direction: 'up', indices: [1, 2, 3, 4, 5, 6] }]);
    expect(rulesAt(c)).toEqual([1, 2, 3, 4, 5, 6].map((i) => [i, ['trend-of-6']]));
  });

  it('five rising points are not a trend; a tie breaks one', () => {
    expect(xmrChart([1, 2, 3, 4, 5, 1]).signals.filter((s) => s.rule === 'trend-of-6')).toEqual([]);
    expect(xmrChart([1, 2, 3, 3, 4, 5, 6]).signals.filter((s) => s.rule === 'trend-of-6')).toEqual([]);
    expect(xmrChart([9, 8, 7, 6, 5, 4, 9]).signals.filter((s) => s.rule === 'trend-of-6')).toEqual([
      { rule: 'trend-of-6', direction: 'down', indices: [0, 1, 2, 3, 4, 5] },
    ]);
  });

  it('2 of 3 beyond 2σ, with limits from a baseline of six points', () => {
    // Baseline 10, 11, 9, 10, 11, 9: X̄ 10; MRs 1, 2, 1, 1, 2 → MR̄ 1.4; UCL = 10 + 3.724 = 13.724;
    // σ = 3.724 / 3 = 1.24133; upper 2σ = 12.48267. Then 13, 10, 13: two of three above 2σ, none beyond the UCL.
    const c = xmrChart([10, 11, 9, 10, 11, 9, 13, 10, 13], { baselineCount: 6 });
    expect(c.limitsFrom).toBe(6);
    expect(c.mean).toBe(10);
    expect(c.mrBar).toBeCloseTo(1.4, 12);
    expect(c.ucl).toBeCloseTo(13.724, 10);
    expect(c.upper2Sigma).toBeCloseTo(12.482667, 6);
    expect(c.signals).toEqual([{ rule: 'two-of-three-beyond-2-sigma', direction: 'above', indices: [6, 8] }]);
    expect(c.points[7]!.outOfControl).toBe(false);
  });

  it('overlapping 2-of-3 windows on one side make one signal', () => {
    // Same baseline; then 13, 13, 13: windows (5, 6, 7) and (6, 7, 8) qualify and merge into one signal.
    const c = xmrChart([10, 11, 9, 10, 11, 9, 13, 13, 13], { baselineCount: 6 });
    expect(c.signals.filter((s) => s.rule === 'two-of-three-beyond-2-sigma')).toEqual([
      { rule: 'two-of-three-beyond-2-sigma', direction: 'above', indices: [6, 7, 8] },
    ]);
  });

  it('labels travel with their points', () => {
    const c = xmrChart([1, 2], { labels: ['2026-01-01', '2026-01-02'] });
    expect(c.points.map((p) => p.label)).toEqual(['2026-01-01', '2026-01-02']);
  });
});
