import type { Unit } from '@prima/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnitPages, useUpdateUnit } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';

function ArchiveToggle({ unit, onError }: { unit: Unit; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const update = useUpdateUnit(unit.id);
  return (
    <ConfirmButton
      tone={unit.archived ? 'secondary' : 'danger'}
      subject={unit.name}
      disabled={update.isPending}
      onConfirm={() =>
        update.mutate({ archived: !unit.archived, version: unit.version }, { onError: (e) => onError(e) })
      }
    >
      {unit.archived ? t('common.unarchive') : t('common.archive')}
    </ConfirmButton>
  );
}

/** The tenant's OPD units, a page at a time. */
export function UnitsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const pages = useUnitPages();
  const [showArchived, setShowArchived] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const canWrite = can('units.write');

  const all = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const units = showArchived ? all : all.filter((u) => !u.archived);

  return (
    <>
      <PageHeader
        title={t('units.title')}
        intro={t('units.intro')}
        actions={
          canWrite && (
            <Link to="/units/new" className="button button--primary">
              {t('units.add')}
            </Link>
          )
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
      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          {t('common.showArchived')}
        </label>
      </div>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : units.length === 0 ? (
        <p className="empty">{t('units.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('units.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('units.name')}</th>
                <th scope="col">{t('units.kind')}</th>
                <th scope="col">{t('units.headName')}</th>
                <th scope="col">{t('common.status')}</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <Link to={`/units/${u.id}`}>{u.name}</Link>
                    {u.shortName && <span className="table__sub">{u.shortName}</span>}
                  </th>
                  <td>{t(`units.kinds.${u.kind}`)}</td>
                  <td>{u.headName ?? t('common.none')}</td>
                  <td>
                    {u.archived ? (
                      <Badge tone="warning">{t('common.archived')}</Badge>
                    ) : (
                      <Badge tone="success">{t('common.active')}</Badge>
                    )}
                  </td>
                  {canWrite && (
                    <td className="table__actions">
                      <ArchiveToggle unit={u} onError={setActionError} />
                    </td>
                  )}
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
