import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isMessageKey } from '../messages';
import { computeIkm } from './ikm';
import {
  ikm2004ResponseSchema,
  respondentProfileSchema,
  SURVEY_RESPONSE_SCHEMAS,
  servqualResponseSchema,
  skm2014ResponseSchema,
  skm2017ResponseSchema,
  surveyResponseSchema,
  trustResponseSchema,
} from './schemas';
import { computeServqual } from './servqual';
import { SKM_2017 } from './templates';

const profile = {
  umur: '30-39',
  jenisKelamin: 'perempuan',
  pendidikan: 'sma',
  pekerjaan: 'wiraswasta',
} as const;
const all = (n: number, score: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`U${i + 1}`, score]));

/** The messages of a failed parse, as `path: message`. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('IKM response schemas', () => {
  it('accept a full 2017 response, and one with blanks, which computeIkm takes as is', () => {
    const full = skm2017ResponseSchema.parse({ templateId: 'skm-2017', answers: all(9, 4), profile });
    const partial = skm2017ResponseSchema.parse({
      templateId: 'skm-2017',
      answers: { U1: 3, U4: 4 },
      profile,
    });
    expect(computeIkm(SKM_2017, [full.answers, partial.answers]).unsur[0]!.nrr).toBe(3.5);
  });

  it('reject an unknown unsur: U10 is not in 2017, but is in 2004', () => {
    expect(
      problems(skm2017ResponseSchema, { templateId: 'skm-2017', answers: { U1: 4, U10: 4 }, profile }),
    ).toEqual(['answers: survey.unknownItem']);
    expect(
      ikm2004ResponseSchema.safeParse({ templateId: 'ikm-2004', answers: all(14, 3), profile }).success,
    ).toBe(true);
  });

  it('reject scores off the 1–4 scale and non-integers', () => {
    expect(problems(skm2017ResponseSchema, { templateId: 'skm-2017', answers: { U1: 5 }, profile })).toEqual([
      'answers.U1: survey.scale',
    ]);
    expect(problems(skm2017ResponseSchema, { templateId: 'skm-2017', answers: { U1: 0 }, profile })).toEqual([
      'answers.U1: survey.scale',
    ]);
    expect(
      problems(skm2017ResponseSchema, { templateId: 'skm-2017', answers: { U1: 2.5 }, profile }),
    ).toHaveLength(1);
    expect(
      problems(skm2017ResponseSchema, { templateId: 'skm-2017', answers: { U1: '4' }, profile }),
    ).toHaveLength(1);
  });

  it('need at least one answer', () => {
    expect(problems(skm2014ResponseSchema, { templateId: 'skm-2014', answers: {}, profile })).toEqual([
      'answers: survey.noAnswers',
    ]);
  });

  it('tell templates apart by templateId', () => {
    const parsed = surveyResponseSchema.parse({ templateId: 'ikm-2004', answers: { U14: 2 }, profile });
    expect(parsed.templateId).toBe('ikm-2004');
    expect(
      surveyResponseSchema.safeParse({ templateId: 'skm-2017', answers: { U14: 2 }, profile }).success,
    ).toBe(false);
    expect(
      surveyResponseSchema.safeParse({ templateId: 'skm-2099', answers: { U1: 2 }, profile }).success,
    ).toBe(false);
    expect(Object.keys(SURVEY_RESPONSE_SCHEMAS)).toEqual([
      'skm-2017',
      'skm-2014',
      'ikm-2004',
      'servqual',
      'trust',
    ]);
  });
});

describe('respondent profile', () => {
  it('requires umur, jenis kelamin, pendidikan and pekerjaan; the rest is optional', () => {
    expect(respondentProfileSchema.safeParse(profile).success).toBe(true);
    const { umur: _, ...noAge } = profile;
    expect(respondentProfileSchema.safeParse(noAge).success).toBe(false);
    const withAll = {
      ...profile,
      serviceId: '01JD7Q9X4ZB8F6M2N3P5R7S9TV',
      disabilitas: 'sensorik',
      saran: '  Antrean perlu nomor urut.  ',
    };
    expect(respondentProfileSchema.parse(withAll).saran).toBe('Antrean perlu nomor urut.');
  });

  it('limits saran to 1000 characters and rejects unknown fields and values', () => {
    expect(respondentProfileSchema.safeParse({ ...profile, saran: 'x'.repeat(1000) }).success).toBe(true);
    expect(respondentProfileSchema.safeParse({ ...profile, saran: 'x'.repeat(1001) }).success).toBe(false);
    expect(respondentProfileSchema.safeParse({ ...profile, umur: '17' }).success).toBe(false);
    expect(respondentProfileSchema.safeParse({ ...profile, nama: 'Siti' }).success).toBe(false);
  });
});

describe('SERVQUAL response schema', () => {
  const allocation = { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 };

  it('accepts E and P on 1–7 and a 100-point allocation, ready for computeServqual', () => {
    const r = servqualResponseSchema.parse({
      templateId: 'servqual',
      answers: { Q1: { e: 7, p: 5 }, Q22: { p: 6 } },
      allocation,
      profile,
    });
    expect(computeServqual([r]).items[0]!.gap).toBe(-2);
  });

  it('rejects out-of-scale scores, unknown items and an allocation that is not 100', () => {
    const base = { templateId: 'servqual', profile };
    expect(problems(servqualResponseSchema, { ...base, answers: { Q1: { e: 8, p: 5 } } })).toEqual([
      'answers.Q1.e: survey.scale',
    ]);
    // Q23 is not an item, so nothing known was answered either.
    expect(problems(servqualResponseSchema, { ...base, answers: { Q23: { e: 5, p: 5 } } })).toEqual([
      'answers: survey.unknownItem',
      'answers: survey.noAnswers',
    ]);
    expect(problems(servqualResponseSchema, { ...base, answers: { Q1: {} } })).toEqual([
      'answers: survey.noAnswers',
    ]);
    expect(
      problems(servqualResponseSchema, {
        ...base,
        answers: { Q1: { p: 5 } },
        allocation: { ...allocation, empathy: 10 },
      }),
    ).toEqual(['allocation: survey.allocationSum']);
    expect(
      servqualResponseSchema.safeParse({ ...base, answers: { Q1: { p: 5 } }, allocation: { tangibles: 100 } })
        .success,
    ).toBe(false);
  });
});

describe('trust response schema', () => {
  it('accepts 0–10 on known items and rejects the rest', () => {
    const base = { templateId: 'trust', profile };
    expect(trustResponseSchema.safeParse({ ...base, answers: { PT1: 0, ST1: 10 } }).success).toBe(true);
    expect(problems(trustResponseSchema, { ...base, answers: { PT1: 11 } })).toEqual([
      'answers.PT1: survey.scale',
    ]);
    expect(problems(trustResponseSchema, { ...base, answers: { PT1: 5, PT9: 5 } })).toEqual([
      'answers: survey.unknownItem',
    ]);
  });
});

it('every custom message is a key of the catalogue', () => {
  for (const key of ['survey.noAnswers', 'survey.unknownItem', 'survey.scale', 'survey.allocationSum']) {
    expect(isMessageKey(key), key).toBe(true);
  }
});
