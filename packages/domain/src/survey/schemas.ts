/**
 * What a respondent submits, per template: the answers (validated against the template's items and scale) and the
 * respondent profile of DOMAIN.md §1. An unanswered question is simply left out; at least one must be answered.
 */
import { z } from 'zod';
import type { Localized } from '../common';
import { idSchema } from '../common';
import { SERVQUAL_DIMENSIONS, SERVQUAL_TEMPLATE } from './servqual-template';
import { IKM_TEMPLATES, type IkmTemplateId, type SurveyTemplateId } from './templates';
import { TRUST_TEMPLATE } from './trust-template';

export const AGE_BANDS = ['under-20', '20-29', '30-39', '40-49', '50-59', '60-plus'] as const;
export const GENDERS = ['laki-laki', 'perempuan'] as const;
export const EDUCATION_LEVELS = ['sd-ke-bawah', 'smp', 'sma', 'diploma', 's1', 's2-ke-atas'] as const;
export const OCCUPATIONS = [
  'pns-tni-polri',
  'pegawai-swasta',
  'wiraswasta',
  'pelajar-mahasiswa',
  'petani-nelayan',
  'ibu-rumah-tangga',
  'tidak-bekerja',
  'lainnya',
] as const;
/** The kinds of disability of UU 8/2016 art. 4 ("ganda" = more than one), or none. */
export const DISABILITIES = ['tidak', 'fisik', 'intelektual', 'mental', 'sensorik', 'ganda'] as const;

export const RESPONDENT_LABELS = {
  umur: {
    'under-20': { id: 'Di bawah 20 tahun', en: 'Under 20' },
    '20-29': { id: '20–29 tahun', en: '20–29' },
    '30-39': { id: '30–39 tahun', en: '30–39' },
    '40-49': { id: '40–49 tahun', en: '40–49' },
    '50-59': { id: '50–59 tahun', en: '50–59' },
    '60-plus': { id: '60 tahun ke atas', en: '60 and over' },
  },
  jenisKelamin: {
    'laki-laki': { id: 'Laki-laki', en: 'Male' },
    perempuan: { id: 'Perempuan', en: 'Female' },
  },
  pendidikan: {
    'sd-ke-bawah': { id: 'SD ke bawah', en: 'Primary school or less' },
    smp: { id: 'SMP', en: 'Junior secondary' },
    sma: { id: 'SMA/SMK', en: 'Senior secondary' },
    diploma: { id: 'Diploma (D1–D3)', en: 'Diploma (D1–D3)' },
    s1: { id: 'S1/D4', en: "Bachelor's degree" },
    's2-ke-atas': { id: 'S2 ke atas', en: "Master's degree or higher" },
  },
  pekerjaan: {
    'pns-tni-polri': { id: 'PNS/TNI/Polri', en: 'Civil servant, military or police' },
    'pegawai-swasta': { id: 'Pegawai swasta', en: 'Private employee' },
    wiraswasta: { id: 'Wiraswasta', en: 'Self-employed' },
    'pelajar-mahasiswa': { id: 'Pelajar/mahasiswa', en: 'Student' },
    'petani-nelayan': { id: 'Petani/nelayan', en: 'Farmer or fisher' },
    'ibu-rumah-tangga': { id: 'Ibu rumah tangga', en: 'Homemaker' },
    'tidak-bekerja': { id: 'Tidak bekerja', en: 'Not working' },
    lainnya: { id: 'Lainnya', en: 'Other' },
  },
  disabilitas: {
    tidak: { id: 'Tidak ada', en: 'None' },
    fisik: { id: 'Disabilitas fisik', en: 'Physical disability' },
    intelektual: { id: 'Disabilitas intelektual', en: 'Intellectual disability' },
    mental: { id: 'Disabilitas mental', en: 'Mental disability' },
    sensorik: { id: 'Disabilitas sensorik', en: 'Sensory disability' },
    ganda: { id: 'Disabilitas ganda', en: 'Multiple disabilities' },
  },
} as const satisfies {
  umur: Record<(typeof AGE_BANDS)[number], Localized>;
  jenisKelamin: Record<(typeof GENDERS)[number], Localized>;
  pendidikan: Record<(typeof EDUCATION_LEVELS)[number], Localized>;
  pekerjaan: Record<(typeof OCCUPATIONS)[number], Localized>;
  disabilitas: Record<(typeof DISABILITIES)[number], Localized>;
};

export const respondentProfileSchema = z
  .strictObject({
    umur: z.enum(AGE_BANDS),
    jenisKelamin: z.enum(GENDERS),
    pendidikan: z.enum(EDUCATION_LEVELS),
    pekerjaan: z.enum(OCCUPATIONS),
    serviceId: idSchema.optional().meta({ description: 'The service used (jenis layanan)' }),
    disabilitas: z.enum(DISABILITIES).optional(),
    saran: z.string().trim().max(1000).optional().meta({ description: 'Free-text suggestion (saran)' }),
  })
  .meta({
    id: 'RespondentProfile',
    description: 'Who answered; recorded with every response for the report profile',
    example: { umur: '30-39', jenisKelamin: 'perempuan', pendidikan: 'sma', pekerjaan: 'wiraswasta' },
  });
export type RespondentProfile = z.infer<typeof respondentProfileSchema>;

