/**
 * SERVQUAL (Parasuraman, Zeithaml & Berry 1988; revised 1991), DOMAIN.md §6. The 22 items use the 1991
 * all-positive wording, so no item is reverse-scored. The original "excellent telephone companies"/"XYZ" and
 * "customers" are adapted to "excellent public service agencies"/"this service unit" and "citizens".
 */
import type { Localized } from '../common';

export const SERVQUAL_DIMENSIONS = [
  'tangibles',
  'reliability',
  'responsiveness',
  'assurance',
  'empathy',
] as const;
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];

export interface ServqualItem {
  code: string;
  number: number;
  dimension: ServqualDimension;
  /** The expectation statement (about excellent agencies) and the perception statement (about this unit). */
  expectation: Localized;
  perception: Localized;
}

export interface ServqualDimensionInfo {
  key: ServqualDimension;
  name: Localized;
  /** The description respondents read when they allocate the 100 points. */
  description: Localized;
  items: readonly string[];
}

export interface ServqualTemplate {
  id: 'servqual';
  kind: 'servqual';
  name: Localized;
  regulation: { code: string; title: Localized };
  /** Both the Expectation and the Perception are answered on this 1–7 agreement scale. */
  scale: { min: 1; max: 7; anchors: { min: Localized; max: Localized } };
  dimensions: readonly ServqualDimensionInfo[];
  items: readonly ServqualItem[];
  /** Respondents allocate `points` across the five dimensions; weight = mean points / points. */
  weights: { kind: 'allocation'; points: 100 };
  /** How a gap (P − E) reads: negative = service falls short of expectation. */
  bands: readonly { key: 'below' | 'meets' | 'exceeds'; range: string; label: Localized }[];
}

const L = (id: string, en: string): Localized => ({ id, en });

