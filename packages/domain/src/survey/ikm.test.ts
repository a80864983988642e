import { describe, expect, it } from 'vitest';
import { computeIkm, computeIkmFromTotals, gradeIkm, type IkmAnswers, ikmTotals } from './ikm';
import { IKM_2004, type IkmTemplate, SKM_2014, SKM_2017 } from './templates';

const codes = (t: IkmTemplate) => t.unsur.map((u) => u.code);
const allAnswers = (t: IkmTemplate, score: number): IkmAnswers =>
  Object.fromEntries(codes(t).map((c) => [c, score]));

/**
 * n respondents answering every unsur, with grand total T spread as evenly as possible (scores differ by at most
 * 1). With all unsur answered by everyone, IKM = 25 · (T/n) / unsur count, whatever the spread.
 */
function withTotal(t: IkmTemplate, n: number, total: number): IkmAnswers[] {
  const slots = n * t.unsur.length;
  const base = Math.floor(total / slots);
  let extra = total - base * slots;
  return Array.from({ length: n }, () =>
    Object.fromEntries(codes(t).map((c) => [c, base + (extra-- > 0 ? 1 : 0)])),
  );
}

/** Totals where every unsur has the same sum and count. */
const uniformTotals = (t: IkmTemplate, sum: number, count: number) =>
  Object.fromEntries(codes(t).map((c) => [c, { sum, count }]));

describe('gradeIkm', () => {
  it('2017 bands: the edges fall where the published intervals put them', () => {
    const g = (v: number) => gradeIkm(SKM_2017, v);
    expect(g(100)).toEqual({ mutu: 'A', kinerja: 'Sangat Baik' });
    expect(g(88.31)).toEqual({ mutu: 'A', kinerja: 'Sangat Baik' });
    expect(g(88.3)).toEqual({ mutu: 'B', kinerja: 'Baik' });
    expect(g(76.61)).toEqual({ mutu: 'B', kinerja: 'Baik' });
    expect(g(76.6)).toEqual({ mutu: 'C', kinerja: 'Kurang Baik' });
    expect(g(65)).toEqual({ mutu: 'C', kinerja: 'Kurang Baik' });
    expect(g(64.99)).toEqual({ mutu: 'D', kinerja: 'Tidak Baik' });
    expect(g(25)).toEqual({ mutu: 'D', kinerja: 'Tidak Baik' });
  });

  it('2014 uses the 2017 bands', () => {
    expect(gradeIkm(SKM_2014, 88.31).mutu).toBe('A');
    expect(gradeIkm(SKM_2014, 88.3).mutu).toBe('B');
  });

  it('2004 bands are strict: the edge value itself belongs to the lower band', () => {
    const g = (v: number) => gradeIkm(IKM_2004, v).mutu;
    expect(g(81.26)).toBe('A');
    expect(g(81.25)).toBe('B');
    expect(g(62.51)).toBe('B');
    expect(g(62.5)).toBe('C');
    expect(g(43.76)).toBe('C');
    expect(g(43.75)).toBe('D');
    expect(gradeIkm(IKM_2004, 43.75).kinerja).toBe('Tidak Baik');
  });

  it('grades the value rounded half-up to 2 decimals, so 88.305 is an A and 88.3049 a B', () => {
    // 88.305 as a double is 88.30499999999999…; rounding it as a float would give 88.30 (B).
    expect(gradeIkm(SKM_2017, 88.305).mutu).toBe('A');
    expect(gradeIkm(SKM_2017, 88.3049).mutu).toBe('B');
    expect(gradeIkm(SKM_2017, 64.995).mutu).toBe('C');
  });

  it('rejects a value off the 25–100 scale', () => {
    expect(() => gradeIkm(SKM_2017, 24.99)).toThrow(RangeError);
    expect(() => gradeIkm(SKM_2017, 100.01)).toThrow(RangeError);
    expect(() => gradeIkm(SKM_2017, Number.NaN)).toThrow(RangeError);
  });
});

