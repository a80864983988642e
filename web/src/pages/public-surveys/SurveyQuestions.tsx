import type { Locale } from '@prima/domain';
import type { ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PublicSurveyForm, PublicSurveyItem } from '../../api/surveys-public';
import { errorAt, fieldId, messageText } from '../../forms/problems';
import { useLocale } from '../../i18n';

/** What the survey form holds: text, as inputs hold it (turned into numbers for the API on submit). */
export interface SurveyFormValues {
  answers: Record<string, string | { e: string; p: string }>;
  allocation: Record<string, string>;
  profile: Record<string, string>;
  website: string;
}

type Register = UseFormRegister<SurveyFormValues>;

/** A question's error, below its options and linked to its group. */
function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  const locale = useLocale();
  if (!error) return null;
  return (
    <p id={id} className="field__error">
      {messageText(error, locale)}
    </p>
  );
}

/** One question in its card: a fieldset whose legend is the question. */
function QuestionCard({
  name,
  number,
  total,
  title,
  lead,
  error,
  hint,
  children,
}: {
  name: string;
  number: number;
  total: number;
  title: ReactNode;
  lead?: ReactNode;
  error: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`q-card${error ? ' q-card--invalid' : ''}`}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="q-card__legend">
        <span className="q-card__number">{t('surveys.public.form.questionOf', { number, total })}</span>
        <span className="q-card__title">{title}</span>
      </legend>
      {lead && <p className="q-card__lead">{lead}</p>}
      {hint && (
        <div id={hintId} className="q-card__hint">
          {hint}
        </div>
      )}
      {children}
      <ErrorText id={errorId ?? ''} error={error} />
    </fieldset>
  );
}

/** The four labelled answers of an IKM unsur, as large tap targets. */
function LabelledOptions({
  name,
  item,
  register,
}: {
  name: string;
  item: PublicSurveyItem;
  register: Register;
}) {
  const locale = useLocale();
  return (
    <div className="choices">
      {(item.options ?? []).map((o) => (
        <label key={o.score} className="choice">
          <input
            type="radio"
            className="choice__input"
            value={String(o.score)}
            {...register(name as 'answers')}
          />
          <span className="choice__text">{o.label[locale]}</span>
        </label>
      ))}
    </div>
  );
}

/** A numeric scale (1–7 agreement, 0–10 trust) as a row of large buttons; the anchors say what the ends mean. */
function NumberScale({
  name,
  min,
  max,
  register,
  labelledBy,
}: {
  name: string;
  min: number;
  max: number;
  register: Register;
  labelledBy?: string;
}) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const options = values.map((v) => (
    <label key={v} className="scale__option">
      <input type="radio" className="scale__input" value={String(v)} {...register(name as 'answers')} />
      <span className="scale__text">{v}</span>
    </label>
  ));
  const className = `scale scale--${values.length}`;
  if (!labelledBy) return <div className={className}>{options}</div>;
  return (
    // One of the two radio groups (E, P) inside the question's fieldset, each named by its statement.
    <div className={className} role="radiogroup" aria-labelledby={labelledBy}>
      {options}
    </div>
  );
}

/** What the ends of a numeric scale mean: "1 = Sangat tidak setuju · 7 = Sangat setuju". */
function Anchors({ min, max, from, to }: { min: string; max: string; from: number; to: number }) {
  return (
    <span className="scale-anchors">
      <span>
        {from} = {min}
      </span>
      <span>
        {to} = {max}
      </span>
    </span>
  );
}

