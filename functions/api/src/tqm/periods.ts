/**
 * Periods for the quality tools and the improvement cycles, on the survey periods (month, triwulan, semester, year
 * in the tenant's time zone): their months (complaint counters are monthly), their instants, their days.
 */
import { endOfLocalDay } from '@prima/domain';
import { type ParsedPeriod, parsePeriodKey, periodLabel, periodOfDate, shiftPeriod } from '../surveys/period';

export { type ParsedPeriod, parsePeriodKey, periodLabel, periodOfDate, shiftPeriod };

const pad = (n: number) => String(n).padStart(2, '0');

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

export const parsed = (key: string): ParsedPeriod => {
  const p = parsePeriodKey(key);
  if (!p) throw new RangeError(`Not a period key: ${key}`);
  return p;
};
