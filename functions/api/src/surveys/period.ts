/**
 * Survey campaign periods: a campaign covers a triwulan, a semester, a year (a period key) or custom dates.
 */
import {
  buildPeriod,
  type Localized,
  MONTHS_EN,
  MONTHS_ID,
  parsePeriodKey,
  periodLabel,
} from '@prima/domain';
import type { SurveyPeriod } from '@prima/store';

const dateId = (d: string) =>
  `${Number(d.slice(8, 10))} ${MONTHS_ID[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
const dateEn = (d: string) =>
  `${Number(d.slice(8, 10))} ${MONTHS_EN[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;

/** How a campaign's period reads: "Triwulan I 2026", or "1 Maret 2026 – 31 Mei 2026" for custom dates. */
export function campaignPeriodLabel(p: SurveyPeriod): Localized {
  const parsed = p.key ? parsePeriodKey(p.key) : null;
  if (parsed) return periodLabel(parsed);
  return { id: `${dateId(p.start)} – ${dateId(p.end)}`, en: `${dateEn(p.start)} – ${dateEn(p.end)}` };
}

export type CampaignPeriodInput =
  | { kind: 'triwulan'; year: number; number: number }
  | { kind: 'semester'; year: number; number: number }
  | { kind: 'tahun'; year: number }
  | { kind: 'custom'; start: string; end: string };

export function campaignPeriod(input: CampaignPeriodInput): SurveyPeriod {
  switch (input.kind) {
    case 'custom':
      return { kind: 'custom', key: null, start: input.start, end: input.end };
    case 'tahun': {
      const p = buildPeriod('year', input.year, 1);
      return { kind: 'tahun', key: p.key, start: p.start, end: p.end };
    }
    case 'triwulan': {
      const p = buildPeriod('quarter', input.year, input.number);
      return { kind: 'triwulan', key: p.key, start: p.start, end: p.end };
    }
    case 'semester': {
      const p = buildPeriod('semester', input.year, input.number);
      return { kind: 'semester', key: p.key, start: p.start, end: p.end };
    }
  }
}
