import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { type ExecutiveUnit, useExecutiveUnit } from '../../api/improvement-insight';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PrintButton } from '../../components/PrintButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { TrendLine } from '../surveys/charts';
import {
  bandsOf,
  formatCount,
  formatFixed,
  formatPercent,
  MutuBadge,
  methodBody,
  PeriodSelect,
  periodKeyLabel,
  shortPeriodLabel,
} from '../surveys/ui';
import { ExecutiveFigureList } from './ExecutiveFigures';
import { EffectText } from './effect';
import { KsfScorecard } from './KsfScorecard';
import '../surveys/surveys.css';
import './improvement.css';

/** One unit in depth for the head of the Pemda: IKM per unsur and trend, complaints by month, cycles, KSF. */
export function ExecutiveUnitPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? '';
  const view = useExecutiveUnit(unitId, period);
  const back = `/improvement/executive${period ? `?period=${encodeURIComponent(period)}` : ''}`;
  return (
    <>
      <PageHeader
        title={view.data?.unit.name ?? t('executive.title')}
        intro={
          view.data?.unit.headName ? t('executive.unit.head', { name: view.data.unit.headName }) : undefined
        }
        back={<Link to={back}>{t('executive.unit.back')}</Link>}
        actions={<PrintButton label={t('executive.print')} secondary />}
      />
      <div className="field field--filter no-print">
        <label htmlFor="exec-unit-period">{t('executive.period')}</label>
        <PeriodSelect
          id="exec-unit-period"
          value={period || String(new Date().getFullYear())}
          onChange={(key) => setParams(key ? { period: key } : {}, { replace: true })}
        />
      </div>
      {view.isPending && <Loading />}
      {view.isError && <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && <UnitDocument data={view.data} />}
    </>
  );
}

function UnitDocument({ data }: { data: ExecutiveUnit }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <article className="exec-doc" aria-labelledby="exec-unit-title">
      <header className="exec-doc__head">
        <h2 id="exec-unit-title">{data.unit.name}</h2>
        <p>{data.periodLabel[locale]}</p>
      </header>
      <ExecutiveFigureList row={data.row} label={data.unit.name} />

      <section className="exec-section" aria-labelledby="exec-unsur">
        <h3 id="exec-unsur">{t('executive.unit.unsurHeading')}</h3>
        {data.row.ikm.respondents === 0 ? (
          <p className="empty">{t('executive.unit.noIkm')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('executive.unit.unsurCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('executive.unit.unsur')}</th>
                  <th scope="col" className="num">
                    {t('executive.unit.value')}
                  </th>
                  <th scope="col">{t('executive.unit.mutu')}</th>
                </tr>
              </thead>
              <tbody>
                {data.ikmUnsur.map((u) => (
                  <tr key={u.code} className={u.weakest ? 'exec-weakest' : undefined}>
                    <th scope="row">
                      {u.code} {u.name[locale]}
                      {u.weakest && (
                        <span className="table__sub imp-warn">{t('executive.unit.weakest')}</span>
                      )}
                    </th>
                    <td className="num">{formatFixed(u.value, locale)}</td>
                    <td>
                      <MutuBadge mutu={u.mutu} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="exec-section" aria-labelledby="exec-ikm-trend">
        <h3 id="exec-ikm-trend">{t('executive.unit.ikmTrendHeading')}</h3>
        <TrendLine
          label={t('executive.unit.ikmTrendLabel', {
            unit: data.unit.name,
            values: data.ikmTrend
              .map((p) => `${p.label[locale]}: ${p.ikm === null ? '—' : formatFixed(p.ikm, locale)}`)
              .join('; '),
          })}
          format={(v) => formatFixed(v, locale)}
          bands={bandsOf(data.templateId)}
          points={data.ikmTrend.map((p) => ({
            key: p.period,
            label: shortPeriodLabel(p.label[locale], false),
            value: p.ikm,
            mutu: null,
          }))}
        />
      </section>

      <section className="exec-section" aria-labelledby="exec-complaints">
        <h3 id="exec-complaints">{t('executive.unit.complaintsHeading')}</h3>
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('executive.unit.month')}</th>
                <th scope="col" className="num">
                  {t('executive.unit.received')}
                </th>
                <th scope="col" className="num">
                  {t('executive.unit.responded')}
                </th>
                <th scope="col" className="num">
                  {t('executive.unit.respondedOnTime')}
                </th>
                <th scope="col" className="num">
                  {t('executive.unit.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.complaintTrend.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{periodKeyLabel(m.month, locale)}</th>
                  <td className="num">{formatCount(m.received, locale)}</td>
                  <td className="num">{formatCount(m.responded, locale)}</td>
                  <td className="num">{formatCount(m.respondedOnTime, locale)}</td>
                  <td className="num">{formatPercent(m.onTimeRate, locale, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="exec-section" aria-labelledby="exec-cycles">
        <h3 id="exec-cycles">{t('executive.unit.cyclesHeading')}</h3>
        {data.cycles.length === 0 ? (
          <p className="empty">{t('executive.unit.noCycles')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('executive.unit.cycle')}</th>
                  <th scope="col">{t('executive.unit.stage')}</th>
                  <th scope="col">{t('executive.unit.metric')}</th>
                  <th scope="col">{t('executive.unit.beforeAfter')}</th>
                </tr>
              </thead>
              <tbody>
                {data.cycles.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/improvement/cycles/${c.id}`}>{c.title}</Link>
                    </th>
                    <td>{t(`improvement.stage.${c.stage}`)}</td>
                    <td>{c.metric.name[locale]}</td>
                    <td>
                      <EffectText comparison={c.comparison} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="exec-section" aria-labelledby="exec-ksf">
        <h3 id="exec-ksf">{t('executive.unit.ksfHeading')}</h3>
        <KsfScorecard data={data.ksf} headingId="exec-ksf" />
      </section>

      <footer className="exec-doc__foot">
        <p className="field__hint">
          {t('executive.method')}: {methodBody(data.method[locale])}
        </p>
        <p className="field__hint">
          {t('executive.generatedAt', { at: formatDateTime(data.generatedAt, locale) })}
        </p>
      </footer>
    </article>
  );
}