/** A score on [min, max]; the custom message names the problem for citizens in their language. */
const score = (min: number, max: number) =>
  z.number().int().min(min, 'survey.scale').max(max, 'survey.scale');

/** An object of optional answers keyed by item code, rejecting any other code. */
function answersOf<T extends z.ZodType>(codes: readonly string[], answer: T) {
  return z.strictObject(
    Object.fromEntries(codes.map((c) => [c, answer.optional()])) as Record<string, z.ZodOptional<T>>,
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? 'survey.unknownItem' : undefined),
    },
  );
}
const hasAnswer = (answers: Record<string, unknown>) => Object.values(answers).some((v) => v !== undefined);

function ikmResponseSchema<I extends IkmTemplateId>(templateId: I, id: string) {
  const template = IKM_TEMPLATES[templateId];
  const { min, max } = template.scale;
  const codes = template.unsur.map((u) => u.code);
  return z
    .strictObject({
      templateId: z.literal(templateId),
      answers: answersOf(codes, score(min, max)).refine(hasAnswer, 'survey.noAnswers'),
      profile: respondentProfileSchema,
    })
    .meta({
      id,
      description: `A response to ${template.regulation.code}: unsur code → score ${min}–${max}`,
      example: {
        templateId,
        answers: Object.fromEntries(codes.map((c) => [c, max])),
        profile: { umur: '30-39', jenisKelamin: 'perempuan', pendidikan: 'sma', pekerjaan: 'wiraswasta' },
      },
    });
}

export const skm2017ResponseSchema = ikmResponseSchema('skm-2017', 'Skm2017Response');
export const skm2014ResponseSchema = ikmResponseSchema('skm-2014', 'Skm2014Response');
export const ikm2004ResponseSchema = ikmResponseSchema('ikm-2004', 'Ikm2004Response');

const servqualScore = score(SERVQUAL_TEMPLATE.scale.min, SERVQUAL_TEMPLATE.scale.max);

export const servqualAllocationSchema = z
  .strictObject(
    Object.fromEntries(SERVQUAL_DIMENSIONS.map((d) => [d, z.number().int().min(0).max(100)])) as Record<
      (typeof SERVQUAL_DIMENSIONS)[number],
      z.ZodNumber
    >,
  )
  .refine((a) => Object.values(a).reduce((s, p) => s + p, 0) === 100, 'survey.allocationSum')
  .meta({
    id: 'ServqualAllocation',
    description: '100 points spread over the five dimensions by how important each is to the respondent',
    example: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 },
  });

export const servqualResponseSchema = z
  .strictObject({
    templateId: z.literal('servqual'),
    answers: answersOf(
      SERVQUAL_TEMPLATE.items.map((i) => i.code),
      z.strictObject({ e: servqualScore.optional(), p: servqualScore.optional() }),
    ).refine(
      (answers) => Object.values(answers).some((a) => a?.e !== undefined || a?.p !== undefined),
      'survey.noAnswers',
    ),
    allocation: servqualAllocationSchema.optional(),
    profile: respondentProfileSchema,
  })
  .meta({
    id: 'ServqualResponse',
    description: 'A SERVQUAL response: item code (Q1–Q22) → expectation `e` and perception `p`, each 1–7',
    example: {
      templateId: 'servqual',
      answers: { Q1: { e: 7, p: 5 }, Q2: { e: 6, p: 6 } },
      allocation: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 },
      profile: { umur: '20-29', jenisKelamin: 'laki-laki', pendidikan: 's1', pekerjaan: 'pegawai-swasta' },
    },
  });

export const trustResponseSchema = z
  .strictObject({
    templateId: z.literal('trust'),
    answers: answersOf(
      TRUST_TEMPLATE.items.map((i) => i.code),
      score(TRUST_TEMPLATE.scale.min, TRUST_TEMPLATE.scale.max),
    ).refine(hasAnswer, 'survey.noAnswers'),
    profile: respondentProfileSchema,
  })
  .meta({
    id: 'TrustResponse',
    description: 'A public trust response: item code → 0–10 (leave out "don’t know")',
    example: {
      templateId: 'trust',
      answers: { PT1: 7, RS1: 5, ST1: 6 },
      profile: { umur: '40-49', jenisKelamin: 'perempuan', pendidikan: 'smp', pekerjaan: 'ibu-rumah-tangga' },
    },
  });

/** Any response, told apart by `templateId` (which must be the running survey's template). */
export const surveyResponseSchema = z
  .discriminatedUnion('templateId', [
    skm2017ResponseSchema,
    skm2014ResponseSchema,
    ikm2004ResponseSchema,
    servqualResponseSchema,
    trustResponseSchema,
  ])
  .meta({ id: 'SurveyResponse' });

export const SURVEY_RESPONSE_SCHEMAS = {
  'skm-2017': skm2017ResponseSchema,
  'skm-2014': skm2014ResponseSchema,
  'ikm-2004': ikm2004ResponseSchema,
  servqual: servqualResponseSchema,
  trust: trustResponseSchema,
} as const satisfies Record<SurveyTemplateId, z.ZodType>;

export type IkmResponseInput = z.infer<typeof skm2017ResponseSchema>;
export type ServqualResponseInput = z.infer<typeof servqualResponseSchema>;
export type TrustResponseInput = z.infer<typeof trustResponseSchema>;
export type SurveyResponseInput = z.infer<typeof surveyResponseSchema>;