/** Every question of the campaign's template, one per card. */
export function SurveyQuestions({
  form,
  register,
  errors,
}: {
  form: PublicSurveyForm;
  register: Register;
  errors: FieldErrors<SurveyFormValues>;
}) {
  const { t } = useTranslation();
  const locale: Locale = useLocale();
  const { template } = form;
  const total = template.items.length;
  const scaleAnchors = template.scale.anchors;
  const dimensionName = (key: string | null) =>
    template.allocation?.dimensions.find((d) => d.key === key)?.name[locale] ?? key ?? '';

  return (
    <div className="questions">
      {template.items.map((item, i) => {
        const name = `answers.${item.code}`;
        if (template.kind === 'ikm') {
          return (
            <QuestionCard
              key={item.code}
              name={name}
              number={i + 1}
              total={total}
              title={item.text[locale]}
              error={errorAt(errors, name)}
            >
              <LabelledOptions name={name} item={item} register={register} />
            </QuestionCard>
          );
        }
        if (template.kind === 'servqual') {
          const eId = `${fieldId(name)}-e-label`;
          const pId = `${fieldId(name)}-p-label`;
          return (
            <QuestionCard
              key={item.code}
              name={name}
              number={i + 1}
              total={total}
              title={dimensionName(item.group)}
              error={errorAt(errors, `${name}.e`) ?? errorAt(errors, `${name}.p`) ?? errorAt(errors, name)}
              hint={
                scaleAnchors && (
                  <Anchors
                    min={scaleAnchors.min[locale]}
                    max={scaleAnchors.max[locale]}
                    from={template.scale.min}
                    to={template.scale.max}
                  />
                )
              }
            >
              <div className="pair">
                <p className="pair__label" id={eId}>
                  <span className="pair__kind">{t('surveys.public.form.expectation')}</span>
                  {item.expectation?.[locale]}
                </p>
                <NumberScale
                  name={`${name}.e`}
                  min={template.scale.min}
                  max={template.scale.max}
                  register={register}
                  labelledBy={eId}
                />
              </div>
              <div className="pair">
                <p className="pair__label" id={pId}>
                  <span className="pair__kind">{t('surveys.public.form.perception')}</span>
                  {item.text[locale]}
                </p>
                <NumberScale
                  name={`${name}.p`}
                  min={template.scale.min}
                  max={template.scale.max}
                  register={register}
                  labelledBy={pId}
                />
              </div>
            </QuestionCard>
          );
        }
        const anchors = item.anchors ?? scaleAnchors;
        return (
          <QuestionCard
            key={item.code}
            name={name}
            number={i + 1}
            total={total}
            title={item.text[locale]}
            error={errorAt(errors, name)}
            hint={
              anchors && (
                <Anchors
                  min={anchors.min[locale]}
                  max={anchors.max[locale]}
                  from={template.scale.min}
                  to={template.scale.max}
                />
              )
            }
          >
            <NumberScale name={name} min={template.scale.min} max={template.scale.max} register={register} />
            <p className="muted q-card__skip">{t('surveys.public.form.trustSkip')}</p>
          </QuestionCard>
        );
      })}
    </div>
  );
}

/** SERVQUAL: 100 points spread over the five dimensions by importance, with the sum kept live. */
export function AllocationCard({
  form,
  register,
  errors,
  values,
}: {
  form: PublicSurveyForm;
  register: Register;
  errors: FieldErrors<SurveyFormValues>;
  values: Record<string, string>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const allocation = form.template.allocation;
  if (!allocation) return null;
  const sum = Object.values(values).reduce((s, v) => s + (Number.parseInt(v, 10) || 0), 0);
  const touched = Object.values(values).some((v) => v.trim() !== '');
  const error = errorAt(errors, 'allocation');
  const id = fieldId('allocation');
  const sumId = `${id}-sum`;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`q-card${error ? ' q-card--invalid' : ''}`}
      aria-describedby={[error ? `${id}-error` : '', `${id}-hint`].filter(Boolean).join(' ')}
    >
      <legend className="q-card__legend">
        <span className="q-card__title">{t('surveys.public.form.allocationTitle')}</span>
      </legend>
      <p className="q-card__hint" id={`${id}-hint`}>
        {t('surveys.public.form.allocationHint', { points: allocation.points })}
      </p>
      <ul className="allocation">
        {allocation.dimensions.map((d) => {
          const inputId = fieldId(`allocation.${d.key}`);
          return (
            <li key={d.key} className="allocation__row">
              <label htmlFor={inputId} className="allocation__label">
                <span className="allocation__name">{d.name[locale]}</span>
                <span className="allocation__desc">{d.description[locale]}</span>
              </label>
              <input
                id={inputId}
                className="allocation__input"
                type="number"
                inputMode="numeric"
                min={0}
                max={allocation.points}
                step={1}
                aria-describedby={sumId}
                {...register(`allocation.${d.key}`)}
              />
            </li>
          );
        })}
      </ul>
      <p
        id={sumId}
        className={`allocation__sum${!touched ? ' allocation__sum--idle' : sum !== allocation.points ? ' allocation__sum--off' : ''}`}
        aria-live="polite"
      >
        {t('surveys.public.form.allocationSum', { sum, points: allocation.points })}
        {touched && sum !== allocation.points && (
          <>
            {' '}
            {sum < allocation.points
              ? t('surveys.public.form.allocationLeft', { n: allocation.points - sum })
              : t('surveys.public.form.allocationOver', { n: sum - allocation.points })}
          </>
        )}
      </p>
      <ErrorText id={`${id}-error`} error={error} />
    </fieldset>
  );
}
