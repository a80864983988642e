import { yearSchema } from '@prima/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

interface NewYearFormProps {
  existing: readonly number[];
  onCreate: (year: number, prefill: boolean) => void;
}

/** Starts the calendar of a year that has none: empty, or with the known national holidays. */
export function NewYearForm({ existing, onCreate }: NewYearFormProps) {
  const { t } = useTranslation();
  const next = Math.max(new Date().getFullYear(), ...existing) + 1;
  const [value, setValue] = useState(String(next));
  const [prefill, setPrefill] = useState(true);
  const [error, setError] = useState<string | undefined>();

  return (
    <section className="panel" aria-labelledby="new-year-heading">
      <h2 id="new-year-heading">{t('holidays.newYearHeading')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = yearSchema.safeParse(value);
          if (!parsed.success) {
            setError(parsed.error.issues[0]?.message);
            return;
          }
          if (existing.includes(parsed.data)) {
            setError(t('holidays.yearExists'));
            return;
          }
          setError(undefined);
          onCreate(parsed.data, prefill);
        }}
      >
        <div className="new-year">
          <Field
            name="newYear"
            label={t('holidays.newYear')}
            required
            error={error}
            className="new-year__year"
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={2000}
                max={2100}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={prefill} onChange={(e) => setPrefill(e.target.checked)} />
            {t('holidays.prefill')}
          </label>
          <button type="submit" className="button button--secondary new-year__submit">
            {t('holidays.createYear')}
          </button>
        </div>
      </form>
    </section>
  );
}