describe('computeIkm: exact weight (default)', () => {
  it('all answers 4 give exactly 100.00, grade A, every unsur 100.00 A', () => {
    const r = computeIkm(SKM_2017, [allAnswers(SKM_2017, 4), allAnswers(SKM_2017, 4)]);
    expect(r.ikm).toBe(100);
    expect(r.ikmRaw).toBe(4);
    expect(r).toMatchObject({ mutu: 'A', kinerja: 'Sangat Baik', respondents: 2, missingUnsur: [] });
    expect(r.unsur.every((u) => u.nrrConverted === 100 && u.mutu === 'A' && u.answers === 2)).toBe(true);
    // Every unsur ties for lowest: all are listed, none is singled out.
    expect(r.weakest).toEqual(codes(SKM_2017));
  });

  it('all answers 1 give 25.00, grade D; the 2004 template too', () => {
    expect(computeIkm(SKM_2017, [allAnswers(SKM_2017, 1)])).toMatchObject({ ikm: 25, mutu: 'D' });
    expect(computeIkm(IKM_2004, [allAnswers(IKM_2004, 4)])).toMatchObject({ ikm: 100, mutu: 'A' });
    expect(computeIkm(IKM_2004, [allAnswers(IKM_2004, 1)])).toMatchObject({ ikm: 25, mutu: 'D' });
  });

  it('a hand-computed 2017 example with four respondents, one blank answer', () => {
    //        U1 U2 U3 U4 U5 U6 U7 U8 U9
    // R1      4  4  3  4  3  4  4  3  3
    // R2      3  3  3  4  3  3  4  3  2
    // R3      4  3  2  4  3  4  4  3  3
    // R4      3  3  3  4  4  3  4  3  –   (U9 left blank: U9 has 3 answers)
    // NRR:  14/4=3.5  13/4=3.25  11/4=2.75  16/4=4  13/4=3.25  14/4=3.5  16/4=4  12/4=3  8/3=2.6667
    // ×25:  87.50 B   81.25 B    68.75 C    100 A   81.25 B    87.50 B   100 A   75.00 C  66.67 C
    // Σ NRR = 27.25 + 8/3 = 359/12; IKM(1–4) = 359/108 = 3.32407…; IKM = 359/108 × 25 = 83.1018… → 83.10 B Baik.
    // Weakest: U9 (2.6667).
    const rows = [
      [4, 4, 3, 4, 3, 4, 4, 3, 3],
      [3, 3, 3, 4, 3, 3, 4, 3, 2],
      [4, 3, 2, 4, 3, 4, 4, 3, 3],
      [3, 3, 3, 4, 4, 3, 4, 3, null],
    ];
    const responses = rows.map((row) => Object.fromEntries(row.map((s, i) => [`U${i + 1}`, s])));
    const r = computeIkm(SKM_2017, responses);
    expect(r.respondents).toBe(4);
    expect(r.unsur.map((u) => u.nrr)).toEqual([3.5, 3.25, 2.75, 4, 3.25, 3.5, 4, 3, 8 / 3]);
    expect(r.unsur.map((u) => u.nrrConverted)).toEqual([
      87.5, 81.25, 68.75, 100, 81.25, 87.5, 100, 75, 66.67,
    ]);
    expect(r.unsur.map((u) => u.mutu).join('')).toBe('BBCABBACC');
    expect(r.unsur[8]).toMatchObject({
      code: 'U9',
      answers: 3,
      sum: 8,
      kinerja: 'Kurang Baik',
      weakest: true,
    });
    expect(r.ikmRaw).toBeCloseTo(359 / 108, 12);
    expect(r.ikm).toBe(83.1);
    expect(r).toMatchObject({ mutu: 'B', kinerja: 'Baik', weakest: ['U9'] });
    // Legacy: 359/12 × 0.111 × 25 = 83.01875 → 83.02.
    expect(computeIkm(SKM_2017, responses, { weighting: 'legacy' }).ikm).toBe(83.02);
  });

  it('lists every unsur tied for the lowest NRR, comparing the exact ratios', () => {
    // U2 = 6/2 = 3 and U5 = 9/3 = 3 tie; U3 = 10/3 = 3.33 is above them.
    const r = computeIkm(SKM_2017, [
      { ...allAnswers(SKM_2017, 4), U2: 3, U3: 3, U5: 3 },
      { ...allAnswers(SKM_2017, 4), U2: 3, U3: 3, U5: 2 },
      { ...allAnswers(SKM_2017, 4), U2: null, U5: 4 },
    ]);
    expect(r.weakest).toEqual(['U2', 'U5']);
    expect(r.unsur.filter((u) => u.weakest).map((u) => u.code)).toEqual(['U2', 'U5']);
  });

  it('response sets that land on each 2017 band edge (IKM = 25·T / (9·n))', () => {
    const ikm = (n: number, total: number) => computeIkm(SKM_2017, withTotal(SKM_2017, n, total));
    expect(ikm(24, 763)).toMatchObject({ ikm: 88.31, mutu: 'A' }); // 88.3101…
    expect(ikm(19, 604)).toMatchObject({ ikm: 88.3, mutu: 'B' }); // 88.3040…
    expect(ikm(19, 524)).toMatchObject({ ikm: 76.61, mutu: 'B' }); // 76.6081…
    expect(ikm(26, 717)).toMatchObject({ ikm: 76.6, mutu: 'C' }); // 76.6025…
    expect(ikm(5, 117)).toMatchObject({ ikm: 65, mutu: 'C' }); // 65 exactly
    expect(ikm(38, 889)).toMatchObject({ ikm: 64.99, mutu: 'D' }); // 64.9853…
  });

  it('response sets that land on each 2004 band edge (IKM = 25·T / (14·n))', () => {
    const ikm = (n: number, total: number) => computeIkm(IKM_2004, withTotal(IKM_2004, n, total));
    expect(ikm(61, 2776)).toMatchObject({ ikm: 81.26, mutu: 'A' }); // 81.2646…
    expect(ikm(2, 91)).toMatchObject({ ikm: 81.25, mutu: 'B' }); // 81.25 exactly
    expect(ikm(120, 4201)).toMatchObject({ ikm: 62.51, mutu: 'B' }); // 62.5148…
    expect(ikm(1, 35)).toMatchObject({ ikm: 62.5, mutu: 'C' }); // 62.5 exactly
    expect(ikm(61, 1495)).toMatchObject({ ikm: 43.76, mutu: 'C' }); // 43.7646…
    expect(ikm(2, 49)).toMatchObject({ ikm: 43.75, mutu: 'D', kinerja: 'Tidak Baik' }); // 43.75 exactly
  });

  it('an IKM of exactly 88.305 rounds up to 88.31 (A), where float arithmetic gives 88.30 (B)', () => {
    // 5000 respondents, every unsur: 2661 × 4 + 2339 × 3 = 17661 → NRR 3.5322 → × 25 = 88.305 exactly.
    const totals = uniformTotals(SKM_2017, 17661, 5000);
    // The naive float path (Σ NRR × 1/9 × 25, Math.round on ×100) misses the half: this is the bug guarded against.
    const naive = Math.round(codes(SKM_2017).reduce((a) => a + (17661 / 5000) * (1 / 9), 0) * 25 * 100) / 100;
    expect(naive).toBe(88.3);
    const r = computeIkmFromTotals(SKM_2017, totals, 5000);
    expect(r).toMatchObject({ ikm: 88.31, mutu: 'A', kinerja: 'Sangat Baik' });
    expect(r.unsur.every((u) => u.nrrConverted === 88.31 && u.mutu === 'A')).toBe(true);

    // The same through raw responses.
    const responses = Array.from({ length: 5000 }, (_, i) => allAnswers(SKM_2017, i < 2661 ? 4 : 3));
    expect(computeIkm(SKM_2017, responses).ikm).toBe(88.31);
  });

  it('exact halves at the other edges round up too: 76.605 → 76.61 (B), 64.995 → 65.00 (C)', () => {
    // 15321 / 5000 = 3.0642 → 76.605; 12999 / 5000 = 2.5998 → 64.995.
    expect(computeIkmFromTotals(SKM_2017, uniformTotals(SKM_2017, 15321, 5000), 5000)).toMatchObject({
      ikm: 76.61,
      mutu: 'B',
    });
    expect(computeIkmFromTotals(SKM_2017, uniformTotals(SKM_2017, 12999, 5000), 5000)).toMatchObject({
      ikm: 65,
      mutu: 'C',
    });
  });

  it("an unsur's NRR × 25 of exactly 25.625 rounds to 25.63, where Math.round(x × 100) gives 25.62", () => {
    expect(Math.round((41 / 40) * 25 * 100) / 100).toBe(25.62);
    const totals = { ...uniformTotals(SKM_2017, 160, 40), U1: { sum: 41, count: 40 } };
    const u1 = computeIkmFromTotals(SKM_2017, totals, 40).unsur[0]!;
    expect(u1).toMatchObject({ nrr: 1.025, nrrConverted: 25.63, mutu: 'D', weakest: true });
  });

  it('32.175 (1287 / 1000 × 25) rounds to 32.18 even where a single float division lands below the half', () => {
    expect(Math.round(((25 * 1287) / 1000) * 100) / 100).toBe(32.17);
    const r = computeIkmFromTotals(SKM_2017, uniformTotals(SKM_2017, 1287, 1000), 1000);
    expect(r.ikm).toBe(32.18);
    expect(r.unsur[0]!.nrrConverted).toBe(32.18);
  });
});

