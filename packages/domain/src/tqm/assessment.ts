/**
 * Organisational self-assessments (DOMAIN.md §8): the McKinsey 7S model with the environment as an eighth element,
 * and the quality-culture assessment (feedback, involvement and reward, teams, accountable executives, training,
 * internal customers, suppliers as partners). Officials of a unit rate statements on a 1–5 agreement scale, once per
 * period; several officials may answer and their answers are pooled.
 *
 * Scoring (the method shown with the results): a statement's score is the mean of its answers; an element's score is
 * the mean of its statements' scores (statements weigh equally); the overall score is the mean of the elements.
 * Scores stay on 1–5 and are also given on 0–100 as (score − 1) / 4 × 100. Unanswered statements do not count.
 * Statements tagged with a key success factor feed the KSF scorecard's self-assessed factors.
 */
import { z } from 'zod';
import type { Localized } from '../common';

export const KSF_KEYS = [
  'leadership',
  'customer-focus',
  'complaint-management',
  'employee-empowerment',
  'change-management',
  'servqual',
  'satisfaction-index',
] as const;
export type KsfKey = (typeof KSF_KEYS)[number];

export const ASSESSMENT_TEMPLATE_IDS = ['7s-e', 'quality-culture'] as const;
export type AssessmentTemplateId = (typeof ASSESSMENT_TEMPLATE_IDS)[number];

export interface AssessmentStatement {
  code: string;
  text: Localized;
  /** The key success factor this statement evidences, if any. */
  ksf: KsfKey | null;
}
export interface AssessmentElement {
  key: string;
  name: Localized;
  statements: readonly AssessmentStatement[];
}
export interface AssessmentTemplate {
  id: AssessmentTemplateId;
  name: Localized;
  source: Localized;
  scale: { min: 1; max: 5; labels: readonly [Localized, Localized, Localized, Localized, Localized] };
  elements: readonly AssessmentElement[];
}

const L = (id: string, en: string): Localized => ({ id, en });
const AGREE = [
  L('Sangat tidak setuju', 'Strongly disagree'),
  L('Tidak setuju', 'Disagree'),
  L('Ragu-ragu', 'Neutral'),
  L('Setuju', 'Agree'),
  L('Sangat setuju', 'Strongly agree'),
] as const;

const el = (
  key: string,
  prefix: string,
  name: Localized,
  statements: readonly (readonly [string, string, KsfKey | null])[],
): AssessmentElement => ({
  key,
  name,
  statements: statements.map(([id, en, ksf], i) => ({ code: `${prefix}${i + 1}`, text: L(id, en), ksf })),
});

