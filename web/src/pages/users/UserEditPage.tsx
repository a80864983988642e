import {
  checkUnitScope,
  TENANT_ROLES,
  type UpdateUserInput,
  type User,
  updateUserSchema,
} from '@prima/domain';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/me';
import { useAllUnits } from '../../api/units';
import { useResetPassword, useUpdateUser, useUser } from '../../api/users';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { OneTimePassword } from '../../components/OneTimePassword';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { UnitPicker } from './UnitPicker';
import { type UserFormValues, unitsForRole } from './userForm';

/** The update schema plus the domain's unit-scope rule, checked before the API checks it again. */
const editSchema = updateUserSchema.superRefine((v, ctx) => {
  const problem = v.role ? checkUnitScope(v.role, v.unitIds ?? []) : null;
  if (problem) ctx.addIssue({ code: 'custom', path: ['unitIds'], message: problem });
});

type EditValues = Omit<UserFormValues, 'email'>;

interface UserFormProps {
  user: User;
  readOnly: boolean;
  onSaved: () => void;
  onReload: () => void;
}

function UserForm({ user, readOnly, onSaved, onReload }: UserFormProps) {
  const { t } = useTranslation();
  const units = useAllUnits();
  const update = useUpdateUser(user.id);
  const form = useForm<EditValues, unknown, UpdateUserInput>({
    defaultValues: { name: user.name, role: user.role, unitIds: user.unitIds },
    resolver: domainResolver(editSchema, (v) => ({
      name: v.name,
      role: v.role,
      unitIds: unitsForRole(v.role, v.unitIds),
      version: user.version,
    })),
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    name: t('users.name'),
    role: t('users.role'),
    unitIds: t('users.unitsLegend'),
    status: t('users.status'),
  };
  const onSubmit = submitWith(
    form,
    update,
    async (input) => {
      await update.mutateAsync(input);
      onSaved();
    },
    ['unitIds'],
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <fieldset className="form__fieldset" disabled={readOnly}>
        <div className="form__grid">
          <Field name="name" label={labels.name} required error={errorAt(errors, 'name')}>
            {(p) => <input {...p} type="text" {...form.register('name')} />}
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
      </fieldset>
      {units.isError && <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />}
      <FormProblems errors={errors} problem={update.error} labelOf={(p) => labels[p]} onReload={onReload} />
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

/** One user: name, role and units; deactivate or reactivate; issue a new one-time password. */
export function UserEditPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const can = useCan();
  const { data: me } = useMe();
  const query = useUser(userId);
  const status = useUpdateUser(userId);
  const reset = useResetPassword(userId);
  const [saved, setSaved] = useState(false);
  const back = <Link to="/users">← {t('users.title')}</Link>;

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('users.editTitle')} back={back} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );

  const user = query.data;
  const canWrite = can('users.write');
  const isSelf = me?.userId === user.id;
  const active = user.status === 'active';
  const reload = () => {
    setSaved(false);
    status.reset();
    void query.refetch();
  };

  return (
    <>
      <PageHeader
        title={user.name}
        intro={
          <>
            {user.email} · {t(`roles.${user.role}`)}
            {isSelf && ` (${t('common.you')})`}
          </>
        }
        back={back}
      />
      <section className="panel" aria-labelledby="user-details">
        <h2 id="user-details">{t('users.editTitle')}</h2>
        {!canWrite && <p className="muted">{t('common.readOnly')}</p>}
        {saved && (
          <Notice tone="success" role="status">
            <p>{t('common.saved')}</p>
          </Notice>
        )}
        <UserForm
          key={user.version}
          user={user}
          readOnly={!canWrite}
          onSaved={() => setSaved(true)}
          onReload={reload}
        />
      </section>
      <section className="panel" aria-labelledby="user-account">
        <h2 id="user-account">{t('users.accountHeading')}</h2>
        <p>
          {t('users.status')}:{' '}
          <Badge tone={active ? 'success' : 'danger'}>{t(`users.statuses.${user.status}`)}</Badge>
        </p>
        {status.isError && <ProblemAlert error={status.error} onRetry={reload} />}
        {reset.isError && <ProblemAlert error={reset.error} />}
        {reset.data && (
          <Notice tone="success" role="status" title={t('users.passwordReset', { name: user.name })}>
            <OneTimePassword label={t('users.oneTimePassword')} password={reset.data.temporaryPassword} />
          </Notice>
        )}
        {canWrite && (
          <div className="form__actions">
            {!isSelf && (
              <ConfirmButton
                tone={active ? 'danger' : 'secondary'}
                subject={user.name}
                disabled={status.isPending}
                onConfirm={() => {
                  setSaved(false);
                  status.mutate({ status: active ? 'deactivated' : 'active', version: user.version });
                }}
              >
                {active ? t('users.deactivate') : t('users.reactivate')}
              </ConfirmButton>
            )}
            <ConfirmButton subject={user.name} disabled={reset.isPending} onConfirm={() => reset.mutate()}>
              {t('users.resetPassword')}
            </ConfirmButton>
          </div>
        )}
      </section>
    </>
  );
}