describe('computeIkm: legacy weight', () => {
  it('all answers 4 give 99.90 with 0.111 (2017 and 2014) and 99.40 with 0.071 (2004)', () => {
    const legacy = { weighting: 'legacy' } as const;
    const r = computeIkm(SKM_2017, [allAnswers(SKM_2017, 4)], legacy);
    expect(r.ikm).toBe(99.9);
    expect(r.ikmRaw).toBeCloseTo(3.996, 12);
    expect(r.mutu).toBe('A');
    expect(computeIkm(SKM_2014, [allAnswers(SKM_2014, 4)], legacy).ikm).toBe(99.9);
    // 14 × 4 × 0.071 × 25 = 99.40
    expect(computeIkm(IKM_2004, [allAnswers(IKM_2004, 4)], legacy).ikm).toBe(99.4);
  });

  it('does not change the per-unsur values, only the index', () => {
    const responses = withTotal(SKM_2017, 7, 200);
    const exact = computeIkm(SKM_2017, responses);
    const legacy = computeIkm(SKM_2017, responses, { weighting: 'legacy' });
    expect(legacy.unsur).toEqual(exact.unsur);
    expect(legacy.ikm).toBeLessThan(exact.ikm!);
  });
});

describe('method note', () => {
  it('names the regulation, the exact weight and the rounding rule', () => {
    const m = computeIkm(SKM_2017, [allAnswers(SKM_2017, 3)]).method;
    expect(m).toMatchObject({ weighting: 'exact', weight: 1 / 9, weightLabel: '1/9', maximum: 100 });
    expect(m.regulation).toBe('PermenPAN-RB 14/2017');
    expect(m.text.id).toContain('PermenPAN-RB 14/2017');
    expect(m.text.id).toContain('1/9');
    expect(m.text.id).toContain('dibulatkan sekali di akhir ke 2 desimal');
    expect(m.text.id).toContain('A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; D < 65,00');
    expect(m.text.en).toContain('exact weight 1/9');
    expect(m.text.en).toContain('A ≥ 88.31; B ≥ 76.61; C ≥ 65.00; D < 65.00');
  });

  it('labels the legacy weight as such, with the maximum it allows', () => {
    const m = computeIkm(SKM_2017, [allAnswers(SKM_2017, 3)], { weighting: 'legacy' }).method;
    expect(m).toMatchObject({
      weighting: 'legacy',
      weight: 0.111,
      weightLabel: '0,111 (LEGACY)',
      maximum: 99.9,
    });
    expect(m.text.id).toContain('bobot LEGACY 0,111');
    expect(m.text.id).toContain('99,90');
    expect(m.text.en).toContain('LEGACY weight 0.111');
    const m2004 = computeIkm(IKM_2004, [allAnswers(IKM_2004, 3)], { weighting: 'legacy' }).method;
    expect(m2004).toMatchObject({
      regulation: 'KEP/25/M.PAN/2/2004',
      weightLabel: '0,071 (LEGACY)',
      maximum: 99.4,
    });
    expect(m2004.text.id).toContain('A > 81,25; B > 62,50; C > 43,75; D ≤ 43,75');
    expect(computeIkm(IKM_2004, [allAnswers(IKM_2004, 3)]).method.weightLabel).toBe('1/14');
  });
});

