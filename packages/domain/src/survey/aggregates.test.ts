import { describe, expect, it } from 'vitest';
import {
  ikmFromCounters,
  profileFromCounters,
  responseDelta,
  servqualFromCounters,
  sumCounters,
  trustFromCounters,
} from './aggregates';
import { computeIkm } from './ikm';
import type { SurveyResponseInput } from './schemas';
import { computeServqual } from './servqual';
import { SERVQUAL_DIMENSIONS, SERVQUAL_TEMPLATE } from './servqual-template';
import { SKM_2017 } from './templates';
import { computeTrust } from './trust';
import { TRUST_TEMPLATE } from './trust-template';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const PROFILE = {
  umur: '30-39',
  jenisKelamin: 'perempuan',
  pendidikan: 'sma',
  pekerjaan: 'wiraswasta',
} as const;

describe('counters kept on write give the results of the raw responses', () => {
  it('IKM: identical to computeIkm, exact and legacy', () => {
    const r = rng(7);
    const responses = Array.from({ length: 300 }, () => ({
      templateId: 'skm-2017' as const,
      answers: Object.fromEntries(SKM_2017.unsur.filter(() => r(10) > 0).map((u) => [u.code, 1 + r(4)])),
      profile: PROFILE,
    }));
    const counters = sumCounters(responses.map((x) => responseDelta(x as SurveyResponseInput, null)));
    for (const weighting of ['exact', 'legacy'] as const) {
      const { legacyLabel, ...fromCounters } = ikmFromCounters(SKM_2017, counters, weighting);
      expect(fromCounters).toEqual(
        computeIkm(
          SKM_2017,
          responses.map((x) => x.answers),
          { weighting },
        ),
      );
      expect(legacyLabel).toBe(weighting === 'legacy' ? 'legacy 0,111' : null);
    }
  });

  it('SERVQUAL: identical to computeServqual, with partial answers and allocations', () => {
    const r = rng(11);
    const responses = Array.from({ length: 250 }, () => {
      const answers: Record<string, { e?: number; p?: number }> = {};
      for (const item of SERVQUAL_TEMPLATE.items) {
        const k = r(6);
        if (k === 0) continue;
        answers[item.code] =
          k === 1 ? { p: 1 + r(7) } : k === 2 ? { e: 1 + r(7) } : { e: 1 + r(7), p: 1 + r(7) };
      }
      if (Object.keys(answers).length === 0) answers.Q1 = { e: 5, p: 4 };
      const points = [r(40), r(40), r(10), r(10)];
      const allocation =
        r(3) === 0
          ? undefined
          : Object.fromEntries(
              SERVQUAL_DIMENSIONS.map((d, i) => [
                d,
                i < 4 ? points[i]! : 100 - points.reduce((a, b) => a + b, 0),
              ]),
            );
      return { templateId: 'servqual' as const, answers, allocation, profile: PROFILE };
    });
    const counters = sumCounters(responses.map((x) => responseDelta(x as SurveyResponseInput, null)));
    expect(servqualFromCounters(counters)).toEqual(computeServqual(responses));
  });

  it('trust: identical to computeTrust', () => {
    const r = rng(3);
    const responses = Array.from({ length: 200 }, () => {
      const answers = Object.fromEntries(
        TRUST_TEMPLATE.items.filter(() => r(5) > 0).map((i) => [i.code, r(11)]),
      );
      if (Object.keys(answers).length === 0) answers.ST1 = 5;
      return { templateId: 'trust' as const, answers, profile: PROFILE };
    });
    const counters = sumCounters(responses.map((x) => responseDelta(x as SurveyResponseInput, null)));
    expect(trustFromCounters(counters)).toEqual(computeTrust(responses.map((x) => x.answers)));
  });

  it('profile: counts per band, disability not stated, services used, suggestions', () => {
    const deltas = [
      responseDelta(
        {
          templateId: 'skm-2017',
          answers: { U1: 4 },
          profile: { ...PROFILE, disabilitas: 'fisik', saran: 'Antrean terlalu panjang' },
        },
        '01JD7Q9X4ZB8F6M2N3P5R7S9TV',
      ),
      responseDelta(
        { templateId: 'skm-2017', answers: { U1: 3 }, profile: { ...PROFILE, umur: '20-29' } },
        null,
      ),
    ];
    const p = profileFromCounters(sumCounters(deltas));
    expect(p.respondents).toBe(2);
    expect(p.umur.find((x) => x.value === '30-39')?.count).toBe(1);
    expect(p.umur.find((x) => x.value === '20-29')?.count).toBe(1);
    expect(p.jenisKelamin.find((x) => x.value === 'perempuan')).toMatchObject({
      count: 2,
      label: { id: 'Perempuan', en: 'Female' },
    });
    expect(p.disabilitas.find((x) => x.value === 'fisik')?.count).toBe(1);
    expect(p.disabilitasNotStated).toBe(1);
    expect(p.layanan).toEqual([{ serviceId: '01JD7Q9X4ZB8F6M2N3P5R7S9TV', count: 1 }]);
    expect(p.suggestions).toBe(1);
  });
});
