import { CHANNELS, COMPLAINT_STATUSES } from '@prima/domain';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/complaints';
import { Loading } from '../../components/Loading';
import { useLocale } from '../../i18n';
import { formatMonth, formatNumber, formatShare, useFormatHours } from './ui';

// Recharts is a large library: its chunk loads only when a chart is drawn.
const ParetoChart = lazy(() => import('./charts').then((m) => ({ default: m.ParetoChart })));
const TrendChart = lazy(() => import('./charts').then((m) => ({ default: m.TrendChart })));

function Kpi({
  label,
  value,
  sub,
  tone,
}: {
  label: string;
  value: string;
  sub?: ReactNode;
  tone?: 'danger';
}) {
  return (
    <div className={`kpi${tone ? ` kpi--${tone}` : ''}`}>
      <dt className="kpi__label">{label}</dt>
      <dd className="kpi__value">{value}</dd>
      {sub && <dd className="kpi__sub">{sub}</dd>}
    </div>
  );
}

/**
 * The complaint figures, for the officials' dashboard and (anonymised by the API) the public transparency page:
 * KPIs, the Pareto of categories, the monthly trend and the table by OPD. `headingLevel` keeps the outline right.
 */
export function DashboardFigures({ data, idPrefix }: { data: Dashboard; idPrefix: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hours = useFormatHours();
  const noValue = t('complaints.transparency.noValue');
  const n = (x: number) => formatNumber(x, locale);
  const id = (s: string) => `${idPrefix}-${s}`;
  const channels = CHANNELS.filter((c) => (data.byChannel[c] ?? 0) > 0);
  const statuses = COMPLAINT_STATUSES.filter((s) => (data.openByStatus[s] ?? 0) > 0);

  return (
    <div className="figures">
      <section aria-labelledby={id('kpis')}>
        <h2 id={id('kpis')} className="visually-hidden">
          {t('complaints.transparency.kpis')}
        </h2>
        <dl className="kpis">
          <Kpi label={t('complaints.transparency.open')} value={n(data.open)} />
          <Kpi
            label={t('complaints.transparency.overdue')}
            value={n(data.overdue)}
            tone={data.overdue > 0 ? 'danger' : undefined}
          />
          <Kpi label={t('complaints.transparency.received')} value={n(data.received)} />
          <Kpi label={t('complaints.transparency.closed')} value={n(data.closed)} />
          <Kpi
            label={t('complaints.transparency.onTime')}
            value={data.onTimeRate === null ? noValue : formatShare(data.onTimeRate, locale)}
            sub={t('complaints.transparency.onTimeOf', {
              onTime: n(data.respondedOnTime),
              responded: n(data.responded),
            })}
          />
          <Kpi
            label={t('complaints.transparency.medianFirst')}
            value={hours(data.medianHoursToFirstResponse) ?? noValue}
          />
          <Kpi
            label={t('complaints.transparency.medianClose')}
            value={hours(data.medianHoursToClose) ?? noValue}
          />
        </dl>
      </section>

      <div className="figures__grid">
        <section className="panel" aria-labelledby={id('pareto')}>
          <h2 id={id('pareto')}>{t('complaints.transparency.paretoHeading')}</h2>
          <p className="panel__intro">{t('complaints.transparency.paretoIntro')}</p>
          {data.pareto.length === 0 ? (
            <p className="muted">{t('complaints.transparency.noData')}</p>
          ) : (
            <>
              <Suspense fallback={<Loading />}>
                <ParetoChart rows={data.pareto} uncategorisedLabel={t('complaints.common.uncategorised')} />
              </Suspense>
              <details className="chart-data">
                <summary>{t('complaints.transparency.tableView')}</summary>
                <div className="table-wrap">
                  <table className="table">
                    <caption className="visually-hidden">
                      {t('complaints.transparency.paretoHeading')}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('complaints.inbox.category')}</th>
                        <th scope="col">{t('complaints.transparency.count')}</th>
                        <th scope="col">{t('complaints.transparency.share')}</th>
                        <th scope="col">{t('complaints.transparency.cumulative')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.pareto.map((r) => (
                        <tr key={r.categoryId}>
                          <th scope="row">
                            {r.name ?? t('complaints.common.uncategorised')}
                            {r.vital && (
                              <span className="table__sub">★ {t('complaints.transparency.vital')}</span>
                            )}
                          </th>
                          <td>{n(r.count)}</td>
                          <td>{formatShare(r.share, locale, 1)}</td>
                          <td>{formatShare(r.cumulativeShare, locale, 1)}</td>
                        </tr>
                      ))}
                      {data.uncategorised > 0 && (
                        <tr>
                          <th scope="row">{t('complaints.common.uncategorised')}</th>
                          <td>{n(data.uncategorised)}</td>
                          <td>—</td>
                          <td>—</td>
                        </tr>
                      )}
                    </tbody>
                  </table>
                </div>
              </details>
            </>
          )}
        </section>

        <section className="panel" aria-labelledby={id('trend')}>
          <h2 id={id('trend')}>{t('complaints.transparency.trendHeading')}</h2>
          <Suspense fallback={<Loading />}>
            <TrendChart rows={data.trend} />
          </Suspense>
          <details className="chart-data">
            <summary>{t('complaints.transparency.tableView')}</summary>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('complaints.transparency.trendHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('complaints.transparency.month')}</th>
                    <th scope="col">{t('complaints.transparency.received')}</th>
                    <th scope="col">{t('complaints.transparency.responded')}</th>
                    <th scope="col">{t('complaints.transparency.respondedOnTime')}</th>
                    <th scope="col">{t('complaints.transparency.closed')}</th>
                    <th scope="col">{t('complaints.transparency.medianFirst')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.trend.map((r) => (
                    <tr key={r.month}>
                      <th scope="row">{formatMonth(r.month, locale, 'long')}</th>
                      <td>{n(r.received)}</td>
                      <td>{n(r.responded)}</td>
                      <td>{n(r.respondedOnTime)}</td>
                      <td>{n(r.closed)}</td>
                      <td>{hours(r.medianHoursToFirstResponse) ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </section>
      </div>

      <section aria-labelledby={id('units')}>
        <h2 id={id('units')}>{t('complaints.transparency.byUnitHeading')}</h2>
        {data.byUnit.length === 0 ? (
          <p className="empty">{t('complaints.transparency.noData')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('complaints.transparency.byUnitHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('complaints.transparency.unit')}</th>
                  <th scope="col">{t('complaints.transparency.received')}</th>
                  <th scope="col">{t('complaints.transparency.responded')}</th>
                  <th scope="col">{t('complaints.transparency.onTimeRate')}</th>
                  <th scope="col">{t('complaints.transparency.closed')}</th>
                  <th scope="col">{t('complaints.transparency.open')}</th>
                </tr>
              </thead>
              <tbody>
                {data.byUnit.map((u) => (
                  <tr key={u.unitId}>
                    <th scope="row">
                      {u.name ?? '—'}
                      {u.shortName && <span className="table__sub">{u.shortName}</span>}
                    </th>
                    <td>{n(u.received)}</td>
                    <td>{n(u.responded)}</td>
                    <td>{formatShare(u.onTimeRate, locale)}</td>
                    <td>{n(u.closed)}</td>
                    <td>{n(u.open)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {(channels.length > 0 || statuses.length > 0) && (
        <div className="figures__grid">
          {channels.length > 0 && (
            <section className="panel" aria-labelledby={id('channels')}>
              <h2 id={id('channels')}>{t('complaints.transparency.byChannel')}</h2>
              <dl className="facts">
                {channels.map((c) => (
                  <div key={c}>
                    <dt>{t(`complaints.channel.${c}`)}</dt>
                    <dd>{n(data.byChannel[c] ?? 0)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          {statuses.length > 0 && (
            <section className="panel" aria-labelledby={id('statuses')}>
              <h2 id={id('statuses')}>{t('complaints.transparency.byStatus')}</h2>
              <dl className="facts">
                {statuses.map((s) => (
                  <div key={s}>
                    <dt>{t(`complaints.status.${s}`)}</dt>
                    <dd>{n(data.openByStatus[s] ?? 0)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
