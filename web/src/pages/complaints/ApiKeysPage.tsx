import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../../api/complaints-keys';
import { useMe } from '../../api/me';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../format';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';
import { SecretValue } from './ui';

/** The API's rule for a key's name (routes/api-keys.ts). */
const keySchema = z.object({ name: z.string().trim().min(3).max(80) });

/** Open311 API keys of the Pemda: create (shown once), list, revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: me } = useMe();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const form = useForm<{ name: string }, unknown, { name: string }>({
    defaultValues: { name: '' },
    resolver: domainResolver(keySchema, (v) => v),
  });
  const { errors, isSubmitting } = form.formState;
  const slug = me?.tenant?.slug ?? '';
  const endpoint = `${window.location.origin}/open311/v2`;

  return (
    <>
      <PageHeader title={t('complaints.apiKeys.title')} intro={t('complaints.apiKeys.intro')} />
      <p className="muted">{t('complaints.apiKeys.endpoint', { url: endpoint, slug })}</p>
      <section className="panel" aria-labelledby="key-new">
        <h2 id="key-new">{t('complaints.apiKeys.add')}</h2>
        {create.data && (
          <Notice
            tone="success"
            role="status"
            title={t('complaints.apiKeys.created', { name: create.data.apiKey.name })}
          >
            <SecretValue
              label={t('complaints.apiKeys.keyLabel')}
              hint={t('complaints.apiKeys.keyHint')}
              value={create.data.key}
            />
          </Notice>
        )}
        <form
          className="form key-form"
          noValidate
          onSubmit={submitWith(form, create, async ({ name }) => {
            await create.mutateAsync(name);
            form.reset({ name: '' });
          })}
        >
          <Field name="name" label={t('complaints.apiKeys.name')} required error={errorAt(errors, 'name')}>
            {(p) => <input {...p} type="text" maxLength={80} {...form.register('name')} />}
          </Field>
          <FormProblems
            errors={errors}
            problem={create.isError ? create.error : null}
            labelOf={() => t('complaints.apiKeys.name')}
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting ? t('common.saving') : t('complaints.apiKeys.add')}
            </button>
          </div>
        </form>
      </section>
      {revoke.isError && <ProblemAlert error={revoke.error} />}
      {keys.isPending ? (
        <Loading />
      ) : keys.isError ? (
        <ProblemAlert error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <p className="empty">{t('complaints.apiKeys.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('complaints.apiKeys.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('complaints.apiKeys.hint')}</th>
                <th scope="col">{t('complaints.apiKeys.createdAt')}</th>
                <th scope="col">{t('complaints.apiKeys.lastUsed')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((k) => (
                <tr key={k.id}>
                  <th scope="row">{k.name}</th>
                  <td>
                    <code>…{k.hint}</code>
                  </td>
                  <td className="table__nowrap">{formatDateTime(k.createdAt, locale)}</td>
                  <td className="table__nowrap">
                    {k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : t('complaints.apiKeys.never')}
                  </td>
                  <td>
                    {k.revoked ? (
                      <Badge tone="danger">{t('complaints.apiKeys.revoked')}</Badge>
                    ) : (
                      <Badge tone="success">{t('complaints.apiKeys.active')}</Badge>
                    )}
                  </td>
                  <td className="table__actions">
                    {!k.revoked && (
                      <ConfirmButton
                        tone="danger"
                        subject={k.name}
                        disabled={revoke.isPending}
                        onConfirm={() => revoke.mutate(k.id)}
                      >
                        {t('complaints.apiKeys.revoke')}
                      </ConfirmButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