export const SEVEN_S_TEMPLATE: AssessmentTemplate = {
  id: '7s-e',
  name: L('Penilaian mandiri McKinsey 7S + Lingkungan', 'McKinsey 7S + environment self-assessment'),
  source: L(
    'Model 7S McKinsey (Waterman, Peters & Phillips 1980) dengan lingkungan sebagai unsur kedelapan',
    'McKinsey 7S model (Waterman, Peters & Phillips 1980) with the environment as an eighth element',
  ),
  scale: { min: 1, max: 5, labels: AGREE },
  elements: [
    el('strategy', 'ST', L('Strategi', 'Strategy'), [
      [
        'Unit kami memiliki rencana yang jelas untuk meningkatkan mutu pelayanan',
        'Our unit has a clear plan to improve service quality',
        null,
      ],
      [
        'Sasaran mutu pelayanan dijabarkan menjadi target yang terukur',
        'Service quality goals are broken down into measurable targets',
        null,
      ],
      [
        'Strategi unit disusun dengan memperhatikan kebutuhan dan masukan masyarakat',
        "The unit's strategy is drawn up from citizens' needs and feedback",
        'customer-focus',
      ],
    ]),
    el('structure', 'SR', L('Struktur', 'Structure'), [
      [
        'Pembagian tugas dan tanggung jawab pelayanan jelas bagi setiap pegawai',
        'Every employee knows their service duties and responsibilities',
        null,
      ],
      [
        'Koordinasi antarbagian berjalan lancar dalam menyelesaikan pelayanan',
        'Sections coordinate smoothly to complete a service',
        null,
      ],
      [
        'Struktur organisasi memungkinkan keputusan pelayanan diambil dengan cepat',
        'The structure lets service decisions be taken quickly',
        'employee-empowerment',
      ],
    ]),
    el('systems', 'SY', L('Sistem', 'Systems'), [
      [
        'Prosedur pelayanan tertuang dalam Standar Pelayanan dan dipatuhi',
        'Service procedures are written in the Standar Pelayanan and followed',
        null,
      ],
      [
        'Data kinerja pelayanan (pengaduan, SKM) dikumpulkan dan dipakai untuk mengambil keputusan',
        'Service performance data (complaints, SKM) is collected and used for decisions',
        null,
      ],
      [
        'Sistem informasi mendukung pelayanan yang cepat dan akurat',
        'Information systems support fast and accurate service',
        null,
      ],
    ]),
    el('shared-values', 'SV', L('Nilai bersama', 'Shared values'), [
      [
        'Seluruh pegawai memahami dan menepati Maklumat Pelayanan',
        'All employees understand and keep the Maklumat Pelayanan',
        null,
      ],
      [
        'Melayani masyarakat dengan baik adalah nilai utama unit kami',
        'Serving citizens well is the core value of our unit',
        'customer-focus',
      ],
      [
        'Integritas dan keterbukaan dijunjung dalam pelayanan',
        'Integrity and openness are upheld in service',
        null,
      ],
    ]),
    el('style', 'SL', L('Gaya kepemimpinan', 'Style'), [
      [
        'Pimpinan unit terlibat langsung dalam upaya peningkatan mutu',
        "The unit's leaders take part in quality improvement themselves",
        'leadership',
      ],
      [
        'Pimpinan memberi teladan dalam melayani masyarakat',
        'Leaders set the example in serving citizens',
        'leadership',
      ],
      [
        'Pimpinan terbuka terhadap masukan dan kritik dari pegawai',
        'Leaders are open to suggestions and criticism from staff',
        'leadership',
      ],
    ]),
    el('staff', 'SF', L('Pegawai', 'Staff'), [
      [
        'Jumlah pegawai memadai untuk beban pelayanan',
        'There are enough staff for the service workload',
        null,
      ],
      [
        'Pegawai dilibatkan dalam memecahkan masalah pelayanan',
        'Staff are involved in solving service problems',
        'employee-empowerment',
      ],
      [
        'Pegawai diberi wewenang menyelesaikan masalah masyarakat tanpa selalu menunggu atasan',
        "Staff may resolve a citizen's problem without always waiting for a superior",
        'employee-empowerment',
      ],
    ]),
    el('skills', 'SK', L('Keterampilan', 'Skills'), [
      [
        'Pegawai memiliki kompetensi yang sesuai dengan tugas pelayanannya',
        'Staff have the competences their service duties require',
        null,
      ],
      ['Pegawai mendapat pelatihan secara berkala', 'Staff are trained regularly', null],
      [
        'Pegawai mampu menangani pengaduan masyarakat dengan baik',
        "Staff handle citizens' complaints well",
        'complaint-management',
      ],
    ]),
    el('environment', 'EN', L('Lingkungan', 'Environment'), [
      [
        'Unit memahami perubahan kebutuhan dan harapan masyarakat',
        "The unit understands citizens' changing needs and expectations",
        'customer-focus',
      ],
      [
        'Regulasi dan kebijakan baru cepat diterapkan dalam pelayanan',
        'New regulations and policies are quickly put into practice',
        'change-management',
      ],
      [
        'Unit mampu menyesuaikan diri dengan perubahan teknologi, kebijakan, dan anggaran',
        'The unit adapts to changes in technology, policy and budget',
        'change-management',
      ],
    ]),
  ],
};

