/**
 * The key-success-factor scorecard (DOMAIN.md §8): leadership, customer focus, complaint management, employee
 * empowerment, change management, SERVQUAL and the satisfaction index, each on 0–100.
 *
 * Where Prima measures a factor, the measurement is used: complaint management = share of first responses on time;
 * satisfaction index = the IKM; SERVQUAL = the (weighted) SERVQUAL gap. The other factors (and a measured factor
 * without data, when statements evidence it) come from the self-assessments. Normalisation, stated with the card:
 *  - self-assessment 1–5 → (score − 1) / 4 × 100
 *  - on-time share 0–1 → share × 100
 *  - IKM 25–100 → (IKM − 25) / 75 × 100 (the scale's minimum is 0, its maximum 100)
 *  - SERVQUAL gap −6…+6 → 100 × (1 + gap / 6), capped to 0–100: meeting expectations (gap 0) or exceeding them is
 *    100, the widest possible shortfall (−6) is 0
 * The overall score is the plain mean of the factors that have a score.
 */
import type { Localized } from '../common';
import { KSF_KEYS, type KsfKey, likertToHundred } from './assessment';

export const KSF_LABELS: Record<KsfKey, Localized> = {
  leadership: { id: 'Kepemimpinan', en: 'Leadership' },
  'customer-focus': { id: 'Fokus pada masyarakat', en: 'Customer focus' },
  'complaint-management': { id: 'Pengelolaan pengaduan', en: 'Complaint management' },
  'employee-empowerment': { id: 'Pemberdayaan pegawai', en: 'Employee empowerment' },
  'change-management': { id: 'Manajemen perubahan', en: 'Change management' },
  servqual: { id: 'ServQual', en: 'ServQual' },
  'satisfaction-index': { id: 'Indeks kepuasan (IKM)', en: 'Satisfaction index (IKM)' },
};

/** Factors Prima can measure, and what measures them. */
export const KSF_MEASURES: Partial<Record<KsfKey, Localized>> = {
  'complaint-management': {
    id: 'Persentase tanggapan pertama pengaduan yang tepat waktu',
    en: 'Share of first complaint responses on time',
  },
  servqual: {
    id: 'Kesenjangan SERVQUAL (tertimbang bila ada bobot)',
    en: 'SERVQUAL gap (weighted when weights exist)',
  },
  'satisfaction-index': { id: 'IKM (skala 25–100)', en: 'IKM (25–100 scale)' },
};

const clamp = (v: number) => Math.min(100, Math.max(0, v));

export const onTimeToHundred = (share: number): number => clamp(share * 100);
export const ikmToHundred = (ikm: number): number => clamp(((ikm - 25) / 75) * 100);
export const servqualGapToHundred = (gap: number): number => clamp(100 * (1 + gap / 6));

export interface KsfInput {
  measured: {
    /** 0–1. */
    complaintOnTimeRate?: number | null;
    /** 25–100. */
    ikm?: number | null;
    /** P − E, −6…+6. */
    servqualGap?: number | null;
  };
  /** Self-assessed means (1–5) per factor, from `ksfSelfAssessment`. */
  selfAssessed: Partial<Record<KsfKey, number>>;
}

export interface KsfRow {
  key: KsfKey;
  name: Localized;
  score: number | null;
  source: 'measured' | 'self-assessment' | 'none';
  /** The value before normalisation and its scale. */
  raw: number | null;
  scale: '0-1' | '25-100' | 'gap-6' | '1-5' | null;
  measure: Localized | null;
}

export interface KsfScorecard {
  rows: KsfRow[];
  overall: number | null;
  method: Localized;
}

export const KSF_METHOD: Localized = {
  id:
    'Faktor yang diukur Prima memakai data terukur: pengelolaan pengaduan = % tanggapan pertama tepat waktu; ' +
    'indeks kepuasan = IKM; ServQual = kesenjangan SERVQUAL. Faktor lain dari penilaian mandiri (pernyataan yang ' +
    'ditandai faktor itu). Normalisasi ke 0–100: penilaian mandiri (nilai − 1) ÷ 4 × 100; tepat waktu × 100; ' +
    'IKM (IKM − 25) ÷ 75 × 100; SERVQUAL 100 × (1 + gap ÷ 6), dibatasi 0–100 (gap 0 atau lebih = 100). ' +
    'Nilai keseluruhan = rata-rata faktor yang memiliki nilai.',
  en:
    'Factors Prima measures use the measurement: complaint management = % first responses on time; satisfaction ' +
    'index = IKM; ServQual = SERVQUAL gap. Other factors come from the self-assessments (statements tagged with ' +
    'the factor). Normalised to 0–100: self-assessment (score − 1) ÷ 4 × 100; on-time share × 100; IKM ' +
    '(IKM − 25) ÷ 75 × 100; SERVQUAL 100 × (1 + gap ÷ 6), capped to 0–100 (a gap of 0 or more = 100). ' +
    'Overall = mean of the factors that have a score.',
};

export function ksfScorecard(input: KsfInput): KsfScorecard {
  const m = input.measured;
  const measured: Partial<Record<KsfKey, { raw: number; score: number; scale: KsfRow['scale'] }>> = {};
  if (m.complaintOnTimeRate !== undefined && m.complaintOnTimeRate !== null) {
    measured['complaint-management'] = {
      raw: m.complaintOnTimeRate,
      score: onTimeToHundred(m.complaintOnTimeRate),
      scale: '0-1',
    };
  }
  if (m.ikm !== undefined && m.ikm !== null) {
    measured['satisfaction-index'] = { raw: m.ikm, score: ikmToHundred(m.ikm), scale: '25-100' };
  }
  if (m.servqualGap !== undefined && m.servqualGap !== null) {
    measured.servqual = { raw: m.servqualGap, score: servqualGapToHundred(m.servqualGap), scale: 'gap-6' };
  }
  const rows: KsfRow[] = KSF_KEYS.map((key) => {
    const meas = measured[key];
    if (meas)
      return { key, name: KSF_LABELS[key], source: 'measured', ...meas, measure: KSF_MEASURES[key] ?? null };
    const self = input.selfAssessed[key];
    if (self !== undefined) {
      return {
        key,
        name: KSF_LABELS[key],
        source: 'self-assessment',
        raw: self,
        score: likertToHundred(self),
        scale: '1-5',
        measure: KSF_MEASURES[key] ?? null,
      };
    }
    return {
      key,
      name: KSF_LABELS[key],
      source: 'none',
      raw: null,
      score: null,
      scale: null,
      measure: KSF_MEASURES[key] ?? null,
    };
  });
  const scored = rows.map((r) => r.score).filter((s): s is number => s !== null);
  return {
    rows,
    overall: scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null,
    method: KSF_METHOD,
  };
}
