import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useServicePages } from '../../api/services';
import { useAllUnits } from '../../api/units';
import { useCan, useCanAny } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { Completeness } from '../../components/Completeness';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatRupiah } from '../../format';
import { useLocale } from '../../i18n';

/** Services of the tenant, or of one unit, a page at a time. */
export function ServicesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const canAny = useCanAny();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit');
  const units = useAllUnits();
  const pages = useServicePages(unitId);
  const [showArchived, setShowArchived] = useState(false);

  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const all = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const services = showArchived ? all : all.filter((s) => !s.archived);
  const canCreate = unitId ? can('services.write', unitId) : canAny('services.write');

  return (
    <>
      <PageHeader
        title={t('services.title')}
        intro={t('services.intro')}
        actions={
          canCreate && (
            <Link
              to={unitId ? `/services/new?unit=${unitId}` : '/services/new'}
              className="button button--primary"
            >
              {t('services.add')}
            </Link>
          )
        }
      />
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="filter-unit">{t('services.filterUnit')}</label>
          <select
            id="filter-unit"
            value={unitId ?? ''}
            onChange={(e) => setParams(e.target.value ? { unit: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t('services.allUnits')}</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          {t('common.showArchived')}
        </label>
      </div>
      {units.isError && <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />}
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : services.length === 0 ? (
        <p className="empty">{t('services.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('services.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('services.name')}</th>
                <th scope="col">{t('services.unit')}</th>
                <th scope="col">{t('public.duration')}</th>
                <th scope="col">{t('public.fee')}</th>
                <th scope="col">{t('services.completeness')}</th>
                <th scope="col">{t('common.status')}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/services/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{unitName.get(s.unitId) ?? t('common.none')}</td>
                  <td>
                    {s.durationWorkingDays === null
                      ? t('common.none')
                      : t('common.workingDays', { count: s.durationWorkingDays })}
                  </td>
                  <td>
                    {s.feeRupiah === null
                      ? t('common.none')
                      : s.feeRupiah === 0
                        ? t('common.free')
                        : formatRupiah(s.feeRupiah, locale)}
                  </td>
                  <td>
                    <Completeness standard={s.standard} compact />
                  </td>
                  <td>
                    {s.archived ? (
                      <Badge tone="warning">{t('common.archived')}</Badge>
                    ) : (
                      <Badge tone="success">{t('common.active')}</Badge>
                    )}
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
