import { type Holiday, type PutHolidayCalendarInput, putHolidayCalendarSchema } from '@prima/domain';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { formatWeekday } from '../../format';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';

const KINDS: readonly Holiday['kind'][] = ['nasional', 'cuti-bersama', 'daerah'];

/** The domain's rule for a calendar, plus the API's "dates must fall in this year", checked before saving. */
const schemaFor = (year: number) =>
  putHolidayCalendarSchema.superRefine((v, ctx) => {
    v.days.forEach((d, i) => {
      if (!d.date.startsWith(`${year}-`))
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'date.wrongYear' });
    });
  });

interface CalendarFormProps {
  year: number;
  days: Holiday[];
  /** The version read; undefined for a year that has no calendar yet. */
  version: number | undefined;
  readOnly: boolean;
  onSubmit: (input: PutHolidayCalendarInput) => Promise<unknown>;
  problem: unknown;
  onReset: () => void;
  onReload?: () => void;
}

/** One year's holidays as an editable table: add, change and remove days, then save the whole year. */
export function CalendarForm({
  year,
  days,
  version,
  readOnly,
  onSubmit,
  problem,
  onReset,
  onReload,
}: CalendarFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useForm<{ days: Holiday[] }, unknown, PutHolidayCalendarInput>({
    defaultValues: { days: [...days].sort((a, b) => a.date.localeCompare(b.date)) },
    resolver: domainResolver(schemaFor(year), (v) => ({ days: v.days, ...(version ? { version } : {}) })),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'days' });
  const values = useWatch({ control: form.control, name: 'days' });
  const { errors, isSubmitting } = form.formState;

  const labelOf = (path: string): string | undefined => {
    const m = /^days\.(\d+)(?:\.(date|name|kind))?$/.exec(path);
    if (!m) return undefined;
    const n = t('holidays.dayNumber', { n: Number(m[1]) + 1 });
    const field = m[2] as 'date' | 'name' | 'kind' | undefined;
    return field ? `${n}: ${t(`holidays.${field}`)}` : n;
  };

  return (
    <form className="form" onSubmit={submitWith(form, { reset: onReset }, onSubmit)} noValidate>
      <p className="muted">{t('holidays.count', { count: fields.length })}</p>
      {fields.length === 0 ? (
        <p className="empty">{t('holidays.noDays')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--form">
            <caption className="visually-hidden">{t('holidays.calendarHeading', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('holidays.date')}</th>
                <th scope="col">{t('holidays.name')}</th>
                <th scope="col">{t('holidays.kind')}</th>
                {!readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {fields.map((f, i) => {
                const n = t('holidays.dayNumber', { n: i + 1 });
                const day = values?.[i];
                return (
                  <tr key={f.id}>
                    <td>
                      <Field
                        name={`days.${i}.date`}
                        label={`${n}: ${t('holidays.date')}`}
                        hideLabel
                        required
                        error={errorAt(errors, `days.${i}.date`)}
                        className="field--cell"
                      >
                        {(p) => (
                          <input
                            {...p}
                            type="date"
                            min={`${year}-01-01`}
                            max={`${year}-12-31`}
                            readOnly={readOnly}
                            {...form.register(`days.${i}.date`)}
                          />
                        )}
                      </Field>
                      {day?.date && <span className="table__sub">{formatWeekday(day.date, locale)}</span>}
                    </td>
                    <td>
                      <Field
                        name={`days.${i}.name`}
                        label={`${n}: ${t('holidays.name')}`}
                        hideLabel
                        required
                        error={errorAt(errors, `days.${i}.name`)}
                        className="field--cell"
                      >
                        {(p) => (
                          <input
                            {...p}
                            type="text"
                            readOnly={readOnly}
                            {...form.register(`days.${i}.name`)}
                          />
                        )}
                      </Field>
                    </td>
                    <td>
                      <Field
                        name={`days.${i}.kind`}
                        label={`${n}: ${t('holidays.kind')}`}
                        hideLabel
                        required
                        error={errorAt(errors, `days.${i}.kind`)}
                        className="field--cell"
                      >
                        {(p) => (
                          <select {...p} disabled={readOnly} {...form.register(`days.${i}.kind`)}>
                            {KINDS.map((k) => (
                              <option key={k} value={k}>
                                {t(`holidays.kinds.${k}`)}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                    </td>
                    {!readOnly && (
                      <td className="table__actions">
                        <button
                          type="button"
                          className="button button--ghost"
                          aria-label={t('holidays.removeDay', { name: day?.name || n })}
                          onClick={() => remove(i)}
                        >
                          {t('common.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <FormProblems errors={errors} problem={problem} labelOf={labelOf} onReload={onReload} />
      {!readOnly && (
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => append({ date: '', name: '', kind: 'daerah' })}
          >
            {t('holidays.addDay')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}
