import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIkmTrend, usePareto, useXmr } from '../../api/improvement-tools';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { currentQuarter, formatNumber } from '../surveys/ui';
import './improvement.css';

const charts = () => import('./ToolCharts');
const ParetoToolChart = lazy(async () => ({ default: (await charts()).ParetoToolChart }));
const XmrToolChart = lazy(async () => ({ default: (await charts()).XmrToolChart }));
const IkmTrendChart = lazy(async () => ({ default: (await charts()).IkmTrendChart }));

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The quality tools: Pareto, the two XmR charts and the IKM trend against its target. */
export function ToolsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(currentQuarter);
  const p = period.trim();
  return (
    <>
      <PageHeader
        title={t('improvement.tools.title')}
        back={<Link to="/improvement">{t('improvement.cycle.back')}</Link>}
      />
      <div className="field field--filter">
        <label htmlFor="tools-period">{t('improvement.create.period')}</label>
        <input
          id="tools-period"
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          aria-describedby="tools-period-hint"
        />
        <p className="field__hint" id="tools-period-hint">
          {t('improvement.create.periodHint')}
        </p>
      </div>
      <ParetoPanel period={p} />
      <XmrPanel measure="handling-time" period={p} />
      <XmrPanel measure="daily-volume" period={p} />
      <IkmPanel />
    </>
  );
}

function ParetoPanel({ period }: { period: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = usePareto(period);
  return (
    <Panel id="pareto-heading" title={t('improvement.tools.pareto')}>
      {q.isFetching && <Loading />}
      {q.isError && <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />}
      {q.data &&
        (q.data.bars.length === 0 ? (
          <p className="empty">{t('improvement.tools.noData')}</p>
        ) : (
          <>
            <Suspense fallback={<Loading />}>
              <ParetoToolChart data={q.data} />
            </Suspense>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('improvement.tools.category')}</th>
                  <th scope="col">{t('improvement.tools.count')}</th>
                  <th scope="col">{t('improvement.tools.cumulative')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.bars.map((b) => (
                  <tr key={b.categoryId}>
                    <td>
                      {b.name ?? '—'}
                      {b.vital && ` (${t('improvement.tools.vital')})`}
                    </td>
                    <td>{b.count}</td>
                    <td>{formatNumber(b.cumulativePercent, locale)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="field__hint">{q.data.method[locale]}</p>
          </>
        ))}
    </Panel>
  );
}

function XmrPanel({ measure, period }: { measure: 'handling-time' | 'daily-volume'; period: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = useXmr(measure, period);
  const title =
    measure === 'handling-time' ? t('improvement.tools.handlingTime') : t('improvement.tools.dailyVolume');
  const c = q.data?.chart;
  return (
    <Panel id={`xmr-${measure}`} title={title}>
      {q.isFetching && <Loading />}
      {q.isError && <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />}
      {q.data &&
        c &&
        (c.points.length === 0 ? (
          <p className="empty">{t('improvement.tools.noData')}</p>
        ) : (
          <>
            <Suspense fallback={<Loading />}>
              <XmrToolChart data={q.data} />
            </Suspense>
            <p>
              {t('improvement.tools.limits', {
                ucl: formatNumber(c.ucl, locale),
                mean: formatNumber(c.mean, locale),
                lcl: formatNumber(c.lcl, locale),
                unit: q.data.unitOfMeasure[locale],
              })}
            </p>
            <p>
              {t('improvement.tools.outOfControl', { count: c.points.filter((x) => x.outOfControl).length })}
            </p>
            <p className="field__hint">{q.data.note[locale]}</p>
          </>
        ))}
    </Panel>
  );
}

function IkmPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = useIkmTrend();
  return (
    <Panel id="ikm-heading" title={t('improvement.tools.ikmTrend')}>
      {q.isPending && <Loading />}
      {q.isError && <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <>
          <Suspense fallback={<Loading />}>
            <IkmTrendChart data={q.data} />
          </Suspense>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('improvement.cycle.period')}</th>
                <th scope="col">IKM</th>
                <th scope="col">{t('improvement.cycle.sample')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.points.map((x) => (
                <tr key={x.period}>
                  <td>{x.label[locale]}</td>
                  <td>{formatNumber(x.ikm, locale)}</td>
                  <td>{x.respondents}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="field__hint">
            {t('improvement.cycle.target')}: {formatNumber(q.data.target, locale)}
          </p>
        </>
      )}
    </Panel>
  );
}
