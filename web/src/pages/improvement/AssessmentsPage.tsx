import { isPeriodKey, type Unit } from '@prima/domain';
import { type FormEvent, lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  type AssessmentResults,
  type AssessmentTemplate,
  type AssessmentTemplates,
  type MyAssessments,
  useAssessmentResults,
  useAssessmentTemplates,
  useMyAssessments,
  usePutAssessment,
} from '../../api/improvement-insight';
import { useAllUnits } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../format';
import { fieldId } from '../../forms/problems';
import { useLocale } from '../../i18n';
import {
  currentQuarter,
  formatFixed,
  formatSigned,
  methodBody,
  PeriodSelect,
  periodKeyLabel,
} from '../surveys/ui';
import './improvement.css';
import './assessment.css';

const AssessmentRadar = lazy(async () => ({ default: (await import('./AssessmentRadar')).AssessmentRadar }));

type Instrument = AssessmentResults['instruments'][number];
type Scale = AssessmentTemplates['scale'];
type Mine = MyAssessments['items'][number];

/**
 * The units the signed-in user may look at (a unit officer: its own) by name, active ones plus `keep` when archived,
 * so a link to an archived unit's past assessment still shows it.
 */
export function useReadableUnits(keep: string | null) {
  const can = useCan();
  const units = useAllUnits();
  const readable = (units.data ?? [])
    .filter((u) => (!u.archived || u.id === keep) && can('improvement.read', u.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return { units, readable };
}

/** Self-assessments of a unit and period: the caller's answers to both instruments and the pooled results. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const param = params.get('unitId');
  const { units, readable } = useReadableUnits(param);
  const unit = readable.find((u) => u.id === param) ?? readable[0] ?? null;
  const periodParam = params.get('period') ?? '';
  const period = isPeriodKey(periodParam) ? periodParam : currentQuarter();

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const ksfQuery = new URLSearchParams({ unitId: unit?.id ?? '', period });
  return (
    <>
      <PageHeader
        title={t('assessment.title')}
        intro={t('assessment.intro')}
        actions={
          <Link className="button button--secondary" to={`/improvement/ksf?${ksfQuery}`}>
            {t('assessment.ksfLink')}
          </Link>
        }
      />
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />
      ) : !unit ? (
        <p className="empty">{t('assessment.noUnits')}</p>
      ) : (
        <>
          <fieldset className="asm-filters">
            <legend className="visually-hidden">{t('assessment.filters')}</legend>
            <div className="field">
              <label htmlFor="asm-unit">{t('assessment.unit')}</label>
              <UnitSelect id="asm-unit" units={readable} value={unit.id} onChange={(v) => set('unitId', v)} />
            </div>
            <div className="field">
              <label htmlFor="asm-period">{t('assessment.period')}</label>
              <PeriodSelect id="asm-period" value={period} onChange={(k) => set('period', k)} />
            </div>
          </fieldset>
          <Instruments key={`${unit.id}|${period}`} unit={unit} period={period} />
        </>
      )}
    </>
  );
}

export function UnitSelect({
  id,
  units,
  value,
  onChange,
  wholePemda,
}: {
  id: string;
  units: readonly Unit[];
  value: string;
  onChange: (unitId: string) => void;
  /** The label of the "" option (the whole Pemda), when the user may choose it. */
  wholePemda?: string;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {wholePemda !== undefined && <option value="">{wholePemda}</option>}
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
          {u.archived ? ` ${t('assessment.archived')}` : ''}
        </option>
      ))}
    </select>
  );
}