// [dimension, expectation id, expectation en, perception id, perception en]; item numbers follow the order.
const ROWS: readonly [ServqualDimension, string, string, string, string][] = [
  [
    'tangibles',
    'Instansi pelayanan publik yang unggul memiliki peralatan yang tampak modern.',
    'Excellent public service agencies will have modern-looking equipment.',
    'Unit layanan ini memiliki peralatan yang tampak modern.',
    'This service unit has modern-looking equipment.',
  ],
  [
    'tangibles',
    'Fasilitas fisik instansi pelayanan publik yang unggul menarik secara visual.',
    'The physical facilities at excellent public service agencies will be visually appealing.',
    'Fasilitas fisik unit layanan ini menarik secara visual.',
    'The physical facilities of this service unit are visually appealing.',
  ],
  [
    'tangibles',
    'Pegawai instansi pelayanan publik yang unggul berpenampilan rapi.',
    'Employees at excellent public service agencies will be neat-appearing.',
    'Pegawai unit layanan ini berpenampilan rapi.',
    'Employees of this service unit are neat-appearing.',
  ],
  [
    'tangibles',
    'Materi yang berkaitan dengan layanan (seperti brosur atau formulir) di instansi pelayanan publik yang unggul menarik secara visual.',
    'Materials associated with the service (such as pamphlets or forms) will be visually appealing at an excellent public service agency.',
    'Materi yang berkaitan dengan layanan (seperti brosur atau formulir) di unit layanan ini menarik secara visual.',
    'Materials associated with the service (such as pamphlets or forms) are visually appealing at this service unit.',
  ],
  [
    'reliability',
    'Ketika instansi pelayanan publik yang unggul berjanji melakukan sesuatu pada waktu tertentu, mereka menepatinya.',
    'When excellent public service agencies promise to do something by a certain time, they will do so.',
    'Ketika unit layanan ini berjanji melakukan sesuatu pada waktu tertentu, unit ini menepatinya.',
    'When this service unit promises to do something by a certain time, it does so.',
  ],
  [
    'reliability',
    'Ketika warga menghadapi masalah, instansi pelayanan publik yang unggul menunjukkan kesungguhan untuk menyelesaikannya.',
    'When a citizen has a problem, excellent public service agencies will show a sincere interest in solving it.',
    'Ketika Anda menghadapi masalah, unit layanan ini menunjukkan kesungguhan untuk menyelesaikannya.',
    'When you have a problem, this service unit shows a sincere interest in solving it.',
  ],
  [
    'reliability',
    'Instansi pelayanan publik yang unggul memberikan layanan dengan benar sejak pertama kali.',
    'Excellent public service agencies will perform the service right the first time.',
    'Unit layanan ini memberikan layanan dengan benar sejak pertama kali.',
    'This service unit performs the service right the first time.',
  ],
  [
    'reliability',
    'Instansi pelayanan publik yang unggul memberikan layanan pada waktu yang dijanjikan.',
    'Excellent public service agencies will provide their services at the time they promise to do so.',
    'Unit layanan ini memberikan layanan pada waktu yang dijanjikan.',
    'This service unit provides its services at the time it promises to do so.',
  ],
  [
    'reliability',
    'Instansi pelayanan publik yang unggul bersikeras agar catatan dan dokumennya bebas dari kesalahan.',
    'Excellent public service agencies will insist on error-free records.',
    'Unit layanan ini bersikeras agar catatan dan dokumennya bebas dari kesalahan.',
    'This service unit insists on error-free records.',
  ],
  [
    'responsiveness',
    'Pegawai instansi pelayanan publik yang unggul memberi tahu warga secara pasti kapan layanan akan diberikan.',
    'Employees of excellent public service agencies will tell citizens exactly when services will be performed.',
    'Pegawai unit layanan ini memberi tahu Anda secara pasti kapan layanan akan diberikan.',
    'Employees of this service unit tell you exactly when services will be performed.',
  ],
  [
    'responsiveness',
    'Pegawai instansi pelayanan publik yang unggul melayani warga dengan segera.',
    'Employees of excellent public service agencies will give prompt service to citizens.',
    'Pegawai unit layanan ini melayani Anda dengan segera.',
    'Employees of this service unit give you prompt service.',
  ],
  [
    'responsiveness',
    'Pegawai instansi pelayanan publik yang unggul selalu bersedia membantu warga.',
    'Employees of excellent public service agencies will always be willing to help citizens.',
    'Pegawai unit layanan ini selalu bersedia membantu Anda.',
    'Employees of this service unit are always willing to help you.',
  ],
  [
    'responsiveness',
    'Pegawai instansi pelayanan publik yang unggul tidak pernah terlalu sibuk untuk menanggapi permintaan warga.',
    'Employees of excellent public service agencies will never be too busy to respond to citizens’ requests.',
    'Pegawai unit layanan ini tidak pernah terlalu sibuk untuk menanggapi permintaan Anda.',
    'Employees of this service unit are never too busy to respond to your requests.',
  ],
  [
    'assurance',
    'Perilaku pegawai instansi pelayanan publik yang unggul menumbuhkan rasa percaya warga.',
    'The behaviour of employees of excellent public service agencies will instil confidence in citizens.',
    'Perilaku pegawai unit layanan ini menumbuhkan rasa percaya Anda.',
    'The behaviour of employees of this service unit instils confidence in you.',
  ],
  [
    'assurance',
    'Warga merasa aman dalam berurusan dengan instansi pelayanan publik yang unggul.',
    'Citizens of excellent public service agencies will feel safe in their transactions.',
    'Anda merasa aman dalam berurusan dengan unit layanan ini.',
    'You feel safe in your transactions with this service unit.',
  ],
  [
    'assurance',
    'Pegawai instansi pelayanan publik yang unggul selalu bersikap sopan kepada warga.',
    'Employees of excellent public service agencies will be consistently courteous with citizens.',
    'Pegawai unit layanan ini selalu bersikap sopan kepada Anda.',
    'Employees of this service unit are consistently courteous with you.',
  ],
  [
    'assurance',
    'Pegawai instansi pelayanan publik yang unggul memiliki pengetahuan untuk menjawab pertanyaan warga.',
    'Employees of excellent public service agencies will have the knowledge to answer citizens’ questions.',
    'Pegawai unit layanan ini memiliki pengetahuan untuk menjawab pertanyaan Anda.',
    'Employees of this service unit have the knowledge to answer your questions.',
  ],
  [
    'empathy',
    'Instansi pelayanan publik yang unggul memberikan perhatian secara individual kepada warga.',
    'Excellent public service agencies will give citizens individual attention.',
    'Unit layanan ini memberikan perhatian secara individual kepada Anda.',
    'This service unit gives you individual attention.',
  ],
  [
    'empathy',
    'Instansi pelayanan publik yang unggul memiliki jam layanan yang nyaman bagi semua warga.',
    'Excellent public service agencies will have operating hours convenient to all their citizens.',
    'Unit layanan ini memiliki jam layanan yang nyaman bagi semua warga.',
    'This service unit has operating hours convenient to all its citizens.',
  ],
  [
    'empathy',
    'Instansi pelayanan publik yang unggul memiliki pegawai yang memberikan perhatian pribadi kepada warga.',
    'Excellent public service agencies will have employees who give citizens personal attention.',
    'Unit layanan ini memiliki pegawai yang memberikan perhatian pribadi kepada Anda.',
    'This service unit has employees who give you personal attention.',
  ],
  [
    'empathy',
    'Instansi pelayanan publik yang unggul mengutamakan kepentingan terbaik warga.',
    'Excellent public service agencies will have the citizens’ best interests at heart.',
    'Unit layanan ini mengutamakan kepentingan terbaik Anda.',
    'This service unit has your best interests at heart.',
  ],
  [
    'empathy',
    'Pegawai instansi pelayanan publik yang unggul memahami kebutuhan khusus warga yang dilayaninya.',
    'The employees of excellent public service agencies will understand the specific needs of their citizens.',
    'Pegawai unit layanan ini memahami kebutuhan khusus Anda.',
    'Employees of this service unit understand your specific needs.',
  ],
];

