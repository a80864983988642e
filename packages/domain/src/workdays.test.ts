import { describe, expect, it } from 'vitest';
import { defaultHolidays } from './calendar';
import {
  addWorkingDays,
  type HolidaySet,
  holidaySet,
  isoInZone,
  isWorkingDay,
  workingDaysBetween,
} from './workdays';

const none: HolidaySet = new Set<string>();
const h2026 = holidaySet([{ days: defaultHolidays(2026) }, { days: defaultHolidays(2027) }]);
const at = (iso: string) => new Date(iso);
const deadline = (start: string, days: number, holidays = none, tz = 'Asia/Jakarta') =>
  isoInZone(addWorkingDays(at(start), days, holidays, tz), tz);

describe('addWorkingDays', () => {
  it('counts Monday to Friday from the day after submission', () => {
    // Monday 2026-11-23 10:00 WIB + 3 hk → Thursday 26th, end of day
    expect(deadline('2026-11-23T10:00:00+07:00', 3)).toBe('2026-11-26T23:59:59.999+07:00');
  });
  it('skips the weekend', () => {
    // Friday 2026-11-27 + 3 hk → Mon 30, Tue 1, Wed 2 December
    expect(deadline('2026-11-27T15:00:00+07:00', 3)).toBe('2026-12-02T23:59:59.999+07:00');
  });
  it('a submission on Saturday counts from Monday', () => {
    expect(deadline('2026-11-28T09:00:00+07:00', 1)).toBe('2026-11-30T23:59:59.999+07:00');
  });
  it('zero days is the end of the day of submission', () => {
    expect(deadline('2026-11-23T10:00:00+07:00', 0)).toBe('2026-11-23T23:59:59.999+07:00');
  });
  it('skips holidays and collective leave (Idul Fitri 2026)', () => {
    // Thursday 19 Mar 2026 (Nyepi) … 20–21 Idul Fitri, 23–24 cuti bersama → first working day Wed 25 Mar
    expect(deadline('2026-03-18T08:00:00+07:00', 1, h2026)).toBe('2026-03-25T23:59:59.999+07:00');
    // Tuesday 17 Mar + 3 hk: 18 is cuti bersama too → Wed 25, Thu 26, Fri 27
    expect(deadline('2026-03-17T08:00:00+07:00', 3, h2026)).toBe('2026-03-27T23:59:59.999+07:00');
  });
  it('crosses the year end (Christmas, cuti bersama, New Year)', () => {
    // Wed 23 Dec 2026 + 3 hk: 24 cuti bersama, 25 Natal, 26–27 weekend, Mon 28, Tue 29, Wed 30
    expect(deadline('2026-12-23T09:00:00+07:00', 3, h2026)).toBe('2026-12-30T23:59:59.999+07:00');
    // Wed 30 Dec + 2 hk: Thu 31, (Fri 1 Jan holiday, weekend), Mon 4 Jan 2027
    expect(deadline('2026-12-30T09:00:00+07:00', 2, h2026)).toBe('2027-01-04T23:59:59.999+07:00');
  });
  it('uses the tenant time zone for the day of submission', () => {
    // 2026-11-27 23:30 UTC is Saturday 06:30 in Jakarta, 07:30 in Makassar, 08:30 in Jayapura
    expect(deadline('2026-11-27T23:30:00Z', 1, none, 'Asia/Jakarta')).toBe('2026-11-30T23:59:59.999+07:00');
    // 2026-11-27 16:30 UTC is Friday 23:30 in Jakarta but Saturday 00:30 in Makassar
    expect(deadline('2026-11-27T16:30:00Z', 1, none, 'Asia/Jakarta')).toBe('2026-11-30T23:59:59.999+07:00');
    expect(deadline('2026-11-27T16:30:00Z', 1, none, 'Asia/Makassar')).toBe('2026-11-30T23:59:59.999+08:00');
    expect(deadline('2026-11-26T15:30:00Z', 1, none, 'Asia/Jakarta')).toBe('2026-11-27T23:59:59.999+07:00');
    expect(deadline('2026-11-26T15:30:00Z', 1, none, 'Asia/Jayapura')).toBe('2026-11-30T23:59:59.999+09:00');
  });
  it('rejects negative or fractional days', () => {
    expect(() => addWorkingDays(at('2026-11-23T10:00:00Z'), -1, none, 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => addWorkingDays(at('2026-11-23T10:00:00Z'), 1.5, none, 'Asia/Jakarta')).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first day up to the last', () => {
    expect(
      workingDaysBetween(
        at('2026-11-27T10:00:00+07:00'),
        at('2026-12-02T09:00:00+07:00'),
        none,
        'Asia/Jakarta',
      ),
    ).toBe(3);
    expect(
      workingDaysBetween(
        at('2026-11-27T10:00:00+07:00'),
        at('2026-11-27T18:00:00+07:00'),
        none,
        'Asia/Jakarta',
      ),
    ).toBe(0);
    expect(
      workingDaysBetween(
        at('2026-12-02T10:00:00+07:00'),
        at('2026-11-27T10:00:00+07:00'),
        none,
        'Asia/Jakarta',
      ),
    ).toBe(0);
  });
  it('is the inverse of addWorkingDays', () => {
    const start = at('2026-12-21T10:00:00+07:00');
    for (let n = 0; n < 15; n++) {
      expect(
        workingDaysBetween(start, addWorkingDays(start, n, h2026, 'Asia/Jakarta'), h2026, 'Asia/Jakarta'),
      ).toBe(n);
    }
  });
});

describe('isWorkingDay', () => {
  it('weekends and holidays are not working days', () => {
    expect(isWorkingDay('2026-08-17', h2026)).toBe(false);
    expect(isWorkingDay('2026-08-15', h2026)).toBe(false);
    expect(isWorkingDay('2026-08-18', h2026)).toBe(true);
  });
});
