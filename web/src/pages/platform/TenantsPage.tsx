import type { Tenant } from '@prima/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSetTenantStatus, useTenantPages } from '../../api/platform';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';

function StatusAction({ tenant, onError }: { tenant: Tenant; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const setStatus = useSetTenantStatus();
  const suspended = tenant.status === 'suspended';
  return (
    <ConfirmButton
      tone={suspended ? 'secondary' : 'danger'}
      subject={tenant.name}
      disabled={setStatus.isPending}
      onConfirm={() =>
        setStatus.mutate({ tenantId: tenant.id, action: suspended ? 'resume' : 'suspend' }, { onError })
      }
    >
      {suspended ? t('platform.resume') : t('platform.suspend')}
    </ConfirmButton>
  );
}

/** The platform operator's list of tenants (Pemda), with suspend and resume. */
export function TenantsPage() {
  const { t } = useTranslation();
  const pages = useTenantPages();
  const [actionError, setActionError] = useState<unknown>(null);
  const tenants = pages.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('platform.title')}
        intro={t('platform.intro')}
        actions={
          <Link to="/platform/new" className="button button--primary">
            {t('platform.onboard')}
          </Link>
        }
      />
      {actionError !== null && (
        <ProblemAlert
          error={actionError}
          onRetry={() => {
            setActionError(null);
            void pages.refetch();
          }}
        />
      )}
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : tenants.length === 0 ? (
        <p className="empty">{t('platform.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('platform.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('platform.name')}</th>
                <th scope="col">{t('platform.slug')}</th>
                <th scope="col">{t('platform.kind')}</th>
                <th scope="col">{t('platform.timeZone')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tenants.map((tenant) => (
                <tr key={tenant.id}>
                  <th scope="row">{tenant.name}</th>
                  <td>
                    <a href={`/p/${tenant.slug}`}>{tenant.slug}</a>
                  </td>
                  <td>{t(`platform.kinds.${tenant.kind}`)}</td>
                  <td>{t(`platform.timeZones.${tenant.timeZone}`)}</td>
                  <td>
                    <Badge tone={tenant.status === 'active' ? 'success' : 'danger'}>
                      {t(`platform.statuses.${tenant.status}`)}
                    </Badge>
                  </td>
                  <td className="table__actions">
                    <StatusAction tenant={tenant} onError={setActionError} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => pages.fetchNextPage()}
      />
    </>
  );
}
