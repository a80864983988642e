import { SURVEY_TEMPLATES } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  CAMPAIGN_STATUSES,
  type CampaignStatusKey,
  useAllServices,
  useCampaignPages,
} from '../../api/surveys';
import { useAllUnits } from '../../api/units';
import { useCanAny } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { CampaignStatusBadge, PeriodSelect, SampleProgress } from './ui';
import './surveys.css';

const isStatus = (s: string | null): s is CampaignStatusKey =>
  s !== null && (CAMPAIGN_STATUSES as readonly string[]).includes(s);

/** The tenant's survey campaigns with their progress, filtered by unit, status and period (kept in the URL). */
export function SurveysPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canAny = useCanAny();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') || null;
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const period = params.get('period') || null;
  const pages = useCampaignPages({ unitId, status, period });
  const units = useAllUnits();
  const services = useAllServices();
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const serviceName = new Map((services.data ?? []).map((s) => [s.id, s.name]));
  const campaigns = pages.data?.pages.flatMap((p) => p.items) ?? [];

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('surveys.list.title')}
        intro={t('surveys.list.intro')}
        actions={
          canAny('surveys.manage') && (
            <Link to="/surveys/new" className="button button--primary">
              {t('surveys.list.add')}
            </Link>
          )
        }
      />
      <fieldset className="sv-filters">
        <legend className="visually-hidden">{t('surveys.list.filters')}</legend>
        <div className="field field--filter">
          <label htmlFor="filter-unit">{t('surveys.fields.unit')}</label>
          <select id="filter-unit" value={unitId ?? ''} onChange={(e) => setFilter('unit', e.target.value)}>
            <option value="">{t('surveys.list.allUnits')}</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--filter">
          <label htmlFor="filter-status">{t('common.status')}</label>
          <select
            id="filter-status"
            value={status ?? ''}
            onChange={(e) => setFilter('status', e.target.value)}
          >
            <option value="">{t('surveys.list.allStatuses')}</option>
            {CAMPAIGN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`surveys.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--filter">
          <label htmlFor="filter-period">{t('surveys.fields.period')}</label>
          <PeriodSelect
            id="filter-period"
            value={period ?? ''}
            onChange={(k) => setFilter('period', k)}
            allowEmpty={t('surveys.list.allPeriods')}
          />
        </div>
      </fieldset>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : campaigns.length === 0 ? (
        <p className="empty">
          {unitId || status || period ? t('surveys.list.emptyFiltered') : t('surveys.list.empty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('surveys.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.fields.title')}</th>
                <th scope="col">{t('surveys.fields.unit')}</th>
                <th scope="col">{t('surveys.fields.period')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('surveys.progress.label')}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/surveys/${c.id}`}>{c.title}</Link>
                    <span className="table__sub">{SURVEY_TEMPLATES[c.templateId].name[locale]}</span>
                  </th>
                  <td>
                    {unitName.get(c.unitId) ?? '…'}
                    {c.serviceId && <span className="table__sub">{serviceName.get(c.serviceId) ?? '…'}</span>}
                  </td>
                  <td className="table__nowrap">{c.period.label[locale]}</td>
                  <td>
                    <CampaignStatusBadge status={c.status} />
                  </td>
                  <td>
                    <SampleProgress progress={c.progress} compact />
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
