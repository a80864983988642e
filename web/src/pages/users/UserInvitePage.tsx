import { type InviteUserInput, inviteUserSchema, TENANT_ROLES } from '@prima/domain';
import { useEffect, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAllUnits } from '../../api/units';
import { useInviteUser } from '../../api/users';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { OneTimePassword } from '../../components/OneTimePassword';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { UnitPicker } from './UnitPicker';
import { type UserFormValues, unitsForRole } from './userForm';

function Invited({
  name,
  userId,
  password,
  onAgain,
}: {
  name: string;
  userId: string;
  password: string | null;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="invited-heading">
      <h2 id="invited-heading" ref={heading} tabIndex={-1}>
        {t('users.invited', { name })}
      </h2>
      <OneTimePassword label={t('users.oneTimePassword')} password={password} />
      <div className="form__actions">
        <Link to={`/users/${userId}`} className="button button--secondary">
          {t('common.edit')}
        </Link>
        <button type="button" className="button button--primary" onClick={onAgain}>
          {t('users.inviteAnother')}
        </button>
        <Link to="/users" className="button button--ghost">
          {t('users.title')}
        </Link>
      </div>
    </section>
  );
}

/** Invites a user with a role (and units, for a unit officer); shows the one-time password once. */
export function UserInvitePage() {
  const { t } = useTranslation();
  const units = useAllUnits();
  const invite = useInviteUser();
  const form = useForm<UserFormValues, unknown, InviteUserInput>({
    defaultValues: { email: '', name: '', role: 'coordinator', unitIds: [] },
    resolver: domainResolver(inviteUserSchema, (v) => ({ ...v, unitIds: unitsForRole(v.role, v.unitIds) })),
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    email: t('users.email'),
    name: t('users.name'),
    role: t('users.role'),
    unitIds: t('users.unitsLegend'),
  };

  if (invite.data) {
    return (
      <>
        <PageHeader title={t('users.inviteTitle')} back={<Link to="/users">← {t('users.title')}</Link>} />
        <Invited
          name={invite.data.user.name}
          userId={invite.data.user.id}
          password={invite.data.temporaryPassword}
          onAgain={() => {
            invite.reset();
            form.reset();
          }}
        />
      </>
    );
  }

  const onSubmit = submitWith(form, invite, (input) => invite.mutateAsync(input), ['unitIds']);
  return (
    <>
      <PageHeader title={t('users.inviteTitle')} back={<Link to="/users">← {t('users.title')}</Link>} />
      <section className="panel">
        <form className="form" onSubmit={onSubmit} noValidate>
          <div className="form__grid">
            <Field name="name" label={labels.name} required error={errorAt(errors, 'name')}>
              {(p) => <input {...p} type="text" autoComplete="off" {...form.register('name')} />}
            </Field>
            <Field name="email" label={labels.email} required error={errorAt(errors, 'email')}>
              {(p) => <input {...p} type="email" autoComplete="off" {...form.register('email')} />}
            </Field>
            <Field name="role" label={labels.role} required error={errorAt(errors, 'role')}>
              {(p) => (
                <select {...p} {...form.register('role')}>
                  {TENANT_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {role === 'unit-officer' && (
            <UnitPicker
              control={form.control}
              name="unitIds"
              units={units.data ?? []}
              error={errorAt(errors, 'unitIds')}
            />
          )}
          {units.isError && <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />}
          <FormProblems errors={errors} problem={invite.error} labelOf={(p) => labels[p]} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting ? t('common.saving') : t('users.invite')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
