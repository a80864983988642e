import {
  IKM_WEIGHTINGS,
  LOCALES,
  type Settings,
  SURVEY_TEMPLATE_IDS,
  type UpdateSettingsInput,
  updateSettingsSchema,
} from '@prima/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { errorAt } from '../../forms/problems';
import { domainResolver, orEmpty, textOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';

interface SettingsValues {
  defaultLocale: Settings['defaultLocale'];
  surveyTemplate: Settings['surveyTemplate'];
  ikmWeighting: Settings['ikmWeighting'];
  contactEmail: string;
  contactPhone: string;
  address: string;
}

interface TenantSettingsFormProps {
  settings: Settings;
  readOnly: boolean;
  onSubmit: (input: UpdateSettingsInput) => Promise<unknown>;
  problem: unknown;
  onReset: () => void;
  onReload: () => void;
}

/** The Pemda's settings: language for citizens, survey method, contact details. */
export function TenantSettingsForm({
  settings,
  readOnly,
  onSubmit,
  problem,
  onReset,
  onReload,
}: TenantSettingsFormProps) {
  const { t } = useTranslation();
  const form = useForm<SettingsValues, unknown, UpdateSettingsInput>({
    defaultValues: {
      defaultLocale: settings.defaultLocale,
      surveyTemplate: settings.surveyTemplate,
      ikmWeighting: settings.ikmWeighting,
      contactEmail: orEmpty(settings.contactEmail),
      contactPhone: orEmpty(settings.contactPhone),
      address: orEmpty(settings.address),
    },
    resolver: domainResolver(updateSettingsSchema, (v) => ({
      defaultLocale: v.defaultLocale,
      surveyTemplate: v.surveyTemplate,
      ikmWeighting: v.ikmWeighting,
      contactEmail: textOrNull(v.contactEmail),
      contactPhone: textOrNull(v.contactPhone),
      address: textOrNull(v.address),
      version: settings.version,
    })),
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    defaultLocale: t('settings.defaultLocale'),
    surveyTemplate: t('settings.surveyTemplate'),
    ikmWeighting: t('settings.ikmWeighting'),
    contactEmail: t('settings.contactEmail'),
    contactPhone: t('settings.contactPhone'),
    address: t('settings.address'),
  };
  const err = (name: keyof SettingsValues) => errorAt(errors, name);

  return (
    <form className="form" onSubmit={submitWith(form, { reset: onReset }, onSubmit)} noValidate>
      <fieldset className="form__fieldset" disabled={readOnly}>
        <div className="form__grid">
          <Field name="defaultLocale" label={labels.defaultLocale} required error={err('defaultLocale')}>
            {(p) => (
              <select {...p} {...form.register('defaultLocale')}>
                {LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {t(`settings.locales.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="surveyTemplate" label={labels.surveyTemplate} required error={err('surveyTemplate')}>
            {(p) => (
              <select {...p} {...form.register('surveyTemplate')}>
                {SURVEY_TEMPLATE_IDS.map((s) => (
                  <option key={s} value={s}>
                    {t(`settings.templates.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="ikmWeighting"
            label={labels.ikmWeighting}
            required
            error={err('ikmWeighting')}
            className="form__wide"
          >
            {(p) => (
              <select {...p} {...form.register('ikmWeighting')}>
                {IKM_WEIGHTINGS.map((w) => (
                  <option key={w} value={w}>
                    {t(`settings.weightings.${w}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="contactEmail" label={labels.contactEmail} error={err('contactEmail')}>
            {(p) => <input {...p} type="email" autoComplete="email" {...form.register('contactEmail')} />}
          </Field>
          <Field name="contactPhone" label={labels.contactPhone} error={err('contactPhone')}>
            {(p) => <input {...p} type="tel" autoComplete="tel" {...form.register('contactPhone')} />}
          </Field>
          <Field name="address" label={labels.address} error={err('address')} className="form__wide">
            {(p) => <textarea {...p} rows={2} autoComplete="street-address" {...form.register('address')} />}
          </Field>
        </div>
      </fieldset>
      <FormProblems errors={errors} problem={problem} labelOf={(p) => labels[p]} onReload={onReload} />
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
