import { z } from 'zod';
import { auditSchema, isoDateSchema, versionSchema } from './common';

export const holidaySchema = z.object({
  date: isoDateSchema,
  name: z.string().trim().min(2).max(120).meta({ example: 'Hari Kemerdekaan RI' }),
  kind: z
    .enum(['nasional', 'cuti-bersama', 'daerah'])
    .meta({ description: 'National holiday, collective leave, or a regional holiday' }),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const holidayCalendarSchema = z
  .object({ year: z.number().int(), days: z.array(holidaySchema) })
  .extend(auditSchema.shape)
  .meta({ id: 'HolidayCalendar' });
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;

export const yearSchema = z.coerce.number().int().min(2000).max(2100).meta({ example: 2026 });

export const putHolidayCalendarSchema = z
  .strictObject({
    days: z
      .array(holidaySchema.strict())
      .max(100)
      .superRefine((days, ctx) => {
        const seen = new Set<string>();
        days.forEach((d, i) => {
          if (seen.has(d.date))
            ctx.addIssue({ code: 'custom', path: [i, 'date'], message: 'date.duplicate' });
          seen.add(d.date);
        });
      }),
    version: versionSchema.optional().meta({ description: 'Omit when the year has no calendar yet' }),
  })
  .meta({ id: 'PutHolidayCalendar' });
export type PutHolidayCalendarInput = z.infer<typeof putHolidayCalendarSchema>;

/** Holidays with a fixed date every year. */
const FIXED: ReadonlyArray<[string, string]> = [
  ['01-01', 'Tahun Baru Masehi'],
  ['05-01', 'Hari Buruh Internasional'],
  ['06-01', 'Hari Lahir Pancasila'],
  ['08-17', 'Hari Kemerdekaan Republik Indonesia'],
  ['12-25', 'Hari Raya Natal'],
];

/**
 * 2026 national holidays and collective leave (SKB 3 Menteri). Moveable feasts of other years are not guessed:
 * an admin adds them when the government publishes them.
 */
const MOVEABLE: Record<number, ReadonlyArray<[string, string, Holiday['kind']]>> = {
  2026: [
    ['2026-01-16', "Isra Mi'raj Nabi Muhammad SAW", 'nasional'],
    ['2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'cuti-bersama'],
    ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'nasional'],
    ['2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'cuti-bersama'],
    ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'nasional'],
    ['2026-03-20', 'Hari Raya Idul Fitri 1447 H', 'nasional'],
    ['2026-03-21', 'Hari Raya Idul Fitri 1447 H', 'nasional'],
    ['2026-03-23', 'Cuti bersama Idul Fitri', 'cuti-bersama'],
    ['2026-03-24', 'Cuti bersama Idul Fitri', 'cuti-bersama'],
    ['2026-04-03', 'Wafat Yesus Kristus', 'nasional'],
    ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'nasional'],
    ['2026-05-14', 'Kenaikan Yesus Kristus', 'nasional'],
    ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti-bersama'],
    ['2026-05-27', 'Hari Raya Idul Adha 1447 H', 'nasional'],
    ['2026-05-31', 'Hari Raya Waisak 2570 BE', 'nasional'],
    ['2026-06-16', 'Tahun Baru Islam 1448 H', 'nasional'],
    ['2026-08-25', 'Maulid Nabi Muhammad SAW', 'nasional'],
    ['2026-12-24', 'Cuti bersama Hari Raya Natal', 'cuti-bersama'],
  ],
};

/** The calendar a new tenant starts with for `year`: fixed holidays plus the known moveable ones, by date. */
export function defaultHolidays(year: number): Holiday[] {
  const fixed: Holiday[] = FIXED.map(([md, name]) => ({ date: `${year}-${md}`, name, kind: 'nasional' }));
  const moveable: Holiday[] = (MOVEABLE[year] ?? []).map(([date, name, kind]) => ({ date, name, kind }));
  return [...fixed, ...moveable].sort((a, b) => a.date.localeCompare(b.date));
}
