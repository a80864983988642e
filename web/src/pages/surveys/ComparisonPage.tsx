import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { downloadAggregatesCsv, useComparison } from '../../api/surveys';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { currentQuarter, formatCount, formatFixed, MutuBadge, PeriodSelect } from './ui';
import './surveys.css';

/**
 * Units side by side for a period. A unit below its required sample, below the floor, without data or with an
 * unsur nobody answered is listed with the reason and is not ranked.
 */
export function ComparisonPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') || currentQuarter();
  const minParam = Number(params.get('min') ?? '30');
  const min = Number.isInteger(minParam) && minParam >= 0 ? minParam : 30;
  const [minText, setMinText] = useState(String(min));
  const query = useComparison(period, min, true);
  const csv = useMutation({ mutationFn: () => downloadAggregatesCsv(period) });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('surveys.comparison.title')}
        intro={t('surveys.comparison.intro')}
        actions={
          <button
            type="button"
            className="button button--secondary"
            disabled={csv.isPending}
            onClick={() => csv.mutate()}
          >
            {csv.isPending ? t('common.loading') : t('surveys.comparison.downloadCsv')}
          </button>
        }
      />
      {csv.isError && <ProblemAlert error={csv.error} />}
      <form
        className="sv-filters"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(minText);
          if (Number.isInteger(n) && n >= 0) set('min', String(n));
        }}
      >
        <div className="field field--filter">
          <label htmlFor="cmp-period">{t('surveys.fields.period')}</label>
          <PeriodSelect id="cmp-period" value={period} onChange={(k) => set('period', k)} />
        </div>
        <div className="field field--filter">
          <label htmlFor="cmp-min">{t('surveys.comparison.floor')}</label>
          <div className="inline-input">
            <input
              id="cmp-min"
              type="number"
              inputMode="numeric"
              min={0}
              value={minText}
              aria-describedby="cmp-min-hint"
              onChange={(e) => setMinText(e.target.value)}
            />
            <button type="submit" className="button button--secondary">
              {t('surveys.comparison.apply')}
            </button>
          </div>
          <p className="field__hint" id="cmp-min-hint">
            {t('surveys.comparison.floorHint')}
          </p>
        </div>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="empty">{t('surveys.comparison.empty')}</p>
      ) : (
        <>
          {query.data.legacyLabel && (
            <p>
              <Badge tone="warning">
                {t('surveys.results.legacy')}: {query.data.legacyLabel}
              </Badge>
            </p>
          )}
          <div className="table-wrap">
            <table className="table">
              <caption className="table__caption">
                {t('surveys.comparison.caption', { period: query.data.periodLabel[locale] })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('surveys.comparison.rank')}
                  </th>
                  <th scope="col">{t('surveys.fields.unit')}</th>
                  <th scope="col" className="num">
                    {t('surveys.results.respondents')}
                  </th>
                  <th scope="col" className="num">
                    {t('surveys.results.ikm')}
                  </th>
                  <th scope="col">{t('surveys.results.mutu')}</th>
                  <th scope="col">{t('surveys.results.weakest')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((u) => (
                  <tr key={u.unitId} className={u.rank === null ? 'row--flagged' : undefined}>
                    <td className="num">
                      {u.rank ?? (
                        <span className="muted" title={t('surveys.comparison.notRanked')}>
                          —<span className="visually-hidden">{t('surveys.comparison.notRanked')}</span>
                        </span>
                      )}
                    </td>
                    <th scope="row" className="cmp-unit">
                      {u.name}
                      {u.flags.length > 0 && (
                        <ul className="flags">
                          {u.flags.map((f) => (
                            <li key={f}>
                              <span aria-hidden="true">⚑ </span>
                              {t(`surveys.comparison.flags.${f}`, {
                                floor: query.data.floor,
                                required: u.requiredSample ?? 0,
                              })}
                            </li>
                          ))}
                        </ul>
                      )}
                    </th>
                    <td className="num">
                      {formatCount(u.respondents, locale)}
                      {u.requiredSample !== null && (
                        <span className="table__sub">
                          {t('surveys.comparison.ofRequired', {
                            required: formatCount(u.requiredSample, locale),
                          })}
                        </span>
                      )}
                    </td>
                    <td className="num">{formatFixed(u.ikm, locale)}</td>
                    <td>{u.ikm !== null ? <MutuBadge mutu={u.mutu} kinerja={u.kinerja} /> : '—'}</td>
                    <td>{u.weakest.join(', ') || '—'}</td>
                    <td className="table__actions">
                      <Link to={`/surveys/trend?unitId=${u.unitId}`}>
                        {t('surveys.comparison.trend')}
                        <span className="visually-hidden">: {u.name}</span>
                      </Link>
                      {' · '}
                      <Link to={`/surveys/report?unitId=${u.unitId}&period=${period}`}>
                        {t('surveys.comparison.report')}
                        <span className="visually-hidden">: {u.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
