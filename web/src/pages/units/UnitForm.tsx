import { type CreateUnitInput, createUnitSchema, UNIT_KINDS, type Unit } from '@prima/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { errorAt } from '../../forms/problems';
import { domainResolver, orEmpty, textOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';

interface UnitFormValues {
  name: string;
  shortName: string;
  kind: Unit['kind'];
  headName: string;
  address: string;
  phone: string;
  email: string;
}

const toInput = (v: UnitFormValues) => ({
  name: v.name,
  shortName: textOrNull(v.shortName),
  kind: v.kind,
  headName: textOrNull(v.headName),
  address: textOrNull(v.address),
  phone: textOrNull(v.phone),
  email: textOrNull(v.email),
});

interface UnitFormProps {
  unit?: Unit;
  submitLabel: string;
  onSubmit: (input: CreateUnitInput) => Promise<unknown>;
  /** The last failed submission. */
  problem: unknown;
  onReset: () => void;
  onReload?: () => void;
  readOnly?: boolean;
}

/** The fields of an OPD unit, for creating and for editing one. */
export function UnitForm({
  unit,
  submitLabel,
  onSubmit,
  problem,
  onReset,
  onReload,
  readOnly,
}: UnitFormProps) {
  const { t } = useTranslation();
  const form = useForm<UnitFormValues, unknown, CreateUnitInput>({
    defaultValues: {
      name: orEmpty(unit?.name),
      shortName: orEmpty(unit?.shortName),
      kind: unit?.kind ?? 'dinas',
      headName: orEmpty(unit?.headName),
      address: orEmpty(unit?.address),
      phone: orEmpty(unit?.phone),
      email: orEmpty(unit?.email),
    },
    resolver: domainResolver(createUnitSchema, toInput),
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    name: t('units.name'),
    shortName: t('units.shortName'),
    kind: t('units.kind'),
    headName: t('units.headName'),
    address: t('units.address'),
    phone: t('units.phone'),
    email: t('units.email'),
  };
  const err = (name: keyof UnitFormValues) => errorAt(errors, name);

  return (
    <form className="form" onSubmit={submitWith(form, { reset: onReset }, onSubmit)} noValidate>
      <fieldset className="form__fieldset" disabled={readOnly}>
        <div className="form__grid">
          <Field name="name" label={labels.name} required error={err('name')} className="form__wide">
            {(p) => <input {...p} type="text" autoComplete="organization" {...form.register('name')} />}
          </Field>
          <Field name="shortName" label={labels.shortName} error={err('shortName')}>
            {(p) => <input {...p} type="text" {...form.register('shortName')} />}
          </Field>
          <Field name="kind" label={labels.kind} required error={err('kind')}>
            {(p) => (
              <select {...p} {...form.register('kind')}>
                {UNIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`units.kinds.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="headName" label={labels.headName} error={err('headName')} className="form__wide">
            {(p) => <input {...p} type="text" autoComplete="name" {...form.register('headName')} />}
          </Field>
          <Field name="address" label={labels.address} error={err('address')} className="form__wide">
            {(p) => <textarea {...p} rows={2} autoComplete="street-address" {...form.register('address')} />}
          </Field>
          <Field name="phone" label={labels.phone} error={err('phone')}>
            {(p) => <input {...p} type="tel" autoComplete="tel" {...form.register('phone')} />}
          </Field>
          <Field name="email" label={labels.email} error={err('email')}>
            {(p) => <input {...p} type="email" autoComplete="email" {...form.register('email')} />}
          </Field>
        </div>
      </fieldset>
      <FormProblems errors={errors} problem={problem} labelOf={(p) => labels[p]} onReload={onReload} />
      {!readOnly && (
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : submitLabel}
          </button>
        </div>
      )}
    </form>
  );
}
