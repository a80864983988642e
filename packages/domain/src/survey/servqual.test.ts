import { describe, expect, it } from 'vitest';
import { computeServqual, isValidAllocation, type ServqualResponse } from './servqual';
import { SERVQUAL_TEMPLATE, type ServqualDimension } from './servqual-template';

type PerDimension = Record<ServqualDimension, number>;

/** Every item answered: E from a constant, P per dimension, with per-item overrides. */
function response(
  e: number,
  p: PerDimension,
  allocation?: PerDimension,
  overrides: Record<string, { e?: number; p?: number }> = {},
): ServqualResponse {
  const answers = Object.fromEntries(
    SERVQUAL_TEMPLATE.items.map((i) => [i.code, { e, p: p[i.dimension], ...overrides[i.code] }]),
  );
  return { answers, allocation };
}

describe('computeServqual: a hand-computed case with two respondents', () => {
  // Respondent A: E = 7 everywhere; P: tangibles 6, reliability 5, responsiveness 6, assurance 7, empathy 6.
  //   Allocation: 10 / 40 / 20 / 20 / 10.
  // Respondent B: E = 6 everywhere; P: tangibles 6, reliability 4, responsiveness 5, assurance 5, empathy 6,
  //   except item 18 (empathy) P = 3. Allocation: 20 / 30 / 20 / 10 / 20.
  // Item gaps (mean of P − E over both): tangibles (−1 + 0)/2 = −0.5; reliability (−2 − 2)/2 = −2;
  //   responsiveness (−1 − 1)/2 = −1; assurance (0 − 1)/2 = −0.5; empathy items 19–22 −0.5, item 18 (−1 − 3)/2 = −2.
  // Dimension gaps: −0.5, −2, −1, −0.5, empathy (−2 − 0.5 × 4)/5 = −0.8.
  // Unweighted = (−0.5 − 2 − 1 − 0.5 − 0.8)/5 = −0.96.
  // Weights = mean points / 100: 0.15, 0.35, 0.20, 0.15, 0.15.
  // Weighted = 0.15(−0.5) + 0.35(−2) + 0.2(−1) + 0.15(−0.5) + 0.15(−0.8) = −0.075 − 0.7 − 0.2 − 0.075 − 0.12 = −1.17.
  // SERVPERF (P means): 6, 4.5, 5.5, 6, empathy (4.5 + 6 × 4)/5 = 5.7 → unweighted 27.7/5 = 5.54;
  //   weighted 0.9 + 1.575 + 1.1 + 0.9 + 0.855 = 5.33.
  const A = response(
    7,
    { tangibles: 6, reliability: 5, responsiveness: 6, assurance: 7, empathy: 6 },
    { tangibles: 10, reliability: 40, responsiveness: 20, assurance: 20, empathy: 10 },
  );
  const B = response(
    6,
    { tangibles: 6, reliability: 4, responsiveness: 5, assurance: 5, empathy: 6 },
    { tangibles: 20, reliability: 30, responsiveness: 20, assurance: 10, empathy: 20 },
    { Q18: { p: 3 } },
  );
  const r = computeServqual([A, B]);

  it('item gaps and the E and P means behind them', () => {
    expect(r.respondents).toBe(2);
    expect(r.items[0]).toMatchObject({
      code: 'Q1',
      dimension: 'tangibles',
      pairs: 2,
      expectation: 6.5,
      perception: 6,
      gap: -0.5,
    });
    expect(r.items[17]).toMatchObject({
      code: 'Q18',
      dimension: 'empathy',
      expectation: 6.5,
      perception: 4.5,
      gap: -2,
    });
    expect(r.items[18]).toMatchObject({ code: 'Q19', gap: -0.5, servperf: 6 });
  });

  it('dimension gaps, unweighted and weighted SERVQUAL', () => {
    const gaps = Object.fromEntries(r.dimensions.map((d) => [d.dimension, d.gap]));
    expect(gaps.tangibles).toBeCloseTo(-0.5, 12);
    expect(gaps.reliability).toBeCloseTo(-2, 12);
    expect(gaps.responsiveness).toBeCloseTo(-1, 12);
    expect(gaps.assurance).toBeCloseTo(-0.5, 12);
    expect(gaps.empathy).toBeCloseTo(-0.8, 12);
    expect(r.unweighted).toBeCloseTo(-0.96, 12);
    expect(r.weights).toEqual({
      tangibles: 0.15,
      reliability: 0.35,
      responsiveness: 0.2,
      assurance: 0.15,
      empathy: 0.15,
    });
    expect(r.dimensions[1]).toMatchObject({ dimension: 'reliability', points: 35, weight: 0.35 });
    expect(r.weighted).toBeCloseTo(-1.17, 12);
    expect(r.allocations).toEqual({ valid: 2, invalid: 0 });
  });

  it('expectation and perception per dimension, for the chart', () => {
    const empathy = r.dimensions.find((d) => d.dimension === 'empathy')!;
    expect(empathy.expectation).toBeCloseTo(6.5, 12);
    expect(empathy.perception).toBeCloseTo(5.7, 12);
    expect(empathy.perception! - empathy.expectation!).toBeCloseTo(empathy.gap!, 12);
  });

  it('the SERVPERF variant', () => {
    expect(r.servperf.unweighted).toBeCloseTo(5.54, 12);
    expect(r.servperf.weighted).toBeCloseTo(5.33, 12);
  });
});

