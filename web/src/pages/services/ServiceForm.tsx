import {
  type CreateServiceInput,
  createServiceSchema,
  type Service,
  STANDARD_COMPONENTS,
  type Standard,
  type Unit,
} from '@prima/domain';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { Completeness } from '../../components/Completeness';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { errorAt } from '../../forms/problems';
import { domainResolver, numberOrNull, orEmpty, textOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';

interface ServiceFormValues {
  unitId: string;
  name: string;
  description: string;
  durationWorkingDays: string;
  feeRupiah: string;
  standard: Standard;
}

const toInput = (v: ServiceFormValues) => ({
  unitId: v.unitId,
  name: v.name,
  description: textOrNull(v.description),
  durationWorkingDays: numberOrNull(v.durationWorkingDays) as number | null,
  feeRupiah: numberOrNull(v.feeRupiah) as number | null,
  standard: v.standard,
});

const emptyStandard = (): Standard =>
  Object.fromEntries(STANDARD_COMPONENTS.map((c) => [c.key, ''])) as Standard;

interface ServiceFormProps {
  service?: Service;
  /** Units the service may belong to (the user's writable, active ones, plus its current unit). */
  units: Unit[];
  defaultUnitId?: string;
  submitLabel: string;
  onSubmit: (input: CreateServiceInput) => Promise<unknown>;
  problem: unknown;
  onReset: () => void;
  onReload?: () => void;
  readOnly?: boolean;
}

/** A service and the 14 components of its Standar Pelayanan; the six public ones are marked. */
export function ServiceForm(props: ServiceFormProps) {
  const { service, units, defaultUnitId, submitLabel, onSubmit, problem, onReset, onReload, readOnly } =
    props;
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useForm<ServiceFormValues, unknown, CreateServiceInput>({
    defaultValues: {
      unitId: service?.unitId ?? defaultUnitId ?? units[0]?.id ?? '',
      name: orEmpty(service?.name),
      description: orEmpty(service?.description),
      durationWorkingDays: orEmpty(service?.durationWorkingDays),
      feeRupiah: orEmpty(service?.feeRupiah),
      standard: { ...emptyStandard(), ...service?.standard },
    },
    resolver: domainResolver(createServiceSchema, toInput),
  });
  const standard = useWatch({ control: form.control, name: 'standard' });
  const { errors, isSubmitting } = form.formState;

  const labels: Record<string, string> = {
    unitId: t('services.unit'),
    name: t('services.name'),
    description: t('services.description'),
    durationWorkingDays: t('services.duration'),
    feeRupiah: t('services.fee'),
    ...Object.fromEntries(STANDARD_COMPONENTS.map((c) => [`standard.${c.key}`, c.label[locale]])),
  };
  const err = (name: string) => errorAt(errors, name);

  return (
    <form className="form" onSubmit={submitWith(form, { reset: onReset }, onSubmit)} noValidate>
      <fieldset className="form__fieldset" disabled={readOnly}>
        <div className="form__grid">
          <Field name="name" label={labels.name} required error={err('name')} className="form__wide">
            {(p) => <input {...p} type="text" {...form.register('name')} />}
          </Field>
          <Field name="unitId" label={labels.unitId} required error={err('unitId')} className="form__wide">
            {(p) => (
              <select {...p} {...form.register('unitId')}>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="description"
            label={labels.description}
            error={err('description')}
            className="form__wide"
          >
            {(p) => <textarea {...p} rows={3} {...form.register('description')} />}
          </Field>
          <Field
            name="durationWorkingDays"
            label={labels.durationWorkingDays}
            hint={t('services.durationHint')}
            error={err('durationWorkingDays')}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={0}
                max={365}
                {...form.register('durationWorkingDays')}
              />
            )}
          </Field>
          <Field
            name="feeRupiah"
            label={labels.feeRupiah}
            hint={t('services.feeHint')}
            error={err('feeRupiah')}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                {...form.register('feeRupiah')}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form__fieldset standard" disabled={readOnly}>
        <legend className="standard__legend">{t('services.standardHeading')}</legend>
        <p className="panel__intro">{t('services.standardIntro')}</p>
        <Completeness standard={standard} />
        <ol className="standard__list">
          {STANDARD_COMPONENTS.map((c) => (
            <li key={c.key} className="standard__item">
              <Field
                name={`standard.${c.key}`}
                label={c.label[locale]}
                error={err(`standard.${c.key}`)}
                badge={
                  c.public ? (
                    <Badge tone="info">{t('services.published')}</Badge>
                  ) : (
                    <Badge>{t('services.internal')}</Badge>
                  )
                }
              >
                {(p) => <textarea {...p} rows={3} {...form.register(`standard.${c.key}`)} />}
              </Field>
            </li>
          ))}
        </ol>
      </fieldset>

      <FormProblems errors={errors} problem={problem} labelOf={(p) => labels[p]} onReload={onReload} />
      {!readOnly && (
        <div className="form__actions form__actions--sticky">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : submitLabel}
          </button>
        </div>
      )}
    </form>
  );
}
