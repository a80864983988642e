/**
 * Survey templates as data (DOMAIN.md §1, §2, §6, §7). A template carries everything a form, a calculator and a
 * report need: its items, answer scale and labels, weights, grade bands and the regulation or source it follows.
 */
import type { Localized } from '../common';
import type { SURVEY_TEMPLATE_IDS } from '../settings';
import { SERVQUAL_TEMPLATE, type ServqualTemplate } from './servqual-template';
import { TRUST_TEMPLATE, type TrustTemplate } from './trust-template';

/** The IKM templates a tenant can choose as its default (the settings' list). */
export type IkmTemplateId = (typeof SURVEY_TEMPLATE_IDS)[number];
export const ALL_SURVEY_TEMPLATE_IDS = ['skm-2017', 'skm-2014', 'ikm-2004', 'servqual', 'trust'] as const;
export type SurveyTemplateId = (typeof ALL_SURVEY_TEMPLATE_IDS)[number];
export type SurveyKind = 'ikm' | 'servqual' | 'trust';

export interface Regulation {
  /** Short citation, e.g. "PermenPAN-RB 14/2017". */
  code: string;
  title: Localized;
}

export const MUTU = ['A', 'B', 'C', 'D'] as const;
export type Mutu = (typeof MUTU)[number];
export const KINERJA = ['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik'] as const;
export type Kinerja = (typeof KINERJA)[number];
/** Kinerja unit pelayanan as shown in each language (the Indonesian term is also the stored value). */
export const KINERJA_LABELS: Record<Kinerja, Localized> = {
  'Sangat Baik': { id: 'Sangat Baik', en: 'Very good' },
  Baik: { id: 'Baik', en: 'Good' },
  'Kurang Baik': { id: 'Kurang Baik', en: 'Fair' },
  'Tidak Baik': { id: 'Tidak Baik', en: 'Poor' },
};

/**
 * One grade band on the 25–100 scale. `from` is the lower bound; 2017 bands include it (≥ 88.31) while the 2004
 * bands exclude it (> 81.25), so both rules are stated as the regulations publish them.
 */
export interface IkmBand {
  mutu: Mutu;
  kinerja: Kinerja;
  from: number;
  fromInclusive: boolean;
  /** The published interval on the 25–100 scale, and its 1–4 equivalent, as printed. */
  range: string;
  rawRange: string;
}

export interface IkmUnsur {
  code: string;
  name: Localized;
  /** Answer labels for the scores 1, 2, 3, 4 (4 = best). */
  answers: readonly [Localized, Localized, Localized, Localized];
}

export interface IkmTemplate {
  id: IkmTemplateId;
  kind: 'ikm';
  name: Localized;
  regulation: Regulation;
  scale: { min: 1; max: 4 };
  unsur: readonly IkmUnsur[];
  /** `exact` = 1/n; `legacy` = the rounded weight printed in the regulation, offered for spreadsheet parity. */
  weights: { exact: number; legacy: number };
  /** IKM(25–100) = IKM(1–4) × conversion. */
  conversion: 25;
  /** Best band first. */
  bands: readonly IkmBand[];
  /** Krejcie & Morgan on the population (2014, 2017) or the fixed (unsur + 1) × 10 minimum (2004). */
  sampleRule: 'krejcie-morgan' | 'unsur-plus-one-times-ten';
}

const L = (id: string, en: string): Localized => ({ id, en });
const four = (a: Localized, b: Localized, c: Localized, d: Localized) => [a, b, c, d] as const;
/** The common "tidak X / kurang X / X / sangat X" answer pattern. */
const graded = (id: string, en: string) =>
  four(
    L(`tidak ${id}`, `not ${en}`),
    L(`kurang ${id}`, `less ${en}`),
    L(id, en),
    L(`sangat ${id}`, `very ${en}`),
  );

/** PermenPAN-RB 14/2017 bands (also used for 16/2014): A ≥ 88.31, B ≥ 76.61, C ≥ 65.00. */
export const BANDS_2017: readonly IkmBand[] = [
  {
    mutu: 'A',
    kinerja: 'Sangat Baik',
    from: 88.31,
    fromInclusive: true,
    range: '88,31–100,00',
    rawRange: '3,5324–4,00',
  },
  {
    mutu: 'B',
    kinerja: 'Baik',
    from: 76.61,
    fromInclusive: true,
    range: '76,61–88,30',
    rawRange: '3,0644–3,532',
  },
  {
    mutu: 'C',
    kinerja: 'Kurang Baik',
    from: 65,
    fromInclusive: true,
    range: '65,00–76,60',
    rawRange: '2,60–3,064',
  },
  {
    mutu: 'D',
    kinerja: 'Tidak Baik',
    from: 25,
    fromInclusive: true,
    range: '25,00–64,99',
    rawRange: '1,00–2,5996',
  },
];

