import type { Role } from '@prima/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { type RecognitionDetail, useRecognitionOf } from '../../api/improvement-insight';
import { useMe } from '../../api/me';
import { useAllUnits } from '../../api/units';
import { Loading } from '../../components/Loading';
import { PrintButton } from '../../components/PrintButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { formatNumber, formatPercent, formatSigned, periodKeyLabel } from '../surveys/ui';
import { EffectBadge, TargetMet } from './effect';
import { useOnlySelf, yearChoices, yearParam } from './RecognitionPage';
import './improvement.css';
import './recognition.css';

type Action = RecognitionDetail['actions'][number];

/** Whether an action was done by its deadline, and when it was done. */
function OnTime({ action: a }: { action: Action }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (a.status === 'cancelled') return <span className="muted">{t('recognition.detail.notCounted')}</span>;
  if (a.status !== 'done' || !a.completedAt)
    return a.overdue ? (
      <span className="imp-warn">{t('improvement.cycle.overdue')}</span>
    ) : (
      <span className="muted">{t('recognition.detail.notDone')}</span>
    );
  const on = formatDate(a.completedAt, locale);
  return a.onTime ? (
    <span>{t('recognition.detail.onTime', { date: on })}</span>
  ) : (
    <span className="imp-warn">{t('recognition.detail.late', { date: on })}</span>
  );
}

