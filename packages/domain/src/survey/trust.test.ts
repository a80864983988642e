import { describe, expect, it } from 'vitest';
import { computeTrust } from './trust';

describe('computeTrust', () => {
  // Four respondents (– = not answered):
  //        PT1 PT2 RS1 RS2 IN1 ST1
  // R1      8   6   7   5   –   3
  // R2      5   9   4   –   –   6
  // R3      2   –  10   6   –   5
  // R4      6   4   –   –   0   7
  // PT1: mean 21/4 = 5.25; high (6–10) 8, 6 → 1/2; neutral (5) → 1/4; low (0–4) → 1/4.
  // PT2: mean 19/3; high 6, 9 → 2/3; neutral 0; low 4 → 1/3.
  // Political index = mean of the items with answers (PT1, PT2): mean (21/4 + 19/3)/2 = 139/24;
  //   high (1/2 + 2/3)/2 = 7/12; neutral 1/8; low (1/4 + 1/3)/2 = 7/24.
  // RS1: 7, 4, 10 → mean 7, high 2/3, low 1/3. RS2: 5, 6 → mean 5.5, high 1/2, neutral 1/2.
  // Responsiveness = mean of RS1, RS2: mean 6.25, high 7/12, neutral 1/4, low 1/6. Reliability: no answers.
  // Competence group = responsiveness (the only driver with answers). Values group = integrity = IN1: 0, all low.
  // Social trust ST1: 3, 6, 5, 7 → mean 5.25, high 1/2, neutral 1/4, low 1/4.
  const r = computeTrust([
    { PT1: 8, PT2: 6, RS1: 7, RS2: 5, ST1: 3 },
    { PT1: 5, PT2: 9, RS1: 4, ST1: 6 },
    { PT1: 2, PT2: null, RS1: 10, RS2: 6, ST1: 5 },
    { PT1: 6, PT2: 4, IN1: 0, ST1: 7 },
  ]);
  const item = (code: string) => r.items.find((i) => i.code === code)!;

  it('per item: mean and the high / neutral / low shares', () => {
    expect(r.respondents).toBe(4);
    expect(item('PT1')).toMatchObject({ answers: 4, mean: 5.25, high: 0.5, neutral: 0.25, low: 0.25 });
    expect(item('PT2').mean).toBeCloseTo(19 / 3, 12);
    expect(item('PT2')).toMatchObject({ answers: 3, neutral: 0 });
    expect(item('PT2').high).toBeCloseTo(2 / 3, 12);
    expect(item('PT3')).toMatchObject({ answers: 0, mean: null, high: null });
  });

  it('the political trust index over institutions and leaders', () => {
    expect(r.political.items).toEqual(['PT1', 'PT2', 'PT3', 'PT4', 'PT5', 'PT6', 'PT7']);
    expect(r.political.answers).toBe(7);
    expect(r.political.mean).toBeCloseTo(139 / 24, 12);
    expect(r.political.high).toBeCloseTo(7 / 12, 12);
    expect(r.political.neutral).toBeCloseTo(1 / 8, 12);
    expect(r.political.low).toBeCloseTo(7 / 24, 12);
  });

  it('per driver and per driver group', () => {
    const d = Object.fromEntries(r.drivers.map((x) => [x.driver, x]));
    expect(d.responsiveness).toMatchObject({
      group: 'competence',
      items: ['RS1', 'RS2'],
      answers: 5,
      mean: 6.25,
    });
    expect(d.responsiveness!.high).toBeCloseTo(7 / 12, 12);
    expect(d.responsiveness!.neutral).toBeCloseTo(1 / 4, 12);
    expect(d.responsiveness!.low).toBeCloseTo(1 / 6, 12);
    expect(d.reliability).toMatchObject({ answers: 0, mean: null });
    expect(d.integrity).toMatchObject({ group: 'values', mean: 0, low: 1, high: 0 });
    const g = Object.fromEntries(r.groups.map((x) => [x.group, x]));
    expect(g.competence).toMatchObject({ drivers: ['responsiveness', 'reliability'], mean: 6.25 });
    expect(g.values).toMatchObject({ drivers: ['integrity', 'openness', 'fairness'], mean: 0, low: 1 });
  });

  it('social trust', () => {
    expect(r.social).toMatchObject({
      code: 'ST1',
      section: 'social',
      mean: 5.25,
      high: 0.5,
      neutral: 0.25,
      low: 0.25,
    });
  });

  it('rejects unknown items and scores off 0–10', () => {
    expect(() => computeTrust([{ XX: 5 }])).toThrow(RangeError);
    expect(() => computeTrust([{ PT1: 11 }])).toThrow(RangeError);
    expect(() => computeTrust([{ PT1: -1 }])).toThrow(RangeError);
    expect(() => computeTrust([{ PT1: 6.5 }])).toThrow(RangeError);
    expect(computeTrust([{ PT1: 0 }, { PT1: 10 }]).items[0]).toMatchObject({ mean: 5, low: 0.5, high: 0.5 });
  });
});