const ITEMS: readonly ServqualItem[] = ROWS.map(([dimension, eId, eEn, pId, pEn], i) => ({
  code: `Q${i + 1}`,
  number: i + 1,
  dimension,
  expectation: L(eId, eEn),
  perception: L(pId, pEn),
}));

const itemsOf = (d: ServqualDimension) => ITEMS.filter((i) => i.dimension === d).map((i) => i.code);

export const SERVQUAL_TEMPLATE: ServqualTemplate = {
  id: 'servqual',
  kind: 'servqual',
  name: L('SERVQUAL (22 butir, harapan dan persepsi)', 'SERVQUAL (22 items, expectation and perception)'),
  regulation: {
    code: 'Parasuraman, Berry & Zeithaml 1991',
    title: L(
      'Parasuraman, Zeithaml & Berry (1988), SERVQUAL; revisi kata-kata oleh Parasuraman, Berry & Zeithaml (1991), Refinement and Reassessment of the SERVQUAL Scale',
      'Parasuraman, Zeithaml & Berry (1988), SERVQUAL; revised wording in Parasuraman, Berry & Zeithaml (1991), Refinement and Reassessment of the SERVQUAL Scale',
    ),
  },
  scale: {
    min: 1,
    max: 7,
    anchors: {
      min: L('Sangat tidak setuju', 'Strongly disagree'),
      max: L('Sangat setuju', 'Strongly agree'),
    },
  },
  dimensions: [
    {
      key: 'tangibles',
      name: L('Bukti fisik', 'Tangibles'),
      description: L(
        'Penampilan fasilitas fisik, peralatan, pegawai, dan materi komunikasi.',
        'The appearance of the physical facilities, equipment, personnel and communication materials.',
      ),
      items: itemsOf('tangibles'),
    },
    {
      key: 'reliability',
      name: L('Keandalan', 'Reliability'),
      description: L(
        'Kemampuan memberikan layanan yang dijanjikan secara andal dan akurat.',
        'The ability to perform the promised service dependably and accurately.',
      ),
      items: itemsOf('reliability'),
    },
    {
      key: 'responsiveness',
      name: L('Daya tanggap', 'Responsiveness'),
      description: L(
        'Kesediaan membantu warga dan memberikan layanan dengan segera.',
        'The willingness to help citizens and provide prompt service.',
      ),
      items: itemsOf('responsiveness'),
    },
    {
      key: 'assurance',
      name: L('Jaminan', 'Assurance'),
      description: L(
        'Pengetahuan dan kesopanan pegawai serta kemampuan mereka menumbuhkan kepercayaan dan keyakinan.',
        'The knowledge and courtesy of employees and their ability to convey trust and confidence.',
      ),
      items: itemsOf('assurance'),
    },
    {
      key: 'empathy',
      name: L('Empati', 'Empathy'),
      description: L(
        'Kepedulian dan perhatian secara individual yang diberikan kepada warga.',
        'The caring, individualised attention given to citizens.',
      ),
      items: itemsOf('empathy'),
    },
  ],
  items: ITEMS,
  weights: { kind: 'allocation', points: 100 },
  bands: [
    { key: 'below', range: '< 0', label: L('Di bawah harapan', 'Below expectation') },
    { key: 'meets', range: '= 0', label: L('Sesuai harapan', 'Meets expectation') },
    { key: 'exceeds', range: '> 0', label: L('Melampaui harapan', 'Exceeds expectation') },
  ],
};
