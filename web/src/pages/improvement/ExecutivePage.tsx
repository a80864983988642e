import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Executive, type ExecutiveRow, useExecutive } from '../../api/improvement-insight';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PrintButton } from '../../components/PrintButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { BarList } from '../surveys/charts';
import {
  formatCount,
  formatFixed,
  formatPercent,
  gradeMarks,
  MutuBadge,
  methodBody,
  PeriodSelect,
} from '../surveys/ui';
import { ExecutiveFigureList } from './ExecutiveFigures';
import { EffectText } from './effect';
import '../surveys/surveys.css';
import './improvement.css';

type SortKey = 'unit' | 'ikm' | 'onTime' | 'trust' | 'open' | 'completed' | 'improved';

/** The value a column sorts by; units without a value go last whatever the direction. */
const SORT_VALUE: Record<SortKey, (r: ExecutiveRow) => number | string | null> = {
  unit: (r) => r.unit.name,
  ikm: (r) => r.ikm.value,
  onTime: (r) => r.complaints.onTimeRate,
  trust: (r) => r.trust?.high ?? null,
  open: (r) => r.cycles.open,
  completed: (r) => r.cycles.completed,
  improved: (r) => r.cycles.improved,
};

function sorted(rows: readonly ExecutiveRow[], key: SortKey, desc: boolean): ExecutiveRow[] {
  const get = SORT_VALUE[key];
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return desc ? -order : order;
  });
}

const thisYear = () => String(new Date().getFullYear());

/**
 * For the head of the Pemda: every unit side by side for a period (IKM, on-time complaint handling, trust, cycles),
 * the measured effect of the cycles re-measured in it, and a drill-down per unit. Prints as an A4 document.
 */
export function ExecutivePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? '';
  const view = useExecutive(period);
  return (
    <>
      <PageHeader
        title={t('executive.title')}
        intro={t('executive.intro')}
        actions={<PrintButton label={t('executive.print')} secondary />}
      />
      <div className="field field--filter no-print">
        <label htmlFor="exec-period">{t('executive.period')}</label>
        <PeriodSelect
          id="exec-period"
          value={period || thisYear()}
          describedBy="exec-period-hint"
          onChange={(key) => setParams(key ? { period: key } : {}, { replace: true })}
        />
        <p className="field__hint" id="exec-period-hint">
          {t('executive.periodHint')}
        </p>
      </div>
      {view.isPending && <Loading />}
      {view.isError && <ProblemAlert error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && <ExecutiveDocument data={view.data} />}
    </>
  );
}

function ExecutiveDocument({ data }: { data: Executive }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const periodLabel = data.periodLabel[locale];
  const withPeriod = (path: string) => `${path}?period=${encodeURIComponent(data.period)}`;
  const unitName = new Map(data.units.map((r) => [r.unit.id, r.unit.shortName ?? r.unit.name]));
  return (
    <article className="exec-doc" aria-labelledby="exec-doc-title">
      <header className="exec-doc__head">
        <h2 id="exec-doc-title">{t('executive.documentTitle', { tenant: data.tenant.name })}</h2>
        <p>{periodLabel}</p>
      </header>
      <section aria-labelledby="exec-pemda">
        <h3 id="exec-pemda">{t('executive.pemda')}</h3>
        <ExecutiveFigureList row={data.pemda} label={t('executive.pemda')} />
      </section>
      {data.units.length === 0 ? (
        <p className="empty">{t('executive.noUnits')}</p>
      ) : (
        <>
          <UnitTable data={data} withPeriod={withPeriod} />
          <BarList
            className="exec-bars"
            caption={`${t('executive.figures.ikm')} · ${periodLabel}`}
            min={25}
            max={100}
            marks={gradeMarks(data.templateId).map((m) => m.value)}
            rows={data.units.map((r) => ({
              key: r.unit.id,
              label: r.unit.shortName ?? r.unit.name,
              value: r.ikm.value,
              display: formatFixed(r.ikm.value, locale),
              tone: r.ikm.mutu ? `bar--${r.ikm.mutu}` : undefined,
            }))}
          />
        </>
      )}
      <section className="exec-section" aria-labelledby="exec-effects">
        <h3 id="exec-effects">{t('executive.effects.heading')}</h3>
        <p className="field__hint">{t('executive.effects.intro')}</p>
        {data.pemda.cycles.effects.length === 0 ? (
          <p className="empty">{t('executive.effects.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('executive.effects.cycle')}</th>
                  <th scope="col">{t('executive.effects.unit')}</th>
                  <th scope="col">{t('executive.effects.metric')}</th>
                  <th scope="col">{t('executive.effects.beforeAfter')}</th>
                </tr>
              </thead>
              <tbody>
                {data.pemda.cycles.effects.map((e) => (
                  <tr key={e.cycleId}>
                    <th scope="row">
                      <Link to={`/improvement/cycles/${e.cycleId}`}>{e.title}</Link>
                    </th>
                    <td>{e.unitId ? (unitName.get(e.unitId) ?? '—') : t('executive.pemda')}</td>
                    <td>{e.metric[locale]}</td>
                    <td>
                      <EffectText comparison={e.comparison} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
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

function UnitTable({ data, withPeriod }: { data: Executive; withPeriod: (path: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean } | null>(null);
  const rows = sort ? sorted(data.units, sort.key, sort.desc) : data.units;
  const header = (key: SortKey, label: string, numeric = true) => {
    const active = sort?.key === key;
    return (
      <th
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="exec-sort"
          title={t('executive.table.sortBy', { column: label })}
          // Numbers first sort best-first (descending); a second click turns the order round.
          onClick={() => setSort({ key, desc: active ? !sort.desc : key !== 'unit' })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-wrap">
      <table className="table exec-table">
        <caption>{t('executive.table.caption', { period: data.periodLabel[locale] })}</caption>
        <thead>
          <tr>
            {header('unit', t('executive.table.unit'), false)}
            {header('ikm', t('executive.table.ikm'))}
            {header('onTime', t('executive.table.onTime'))}
            {header('trust', t('executive.table.trust'))}
            {header('open', t('executive.table.open'))}
            {header('completed', t('executive.table.completed'))}
            {header('improved', t('executive.table.improved'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.unit.id} data-unit={r.unit.id}>
              <th scope="row">
                <Link
                  to={withPeriod(`/improvement/executive/units/${r.unit.id}`)}
                  aria-label={t('executive.table.open_detail', { unit: r.unit.name })}
                >
                  {r.unit.name}
                </Link>
                {r.unit.headName && <span className="table__sub">{r.unit.headName}</span>}
              </th>
              <td className="num">
                {formatFixed(r.ikm.value, locale)} <MutuBadge mutu={r.ikm.mutu} />
                <span className="table__sub">n = {formatCount(r.ikm.respondents, locale)}</span>
              </td>
              <td className="num">
                {formatPercent(r.complaints.onTimeRate, locale, 1)}
                <span className="table__sub">
                  {formatCount(r.complaints.respondedOnTime, locale)}/
                  {formatCount(r.complaints.responded, locale)}
                </span>
              </td>
              <td className="num">{formatPercent(r.trust?.high, locale, 1)}</td>
              <td className="num">{r.cycles.open}</td>
              <td className="num">{r.cycles.completed}</td>
              <td className="num">
                {r.cycles.improved}
                {r.cycles.targetMet > 0 && (
                  <span className="table__sub">
                    {r.cycles.targetMet} {t('executive.effects.targetMet')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