/** KEP/25/M.PAN/2/2004 bands: A > 81.25, B > 62.50, C > 43.75, else D. */
export const BANDS_2004: readonly IkmBand[] = [
  {
    mutu: 'A',
    kinerja: 'Sangat Baik',
    from: 81.25,
    fromInclusive: false,
    range: '81,26–100,00',
    rawRange: '3,26–4,00',
  },
  {
    mutu: 'B',
    kinerja: 'Baik',
    from: 62.5,
    fromInclusive: false,
    range: '62,51–81,25',
    rawRange: '2,51–3,25',
  },
  {
    mutu: 'C',
    kinerja: 'Kurang Baik',
    from: 43.75,
    fromInclusive: false,
    range: '43,76–62,50',
    rawRange: '1,76–2,50',
  },
  {
    mutu: 'D',
    kinerja: 'Tidak Baik',
    from: 25,
    fromInclusive: true,
    range: '25,00–43,75',
    rawRange: '1,00–1,75',
  },
];

const SESUAI = graded('sesuai', 'suitable');

/** The nine unsur of PermenPAN-RB 14/2017, with the answer labels of its model questionnaire. */
const UNSUR_2017: readonly IkmUnsur[] = [
  { code: 'U1', name: L('Persyaratan', 'Requirements'), answers: SESUAI },
  {
    code: 'U2',
    name: L('Sistem, Mekanisme, dan Prosedur', 'System, mechanism and procedure'),
    answers: graded('mudah', 'easy'),
  },
  { code: 'U3', name: L('Waktu Penyelesaian', 'Completion time'), answers: graded('cepat', 'fast') },
  {
    code: 'U4',
    name: L('Biaya/Tarif', 'Fee/tariff'),
    answers: four(
      L('sangat mahal', 'very expensive'),
      L('cukup mahal', 'fairly expensive'),
      L('murah', 'cheap'),
      L('gratis', 'free of charge'),
    ),
  },
  {
    code: 'U5',
    name: L('Produk Spesifikasi Jenis Pelayanan', 'Service product specification'),
    answers: SESUAI,
  },
  {
    code: 'U6',
    name: L('Kompetensi Pelaksana', 'Staff competence'),
    answers: graded('kompeten', 'competent'),
  },
  {
    code: 'U7',
    name: L('Perilaku Pelaksana', 'Staff conduct'),
    answers: graded('sopan dan ramah', 'polite and friendly'),
  },
  {
    code: 'U8',
    name: L('Sarana dan Prasarana', 'Facilities and infrastructure'),
    answers: four(L('buruk', 'poor'), L('cukup', 'fair'), L('baik', 'good'), L('sangat baik', 'very good')),
  },
  {
    code: 'U9',
    name: L('Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints, suggestions and input'),
    answers: four(
      L('tidak ada', 'none'),
      L('ada tetapi tidak berfungsi', 'exists but does not work'),
      L('berfungsi kurang maksimal', 'works, but not fully'),
      L('dikelola dengan baik', 'well managed'),
    ),
  },
];

export const SKM_2017: IkmTemplate = {
  id: 'skm-2017',
  kind: 'ikm',
  name: L('SKM PermenPAN-RB 14/2017 (9 unsur)', 'SKM PermenPAN-RB 14/2017 (9 elements)'),
  regulation: {
    code: 'PermenPAN-RB 14/2017',
    title: L(
      'Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
      'Minister of Administrative and Bureaucratic Reform Regulation 14/2017 on Guidelines for Community Satisfaction Surveys of Public Service Units',
    ),
  },
  scale: { min: 1, max: 4 },
  unsur: UNSUR_2017,
  weights: { exact: 1 / 9, legacy: 0.111 },
  conversion: 25,
  bands: BANDS_2017,
  sampleRule: 'krejcie-morgan',
};

/**
 * PermenPAN-RB 16/2014: the same nine unsur except U8 = Maklumat Pelayanan (whether the service kept the unit's
 * published pledge). Its answer labels follow the "sesuai" pattern.
 */
export const SKM_2014: IkmTemplate = {
  ...SKM_2017,
  id: 'skm-2014',
  name: L('SKM PermenPAN-RB 16/2014 (9 unsur)', 'SKM PermenPAN-RB 16/2014 (9 elements)'),
  regulation: {
    code: 'PermenPAN-RB 16/2014',
    title: L(
      'Peraturan Menteri PANRB Nomor 16 Tahun 2014 tentang Pedoman Survei Kepuasan Masyarakat terhadap Penyelenggaraan Pelayanan Publik',
      'Minister of Administrative and Bureaucratic Reform Regulation 16/2014 on Guidelines for Community Satisfaction Surveys of Public Service Delivery',
    ),
  },
  unsur: UNSUR_2017.map((u) =>
    u.code === 'U8'
      ? { code: 'U8', name: L('Maklumat Pelayanan', 'Service pledge (maklumat)'), answers: SESUAI }
      : u,
  ),
};

