/**
 * Reporting periods, in the tenant's time zone, at four levels: month (`2026-04`), triwulan/quarter (`2026-Q2`),
 * semester (`2026-S1`) and year (`2026`). Survey aggregates are kept per period key (a response counts in the four
 * periods its submission date falls in); complaint counters are monthly; the improvement tools and cycles measure
 * over any of them. The API and the web read and label period keys with these functions only.
 */
import type { Localized } from './common';
import { endOfLocalDay } from './workdays';

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

/** The period of `type` number `n` (month 1–12, quarter 1–4, semester 1–2, year 1) of `year`. */
export function buildPeriod(type: PeriodType, year: number, n: number): ParsedPeriod {
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
  if (!part) return buildPeriod('year', year, 1);
  if (part.startsWith('Q')) return buildPeriod('quarter', year, Number(part.slice(1)));
  if (part.startsWith('S')) return buildPeriod('semester', year, Number(part.slice(1)));
  return buildPeriod('month', year, Number(part));
}

/** Whether `key` names a period (2000–2100): what the API accepts as a period parameter. */
export const isPeriodKey = (key: string): boolean => parsePeriodKey(key) !== null;

/** The month, quarter, semester and year keys of a local date (YYYY-MM-DD). */
export function periodKeysOfDate(date: string): string[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return [
    buildPeriod('month', year, month).key,
    buildPeriod('quarter', year, Math.ceil(month / 3)).key,
    buildPeriod('semester', year, Math.ceil(month / 6)).key,
    String(year),
  ];
}

const PER_YEAR: Record<PeriodType, number> = { month: 12, quarter: 4, semester: 2, year: 1 };

/** The period `by` steps after (negative: before) `p`, of the same type. */
export function shiftPeriod(p: ParsedPeriod, by: number): ParsedPeriod {
  const per = PER_YEAR[p.type];
  const index = p.year * per + (p.number - 1) + by;
  return buildPeriod(p.type, Math.floor(index / per), (index % per) + 1);
}

/** `count` periods ending with `until`, oldest first. */
export const periodSeries = (until: ParsedPeriod, count: number): ParsedPeriod[] =>
  Array.from({ length: count }, (_, i) => shiftPeriod(until, i - count + 1));

/** The period of a type that contains a local date. */
export function periodOfDate(type: PeriodType, date: string): ParsedPeriod {
  const keys = periodKeysOfDate(date);
  return parsePeriodKey(keys[PERIOD_TYPES.indexOf(type)]!)!;
}

export const MONTHS_ID = [
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
export const MONTHS_EN = [
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

/** The months (YYYY-MM) a period spans, oldest first. */
export function monthsOf(p: ParsedPeriod): string[] {
  const [y0, m0] = p.start.split('-').map(Number) as [number, number];
  const [y1, m1] = p.end.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1; i++)
    out.push(`${Math.floor(i / 12)}-${pad((i % 12) + 1)}`);
  return out;
}

/** The first and last instant of a period in a time zone, as UTC ISO strings (how complaints store instants). */
export function instantRange(p: ParsedPeriod, timeZone: string): { from: string; to: string } {
  const before = new Date(`${p.start}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  // The first instant of the start day = the instant after the end of the day before it.
  const from = new Date(endOfLocalDay(before.toISOString().slice(0, 10), timeZone).getTime() + 1);
  return { from: from.toISOString(), to: endOfLocalDay(p.end, timeZone).toISOString() };
}

/** The days (YYYY-MM-DD) of a period up to and including `until` (today: no future days). */
export function daysOf(p: ParsedPeriod, until: string): string[] {
  const out: string[] = [];
  const last = p.end < until ? p.end : until;
  for (let d = new Date(`${p.start}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    if (day > last) break;
    out.push(day);
  }
  return out;
}

/** Periods from `from` to `to` of `from`'s type, inclusive, at most `max` (the latest ones). */
export function periodsBetween(from: ParsedPeriod, to: ParsedPeriod, max: number): ParsedPeriod[] {
  const out: ParsedPeriod[] = [];
  for (let p = from; p.start <= to.start && out.length < 240; p = shiftPeriod(p, 1)) out.push(p);
  return out.slice(-max);
}

/** A period key known to be valid (validated at the edge); throws otherwise. */
export const periodFromKey = (key: string): ParsedPeriod => {
  const p = parsePeriodKey(key);
  if (!p) throw new RangeError(`Not a period key: ${key}`);
  return p;
};
