import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PERIOD_TYPES, type PeriodType, useTrend } from '../../api/surveys';
import { useAllUnits } from '../../api/units';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { TrendLine } from './charts';
import { bandsOf, formatCount, formatFixed, MutuBadge, shortPeriodLabel } from './ui';
import './surveys.css';

const COUNTS = [4, 8, 12] as const;
const isPeriodType = (s: string | null): s is PeriodType =>
  s !== null && (PERIOD_TYPES as readonly string[]).includes(s);

/** The IKM of a unit (or the whole Pemda) across the last periods, oldest first. */
export function TrendPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') || null;
  const typeParam = params.get('type');
  const periodType: PeriodType = isPeriodType(typeParam) ? typeParam : 'quarter';
  const countParam = Number(params.get('count'));
  const count = (COUNTS as readonly number[]).includes(countParam) ? countParam : 8;
  const units = useAllUnits();
  const query = useTrend(unitId, periodType, count);
  const unit = units.data?.find((u) => u.id === unitId);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const scopeName = unitId ? (unit?.name ?? '…') : t('surveys.trend.wholePemda');

  return (
    <>
      <PageHeader title={t('surveys.trend.title')} intro={t('surveys.trend.intro')} />
      <fieldset className="sv-filters">
        <legend className="visually-hidden">{t('surveys.list.filters')}</legend>
        <div className="field field--filter">
          <label htmlFor="trend-unit">{t('surveys.fields.unit')}</label>
          <select id="trend-unit" value={unitId ?? ''} onChange={(e) => set('unitId', e.target.value)}>
            <option value="">{t('surveys.trend.wholePemda')}</option>
            {(units.data ?? [])
              .filter((u) => !u.archived || u.id === unitId)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field field--filter">
          <label htmlFor="trend-type">{t('surveys.trend.periodType')}</label>
          <select id="trend-type" value={periodType} onChange={(e) => set('type', e.target.value)}>
            {PERIOD_TYPES.map((p) => (
              <option key={p} value={p}>
                {t(`surveys.periodTypes.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--filter">
          <label htmlFor="trend-count">{t('surveys.trend.count')}</label>
          <select id="trend-count" value={String(count)} onChange={(e) => set('count', e.target.value)}>
            {COUNTS.map((c) => (
              <option key={c} value={String(c)}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <section className="panel" aria-labelledby="trend-heading">
          <h2 id="trend-heading">{scopeName}</h2>
          {query.data.legacyLabel && (
            <p>
              <Badge tone="warning">
                {t('surveys.results.legacy')}: {query.data.legacyLabel}
              </Badge>
            </p>
          )}
          {query.data.items.every((i) => i.ikm === null) ? (
            <p className="muted">{t('surveys.trend.noData')}</p>
          ) : (
            <TrendLine
              label={t('surveys.trend.chartLabel', {
                scope: scopeName,
                values: query.data.items
                  .map((i) => `${i.label[locale]}: ${i.ikm === null ? '—' : formatFixed(i.ikm, locale)}`)
                  .join('; '),
              })}
              bands={bandsOf(query.data.templateId)}
              points={query.data.items.map((i) => ({
                key: i.period,
                label: shortPeriodLabel(i.label[locale], periodType === 'month'),
                value: i.ikm,
                mutu: i.mutu,
              }))}
              format={(v) => formatFixed(v, locale)}
            />
          )}
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('surveys.trend.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.fields.period')}</th>
                  <th scope="col" className="num">
                    {t('surveys.results.respondents')}
                  </th>
                  <th scope="col" className="num">
                    {t('surveys.results.ikm')}
                  </th>
                  <th scope="col">{t('surveys.results.mutu')}</th>
                  <th scope="col">{t('surveys.results.weakest')}</th>
                  {unitId && (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {[...query.data.items].reverse().map((i) => (
                  <tr key={i.period}>
                    <th scope="row">{i.label[locale]}</th>
                    <td className="num">{formatCount(i.respondents, locale)}</td>
                    <td className="num">{formatFixed(i.ikm, locale)}</td>
                    <td>{i.ikm !== null ? <MutuBadge mutu={i.mutu} kinerja={i.kinerja} /> : '—'}</td>
                    <td>{i.weakest.join(', ') || '—'}</td>
                    {unitId && (
                      <td className="table__actions">
                        {i.respondents > 0 && (
                          <Link to={`/surveys/report?unitId=${unitId}&period=${i.period}`}>
                            {t('surveys.comparison.report')}
                            <span className="visually-hidden">: {i.label[locale]}</span>
                          </Link>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
