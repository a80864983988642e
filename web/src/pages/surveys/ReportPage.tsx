import { KINERJA_LABELS, type Kinerja, type Locale, type Mutu } from '@prima/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type SkmReport, useReport } from '../../api/surveys';
import { useAllUnits } from '../../api/units';
import { Loading } from '../../components/Loading';
import { PrintButton } from '../../components/PrintButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { TrendLine } from './charts';
import { NrrChart } from './Results';
import {
  bandsOf,
  currentQuarter,
  formatCount,
  formatFixed,
  formatPercent,
  formatSigned,
  MutuBadge,
  methodBody,
  PeriodSelect,
} from './ui';
import './surveys.css';

/** "B (Baik)": the grade with the unit's performance in words. */
const gradeText = (mutu: Mutu | null, kinerja: Kinerja | null, locale: Locale) =>
  mutu ? `${mutu} (${kinerja ? KINERJA_LABELS[kinerja][locale] : ''})` : '—';

const PROFILE_FIELDS = ['umur', 'jenisKelamin', 'pendidikan', 'pekerjaan', 'disabilitas'] as const;

function ProfileTables({ report, locale }: { report: SkmReport; locale: Locale }) {
  const { t } = useTranslation();
  const p = report.profile;
  const n = p.respondents;
  const share = (c: number) => formatPercent(n ? c / n : 0, locale, 1);
  return (
    <div className="report-profile">
      {PROFILE_FIELDS.map((field) => (
        <table key={field} className="report-table report-table--small">
          <caption>{t(`surveys.profile.${field}`)}</caption>
          <tbody>
            {p[field].map((row) => (
              <tr key={row.value}>
                <th scope="row">{row.label[locale]}</th>
                <td className="num">{formatCount(row.count, locale)}</td>
                <td className="num">{share(row.count)}</td>
              </tr>
            ))}
            {field === 'disabilitas' && p.disabilitasNotStated > 0 && (
              <tr>
                <th scope="row">{t('surveys.results.notStated')}</th>
                <td className="num">{formatCount(p.disabilitasNotStated, locale)}</td>
                <td className="num">{share(p.disabilitasNotStated)}</td>
              </tr>
            )}
          </tbody>
        </table>
      ))}
      {p.layanan.length > 0 && (
        <table className="report-table report-table--small">
          <caption>{t('surveys.profile.serviceId')}</caption>
          <tbody>
            {p.layanan.map((row) => (
              <tr key={row.serviceId}>
                <th scope="row">{row.name ?? row.serviceId}</th>
                <td className="num">{formatCount(row.count, locale)}</td>
                <td className="num">{share(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The SKM report as an A4 document: what DOMAIN.md §1 lists, in the order a Pemda report prints it. */
function ReportDocument({ report }: { report: SkmReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const r = report.result;
  const title = report.title[locale];
  useEffect(() => {
    document.title = `${title} · Prima`;
  }, [title]);
  const change = (c: number | null) =>
    c === null ? '—' : `${c > 0 ? '▲' : c < 0 ? '▼' : '='} ${formatSigned(c, locale)}`;
  return (
    <article className="report-doc" aria-labelledby="report-title">
      <header className="report-doc__head">
        <p className="report-doc__tenant">{report.tenant.name}</p>
        <p className="report-doc__unit">
          {report.unit.name}
          {report.unit.address && <span className="report-doc__address">{report.unit.address}</span>}
        </p>
        <h1 id="report-title" className="report-doc__title">
          {t('surveys.report.docTitle')}
        </h1>
        <p className="report-doc__subtitle">
          {report.unit.name}
          {report.service ? ` · ${report.service.name}` : ''} · {report.period.label[locale]}
        </p>
        <dl className="report-doc__meta">
          <div>
            <dt>{t('surveys.fields.period')}</dt>
            <dd>
              {report.period.label[locale]} ({formatDate(report.period.start, locale)} –{' '}
              {formatDate(report.period.end, locale)})
            </dd>
          </div>
          <div>
            <dt>{t('surveys.fields.unit')}</dt>
            <dd>{report.unit.name}</dd>
          </div>
          <div>
            <dt>{t('surveys.fields.service')}</dt>
            <dd>{report.service?.name ?? t('surveys.report.allServices')}</dd>
          </div>
          <div>
            <dt>{t('surveys.report.regulation')}</dt>
            <dd>
              {report.regulation.code}: {report.regulation.title[locale]}
            </dd>
          </div>
        </dl>
      </header>

      <section className="report-section" aria-labelledby="rs-summary">
        <h2 id="rs-summary">1. {t('surveys.report.summary')}</h2>
        <div className="report-summary">
          <div className="report-summary__ikm">
            <p className="report-summary__label">{t('surveys.results.ikm')}</p>
            <p className="report-summary__value">{formatFixed(r.ikm, locale)}</p>
            <MutuBadge mutu={r.mutu} kinerja={r.kinerja} />
          </div>
          <dl className="report-summary__facts">
            <div>
              <dt>{t('surveys.results.respondents')}</dt>
              <dd>{formatCount(report.sample.respondents, locale)}</dd>
            </div>
            <div>
              <dt>{t('surveys.fields.population')}</dt>
              <dd>
                {report.sample.population === null ? '—' : formatCount(report.sample.population, locale)}
              </dd>
            </div>
            <div>
              <dt>{t('surveys.form.requiredSample')}</dt>
              <dd>
                {report.sample.requiredSample === null
                  ? '—'
                  : formatCount(report.sample.requiredSample, locale)}
                {report.sample.reached !== null && (
                  <span className="report-summary__reached">
                    {' '}
                    ({report.sample.reached ? t('surveys.report.reached') : t('surveys.report.notReached')})
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('surveys.results.ikmRaw')}</dt>
              <dd>{r.ikmRaw === null ? '—' : formatFixed(r.ikmRaw, locale, 4)}</dd>
            </div>
          </dl>
        </div>
        {r.ikm === null && r.respondents > 0 && (
          <p className="report-note">
            {t('surveys.results.incomplete', { codes: r.missingUnsur.join(', ') })}
          </p>
        )}
      </section>

      <section className="report-section" aria-labelledby="rs-unsur">
        <h2 id="rs-unsur">2. {t('surveys.report.perUnsur')}</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('surveys.report.code')}</th>
              <th scope="col">{t('surveys.results.unsur')}</th>
              <th scope="col" className="num">
                {t('surveys.results.answers')}
              </th>
              <th scope="col" className="num">
                {t('surveys.results.nrr')}
              </th>
              <th scope="col" className="num">
                {t('surveys.results.nilai')}
              </th>
              <th scope="col">{t('surveys.results.mutu')}</th>
            </tr>
          </thead>
          <tbody>
            {r.unsur.map((u) => (
              <tr key={u.code} className={u.weakest ? 'row--weakest' : undefined}>
                <td>{u.code}</td>
                <th scope="row">
                  {u.name[locale]}
                  {u.weakest && <span className="weakest-tag">▼ {t('surveys.results.weakest')}</span>}
                </th>
                <td className="num">{formatCount(u.answers, locale)}</td>
                <td className="num">{u.nrr === null ? '—' : formatFixed(u.nrr, locale, 3)}</td>
                <td className="num">{formatFixed(u.nrrConverted, locale)}</td>
                <td className="table__nowrap">{gradeText(u.mutu, u.kinerja, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row">{t('surveys.report.ikmTotal', { weight: report.method.weightLabel })}</th>
              <td />
              <td className="num">{r.ikmRaw === null ? '—' : formatFixed(r.ikmRaw, locale, 3)}</td>
              <td className="num">{formatFixed(r.ikm, locale)}</td>
              <td className="table__nowrap">{gradeText(r.mutu, r.kinerja, locale)}</td>
            </tr>
          </tfoot>
        </table>
        <NrrChart ikm={r} />
      </section>

      <section className="report-section" aria-labelledby="rs-profile">
        <h2 id="rs-profile">3. {t('surveys.report.respondents')}</h2>
        <p>{t('surveys.report.respondentsText', { n: formatCount(report.profile.respondents, locale) })}</p>
        <ProfileTables report={report} locale={locale} />
      </section>

      <section className="report-section" aria-labelledby="rs-trend">
        <h2 id="rs-trend">4. {t('surveys.report.trend')}</h2>
        <table className="report-table">
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
              <th scope="col" className="num">
                {t('surveys.report.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.trend.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.label[locale]}</th>
                <td className="num">{formatCount(p.respondents, locale)}</td>
                <td className="num">{formatFixed(p.ikm, locale)}</td>
                <td>{p.mutu ?? '—'}</td>
                <td className="num">{change(p.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.trend.some((p) => p.ikm !== null) && (
          <div className="report-trend-chart">
            <TrendLine
              label={t('surveys.report.trend')}
              bands={bandsOf(report.templateId)}
              points={report.trend.map((p) => ({
                key: p.period,
                label: p.label[locale],
                value: p.ikm,
                mutu: p.mutu,
              }))}
              format={(v) => formatFixed(v, locale)}
            />
          </div>
        )}
      </section>

      <section className="report-section" aria-labelledby="rs-weakest">
        <h2 id="rs-weakest">5. {t('surveys.report.weakest')}</h2>
        {report.weakest.length === 0 ? (
          <p>{t('surveys.report.noWeakest')}</p>
        ) : (
          <ul>
            {report.weakest.map((w) => (
              <li key={w.code}>
                <strong>
                  {w.code} {w.name[locale]}
                </strong>
                : {formatFixed(w.nrrConverted, locale)} ({w.mutu ?? '—'})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="report-section" aria-labelledby="rs-plans">
        <h2 id="rs-plans">6. {t('surveys.report.followUps')}</h2>
        {report.followUps.length === 0 ? (
          <p>{t('surveys.report.noFollowUps')}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.results.unsur')}</th>
                <th scope="col">{t('surveys.followUps.action')}</th>
                <th scope="col">{t('surveys.followUps.owner')}</th>
                <th scope="col">{t('surveys.followUps.deadline')}</th>
                <th scope="col">{t('common.status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.followUps.map((f) => (
                <tr key={f.id}>
                  <td>
                    {f.unsurCode} {f.unsurName[locale]}
                  </td>
                  <td>{f.action}</td>
                  <td>{f.ownerName}</td>
                  <td className="table__nowrap">
                    {formatDate(f.deadline, locale)}
                    {f.overdue && <span className="weakest-tag">{t('surveys.followUps.overdue')}</span>}
                  </td>
                  <td>{t(`surveys.followUps.statuses.${f.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report-section" aria-labelledby="rs-saran">
        <h2 id="rs-saran">7. {t('surveys.report.suggestions')}</h2>
        <p>{t('surveys.report.suggestionsCount', { n: formatCount(report.suggestions.count, locale) })}</p>
        {report.suggestions.latest.length > 0 && (
          <ul className="report-suggestions">
            {report.suggestions.latest.map((s) => (
              <li key={s.responseId}>
                “{s.saran}”{' '}
                <span className="report-suggestions__date">({formatDate(s.submittedAt, locale)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="report-section" aria-labelledby="rs-method">
        <h2 id="rs-method">8. {t('surveys.report.method')}</h2>
        <p>{methodBody(report.method.ikm[locale])}</p>
        <p>{report.method.sample[locale]}</p>
        <p>{report.method.aggregation[locale]}</p>
        {report.method.legacyLabel && (
          <p className="report-note">
            {t('surveys.results.legacy')}: {report.method.legacyLabel}
          </p>
        )}
        <p>
          {t('surveys.report.bands')}:{' '}
          {bandsOf(report.templateId)
            .map((b) => `${b.mutu} ${b.range}`)
            .join('; ')}
        </p>
        {report.campaigns.length > 0 && (
          <table className="report-table report-table--small">
            <caption>{t('surveys.report.campaigns')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.fields.title')}</th>
                <th scope="col">{t('surveys.fields.period')}</th>
                <th scope="col" className="num">
                  {t('surveys.fields.population')}
                </th>
                <th scope="col" className="num">
                  {t('surveys.form.requiredSample')}
                </th>
                <th scope="col" className="num">
                  {t('surveys.results.respondents')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.campaigns.map((c) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td>{c.periodLabel[locale]}</td>
                  <td className="num">{formatCount(c.population, locale)}</td>
                  <td className="num">{formatCount(c.requiredSample, locale)}</td>
                  <td className="num">{formatCount(c.responses, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <footer className="report-doc__foot">
        <p className="report-doc__generated">
          {t('surveys.report.generated', { date: formatDateTime(report.generatedAt, locale) })}
        </p>
        <div className="report-doc__sign">
          <p>{t('surveys.report.signRole', { unit: report.unit.name })}</p>
          <p className="report-doc__sign-name">{report.unit.headName ?? '..............................'}</p>
        </div>
      </footer>
    </article>
  );
}

/** The SKM report of a unit and period (?unitId&period), printable on A4 so a browser saves it as PDF. */
export function ReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const units = useAllUnits();
  const unitId = params.get('unitId') || '';
  const period = params.get('period') || '';
  const ready = Boolean(unitId && period);
  const query = useReport(unitId, period, ready);

  useEffect(() => {
    if (!ready) document.title = `${t('surveys.report.title')} · Prima`;
  }, [ready, t]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'unitId' && !next.get('period')) next.set('period', currentQuarter());
    setParams(next, { replace: true });
  };

  return (
    <div className="report-page">
      <div className="report-toolbar no-print">
        <h1 className={ready && query.isSuccess ? 'visually-hidden' : undefined}>
          {t('surveys.report.title')}
        </h1>
        <p className="muted">{t('surveys.report.intro')}</p>
        <div className="sv-filters sv-filters--flat">
          <div className="field field--filter">
            <label htmlFor="report-unit">{t('surveys.fields.unit')}</label>
            <select id="report-unit" value={unitId} onChange={(e) => set('unitId', e.target.value)}>
              <option value="">{t('surveys.form.chooseUnit')}</option>
              {(units.data ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--filter">
            <label htmlFor="report-period">{t('surveys.fields.period')}</label>
            <PeriodSelect
              id="report-period"
              value={period}
              onChange={(k) => set('period', k)}
              allowEmpty={t('surveys.report.choosePeriod')}
            />
          </div>
          {ready && query.isSuccess && (
            <div className="report-toolbar__actions">
              <PrintButton label={t('surveys.report.print')} />
              <Link className="button button--ghost" to={`/surveys/trend?unitId=${unitId}`}>
                {t('surveys.comparison.trend')}
              </Link>
            </div>
          )}
        </div>
        {ready && query.isSuccess && <p className="field__hint">{t('surveys.report.printHint')}</p>}
      </div>
      {!ready ? (
        <p className="empty no-print">{t('surveys.report.choose')}</p>
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ReportDocument report={query.data} />
      )}
    </div>
  );
}