/** The fourteen unsur of KEP/25/M.PAN/2/2004, with the answer labels of its model questionnaire. */
const UNSUR_2004: readonly IkmUnsur[] = [
  { code: 'U1', name: L('Prosedur pelayanan', 'Service procedure'), answers: graded('mudah', 'easy') },
  { code: 'U2', name: L('Persyaratan pelayanan', 'Service requirements'), answers: SESUAI },
  {
    code: 'U3',
    name: L('Kejelasan petugas pelayanan', 'Clarity of the service officer'),
    answers: graded('jelas', 'clear'),
  },
  {
    code: 'U4',
    name: L('Kedisiplinan petugas pelayanan', 'Discipline of the service officer'),
    answers: graded('disiplin', 'disciplined'),
  },
  {
    code: 'U5',
    name: L('Tanggung jawab petugas pelayanan', 'Responsibility of the service officer'),
    answers: graded('bertanggung jawab', 'responsible'),
  },
  {
    code: 'U6',
    name: L('Kemampuan petugas pelayanan', 'Ability of the service officer'),
    answers: graded('mampu', 'capable'),
  },
  { code: 'U7', name: L('Kecepatan pelayanan', 'Speed of service'), answers: graded('cepat', 'fast') },
  {
    code: 'U8',
    name: L('Keadilan mendapatkan pelayanan', 'Fairness in obtaining the service'),
    answers: graded('adil', 'fair'),
  },
  {
    code: 'U9',
    name: L('Kesopanan dan keramahan petugas', 'Courtesy and friendliness of officers'),
    answers: graded('sopan dan ramah', 'polite and friendly'),
  },
  {
    code: 'U10',
    name: L('Kewajaran biaya pelayanan', 'Reasonableness of the fee'),
    answers: graded('wajar', 'reasonable'),
  },
  {
    code: 'U11',
    name: L('Kepastian biaya pelayanan', 'Certainty of the fee'),
    answers: four(
      L('selalu tidak sesuai', 'never as set'),
      L('kadang-kadang sesuai', 'sometimes as set'),
      L('banyak sesuainya', 'mostly as set'),
      L('selalu sesuai', 'always as set'),
    ),
  },
  {
    code: 'U12',
    name: L('Kepastian jadwal pelayanan', 'Certainty of the schedule'),
    answers: four(
      L('selalu tidak tepat', 'never on time'),
      L('kadang-kadang tepat', 'sometimes on time'),
      L('banyak tepatnya', 'mostly on time'),
      L('selalu tepat', 'always on time'),
    ),
  },
  {
    code: 'U13',
    name: L('Kenyamanan lingkungan', 'Comfort of the surroundings'),
    answers: graded('nyaman', 'comfortable'),
  },
  { code: 'U14', name: L('Keamanan pelayanan', 'Security of the service'), answers: graded('aman', 'safe') },
];

export const IKM_2004: IkmTemplate = {
  id: 'ikm-2004',
  kind: 'ikm',
  name: L('IKM KepMenPAN 25/2004 (14 unsur)', 'IKM KepMenPAN 25/2004 (14 elements)'),
  regulation: {
    code: 'KEP/25/M.PAN/2/2004',
    title: L(
      'Keputusan Menteri PAN Nomor KEP/25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat Unit Pelayanan Instansi Pemerintah',
      'Minister of Administrative Reform Decree KEP/25/M.PAN/2/2004 on General Guidelines for the Community Satisfaction Index of Government Service Units',
    ),
  },
  scale: { min: 1, max: 4 },
  unsur: UNSUR_2004,
  weights: { exact: 1 / 14, legacy: 0.071 },
  conversion: 25,
  bands: BANDS_2004,
  sampleRule: 'unsur-plus-one-times-ten',
};

export type SurveyTemplate = IkmTemplate | ServqualTemplate | TrustTemplate;

export const IKM_TEMPLATES: Readonly<Record<IkmTemplateId, IkmTemplate>> = {
  'skm-2017': SKM_2017,
  'skm-2014': SKM_2014,
  'ikm-2004': IKM_2004,
};

export const SURVEY_TEMPLATES: Readonly<Record<SurveyTemplateId, SurveyTemplate>> = {
  ...IKM_TEMPLATES,
  servqual: SERVQUAL_TEMPLATE,
  trust: TRUST_TEMPLATE,
};

export const isIkmTemplateId = (id: string): id is IkmTemplateId => Object.hasOwn(IKM_TEMPLATES, id);
