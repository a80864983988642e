import {
  type CreateTenantInput,
  createTenantSchema,
  TENANT_KINDS,
  TIME_ZONES,
  type TimeZone,
} from '@prima/domain';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnboardTenant } from '../../api/platform';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { OneTimePassword } from '../../components/OneTimePassword';
import { PageHeader } from '../../components/PageHeader';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';

interface OnboardValues {
  name: string;
  slug: string;
  kind: CreateTenantInput['kind'];
  timeZone: TimeZone;
  adminEmail: string;
  adminName: string;
}

function Onboarded({
  result,
  onAgain,
}: {
  result: NonNullable<ReturnType<typeof useOnboardTenant>['data']>;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="onboarded-heading">
      <h2 id="onboarded-heading" ref={heading} tabIndex={-1}>
        {t('platform.onboarded', { name: result.tenant.name })}
      </h2>
      <OneTimePassword
        label={t('platform.adminPassword', { email: result.admin.email })}
        password={result.temporaryPassword}
      />
      <div className="form__actions">
        <Link to="/platform" className="button button--secondary">
          {t('platform.title')}
        </Link>
        <button type="button" className="button button--primary" onClick={onAgain}>
          {t('platform.onboardAnother')}
        </button>
      </div>
    </section>
  );
}

/** Onboards a Pemda as a tenant and shows its first admin's one-time password once. */
export function OnboardTenantPage() {
  const { t } = useTranslation();
  const onboard = useOnboardTenant();
  const form = useForm<OnboardValues, unknown, CreateTenantInput>({
    defaultValues: {
      name: '',
      slug: '',
      kind: 'kabupaten',
      timeZone: 'Asia/Jakarta',
      adminEmail: '',
      adminName: '',
    },
    resolver: domainResolver(createTenantSchema, (v) => ({
      ...v,
      adminName: v.adminName.trim() === '' ? undefined : v.adminName,
    })),
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    name: t('platform.name'),
    slug: t('platform.slug'),
    kind: t('platform.kind'),
    timeZone: t('platform.timeZone'),
    adminEmail: t('platform.adminEmail'),
    adminName: t('platform.adminName'),
  };
  const back = <Link to="/platform">← {t('platform.title')}</Link>;

  if (onboard.data) {
    return (
      <>
        <PageHeader title={t('platform.onboardTitle')} back={back} />
        <Onboarded
          result={onboard.data}
          onAgain={() => {
            onboard.reset();
            form.reset();
          }}
        />
      </>
    );
  }

  const err = (name: keyof OnboardValues) => errorAt(errors, name);
  return (
    <>
      <PageHeader title={t('platform.onboardTitle')} back={back} />
      <section className="panel">
        <form
          className="form"
          onSubmit={submitWith(form, onboard, (input) => onboard.mutateAsync(input))}
          noValidate
        >
          <div className="form__grid">
            <Field name="name" label={labels.name} required error={err('name')} className="form__wide">
              {(p) => <input {...p} type="text" {...form.register('name')} />}
            </Field>
            <Field name="slug" label={labels.slug} hint={t('platform.slugHint')} required error={err('slug')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  spellCheck={false}
                  autoCapitalize="none"
                  {...form.register('slug')}
                />
              )}
            </Field>
            <Field name="kind" label={labels.kind} required error={err('kind')}>
              {(p) => (
                <select {...p} {...form.register('kind')}>
                  {TENANT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`platform.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="timeZone" label={labels.timeZone} required error={err('timeZone')}>
              {(p) => (
                <select {...p} {...form.register('timeZone')}>
                  {TIME_ZONES.map((z) => (
                    <option key={z} value={z}>
                      {t(`platform.timeZones.${z}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="adminEmail" label={labels.adminEmail} required error={err('adminEmail')}>
              {(p) => <input {...p} type="email" autoComplete="off" {...form.register('adminEmail')} />}
            </Field>
            <Field name="adminName" label={labels.adminName} error={err('adminName')}>
              {(p) => <input {...p} type="text" autoComplete="off" {...form.register('adminName')} />}
            </Field>
          </div>
          <FormProblems errors={errors} problem={onboard.error} labelOf={(p) => labels[p]} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting ? t('common.saving') : t('platform.onboard')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