/** The record as a document: on screen and, through the print styles, alone on A4. */
function RecognitionDocument({ data }: { data: RecognitionDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useMe();
  const units = useAllUnits();
  const o = data.official;
  const officialUnits = (units.data ?? []).filter((u) => o.unitIds.includes(u.id));
  const head = officialUnits.length === 1 ? officialUnits[0] : undefined;
  const metricUnit = new Map(data.cyclesLed.map((c) => [c.id, c.metric.unit[locale]]));
  return (
    <article className="recognition-doc" aria-labelledby="recognition-doc-title">
      <header className="recognition-doc__head">
        {me.data?.tenant && <p className="recognition-doc__tenant">{me.data.tenant.name}</p>}
        <h1 id="recognition-doc-title">{t('recognition.detail.docTitle', { year: data.year })}</h1>
        <dl className="recognition-doc__meta">
          <div>
            <dt>{t('recognition.detail.name')}</dt>
            <dd>{o.name}</dd>
          </div>
          <div>
            <dt>{t('recognition.detail.role')}</dt>
            <dd>{t(`roles.${o.role as Role}`)}</dd>
          </div>
          {officialUnits.length > 0 && (
            <div>
              <dt>{t('recognition.unit')}</dt>
              <dd>{officialUnits.map((u) => u.name).join('; ')}</dd>
            </div>
          )}
          <div>
            <dt>{t('recognition.year')}</dt>
            <dd>{data.year}</dd>
          </div>
        </dl>
      </header>

      <section className="recognition-doc__section" aria-labelledby="rd-figures">
        <h2 id="rd-figures">{t('recognition.detail.figures')}</h2>
        <dl className="imp-figures">
          <div>
            <dt>{t('recognition.figure.cyclesLed')}</dt>
            <dd data-testid="cycles-led">{o.cyclesLed}</dd>
          </div>
          <div>
            <dt>{t('recognition.figure.cyclesCompleted')}</dt>
            <dd>{o.cyclesCompleted}</dd>
          </div>
          <div>
            <dt>{t('recognition.figure.cyclesImproved')}</dt>
            <dd>{o.cyclesImproved}</dd>
          </div>
          <div>
            <dt>{t('recognition.figure.cyclesTargetMet')}</dt>
            <dd>{o.cyclesTargetMet}</dd>
          </div>
          <div>
            <dt>{t('recognition.figure.actionsOwned')}</dt>
            <dd>{o.actionsOwned}</dd>
          </div>
          <div>
            <dt>{t('recognition.figure.actionsDone')}</dt>
            <dd>{o.actionsDone}</dd>
          </div>
          <div>
            <dt>{t('recognition.figure.actionsOnTime')}</dt>
            <dd data-testid="actions-on-time">{o.actionsOnTime}</dd>
          </div>
          <div>
            <dt>{t('recognition.figure.onTimeRate')}</dt>
            <dd>{formatPercent(o.onTimeRate, locale)}</dd>
          </div>
        </dl>
      </section>

      <section className="recognition-doc__section" aria-labelledby="rd-cycles">
        <h2 id="rd-cycles">{t('recognition.detail.cycles')}</h2>
        {data.cyclesLed.length === 0 ? (
          <p className="empty">{t('recognition.detail.noCycles', { year: data.year })}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('recognition.detail.cycle')}</th>
                  <th scope="col">{t('improvement.cycle.stage')}</th>
                  <th scope="col">{t('recognition.detail.beforeAfter')}</th>
                  <th scope="col">{t('recognition.detail.effect')}</th>
                  <th scope="col">{t('improvement.cycle.target')}</th>
                </tr>
              </thead>
              <tbody>
                {data.cyclesLed.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/improvement/cycles/${c.id}`}>{c.title}</Link>
                      <span className="table__sub">
                        {c.metric.name[locale]} ({c.metric.unit[locale]})
                      </span>
                      {c.unit && <span className="table__sub">{c.unit.name}</span>}
                    </th>
                    <td>{t(`improvement.stage.${c.stage}`)}</td>
                    <td className="table__nowrap">
                      {formatNumber(c.baseline.value, locale)} → {formatNumber(c.checkResult?.value, locale)}
                      <span className="table__sub">
                        {periodKeyLabel(c.baseline.period, locale)} →{' '}
                        {periodKeyLabel(c.checkResult?.period ?? c.checkPeriod, locale)}
                      </span>
                    </td>
                    <td>
                      {c.comparison.status !== 'no-data' ? (
                        <EffectBadge comparison={c.comparison} />
                      ) : (
                        <span className="muted">{t('recognition.detail.notRemeasured')}</span>
                      )}
                    </td>
                    <td>
                      {formatNumber(c.target, locale)}
                      <span className="table__sub">
                        <TargetMet met={c.comparison.targetMet} />
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="recognition-doc__section" aria-labelledby="rd-actions">
        <h2 id="rd-actions">{t('recognition.detail.actions')}</h2>
        {data.actions.length === 0 ? (
          <p className="empty">{t('recognition.detail.noActions', { year: data.year })}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('improvement.cycle.actionTitle')}</th>
                  <th scope="col">{t('improvement.cycle.deadline')}</th>
                  <th scope="col">{t('improvement.cycle.actionStatus')}</th>
                  <th scope="col">{t('recognition.detail.doneOnTime')}</th>
                </tr>
              </thead>
              <tbody>
                {data.actions.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      {a.title}
                      <span className="table__sub">
                        {t('recognition.detail.inCycle')}{' '}
                        <Link to={`/improvement/cycles/${a.cycleId}`}>{a.cycleTitle}</Link>
                      </span>
                    </th>
                    <td className="table__nowrap">{formatDate(a.deadline, locale)}</td>
                    <td>{t(`improvement.actionStatus.${a.status}`)}</td>
                    <td>
                      <OnTime action={a} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="recognition-doc__section" aria-labelledby="rd-effects">
        <h2 id="rd-effects">{t('recognition.detail.effects')}</h2>
        {o.effects.length === 0 ? (
          <p className="empty">{t('recognition.detail.noEffects', { year: data.year })}</p>
        ) : (
          <ul className="recognition-effects">
            {o.effects.map((e) => {
              const x = e.comparison;
              const relative =
                x.relativeChange === null ? '' : `; ${formatSigned(x.relativeChange * 100, locale, 1)}%`;
              const change =
                x.absoluteChange === null ? '' : ` (${formatSigned(x.absoluteChange, locale)}${relative})`;
              return (
                <li key={e.cycleId}>
                  <Link to={`/improvement/cycles/${e.cycleId}`}>{e.title}</Link>
                  <span>
                    {e.metric[locale]}: {formatNumber(x.baseline, locale)} → {formatNumber(x.current, locale)}{' '}
                    {metricUnit.get(e.cycleId) ?? ''}
                    {change}
                  </span>
                  <span>
                    <EffectBadge comparison={x} /> · <TargetMet met={x.targetMet} /> (
                    {t('improvement.cycle.target')} {formatNumber(x.target, locale)})
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="recognition-doc__section" aria-labelledby="rd-method">
        <h2 id="rd-method">{t('recognition.method')}</h2>
        <p>{data.method[locale]}</p>
      </section>

      <footer className="recognition-doc__foot">
        <p className="recognition-doc__generated">
          {t('recognition.detail.generated', { date: formatDateTime(data.generatedAt, locale) })}
        </p>
        <div className="recognition-doc__sign">
          <p>{head ? t('recognition.detail.signUnit', { unit: head.name }) : t('recognition.detail.sign')}</p>
          <p className="recognition-doc__sign-name">{head?.headName ?? '..............................'}</p>
        </div>
      </footer>
    </article>
  );
}

/** One official's contributions in a year, printable for an appraisal (?year=). */
export function RecognitionDetailPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const onlySelf = useOnlySelf();
  const year = yearParam(params.get('year'));
  const query = useRecognitionOf(userId, year === null ? '' : String(year));
  const shownYear = query.data?.year ?? year ?? new Date().getFullYear();
  const name = query.data?.official.name;
  const pageTitle = t('recognition.detail.title');
  useEffect(() => {
    document.title = `${name ? `${pageTitle}: ${name}` : pageTitle} · Prima`;
  }, [name, pageTitle]);

  const setYear = (value: string) => {
    const next = new URLSearchParams(params);
    next.set('year', value);
    setParams(next, { replace: true });
  };

  return (
    <div className="recognition-page">
      <div className="recognition-toolbar">
        <p className="page-header__back">
          <Link to={`/improvement/recognition?year=${shownYear}`}>{t('recognition.detail.back')}</Link>
        </p>
        {/* The document carries the page's h1 once loaded; until then the toolbar names the page. */}
        {!query.isSuccess && <h1>{t('recognition.detail.title')}</h1>}
        <div className="recognition-filters">
          <div className="field">
            <label htmlFor="recognition-detail-year">{t('recognition.year')}</label>
            <select id="recognition-detail-year" value={shownYear} onChange={(e) => setYear(e.target.value)}>
              {yearChoices(shownYear).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          {query.isSuccess && <PrintButton label={t('recognition.detail.print')} />}
        </div>
        {query.isSuccess && (
          <p className="field__hint">
            {onlySelf ? t('recognition.detail.printHintSelf') : t('recognition.detail.printHint')}
          </p>
        )}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <RecognitionDocument data={query.data} />
      )}
    </div>
  );
}
