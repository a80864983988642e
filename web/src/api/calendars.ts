import type { PutHolidayCalendarInput } from '@prima/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

export const calendarKeys = {
  all: ['calendars'] as const,
  years: () => ['calendars', 'years'] as const,
  year: (year: number) => ['calendars', 'year', year] as const,
};

/** The years that have a calendar, newest last. */
export const useCalendarYears = () =>
  useQuery({
    queryKey: calendarKeys.years(),
    queryFn: async () => {
      const { items } = await unwrap(await api.calendars.$get());
      return items.map((c) => c.year).sort((a, b) => a - b);
    },
  });

export const useCalendar = (year: number | null) =>
  useQuery({
    queryKey: calendarKeys.year(year ?? 0),
    enabled: year !== null,
    queryFn: async () => unwrap(await api.calendars[':year'].$get({ param: { year: String(year) } })),
  });

/** Creates (no version) or replaces (version read) one year's calendar. */
export function usePutCalendar(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: PutHolidayCalendarInput) =>
      unwrap(await api.calendars[':year'].$put({ param: { year: String(year) }, json: input })),
    onSuccess: (cal) => {
      qc.setQueryData(calendarKeys.year(year), cal);
      qc.setQueryData<number[]>(calendarKeys.years(), (years) =>
        years && !years.includes(year) ? [...years, year].sort((a, b) => a - b) : years,
      );
      void qc.invalidateQueries({ queryKey: calendarKeys.years() });
    },
  });
}
