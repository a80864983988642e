/**
 * Public trust, OECD Trust Survey style (DOMAIN.md §7): every item on 0–10. Political trust asks about
 * institutions and leaders; the drivers ask how likely the government is to behave in a trustworthy way
 * (competence: responsiveness, reliability; values: integrity, openness, fairness); social trust is the single
 * "most people" item. Wording is adapted to a Pemda and its services.
 */
import type { Localized } from '../common';

export const TRUST_DRIVERS = ['responsiveness', 'reliability', 'integrity', 'openness', 'fairness'] as const;
export type TrustDriver = (typeof TRUST_DRIVERS)[number];
export const TRUST_DRIVER_GROUPS = ['competence', 'values'] as const;
export type TrustDriverGroup = (typeof TRUST_DRIVER_GROUPS)[number];
export type TrustSection = 'political' | 'driver' | 'social';
export type TrustBandKey = 'low' | 'neutral' | 'high';

export interface TrustItem {
  code: string;
  section: TrustSection;
  /** Set on driver items only. */
  driver: TrustDriver | null;
  text: Localized;
  /** What 0 and 10 mean for this item. */
  anchors: { min: Localized; max: Localized };
}

export interface TrustTemplate {
  id: 'trust';
  kind: 'trust';
  name: Localized;
  regulation: { code: string; title: Localized };
  scale: { min: 0; max: 10 };
  drivers: readonly { key: TrustDriver; group: TrustDriverGroup; name: Localized }[];
  groups: readonly { key: TrustDriverGroup; name: Localized }[];
  items: readonly TrustItem[];
  /** Items count equally within a driver and within political trust. */
  weights: { kind: 'equal' };
  /** The headline is the share answering 6–10. */
  bands: readonly { key: TrustBandKey; from: number; to: number; label: Localized }[];
}

const L = (id: string, en: string): Localized => ({ id, en });

const TRUST_ANCHORS = {
  min: L('Sama sekali tidak percaya', 'Not at all'),
  max: L('Sangat percaya', 'Completely'),
};
const LIKELY_ANCHORS = {
  min: L('Sangat tidak mungkin', 'Very unlikely'),
  max: L('Sangat mungkin', 'Very likely'),
};

const TRUST_IN = (code: string, id: string, en: string): TrustItem => ({
  code,
  section: 'political',
  driver: null,
  text: L(
    `Pada skala 0 sampai 10, seberapa besar Anda memercayai ${id}?`,
    `On a scale of 0 to 10, how much do you trust ${en}?`,
  ),
  anchors: TRUST_ANCHORS,
});

const LIKELY = (code: string, driver: TrustDriver, id: string, en: string): TrustItem => ({
  code,
  section: 'driver',
  driver,
  text: L(id, en),
  anchors: LIKELY_ANCHORS,
});