export const QUALITY_CULTURE_TEMPLATE: AssessmentTemplate = {
  id: 'quality-culture',
  name: L('Penilaian budaya mutu', 'Quality-culture assessment'),
  source: L(
    'Praktik budaya mutu TQM: umpan balik, keterlibatan dan penghargaan, tim, akuntabilitas pimpinan, pelatihan, ' +
      'pelanggan internal, pemasok sebagai mitra',
    'TQM quality-culture practices: feedback, involvement and reward, teams, accountable executives, training, ' +
      'internal customers, suppliers as partners',
  ),
  scale: { min: 1, max: 5, labels: AGREE },
  elements: [
    el('feedback', 'FB', L('Umpan balik masyarakat', 'Citizen feedback'), [
      [
        'Unit secara aktif mengumpulkan masukan masyarakat (survei, pengaduan, saran)',
        'The unit actively collects citizen feedback (surveys, complaints, suggestions)',
        'customer-focus',
      ],
      [
        'Masukan masyarakat benar-benar dipakai untuk memperbaiki pelayanan',
        'Citizen feedback is actually used to improve the service',
        'customer-focus',
      ],
      [
        'Perubahan cara kerja direncanakan dan dikomunikasikan dengan baik',
        'Changes in ways of working are planned and communicated well',
        'change-management',
      ],
    ]),
    el('involvement', 'IR', L('Keterlibatan dan penghargaan', 'Involvement and reward'), [
      [
        'Pegawai dilibatkan dalam upaya perbaikan mutu',
        'Staff are involved in quality improvement',
        'employee-empowerment',
      ],
      [
        'Pegawai yang berkontribusi pada perbaikan mutu mendapat penghargaan',
        'Staff who contribute to quality improvement are rewarded',
        'employee-empowerment',
      ],
    ]),
    el('teamwork', 'TW', L('Kerja tim', 'Teamwork'), [
      [
        'Perbaikan dikerjakan oleh tim lintas bagian',
        'Improvements are carried out by cross-section teams',
        null,
      ],
      [
        'Tim perbaikan mendapat waktu dan sumber daya yang cukup',
        'Improvement teams get enough time and resources',
        null,
      ],
    ]),
    el('accountability', 'AC', L('Akuntabilitas pimpinan', 'Executive accountability'), [
      [
        'Pimpinan bertanggung jawab atas tercapainya target mutu',
        'Executives are answerable for meeting quality targets',
        'leadership',
      ],
      [
        'Hasil perbaikan dilaporkan secara terbuka kepada pimpinan dan masyarakat',
        'Improvement results are reported openly to executives and citizens',
        'leadership',
      ],
    ]),
    el('training', 'TR', L('Pelatihan', 'Training'), [
      [
        'Pegawai dilatih menggunakan alat bantu mutu (PDCA, Pareto, peta kendali)',
        'Staff are trained in the quality tools (PDCA, Pareto, control charts)',
        null,
      ],
      [
        'Pelatihan disesuaikan dengan kebutuhan pelayanan',
        'Training is matched to the needs of the service',
        null,
      ],
    ]),
    el('internal-customers', 'IC', L('Pelanggan internal', 'Internal customers'), [
      [
        'Setiap bagian memperlakukan bagian lain sebagai pelanggan internal',
        'Every section treats the others as internal customers',
        null,
      ],
      [
        'Hambatan antarbagian yang mengganggu pelayanan cepat diselesaikan',
        'Obstacles between sections that hurt the service are resolved quickly',
        null,
      ],
    ]),
    el('suppliers', 'SP', L('Pemasok sebagai mitra', 'Suppliers as partners'), [
      [
        'Pemasok dan mitra (instansi lain, penyedia) diperlakukan sebagai mitra dalam menjaga mutu',
        'Suppliers and partners (other agencies, vendors) are treated as partners in quality',
        null,
      ],
      [
        'Persyaratan mutu disepakati bersama pemasok dan mitra',
        'Quality requirements are agreed with suppliers and partners',
        null,
      ],
    ]),
  ],
};

export const ASSESSMENT_TEMPLATES: Record<AssessmentTemplateId, AssessmentTemplate> = {
  '7s-e': SEVEN_S_TEMPLATE,
  'quality-culture': QUALITY_CULTURE_TEMPLATE,
};

export const statementCodes = (t: AssessmentTemplate): string[] =>
  t.elements.flatMap((e) => e.statements.map((s) => s.code));

/** One official's answers: statement code → 1–5; at least one, only the template's codes. */
export function assessmentAnswersSchema(t: AssessmentTemplate) {
  const score = z.number().int().min(t.scale.min, 'survey.scale').max(t.scale.max, 'survey.scale');
  return z
    .strictObject(
      Object.fromEntries(statementCodes(t).map((c) => [c, score.optional()])) as Record<
        string,
        z.ZodOptional<typeof score>
      >,
      { error: (issue) => (issue.code === 'unrecognized_keys' ? 'assessment.unknownStatement' : undefined) },
    )
    .refine((a) => Object.values(a).some((v) => v !== undefined), {
      message: 'survey.noAnswers',
      // An unknown statement is the problem to name, not the absence of known answers besides it.
      when: (payload) => payload.issues.length === 0,
    });
}

export type AssessmentAnswers = Readonly<Record<string, number | null | undefined>>;

/** A 1–5 score on 0–100: (score − 1) / 4 × 100. */
export const likertToHundred = (score: number): number => ((score - 1) / 4) * 100;

