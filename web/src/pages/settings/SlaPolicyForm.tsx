import { type PutSlaPolicyInput, putSlaPolicySchema, type SlaPolicy } from '@prima/domain';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { errorAt } from '../../forms/problems';
import { domainResolver, numberOrText } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';

const DAY_FIELDS = [
  'verifyWorkingDays',
  'followUpWorkingDays',
  'autoCloseWorkingDays',
  'resolutionCeilingDays',
  'completionWindowDays',
  'reopenWindowWorkingDays',
  'dueSoonWorkingDays',
] as const;
type DayField = (typeof DAY_FIELDS)[number];

type SlaValues = Record<DayField, string> & {
  tiers: { key: string; label: string; workingDays: string }[];
};

interface SlaPolicyFormProps {
  policy: SlaPolicy;
  readOnly: boolean;
  onSubmit: (input: PutSlaPolicyInput) => Promise<unknown>;
  problem: unknown;
  onReset: () => void;
  onReload: () => void;
}

/** The complaint SLA policy: deadlines in working or calendar days, and the resolution tiers. */
export function SlaPolicyForm({
  policy,
  readOnly,
  onSubmit,
  problem,
  onReset,
  onReload,
}: SlaPolicyFormProps) {
  const { t } = useTranslation();
  const form = useForm<SlaValues, unknown, PutSlaPolicyInput>({
    defaultValues: {
      ...(Object.fromEntries(DAY_FIELDS.map((f) => [f, String(policy[f])])) as Record<DayField, string>),
      tiers: policy.tiers.map((tier) => ({ ...tier, workingDays: String(tier.workingDays) })),
    },
    resolver: domainResolver(putSlaPolicySchema, (v) => ({
      ...(Object.fromEntries(DAY_FIELDS.map((f) => [f, numberOrText(v[f])])) as Record<DayField, number>),
      tiers: v.tiers.map((tier) => ({ ...tier, workingDays: numberOrText(tier.workingDays) as number })),
      version: policy.version,
    })),
  });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'tiers' });
  const tiers = useWatch({ control: form.control, name: 'tiers' });
  const { errors, isSubmitting } = form.formState;

  const labelOf = (path: string): string | undefined => {
    if ((DAY_FIELDS as readonly string[]).includes(path)) return t(`settings.${path as DayField}`);
    const m = /^tiers\.(\d+)(?:\.(key|label|workingDays))?$/.exec(path);
    if (!m) return path === 'tiers' ? t('settings.tiersHeading') : undefined;
    const n = t('settings.tierNumber', { n: Number(m[1]) + 1 });
    const part = m[2];
    if (!part) return n;
    const label =
      part === 'key'
        ? t('settings.tierKey')
        : part === 'label'
          ? t('settings.tierLabel')
          : t('settings.tierDays');
    return `${n}: ${label}`;
  };

  return (
    <form className="form" onSubmit={submitWith(form, { reset: onReset }, onSubmit)} noValidate>
      <fieldset className="form__fieldset" disabled={readOnly}>
        <div className="form__grid form__grid--numbers">
          {DAY_FIELDS.map((f) => (
            <Field key={f} name={f} label={t(`settings.${f}`)} required error={errorAt(errors, f)}>
              {(p) => (
                <input {...p} type="number" inputMode="numeric" min={0} max={60} {...form.register(f)} />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="form__fieldset" disabled={readOnly}>
        <legend className="form__legend">{t('settings.tiersHeading')}</legend>
        <p className="panel__intro">{t('settings.tiersIntro')}</p>
        {fields.length === 0 && <p className="empty">{t('settings.noTiers')}</p>}
        <ol className="tiers">
          {fields.map((f, i) => {
            const n = t('settings.tierNumber', { n: i + 1 });
            const label = tiers?.[i]?.label || n;
            return (
              <li key={f.id} className="tiers__row">
                <Field
                  name={`tiers.${i}.label`}
                  label={
                    <>
                      <span className="visually-hidden">{n}: </span>
                      {t('settings.tierLabel')}
                    </>
                  }
                  required
                  error={errorAt(errors, `tiers.${i}.label`)}
                >
                  {(p) => <input {...p} type="text" {...form.register(`tiers.${i}.label`)} />}
                </Field>
                <Field
                  name={`tiers.${i}.key`}
                  label={
                    <>
                      <span className="visually-hidden">{n}: </span>
                      {t('settings.tierKey')}
                    </>
                  }
                  required
                  error={errorAt(errors, `tiers.${i}.key`)}
                >
                  {(p) => (
                    <input {...p} type="text" spellCheck={false} {...form.register(`tiers.${i}.key`)} />
                  )}
                </Field>
                <Field
                  name={`tiers.${i}.workingDays`}
                  label={
                    <>
                      <span className="visually-hidden">{n}: </span>
                      {t('settings.tierDays')}
                    </>
                  }
                  required
                  error={errorAt(errors, `tiers.${i}.workingDays`)}
                >
                  {(p) => (
                    <input
                      {...p}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={60}
                      {...form.register(`tiers.${i}.workingDays`)}
                    />
                  )}
                </Field>
                {!readOnly && (
                  <div className="tiers__buttons">
                    <button
                      type="button"
                      className="button button--ghost button--icon"
                      aria-label={`↑ ${label}`}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--ghost button--icon"
                      aria-label={`↓ ${label}`}
                      disabled={i === fields.length - 1}
                      onClick={() => move(i, i + 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t('settings.removeTier', { label })}
                      onClick={() => remove(i)}
                    >
                      {t('common.remove')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        {!readOnly && fields.length < 10 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => append({ key: '', label: '', workingDays: '5' })}
          >
            {t('settings.addTier')}
          </button>
        )}
      </fieldset>

      <FormProblems errors={errors} problem={problem} labelOf={labelOf} onReload={onReload} />
      {!readOnly && (
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}
