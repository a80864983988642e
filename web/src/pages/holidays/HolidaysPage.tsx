import { defaultHolidays, type Holiday } from '@prima/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar, useCalendarYears, usePutCalendar } from '../../api/calendars';
import { useCan } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CalendarForm } from './CalendarForm';
import { NewYearForm } from './NewYearForm';

interface Draft {
  year: number;
  days: Holiday[];
}

/** A saved year's calendar, loaded fresh (with its version) and edited in place. */
function SavedCalendar({ year, readOnly, created }: { year: number; readOnly: boolean; created: boolean }) {
  const { t } = useTranslation();
  const query = useCalendar(year);
  const put = usePutCalendar(year);
  const [saved, setSaved] = useState(created);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const cal = query.data;
  return (
    <>
      {saved && (
        <Notice tone="success" role="status">
          <p>{t('holidays.saved')}</p>
        </Notice>
      )}
      <CalendarForm
        key={`${year}-${cal.version}`}
        year={year}
        days={cal.days}
        version={cal.version}
        readOnly={readOnly}
        problem={put.error}
        onReset={put.reset}
        onReload={() => {
          setSaved(false);
          put.reset();
          void query.refetch();
        }}
        onSubmit={async (input) => {
          setSaved(false);
          await put.mutateAsync(input);
          setSaved(true);
        }}
      />
    </>
  );
}

/** A year that has no calendar yet: saved without a version, which creates it. */
function DraftCalendar({ draft, onCreated }: { draft: Draft; onCreated: () => void }) {
  const { t } = useTranslation();
  const put = usePutCalendar(draft.year);
  return (
    <>
      <Notice tone="info" role="status">
        <p>{t('holidays.unsaved', { year: draft.year })}</p>
      </Notice>
      <CalendarForm
        key={`draft-${draft.year}`}
        year={draft.year}
        days={draft.days}
        version={undefined}
        readOnly={false}
        problem={put.error}
        onReset={put.reset}
        onSubmit={async (input) => {
          await put.mutateAsync(input);
          onCreated();
        }}
      />
    </>
  );
}

/** Holiday calendars per year: pick a year, edit its days, or create a year that does not exist yet. */
export function HolidaysPage() {
  const { t } = useTranslation();
  const can = useCan();
  const years = useCalendarYears();
  const [chosen, setChosen] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const canWrite = can('calendar.write');

  const saved = years.data ?? [];
  const thisYear = new Date().getFullYear();
  const fallback = saved.includes(thisYear) ? thisYear : (saved[saved.length - 1] ?? null);
  const year = draft?.year ?? chosen ?? fallback;
  const all = draft && !saved.includes(draft.year) ? [...saved, draft.year].sort((a, b) => a - b) : saved;

  return (
    <>
      <PageHeader title={t('holidays.title')} intro={t('holidays.intro')} />
      {years.isPending ? (
        <Loading />
      ) : years.isError ? (
        <ProblemAlert error={years.error} onRetry={() => void years.refetch()} />
      ) : (
        <>
          {all.length > 0 ? (
            // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons choosing the year shown
            <div className="year-tabs" role="group" aria-label={t('holidays.yearsLabel')}>
              {all.map((y) => (
                <button
                  key={y}
                  type="button"
                  className="year-tabs__year"
                  aria-pressed={y === year}
                  onClick={() => {
                    if (draft && draft.year !== y) setDraft(null);
                    setCreated(null);
                    setChosen(y);
                  }}
                >
                  {y}
                </button>
              ))}
            </div>
          ) : (
            <p className="empty">{t('holidays.noCalendars')}</p>
          )}
          {year !== null && (
            <section className="panel" aria-labelledby="calendar-heading">
              <h2 id="calendar-heading">{t('holidays.calendarHeading', { year })}</h2>
              {draft && draft.year === year ? (
                <DraftCalendar
                  draft={draft}
                  onCreated={() => {
                    setCreated(draft.year);
                    setChosen(draft.year);
                    setDraft(null);
                  }}
                />
              ) : (
                <SavedCalendar key={year} year={year} readOnly={!canWrite} created={created === year} />
              )}
            </section>
          )}
          {canWrite && (
            <NewYearForm
              key={saved.join()}
              existing={saved}
              onCreate={(y, prefill) => setDraft({ year: y, days: prefill ? defaultHolidays(y) : [] })}
            />
          )}
        </>
      )}
    </>
  );
}