/** Both instruments of one unit and period (keyed by them: a change starts the forms afresh). */
function Instruments({ unit, period }: { unit: Unit; period: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const writable = can('improvement.write', unit.id);
  const templates = useAssessmentTemplates();
  const results = useAssessmentResults(unit.id, period);
  const mine = useMyAssessments(writable ? unit.id : '', period);

  if (templates.isPending) return <Loading />;
  if (templates.isError)
    return <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />;
  return (
    <>
      {results.isError && <ProblemAlert error={results.error} onRetry={() => void results.refetch()} />}
      {mine.isError && <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      {templates.data.templates.map((tpl) => (
        <InstrumentPanel
          key={tpl.id}
          template={tpl}
          scale={templates.data.scale}
          unit={unit}
          period={period}
          instrument={results.data?.instruments.find((i) => i.templateId === tpl.id) ?? null}
          resultsPending={results.isPending}
          writable={writable}
          mine={mine.data ? (mine.data.items.find((i) => i.templateId === tpl.id) ?? null) : undefined}
          mineFailed={mine.isError}
        />
      ))}
      <section className="panel" aria-labelledby="asm-method">
        <h2 id="asm-method">{t('assessment.method')}</h2>
        <p>{methodBody(templates.data.method[locale])}</p>
      </section>
    </>
  );
}

function InstrumentPanel({
  template: tpl,
  scale,
  unit,
  period,
  instrument,
  resultsPending,
  writable,
  mine,
  mineFailed,
}: {
  template: AssessmentTemplate;
  scale: Scale;
  unit: Unit;
  period: string;
  instrument: Instrument | null;
  resultsPending: boolean;
  writable: boolean;
  /** undefined while loading; null when the API did not list the instrument. */
  mine: Mine | null | undefined;
  /** The answers could not be read (the problem is shown above): no form that would start blank. */
  mineFailed: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const put = usePutAssessment();
  const headingId = `asm-${tpl.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{tpl.name[locale]}</h2>
      <p className="panel__intro">{tpl.source[locale]}</p>
      <h3>{t('assessment.results.heading', { period: periodKeyLabel(period, locale) })}</h3>
      {resultsPending && <Loading />}
      {instrument && <Results template={tpl} instrument={instrument} unit={unit} period={period} />}
      <h3 id={`${headingId}-form`}>{t('assessment.form.heading')}</h3>
      {!writable ? (
        <p className="field__hint">{t('assessment.form.readOnly')}</p>
      ) : mine === undefined ? (
        !mineFailed && <Loading />
      ) : (
        <AnswerForm
          template={tpl}
          scale={scale}
          unit={unit}
          period={period}
          mine={mine}
          put={put}
          labelledBy={`${headingId}-form`}
        />
      )}
    </section>
  );
}

function Results({
  template: tpl,
  instrument: r,
  unit,
  period,
}: {
  template: AssessmentTemplate;
  instrument: Instrument;
  unit: Unit;
  period: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const periodLabel = periodKeyLabel(period, locale);
  const prev = r.previous;
  const prevLabel = prev ? prev.periodLabel[locale] : null;
  if (r.respondents === 0) {
    return (
      <p className="empty">
        {t('assessment.results.empty', { unit: unit.name, period: periodLabel })}
        {prev &&
          ` ${t('assessment.results.lastAssessed', {
            period: prevLabel,
            value: formatFixed(prev.overall, locale),
            n: prev.respondents,
          })}`}
      </p>
    );
  }
  const totals = new Map(tpl.elements.map((e) => [e.key, e.statements.length]));
  const overallChange = prev?.overall != null && r.overall !== null ? r.overall - prev.overall : null;
  return (
    <>
      <dl className="imp-figures" aria-label={t('assessment.results.heading', { period: periodLabel })}>
        <div>
          <dt>{t('assessment.results.respondents')}</dt>
          <dd data-testid="asm-respondents">{r.respondents}</dd>
          <dd className="field__hint">{t('assessment.results.respondentsHint')}</dd>
        </div>
        <div>
          <dt>{t('assessment.results.overall')}</dt>
          <dd data-testid="asm-overall">{formatFixed(r.overall, locale)}</dd>
          <dd className="field__hint" data-testid="asm-overall100">
            {t('assessment.results.overallHint', { value: formatFixed(r.overall100, locale, 1) })}
          </dd>
        </div>
        <div>
          <dt>{t('assessment.results.previous')}</dt>
          <dd data-testid="asm-previous">
            {prev ? formatFixed(prev.overall, locale) : t('assessment.results.noPrevious')}
          </dd>
          {prev && (
            <dd className="field__hint">
              {t('assessment.results.previousHint', { period: prevLabel, n: prev.respondents })}
            </dd>
          )}
        </div>
        {prev && (
          <div>
            <dt>{t('assessment.results.change')}</dt>
            <dd data-testid="asm-change">{formatSigned(overallChange, locale)}</dd>
            <dd className="field__hint">{t('assessment.results.changeHint', { period: prevLabel })}</dd>
          </div>
        )}
      </dl>
      <Suspense fallback={<Loading />}>
        <AssessmentRadar instrument={r} currentLabel={periodLabel} previousLabel={prevLabel} />
      </Suspense>
      <p className="field__hint">{t('assessment.results.chartNote')}</p>
      <div className="table-wrap">
        <table className="table asm-table">
          <caption className="visually-hidden">
            {tpl.name[locale]}: {t('assessment.results.caption', { period: periodLabel })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.results.element')}</th>
              <th scope="col" className="num">
                {t('assessment.results.score')}
              </th>
              <th scope="col" className="num">
                {t('assessment.results.score100')}
              </th>
              <th scope="col" className="num">
                {prevLabel ?? t('assessment.results.previousScore')}
              </th>
              <th scope="col" className="num">
                {t('assessment.results.changeScore')}
              </th>
              <th scope="col" className="num">
                {t('assessment.results.answered')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.elements.map((e) => (
              <tr key={e.key} data-element={e.key}>
                <th scope="row">{e.name[locale]}</th>
                <td className="num">{formatFixed(e.score, locale)}</td>
                <td className="num">{formatFixed(e.score100, locale, 1)}</td>
                <td className="num">{formatFixed(e.previous, locale)}</td>
                <td className="num">{formatSigned(e.change, locale)}</td>
                <td className="num">
                  {t('assessment.results.answeredValue', {
                    answered: e.answered,
                    total: totals.get(e.key) ?? e.statements.length,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The caller's answers to one instrument: a radio group per statement, grouped per element; "skip" clears one. */
function AnswerForm({
  template: tpl,
  scale,
  unit,
  period,
  mine,
  put,
  labelledBy,
}: {
  template: AssessmentTemplate;
  scale: Scale;
  unit: Unit;
  period: string;
  mine: Mine | null;
  put: ReturnType<typeof usePutAssessment>;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hintId = useId();
  const [answers, setAnswers] = useState<Record<string, number>>(() => ({ ...(mine?.answers ?? {}) }));
  const statements = tpl.elements.flatMap((e) => e.statements);
  const answered = statements.filter((s) => answers[s.code] !== undefined).length;
  const choose = (code: string, value: number | null) =>
    setAnswers((a) => {
      const { [code]: _, ...rest } = a;
      return value === null ? rest : { ...rest, [code]: value };
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    put.mutate({ templateId: tpl.id, unitId: unit.id, period, answers });
  };
  const labelOf = (path: string) => {
    const s = statements.find((x) => `answers.${x.code}` === path);
    if (s) return `${s.code} ${s.text[locale]}`;
    if (path === 'unitId') return t('assessment.unit');
    if (path === 'period') return t('assessment.period');
    return undefined;
  };
  const values = scale.labels.map((label, i) => ({ value: scale.min + i, label: label[locale] }));
  return (
    <form className="asm-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <p className="field__hint">
        {t('assessment.form.intro', { unit: unit.name, period: periodKeyLabel(period, locale) })}
      </p>
      <p className="asm-answered-at">
        {mine?.updatedAt
          ? t('assessment.form.answeredAt', { date: formatDateTime(mine.updatedAt, locale) })
          : t('assessment.form.notYet')}
      </p>
      {tpl.elements.map((el) => (
        <fieldset key={el.key} className="asm-element">
          <legend>{el.name[locale]}</legend>
          {el.statements.map((s) => {
            const textId = `${tpl.id}-${s.code}-text`;
            const name = `${tpl.id}-${s.code}`;
            return (
              <div
                key={s.code}
                id={fieldId(`answers.${s.code}`)}
                className="asm-statement"
                role="radiogroup"
                aria-labelledby={textId}
                tabIndex={-1}
              >
                <p className="asm-statement__text" id={textId}>
                  {s.text[locale]}
                </p>
                <div className="asm-scale">
                  {values.map((v) => (
                    <label key={v.value} className="asm-option">
                      <input
                        type="radio"
                        name={name}
                        value={v.value}
                        checked={answers[s.code] === v.value}
                        onChange={() => choose(s.code, v.value)}
                      />{' '}
                      <span className="asm-option__n">{v.value}</span> <span>{v.label}</span>
                    </label>
                  ))}
                  <label className="asm-option asm-option--skip">
                    <input
                      type="radio"
                      name={name}
                      value=""
                      checked={answers[s.code] === undefined}
                      onChange={() => choose(s.code, null)}
                    />{' '}
                    <span>{t('assessment.form.skip')}</span>
                  </label>
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      <p className="asm-progress" aria-live="polite">
        {t('assessment.form.progress', { answered, total: statements.length })}
      </p>
      <FormProblems errors={{}} problem={put.error} labelOf={labelOf} />
      {put.isSuccess && (
        <Notice tone="success" role="status">
          <p>{t('assessment.form.saved')}</p>
        </Notice>
      )}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={put.isPending || answered === 0}
          aria-describedby={answered === 0 ? hintId : undefined}
        >
          {put.isPending ? t('assessment.form.saving') : t('assessment.form.save')}
        </button>
      </div>
      {answered === 0 && (
        <p className="field__hint" id={hintId}>
          {t('assessment.form.needOne')}
        </p>
      )}
    </form>
  );
}
