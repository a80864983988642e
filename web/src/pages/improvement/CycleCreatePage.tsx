import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  type CreateCycleBody,
  type Opportunity,
  useCreateCycle,
  useOpportunities,
} from '../../api/improvement';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { currentQuarter } from '../surveys/ui';
import './improvement.css';

type Direction = 'higher-is-better' | 'lower-is-better';

/** A new cycle: from a data-driven opportunity (its `source` goes straight into the cycle) or a manual metric. */
export function CycleCreatePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [period, setPeriod] = useState(currentQuarter);
  const opportunities = useOpportunities(period.trim());
  const [chosen, setChosen] = useState<Opportunity | null>(null);
  const [manual, setManual] = useState(false);
  const [metricName, setMetricName] = useState('');
  const [metricUnit, setMetricUnit] = useState('');
  const [direction, setDirection] = useState<Direction>('higher-is-better');
  const [baselineValue, setBaselineValue] = useState('');
  const [baselinePeriod, setBaselinePeriod] = useState('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [target, setTarget] = useState('');
  const create = useCreateCycle();

  const choose = (o: Opportunity) => {
    setChosen(o);
    setManual(false);
    if (!title) setTitle(o.subject[locale]);
    if (!problem) setProblem(o.why[locale]);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let source: CreateCycleBody['source'];
    if (manual) {
      source = {
        kind: 'manual',
        metricName,
        metricUnit,
        direction,
        baselineValue: Number(baselineValue),
        baselinePeriod,
      };
    } else if (chosen) {
      // The opportunity's source as given (`templateId` included), straight into the cycle.
      source = chosen.source as CreateCycleBody['source'];
    } else {
      return;
    }
    create.mutate(
      { title, problem, target: target.trim() === '' ? Number.NaN : Number(target), source, actions: [] },
      { onSuccess: (c) => void navigate(`/improvement/cycles/${c.id}`) },
    );
  };

  return (
    <>
      <PageHeader
        title={t('improvement.create.title')}
        back={<Link to="/improvement">{t('improvement.create.back')}</Link>}
      />
      <section className="panel" aria-labelledby="opportunities-heading">
        <h2 id="opportunities-heading">{t('improvement.create.opportunities')}</h2>
        <div className="field field--filter">
          <label htmlFor="opp-period">{t('improvement.create.period')}</label>
          <input
            id="opp-period"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            aria-describedby="opp-period-hint"
          />
          <p className="field__hint" id="opp-period-hint">
            {t('improvement.create.periodHint')}
          </p>
        </div>
        {opportunities.isFetching && <Loading />}
        {opportunities.isError && (
          <ProblemAlert error={opportunities.error} onRetry={() => void opportunities.refetch()} />
        )}
        {opportunities.data &&
          (opportunities.data.items.length === 0 ? (
            <p className="empty">{t('improvement.create.noOpportunities')}</p>
          ) : (
            <ul className="imp-cards">
              {opportunities.data.items.map((o, i) => {
                const selected = !manual && chosen === o;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the opportunities of one period, in the API's order
                  <li key={i} className="imp-card">
                    <strong>
                      {o.subject[locale]} · {o.unit ? (o.unit.shortName ?? o.unit.name) : 'Pemda'}
                    </strong>
                    <span>
                      {o.metric.name[locale]}: {o.value} {o.metric.unit[locale]} (n = {o.sample})
                    </span>
                    <span>{o.why[locale]}</span>
                    <span>
                      <button
                        type="button"
                        className={selected ? 'button button--primary' : 'button button--secondary'}
                        aria-pressed={selected}
                        onClick={() => choose(o)}
                      >
                        {selected ? t('improvement.create.chosen') : t('improvement.create.choose')}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          ))}
        <p>
          <label>
            <input
              type="checkbox"
              checked={manual}
              onChange={(e) => {
                setManual(e.target.checked);
                if (e.target.checked) setChosen(null);
              }}
            />{' '}
            {t('improvement.create.manual')}
          </label>
        </p>
        {manual && (
          <div className="imp-inline-form">
            <div className="field">
              <label htmlFor="m-name">{t('improvement.create.metricName')}</label>
              <input id="m-name" value={metricName} onChange={(e) => setMetricName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="m-unit">{t('improvement.create.metricUnit')}</label>
              <input id="m-unit" value={metricUnit} onChange={(e) => setMetricUnit(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="m-direction">{t('improvement.create.direction')}</label>
              <select
                id="m-direction"
                value={direction}
                onChange={(e) => setDirection(e.target.value as Direction)}
              >
                <option value="higher-is-better">{t('improvement.direction.higher-is-better')}</option>
                <option value="lower-is-better">{t('improvement.direction.lower-is-better')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="m-baseline">{t('improvement.create.baselineValue')}</label>
              <input
                id="m-baseline"
                inputMode="decimal"
                value={baselineValue}
                onChange={(e) => setBaselineValue(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="m-period">{t('improvement.create.baselinePeriod')}</label>
              <input
                id="m-period"
                value={baselinePeriod}
                onChange={(e) => setBaselinePeriod(e.target.value)}
              />
            </div>
          </div>
        )}
      </section>
      <form className="panel" onSubmit={submit} aria-labelledby="details-heading">
        <h2 id="details-heading">{t('improvement.create.details')}</h2>
        {!manual && !chosen && <p className="field__hint">{t('improvement.create.chooseSource')}</p>}
        <div className="field">
          <label htmlFor="c-title">{t('improvement.create.cycleTitle')}</label>
          <input id="c-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="c-problem">{t('improvement.create.problem')}</label>
          <textarea id="c-problem" rows={3} value={problem} onChange={(e) => setProblem(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="c-target">{t('improvement.create.target')}</label>
          <input
            id="c-target"
            inputMode="decimal"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            aria-describedby="c-target-hint"
          />
          <p className="field__hint" id="c-target-hint">
            {t('improvement.create.targetHint')}
            {chosen && ` (${t('improvement.cycle.baseline')}: ${chosen.value})`}
          </p>
        </div>
        {create.isError && <ProblemList error={create.error} />}
        <button
          type="submit"
          className="button button--primary"
          disabled={create.isPending || (!manual && !chosen)}
        >
          {t('improvement.create.submit')}
        </button>
      </form>
    </>
  );
}

/** The problem, with its field messages listed (paths name the fields of the request). */
export function ProblemList({ error }: { error: unknown }) {
  const errors =
    error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors)
      ? (error.errors as { path: string; message: string }[])
      : [];
  return (
    <>
      <ProblemAlert error={error} />
      {errors.length > 0 && (
        <ul className="imp-warn" role="alert">
          {errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {e.path}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
