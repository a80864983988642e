import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Working days (hari kerja): Monday to Friday, minus the tenant's holiday calendar, counted in the tenant's time
 * zone. A deadline of N hk falls at the end (23:59:59.999 local) of the Nth working day after the day of `start`:
 * whatever the hour of submission, the day it arrives is day zero.
 */
export type HolidaySet = ReadonlySet<string>;

/** The holidays of several calendars as one set of YYYY-MM-DD dates. */
export const holidaySet = (calendars: readonly { days: readonly { date: string }[] }[]): HolidaySet =>
  new Set(calendars.flatMap((c) => c.days.map((d) => d.date)));

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export const localDate = (instant: Date, timeZone: string): string =>
  format(new TZDate(instant, timeZone), 'yyyy-MM-dd');

/** The instant as ISO 8601 with the time zone's offset, e.g. 2026-12-02T23:59:59.999+07:00. */
export const isoInZone = (instant: Date, timeZone: string): string =>
  new TZDate(instant, timeZone).toISOString();

const dayOfWeek = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

const nextDate = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function isWorkingDay(date: string, holidays: HolidaySet): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidays.has(date);
}

/** The end of the local day `date` in `timeZone`, as an instant. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, 999, timeZone).getTime());
}

/** The date of the Nth working day after the local day of `start` (N = 0: that day itself). */
export function workingDayAfter(start: Date, days: number, holidays: HolidaySet, timeZone: string): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number ≥ 0');
  let date = localDate(start, timeZone);
  for (let counted = 0; counted < days; ) {
    date = nextDate(date);
    if (isWorkingDay(date, holidays)) counted++;
  }
  return date;
}

/** The deadline N working days after `start`: the end of that working day in the tenant's time zone. */
export function addWorkingDays(start: Date, days: number, holidays: HolidaySet, timeZone: string): Date {
  return endOfLocalDay(workingDayAfter(start, days, holidays, timeZone), timeZone);
}

/** Working days after the local day of `from` up to and including the local day of `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: Date, to: Date, holidays: HolidaySet, timeZone: string): number {
  const end = localDate(to, timeZone);
  let date = localDate(from, timeZone);
  let count = 0;
  while (date < end) {
    date = nextDate(date);
    if (isWorkingDay(date, holidays)) count++;
  }
  return count;
}
