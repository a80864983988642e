/**
 * Survey periods. Aggregates are kept per period key, in the tenant's time zone, at four levels: month
 * (`2026-04`), triwulan/quarter (`2026-Q2`), semester (`2026-S1`) and year (`2026`). A response counts in the
 * four periods its submission date falls in. A campaign covers a triwulan, a semester, a year or custom dates.
 */
import type { Localized } from '@prima/domain';
import type { SurveyPeriod } from '@prima/store';

export const PERIOD_TYPES = ['month', 'quarter', 'semester', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export const PERIOD_KEY_PATTERN = /^(\d{4})(?:-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/;

export interface ParsedPeriod {
  key: string;
  type: PeriodType;
  year: number;
  /** Month 1–12, quarter 1–4, semester 1–2, or 1 for a year. */
  number: number;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The months (1–12) a period of `type` number `n` spans. */
function monthSpan(type: PeriodType, n: number): [number, number] {
  switch (type) {
    case 'month':
      return [n, n];
    case 'quarter':
      return [3 * n - 2, 3 * n];
    case 'semester':
      return [6 * n - 5, 6 * n];
    case 'year':
      return [1, 12];
  }
}

function build(type: PeriodType, year: number, n: number): ParsedPeriod {
  const [from, to] = monthSpan(type, n);
  const key =
    type === 'year'
      ? String(year)
      : type === 'quarter'
        ? `${year}-Q${n}`
        : type === 'semester'
          ? `${year}-S${n}`
          : `${year}-${pad(n)}`;
  return {
    key,
    type,
    year,
    number: n,
    start: `${year}-${pad(from)}-01`,
    end: `${year}-${pad(to)}-${pad(lastDay(year, to))}`,
  };
}

export function parsePeriodKey(key: string): ParsedPeriod | null {
  const m = PERIOD_KEY_PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  const part = m[2];
  if (!part) return build('year', year, 1);
  if (part.startsWith('Q')) return build('quarter', year, Number(part.slice(1)));
  if (part.startsWith('S')) return build('semester', year, Number(part.slice(1)));
  return build('month', year, Number(part));
}

/** The month, quarter, semester and year keys of a local date (YYYY-MM-DD). */
export function periodKeysOfDate(date: string): string[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return [
    build('month', year, month).key,
    build('quarter', year, Math.ceil(month / 3)).key,
    build('semester', year, Math.ceil(month / 6)).key,
    String(year),
  ];
}

const PER_YEAR: Record<PeriodType, number> = { month: 12, quarter: 4, semester: 2, year: 1 };

/** The period `by` steps after (negative: before) `p`, of the same type. */
export function shiftPeriod(p: ParsedPeriod, by: number): ParsedPeriod {
  const per = PER_YEAR[p.type];
  const index = p.year * per + (p.number - 1) + by;
  return build(p.type, Math.floor(index / per), (index % per) + 1);
}

/** `count` periods ending with `until`, oldest first. */
export const periodSeries = (until: ParsedPeriod, count: number): ParsedPeriod[] =>
  Array.from({ length: count }, (_, i) => shiftPeriod(until, i - count + 1));

/** The period of a type that contains a local date. */
export function periodOfDate(type: PeriodType, date: string): ParsedPeriod {
  const keys = periodKeysOfDate(date);
  return parsePeriodKey(keys[PERIOD_TYPES.indexOf(type)]!)!;
}

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodLabel(p: ParsedPeriod): Localized {
  switch (p.type) {
    case 'year':
      return { id: `Tahun ${p.year}`, en: `Year ${p.year}` };
    case 'semester':
      return { id: `Semester ${p.number} ${p.year}`, en: `Semester ${p.number} ${p.year}` };
    case 'quarter':
      return { id: `Triwulan ${ROMAN[p.number - 1]} ${p.year}`, en: `Q${p.number} ${p.year}` };
    case 'month':
      return { id: `${MONTHS_ID[p.number - 1]} ${p.year}`, en: `${MONTHS_EN[p.number - 1]} ${p.year}` };
  }
}

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
      const p = build('year', input.year, 1);
      return { kind: 'tahun', key: p.key, start: p.start, end: p.end };
    }
    case 'triwulan': {
      const p = build('quarter', input.year, input.number);
      return { kind: 'triwulan', key: p.key, start: p.start, end: p.end };
    }
    case 'semester': {
      const p = build('semester', input.year, input.number);
      return { kind: 'semester', key: p.key, start: p.start, end: p.end };
    }
  }
}