describe('computeServqual: partial data and allocations', () => {
  const full = { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 };
  // Perceptions: 4 on tangibles, 5 elsewhere; expectations 5: gaps −1, 0, 0, 0, 0.
  const P = { tangibles: 4, reliability: 5, responsiveness: 5, assurance: 5, empathy: 5 };

  it('an allocation that does not add up to 100 is left out of the weights', () => {
    const r = computeServqual([
      response(5, P, { ...full, reliability: 40, empathy: 0 }),
      response(5, P, { ...full, reliability: 30 }), // sums to 110
      response(5, P),
    ]);
    expect(r.allocations).toEqual({ valid: 1, invalid: 1 });
    expect(r.weights).toEqual({
      tangibles: 0.2,
      reliability: 0.4,
      responsiveness: 0.2,
      assurance: 0.2,
      empathy: 0,
    });
    // Only tangibles has a gap (−1), weighted 0.2.
    expect(r.weighted).toBeCloseTo(-0.2, 12);
  });

  it('no valid allocation: no weighted score, the unweighted one still shows', () => {
    const r = computeServqual([response(5, P)]);
    expect(r.weights).toBeNull();
    expect(r.weighted).toBeNull();
    expect(r.unweighted).toBeCloseTo(-1 / 5, 12);
  });

  it('only respondents who answered both E and P count for a gap; P alone still counts for SERVPERF', () => {
    const r = computeServqual([
      { answers: { Q1: { e: 7, p: 4 } } },
      { answers: { Q1: { p: 6 } } },
      { answers: { Q1: { e: 2 } } },
    ]);
    expect(r.respondents).toBe(3);
    expect(r.items[0]).toMatchObject({
      pairs: 1,
      expectation: 7,
      perception: 4,
      gap: -3,
      perceptionAnswers: 2,
      servperf: 5,
    });
    expect(r.dimensions[0]).toMatchObject({ gap: -3, servperf: 5 });
    // The other dimensions have no data: no overall score yet.
    expect(r.unweighted).toBeNull();
    expect(r.servperf.unweighted).toBeNull();
  });

  it('validates allocations', () => {
    expect(isValidAllocation(full)).toBe(true);
    expect(isValidAllocation({ ...full, empathy: 19 })).toBe(false);
    expect(isValidAllocation({ ...full, empathy: -20, tangibles: 60 })).toBe(false);
    expect(isValidAllocation({ tangibles: 50, reliability: 50 })).toBe(false);
    expect(isValidAllocation({ ...full, other: 0 })).toBe(false);
    expect(
      isValidAllocation({
        tangibles: 33.3,
        reliability: 33.3,
        responsiveness: 33.4,
        assurance: 0,
        empathy: 0,
      }),
    ).toBe(true);
  });

  it('rejects unknown items and scores off the 1–7 scale', () => {
    expect(() => computeServqual([{ answers: { Q23: { e: 5, p: 5 } } }])).toThrow(RangeError);
    expect(() => computeServqual([{ answers: { Q1: { e: 8, p: 5 } } }])).toThrow(RangeError);
    expect(() => computeServqual([{ answers: { Q1: { e: 5, p: 0 } } }])).toThrow(RangeError);
    expect(() => computeServqual([{ answers: { Q1: { e: 5.5 } } }])).toThrow(RangeError);
  });

  it('no responses: empty results, no scores', () => {
    const r = computeServqual([]);
    expect(r).toMatchObject({ respondents: 0, unweighted: null, weighted: null, weights: null });
    expect(r.items).toHaveLength(22);
  });
});