export const TRUST_TEMPLATE: TrustTemplate = {
  id: 'trust',
  kind: 'trust',
  name: L('Kepercayaan publik (gaya Survei Kepercayaan OECD)', 'Public trust (OECD Trust Survey style)'),
  regulation: {
    code: 'OECD Trust Survey',
    title: L(
      'OECD Survey on Drivers of Trust in Public Institutions (skala 0–10)',
      'OECD Survey on Drivers of Trust in Public Institutions (0–10 scale)',
    ),
  },
  scale: { min: 0, max: 10 },
  groups: [
    { key: 'competence', name: L('Kompetensi', 'Competence') },
    { key: 'values', name: L('Nilai', 'Values') },
  ],
  drivers: [
    { key: 'responsiveness', group: 'competence', name: L('Daya tanggap', 'Responsiveness') },
    { key: 'reliability', group: 'competence', name: L('Keandalan', 'Reliability') },
    { key: 'integrity', group: 'values', name: L('Integritas', 'Integrity') },
    { key: 'openness', group: 'values', name: L('Keterbukaan', 'Openness') },
    { key: 'fairness', group: 'values', name: L('Keadilan', 'Fairness') },
  ],
  items: [
    TRUST_IN('PT1', 'pemerintah daerah (Pemda) Anda', 'your regional government (Pemda)'),
    TRUST_IN(
      'PT2',
      'kepala daerah Anda (gubernur, bupati, atau wali kota)',
      'your regional head (governor, regent or mayor)',
    ),
    TRUST_IN('PT3', 'DPRD (dewan perwakilan rakyat daerah)', 'the regional parliament (DPRD)'),
    TRUST_IN('PT4', 'aparatur sipil negara (pegawai pemerintah)', 'the civil service'),
    TRUST_IN('PT5', 'pemerintah pusat', 'the national government'),
    TRUST_IN('PT6', 'pengadilan', 'the courts'),
    TRUST_IN('PT7', 'kepolisian', 'the police'),
    LIKELY(
      'RS1',
      'responsiveness',
      'Jika banyak orang mengeluhkan layanan publik yang berjalan buruk, seberapa mungkin layanan itu akan diperbaiki?',
      'If many people complained about a public service that is working badly, how likely is it that it would be improved?',
    ),
    LIKELY(
      'RS2',
      'responsiveness',
      'Jika seorang pegawai pemerintah punya gagasan untuk memperbaiki layanan publik, seberapa mungkin gagasan itu akan diterapkan?',
      'If a public employee had an idea to improve a public service, how likely is it that it would be adopted?',
    ),
    LIKELY(
      'RL1',
      'reliability',
      'Jika terjadi bencana (misalnya banjir atau gempa) di daerah Anda, seberapa mungkin pemerintah daerah siap melindungi warga?',
      'If a disaster (such as a flood or an earthquake) struck your area, how likely is it that the regional government would be prepared to protect people?',
    ),
    LIKELY(
      'RL2',
      'reliability',
      'Seberapa mungkin layanan publik di daerah Anda diberikan sesuai yang dijanjikan, tepat pada waktunya?',
      'How likely is it that a public service in your area is delivered as promised, at the time promised?',
    ),
    LIKELY(
      'IN1',
      'integrity',
      'Jika seorang pegawai pemerintah ditawari uang oleh warga agar layanannya dipercepat, seberapa mungkin ia menolaknya?',
      'If a public employee were offered money by a citizen to speed up a service, how likely is it that they would refuse it?',
    ),
    LIKELY(
      'IN2',
      'integrity',
      'Jika seorang pejabat tinggi daerah ditawari imbalan sebagai ganti suatu keputusan, seberapa mungkin ia menolaknya?',
      'If a senior regional official were offered a reward in exchange for a decision, how likely is it that they would refuse it?',
    ),
    LIKELY(
      'OP1',
      'openness',
      'Jika Anda membutuhkan informasi tentang suatu prosedur layanan, seberapa mungkin informasi itu mudah didapat?',
      'If you needed information about an administrative procedure, how likely is it that it would be easily available?',
    ),
    LIKELY(
      'OP2',
      'openness',
      'Jika Anda ikut dalam konsultasi publik tentang suatu kebijakan daerah, seberapa mungkin pendapat yang disampaikan akan dipakai?',
      'If you took part in a public consultation on a regional policy, how likely is it that the views expressed would be adopted?',
    ),
    LIKELY(
      'FA1',
      'fairness',
      'Jika Anda atau anggota keluarga Anda mengajukan permohonan bantuan atau layanan pemerintah, seberapa mungkin permohonan itu diperlakukan secara adil?',
      'If you or a member of your family applied for a government benefit or service, how likely is it that the application would be treated fairly?',
    ),
    LIKELY(
      'FA2',
      'fairness',
      'Seberapa mungkin pegawai pemerintah memperlakukan semua orang setara, apa pun penghasilan, jenis kelamin, suku, agama, atau tempat tinggalnya?',
      'How likely is it that a public employee would treat all people equally, whatever their income, gender, ethnicity, religion or place of residence?',
    ),
    {
      code: 'ST1',
      section: 'social',
      driver: null,
      text: L(
        'Secara umum, seberapa besar Anda memercayai kebanyakan orang?',
        'In general, how much do you trust most people?',
      ),
      anchors: TRUST_ANCHORS,
    },
  ],
  weights: { kind: 'equal' },
  bands: [
    { key: 'low', from: 0, to: 4, label: L('Rendah (0–4)', 'Low (0–4)') },
    { key: 'neutral', from: 5, to: 5, label: L('Netral (5)', 'Neutral (5)') },
    { key: 'high', from: 6, to: 10, label: L('Tinggi (6–10)', 'High (6–10)') },
  ],
};
