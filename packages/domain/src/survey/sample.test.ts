import { describe, expect, it } from 'vitest';
import { ikm2004MinimumSample, krejcieMorgan, requiredSample, sampleProgress } from './sample';
import { IKM_2004, SKM_2014, SKM_2017 } from './templates';

/** Krejcie & Morgan (1970), Table 1: population N → sample s. */
const PUBLISHED: readonly [number, number][] = [
  [10, 10],
  [15, 14],
  [20, 19],
  [25, 24],
  [30, 28],
  [35, 32],
  [40, 36],
  [45, 40],
  [50, 44],
  [55, 48],
  [60, 52],
  [65, 56],
  [70, 59],
  [75, 63],
  [80, 66],
  [85, 70],
  [90, 73],
  [95, 76],
  [100, 80],
  [110, 86],
  [120, 92],
  [130, 97],
  [140, 103],
  [150, 108],
  [160, 113],
  [170, 118],
  [180, 123],
  [190, 127],
  [200, 132],
  [210, 136],
  [220, 140],
  [230, 144],
  [240, 148],
  [250, 152],
  [260, 155],
  [270, 159],
  [280, 162],
  [290, 165],
  [300, 169],
  [320, 175],
  [340, 181],
  [360, 186],
  [380, 191],
  [400, 196],
  [420, 201],
  [440, 205],
  [460, 210],
  [480, 214],
  [500, 217],
  [550, 226],
  [600, 234],
  [650, 242],
  [700, 248],
  [750, 254],
  [800, 260],
  [850, 265],
  [900, 269],
  [950, 274],
  [1000, 278],
  [1100, 285],
  [1200, 291],
  [1300, 297],
  [1400, 302],
  [1500, 306],
  [1600, 310],
  [1700, 313],
  [1800, 317],
  [1900, 320],
  [2000, 322],
  [2200, 327],
  [2400, 331],
  [2600, 335],
  [2800, 338],
  [3000, 341],
  [3500, 346],
  [4000, 351],
  [4500, 354],
  [5000, 357],
  [6000, 361],
  [7000, 364],
  [8000, 367],
  [9000, 368],
  [10000, 370],
  [15000, 375],
  [20000, 377],
  [30000, 379],
  [40000, 380],
  [50000, 381],
  [75000, 382],
  [1000000, 384],
];

describe('krejcieMorgan', () => {
  it('gives the values DOMAIN.md names', () => {
    expect(krejcieMorgan(10)).toBe(10);
    expect(krejcieMorgan(15)).toBe(14);
    expect(krejcieMorgan(100)).toBe(80);
    expect(krejcieMorgan(1000)).toBe(278);
    expect(krejcieMorgan(1_000_000)).toBe(384);
  });

  it('reproduces every row of the published table (rounding to nearest, not up)', () => {
    // Several rows sit near a .5 (15 → 14.47, 100 → 79.51, 500 → 217.47): rounding up would miss them.
    for (const [n, s] of PUBLISHED) expect(krejcieMorgan(n), `N = ${n}`).toBe(s);
  });

  it('never exceeds the population and levels off at 384', () => {
    for (let n = 1; n <= 200; n++) expect(krejcieMorgan(n)).toBeLessThanOrEqual(n);
    expect(krejcieMorgan(1)).toBe(1);
    expect(krejcieMorgan(Number.MAX_SAFE_INTEGER)).toBe(384);
  });

  it('throws RangeError on a population that is not a whole number of at least 1', () => {
    for (const n of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => krejcieMorgan(n), String(n)).toThrow(RangeError);
    }
  });
});

describe('sample helpers', () => {
  it('the 2004 minimum is (14 + 1) × 10 = 150', () => {
    expect(ikm2004MinimumSample()).toBe(150);
    expect(ikm2004MinimumSample(IKM_2004.unsur.length)).toBe(150);
    expect(() => ikm2004MinimumSample(0)).toThrow(RangeError);
  });

  it('requiredSample follows the template’s rule', () => {
    expect(requiredSample(SKM_2017, 1000)).toBe(278);
    expect(requiredSample(SKM_2014, 200)).toBe(132);
    expect(requiredSample(IKM_2004, 1000)).toBe(150);
    // Fewer service users than the 2004 minimum: survey them all.
    expect(requiredSample(IKM_2004, 80)).toBe(80);
    expect(() => requiredSample(IKM_2004, 0)).toThrow(RangeError);
  });

  it('sampleProgress reports responses so far against the required sample', () => {
    expect(sampleProgress(120, 278)).toEqual({
      responses: 120,
      required: 278,
      remaining: 158,
      reached: false,
    });
    expect(sampleProgress(300, 278)).toEqual({ responses: 300, required: 278, remaining: 0, reached: true });
    expect(() => sampleProgress(-1, 10)).toThrow(RangeError);
    expect(() => sampleProgress(1, 0)).toThrow(RangeError);
  });
});
