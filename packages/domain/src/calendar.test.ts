import { describe, expect, it } from 'vitest';
import { defaultHolidays, putHolidayCalendarSchema } from './calendar';

const FIXED = ['01-01', '05-01', '06-01', '08-17', '12-25'];

describe('defaultHolidays', () => {
  it.each([2000, 2025, 2027, 2030, 2100])('%i: the five fixed national holidays', (year) => {
    const days = defaultHolidays(year);
    expect(days.map((d) => d.date)).toEqual(FIXED.map((md) => `${year}-${md}`));
    expect(days.every((d) => d.kind === 'nasional')).toBe(true);
    expect(days.find((d) => d.date.endsWith('-08-17'))?.name).toMatch(/Kemerdekaan/);
  });

  it('2026: fixed holidays plus the published moveable ones and collective leave', () => {
    const days = defaultHolidays(2026);
    const dates = days.map((d) => d.date);
    for (const md of FIXED) expect(dates).toContain(`2026-${md}`);
    // Idul Fitri 1447 H, Nyepi, Waisak, Idul Adha, Christmas collective leave.
    expect(dates).toEqual(
      expect.arrayContaining([
        '2026-03-20',
        '2026-03-21',
        '2026-03-19',
        '2026-05-31',
        '2026-05-27',
        '2026-12-24',
      ]),
    );
    expect(days.find((d) => d.date === '2026-03-20')?.name).toMatch(/Idul Fitri/);
    expect(days.filter((d) => d.kind === 'cuti-bersama').length).toBeGreaterThan(0);
    expect(days).toHaveLength(FIXED.length + 18);
  });

  it.each([2025, 2026, 2027])('%i: sorted by date, each date once, all inside the year', (year) => {
    const dates = defaultHolidays(year).map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
  });

  it('moveable feasts of other years are not guessed', () => {
    expect(defaultHolidays(2027).map((d) => d.date)).not.toContain('2027-03-20');
    expect(defaultHolidays(2027)).toHaveLength(FIXED.length);
  });

  it.each([2026, 2027])('%i: the default calendar is itself a valid calendar', (year) => {
    expect(putHolidayCalendarSchema.safeParse({ days: defaultHolidays(year) }).success).toBe(true);
  });

  it('each call gives a fresh list', () => {
    const a = defaultHolidays(2026);
    a.pop();
    expect(defaultHolidays(2026)).toHaveLength(FIXED.length + 18);
  });
});