export interface StatementScore {
  code: string;
  answers: number;
  score: number | null;
}
export interface ElementScore {
  key: string;
  name: Localized;
  /** Statements with at least one answer. */
  answered: number;
  statements: StatementScore[];
  /** Mean of the statement scores, 1–5; null when none was answered. */
  score: number | null;
  /** The same on 0–100. */
  score100: number | null;
}
export interface AssessmentScore {
  templateId: AssessmentTemplateId;
  respondents: number;
  elements: ElementScore[];
  overall: number | null;
  overall100: number | null;
  method: Localized;
}

const meanOf = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export const ASSESSMENT_METHOD: Localized = {
  id:
    'Skala 1–5 (sangat tidak setuju – sangat setuju). Nilai pernyataan = rata-rata jawaban; nilai unsur = ' +
    'rata-rata nilai pernyataannya; nilai keseluruhan = rata-rata nilai unsur. Skala 0–100 = (nilai − 1) ÷ 4 × 100. ' +
    'Pernyataan yang tidak dijawab tidak dihitung.',
  en:
    'Scale 1–5 (strongly disagree – strongly agree). Statement score = mean of its answers; element score = mean ' +
    'of its statement scores; overall = mean of the element scores. 0–100 scale = (score − 1) ÷ 4 × 100. ' +
    'Unanswered statements do not count.',
};

/** Scores of pooled answers. Throws RangeError on an unknown statement or a score off the 1–5 scale. */
export function scoreAssessment(
  t: AssessmentTemplate,
  responses: readonly AssessmentAnswers[],
): AssessmentScore {
  const acc = new Map(statementCodes(t).map((c) => [c, { sum: 0, n: 0 }]));
  let respondents = 0;
  for (const r of responses) {
    let any = false;
    for (const [code, v] of Object.entries(r)) {
      const a = acc.get(code);
      if (!a) throw new RangeError(`Unknown statement "${code}" of ${t.id}`);
      if (v === null || v === undefined) continue;
      if (!Number.isInteger(v) || v < t.scale.min || v > t.scale.max) {
        throw new RangeError(`Score of ${code} must be an integer from 1 to 5, got ${v}`);
      }
      a.sum += v;
      a.n += 1;
      any = true;
    }
    if (any) respondents += 1;
  }
  const elements = t.elements.map((e) => {
    const statements = e.statements.map((s) => {
      const a = acc.get(s.code)!;
      return { code: s.code, answers: a.n, score: a.n ? a.sum / a.n : null };
    });
    const scored = statements.map((s) => s.score).filter((s): s is number => s !== null);
    const score = meanOf(scored);
    return {
      key: e.key,
      name: e.name,
      answered: scored.length,
      statements,
      score,
      score100: score === null ? null : likertToHundred(score),
    };
  });
  const overall = meanOf(elements.map((e) => e.score).filter((s): s is number => s !== null));
  return {
    templateId: t.id,
    respondents,
    elements,
    overall,
    overall100: overall === null ? null : likertToHundred(overall),
    method: ASSESSMENT_METHOD,
  };
}

export interface ElementChange {
  key: string;
  name: Localized;
  score: number | null;
  previous: number | null;
  /** score − previous on 1–5; null when either is missing. */
  change: number | null;
}

/** Change per element since the previous assessment (radar data: current and previous on one chart). */
export function assessmentChange(
  current: AssessmentScore,
  previous: AssessmentScore | null,
): ElementChange[] {
  return current.elements.map((e) => {
    const before = previous?.elements.find((p) => p.key === e.key)?.score ?? null;
    return {
      key: e.key,
      name: e.name,
      score: e.score,
      previous: before,
      change: e.score === null || before === null ? null : e.score - before,
    };
  });
}

/**
 * Self-assessed KSF means: for every factor, the mean of the scores (1–5) of the statements tagged with it, over the
 * given assessments (statements weigh equally; statements nobody answered do not count).
 */
export function ksfSelfAssessment(scores: readonly AssessmentScore[]): Partial<Record<KsfKey, number>> {
  const byKsf = new Map<KsfKey, number[]>();
  for (const s of scores) {
    const t = ASSESSMENT_TEMPLATES[s.templateId];
    for (const e of t.elements) {
      const scored = s.elements.find((x) => x.key === e.key);
      for (const st of e.statements) {
        if (!st.ksf) continue;
        const v = scored?.statements.find((x) => x.code === st.code)?.score ?? null;
        if (v === null) continue;
        byKsf.set(st.ksf, [...(byKsf.get(st.ksf) ?? []), v]);
      }
    }
  }
  return Object.fromEntries([...byKsf].map(([k, vs]) => [k, meanOf(vs)!]));
}