describe('incomplete data', () => {
  it('no responses: no index, every unsur missing', () => {
    const r = computeIkm(SKM_2017, []);
    expect(r).toMatchObject({
      respondents: 0,
      ikm: null,
      ikmRaw: null,
      mutu: null,
      kinerja: null,
      weakest: [],
    });
    expect(r.missingUnsur).toEqual(codes(SKM_2017));
  });

  it('an unsur nobody answered leaves the index empty but still reports the others', () => {
    const { U4: _, ...noFee } = allAnswers(SKM_2017, 3);
    const r = computeIkm(SKM_2017, [noFee, { ...noFee, U1: 4 }]);
    expect(r.ikm).toBeNull();
    expect(r.missingUnsur).toEqual(['U4']);
    expect(r.unsur[3]).toMatchObject({ code: 'U4', answers: 0, nrr: null, nrrConverted: null, mutu: null });
    expect(r.unsur[0]).toMatchObject({ nrr: 3.5, nrrConverted: 87.5, mutu: 'B' });
  });

  it('a response with no answers is not a respondent', () => {
    expect(computeIkm(SKM_2017, [{}, { U1: null }, allAnswers(SKM_2017, 4)]).respondents).toBe(1);
  });
});

describe('invalid input', () => {
  it('rejects an unknown unsur and scores off the scale', () => {
    expect(() => computeIkm(SKM_2017, [{ U10: 3 }])).toThrow(RangeError);
    expect(() => computeIkm(SKM_2017, [{ constructor: 3 }])).toThrow(RangeError);
    expect(() => computeIkm(SKM_2017, [{ U1: 5 }])).toThrow(RangeError);
    expect(() => computeIkm(SKM_2017, [{ U1: 0 }])).toThrow(RangeError);
    expect(() => computeIkm(SKM_2017, [{ U1: 3.5 }])).toThrow(RangeError);
    expect(() => computeIkm(IKM_2004, [{ U14: 4 }])).not.toThrow();
  });

  it('rejects totals that no valid answers could produce', () => {
    const ok = uniformTotals(SKM_2017, 30, 10);
    expect(() => computeIkmFromTotals(SKM_2017, { ...ok, U1: { sum: 41, count: 10 } }, 10)).toThrow(
      RangeError,
    );
    expect(() => computeIkmFromTotals(SKM_2017, { ...ok, U1: { sum: 9, count: 10 } }, 10)).toThrow(
      RangeError,
    );
    expect(() => computeIkmFromTotals(SKM_2017, { ...ok, U1: { sum: 30.5, count: 10 } }, 10)).toThrow(
      RangeError,
    );
    expect(() => computeIkmFromTotals(SKM_2017, { ...ok, U1: { sum: 3, count: -1 } }, 10)).toThrow(
      RangeError,
    );
    expect(() => computeIkmFromTotals(SKM_2017, ok, 9)).toThrow(RangeError); // 10 answers, 9 respondents
    expect(() => computeIkmFromTotals(SKM_2017, { ...ok, U10: { sum: 30, count: 10 } }, 10)).toThrow(
      RangeError,
    );
  });
});

describe('computeIkmFromTotals', () => {
  /** Deterministic pseudo-random generator (mulberry32), so the test data is the same on every run. */
  function rng(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('gives results identical to computeIkm, for every template and weighting, blanks included', () => {
    for (const template of [SKM_2017, SKM_2014, IKM_2004]) {
      const random = rng(template.unsur.length * 7919);
      const responses = Array.from({ length: 257 }, () =>
        Object.fromEntries(
          codes(template)
            .filter(() => random() > 0.05)
            .map((c) => [c, 1 + Math.floor(random() * 4)]),
        ),
      );
      const { totals, respondents } = ikmTotals(template, responses);
      for (const weighting of ['exact', 'legacy'] as const) {
        const fromResponses = computeIkm(template, responses, { weighting });
        expect(computeIkmFromTotals(template, totals, respondents, { weighting })).toEqual(fromResponses);
        expect(fromResponses.ikm).not.toBeNull();
      }
    }
  });

  it('totals kept on write (one response at a time, summed) give the same result as a batch', () => {
    const responses = withTotal(SKM_2017, 12, 330);
    const running: Record<string, { sum: number; count: number }> = {};
    let respondents = 0;
    for (const r of responses) {
      const delta = ikmTotals(SKM_2017, [r]);
      respondents += delta.respondents;
      for (const [code, t] of Object.entries(delta.totals)) {
        const acc = running[code] ?? { sum: 0, count: 0 };
        running[code] = { sum: acc.sum + t.sum, count: acc.count + t.count };
      }
    }
    expect(computeIkmFromTotals(SKM_2017, running, respondents)).toEqual(computeIkm(SKM_2017, responses));
  });

  it('treats a missing code in the totals as an unanswered unsur', () => {
    const { U9: _, ...totals } = uniformTotals(SKM_2017, 30, 10);
    expect(computeIkmFromTotals(SKM_2017, totals, 10).missingUnsur).toEqual(['U9']);
  });
});
