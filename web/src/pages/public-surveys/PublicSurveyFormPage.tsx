import { type SurveyResponseInput, surveyResponseSchema } from '@prima/domain';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { isProblem } from '../../api/problem';
import {
  newSubmissionKey,
  type PublicSurveyForm,
  type SurveySubmission,
  usePublicSurveyForm,
  useSubmitSurvey,
} from '../../api/surveys-public';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { errorAt, fieldId, messageText } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';
import { PublicSurveyShell } from './PublicSurveyShell';
import { AllocationCard, type SurveyFormValues, SurveyQuestions } from './SurveyQuestions';

type Kind = PublicSurveyForm['template']['kind'];

const numberOf = (s: string | null | undefined): number | undefined => {
  if (s === null || s === undefined || String(s).trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};
const textOf = (s: string | null | undefined): string | undefined => {
  const t = (s ?? '').trim();
  return t === '' ? undefined : t;
};

/** The form's text as the API's response: unanswered questions left out, empty choices left out. */
function toSubmission(v: SurveyFormValues, templateId: string, kind: Kind): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [code, a] of Object.entries(v.answers ?? {})) {
    if (kind === 'servqual') {
      const pair = (a ?? {}) as { e?: string; p?: string };
      const e = numberOf(pair.e);
      const p = numberOf(pair.p);
      if (e !== undefined || p !== undefined)
        answers[code] = { ...(e !== undefined ? { e } : {}), ...(p !== undefined ? { p } : {}) };
    } else {
      const n = numberOf(a as string);
      if (n !== undefined) answers[code] = n;
    }
  }
  const entries = Object.entries(v.allocation ?? {});
  const allocated = entries.some(([, x]) => textOf(x) !== undefined);
  const p = v.profile ?? {};
  const optional = (name: string) => (textOf(p[name]) ? { [name]: textOf(p[name]) } : {});
  return {
    templateId,
    answers,
    ...(kind === 'servqual' && allocated
      ? { allocation: Object.fromEntries(entries.map(([k, x]) => [k, numberOf(x) ?? 0])) }
      : {}),
    profile: {
      umur: textOf(p.umur),
      jenisKelamin: textOf(p.jenisKelamin),
      pendidikan: textOf(p.pendidikan),
      pekerjaan: textOf(p.pekerjaan),
      ...optional('disabilitas'),
      ...optional('serviceId'),
      ...optional('saran'),
    },
  };
}

/**
 * The domain's response schema; an empty required choice of the profile reads "choose one" instead of zod's
 * generic "invalid option".
 */
function surveyResolver(
  templateId: string,
  kind: Kind,
  chooseText: () => string,
): Resolver<SurveyFormValues, unknown, SurveyResponseInput> {
  const inner = domainResolver(
    surveyResponseSchema,
    (v: SurveyFormValues) => toSubmission(v, templateId, kind) as z.input<typeof surveyResponseSchema>,
  );
  return async (values, context, options) => {
    const result = await inner(values, context, options);
    const profileErrors = (result.errors as { profile?: Record<string, { message?: string }> }).profile;
    if (profileErrors) {
      for (const [name, e] of Object.entries(profileErrors)) {
        if (e && !textOf(values.profile?.[name])) e.message = chooseText();
      }
    }
    return result;
  };
}

const emptyValues = (form: PublicSurveyForm): SurveyFormValues => ({
  answers: Object.fromEntries(
    form.template.items.map((i) => [i.code, form.template.kind === 'servqual' ? { e: '', p: '' } : '']),
  ),
  allocation: Object.fromEntries((form.template.allocation?.dimensions ?? []).map((d) => [d.key, ''])),
  profile: Object.fromEntries([...form.profile.fields.map((f) => [f.name, '']), ['saran', '']]),
  website: '',
});

/** How many questions have an answer (a SERVQUAL item counts once both E and P are given). */
function answeredCount(answers: SurveyFormValues['answers'] | undefined, kind: Kind): number {
  return Object.values(answers ?? {}).filter((a) => {
    if (kind === 'servqual') {
      const pair = (a ?? {}) as { e?: string; p?: string };
      return Boolean(pair.e) && Boolean(pair.p);
    }
    return Boolean(a);
  }).length;
}

/** Seconds left until `until` (ms), ticking every second; 0 once passed. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * A submission whose answer never came back (network error, server error) is kept in this tab for a while, with its
 * Idempotency-Key: after a reload the citizen sends the same response again and it still counts once. Nothing is
 * kept otherwise (a counter tablet is shared), and the copy goes once the answer arrives.
 */
const PENDING_MINUTES = 30;
const pendingKey = (campaignId: string) => `prima.survey.pending.${campaignId}`;

interface Pending {
  key: string;
  values: SurveyFormValues;
  at: number;
}

function loadPending(campaignId: string, form: PublicSurveyForm): Pending | null {
  try {
    const raw = sessionStorage.getItem(pendingKey(campaignId));
    if (!raw) return null;
    const p = JSON.parse(raw) as Partial<Pending>;
    const fresh = typeof p.at === 'number' && Date.now() - p.at < PENDING_MINUTES * 60_000;
    if (!fresh || typeof p.key !== 'string' || !p.values) {
      sessionStorage.removeItem(pendingKey(campaignId));
      return null;
    }
    // Only the questions and profile fields of this form, over an empty form.
    const empty = emptyValues(form);
    const pick = <T extends Record<string, unknown>>(base: T, saved: unknown): T =>
      Object.fromEntries(
        Object.keys(base).map((k) => [k, (saved as Record<string, unknown> | undefined)?.[k] ?? base[k]]),
      ) as T;
    return {
      key: p.key,
      at: p.at as number,
      values: {
        answers: pick(empty.answers, p.values.answers),
        allocation: pick(empty.allocation, p.values.allocation),
        profile: pick(empty.profile, p.values.profile),
        website: '',
      },
    };
  } catch {
    return null;
  }
}

function savePending(campaignId: string, key: string, values: SurveyFormValues) {
  try {
    const { website: _, ...kept } = values;
    sessionStorage.setItem(pendingKey(campaignId), JSON.stringify({ key, values: kept, at: Date.now() }));
  } catch {
    // private mode or full: the key still lives in memory for retries on this page
  }
}

function clearPending(campaignId: string) {
  try {
    sessionStorage.removeItem(pendingKey(campaignId));
  } catch {
    // nothing kept
  }
}

const RADIO_FIELDS = new Set(['jenisKelamin', 'umur']);

function ProfileFields({
  form,
  values,
}: {
  form: PublicSurveyForm;
  values: ReturnType<typeof useForm<SurveyFormValues, unknown, SurveyResponseInput>>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { register, formState, control } = values;
  const saran = useWatch({ control, name: 'profile.saran' }) ?? '';
  const max = form.profile.saranMaxLength;
  const fields = form.profile.fields.filter(
    // The service is asked only when the campaign covers the whole unit and the unit has services.
    (f) => f.name !== 'serviceId' || (form.campaign.service === null && f.options.length > 0),
  );
  return (
    <section className="q-section" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('surveys.public.form.profileHeading')}</h2>
      <p className="muted">{t('surveys.public.form.profileIntro')}</p>
      {fields.map((f) => {
        const name = `profile.${f.name}`;
        const label = t(`surveys.profile.${f.name as 'umur'}`);
        const error = errorAt(formState.errors, name);
        if (RADIO_FIELDS.has(f.name)) {
          const id = fieldId(name);
          return (
            <fieldset
              key={f.name}
              id={id}
              tabIndex={-1}
              className={`q-card q-card--plain${error ? ' q-card--invalid' : ''}`}
              aria-describedby={error ? `${id}-error` : undefined}
            >
              <legend className="q-card__legend">
                <span className="q-card__title">
                  {label}
                  {f.required && (
                    <>
                      <span className="field__required" aria-hidden="true">
                        {' '}
                        *
                      </span>
                      <span className="visually-hidden"> ({t('common.required')})</span>
                    </>
                  )}
                </span>
              </legend>
              <div className={`choices${f.options.length <= 2 ? ' choices--two' : ' choices--grid'}`}>
                {f.options.map((o) => (
                  <label key={o.value} className="choice">
                    <input
                      type="radio"
                      className="choice__input"
                      value={o.value}
                      {...register(`profile.${f.name}`)}
                    />
                    <span className="choice__text">{o.label[locale]}</span>
                  </label>
                ))}
              </div>
              {error && (
                <p id={`${id}-error`} className="field__error">
                  {messageText(error, locale)}
                </p>
              )}
            </fieldset>
          );
        }
        return (
          <Field key={f.name} name={name} label={label} required={f.required} error={error}>
            {(p) => (
              <select {...p} className="q-select" {...register(`profile.${f.name}`)}>
                <option value="">{t('surveys.public.form.choosePlaceholder')}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label[locale]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        );
      })}
      <Field
        name="profile.saran"
        label={t('surveys.public.form.saran')}
        hint={t('surveys.public.form.saranHint')}
        error={errorAt(formState.errors, 'profile.saran')}
      >
        {(p) => (
          <>
            <textarea
              {...p}
              aria-describedby={[p['aria-describedby'], 'saran-count'].filter(Boolean).join(' ')}
              rows={4}
              maxLength={max}
              {...register('profile.saran')}
            />
            <p id="saran-count" className="char-count">
              {t('surveys.public.form.saranCount', { n: saran.length, max })}
            </p>
          </>
        )}
      </Field>
    </section>
  );
}

function SurveyForm({
  slug,
  form,
  onDone,
}: {
  slug: string;
  form: PublicSurveyForm;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const submit = useSubmitSurvey(slug, form.campaign.id);
  // One key for this response: a retry after a lost answer sends it again, and the API counts the response once.
  const [pending] = useState(() => loadPending(form.campaign.id, form));
  const key = useRef(pending?.key ?? newSubmissionKey());
  const kind = form.template.kind;
  const values = useForm<SurveyFormValues, unknown, SurveyResponseInput>({
    defaultValues: pending?.values ?? emptyValues(form),
    resolver: surveyResolver(form.template.id, kind, () => t('surveys.public.form.choose')),
  });
  const { errors, isSubmitting, submitCount } = values.formState;
  const noAnswers = errorAt(errors, 'answers');
  // "Answer at least one question" belongs to the questions, which come first: go there rather than to the profile.
  useEffect(() => {
    if (submitCount > 0 && noAnswers) {
      const el = document.getElementById(fieldId('answers'));
      el?.focus();
      el?.scrollIntoView({ block: 'center' });
    }
  }, [submitCount, noAnswers]);
  const answers = useWatch({ control: values.control, name: 'answers' });
  const allocation = useWatch({ control: values.control, name: 'allocation' }) ?? {};
  const answered = answeredCount(answers, kind);
  const total = form.template.items.length;

  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const wait = useCountdown(waitUntil);
  const error = submit.error;
  const closed = isProblem(error) && error.status === 409 ? error : null;
  const throttled = isProblem(error) && error.status === 429;
  const network = error instanceof TypeError;

  const onSubmit = submitWith(values, submit, async (input) => {
    const honeypot = values.getValues('website');
    const body = { ...input, ...(honeypot ? { [form.honeypotField]: honeypot } : {}) } as SurveySubmission;
    try {
      const ack = await submit.mutateAsync({ body, key: key.current });
      clearPending(form.campaign.id);
      onDone(ack.message[locale]);
    } catch (e) {
      if (isProblem(e) && e.status === 429) setWaitUntil(Date.now() + (e.retryAfterSeconds ?? 30) * 1000);
      // The answer may have been stored: keep the response and its key for a retry, even after a reload.
      if (e instanceof TypeError || (isProblem(e) && e.status >= 500))
        savePending(form.campaign.id, key.current, values.getValues());
      else if (isProblem(e) && e.status !== 429) clearPending(form.campaign.id);
      throw e;
    }
  });

  const labels: Record<string, string> = {
    answers: t('surveys.public.form.answersLabel'),
    allocation: t('surveys.public.form.allocationTitle'),
    ...Object.fromEntries(
      form.profile.fields.map((f) => [`profile.${f.name}`, t(`surveys.profile.${f.name as 'umur'}`)]),
    ),
    'profile.saran': t('surveys.public.form.saran'),
    ...Object.fromEntries(
      form.template.items.map((item, i) => [
        `answers.${item.code}`,
        t('surveys.public.form.questionOf', { number: i + 1, total }),
      ]),
    ),
  };

  if (closed) {
    return (
      <div className="public__message" role="alert">
        <h2>{t('surveys.public.closedTitle')}</h2>
        <p>{closed.detail ?? t('surveys.public.closedText')}</p>
        <p>
          <Link to={`/p/${encodeURIComponent(slug)}/survei`}>{t('surveys.public.otherSurveys')}</Link>
        </p>
      </div>
    );
  }

  let problem: ReactNode;
  if (network)
    problem = (
      <Notice tone="warning" role="alert" title={t('errors.network')}>
        <p>{t('surveys.public.form.retryHint')}</p>
      </Notice>
    );
  else if (throttled)
    problem = (
      <Notice tone="warning" role="alert" title={t('surveys.public.form.throttledTitle')}>
        <p>
          {wait > 0
            ? t('surveys.public.form.throttledWait', { seconds: wait })
            : t('surveys.public.form.throttledNow')}
        </p>
      </Notice>
    );
  else problem = <FormProblems errors={errors} problem={error} labelOf={(p) => labels[p]} hideRetryAfter />;

  return (
    <form className="survey-form" onSubmit={onSubmit} noValidate>
      {pending && !error && (
        <Notice tone="info" role="status" title={t('surveys.public.form.restoredTitle')}>
          <p>{t('surveys.public.form.restored')}</p>
        </Notice>
      )}
      <section className="q-section" aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t('surveys.public.form.questionsHeading')}</h2>
        <p className="muted">
          {kind === 'ikm'
            ? t('surveys.public.form.ikmIntro')
            : kind === 'servqual'
              ? t('surveys.public.form.servqualIntro')
              : t('surveys.public.form.trustIntro')}
        </p>
        {noAnswers && (
          <p id={fieldId('answers')} className="field__error survey-form__answers-error" tabIndex={-1}>
            {messageText(noAnswers, locale)}
          </p>
        )}
        <SurveyQuestions form={form} register={values.register} errors={errors} />
        {kind === 'servqual' && (
          <AllocationCard form={form} register={values.register} errors={errors} values={allocation} />
        )}
      </section>
      <ProfileFields form={form} values={values} />
      {/* A field people never see or reach: only bots fill it in. */}
      <div className="hp-field" aria-hidden="true">
        <label htmlFor="f-website">Website</label>
        <input id="f-website" type="text" tabIndex={-1} autoComplete="off" {...values.register('website')} />
      </div>
      {problem}
      <div className="survey-form__submit">
        <p className="survey-form__count" aria-live="polite">
          {t('surveys.public.form.answered', { answered, total })}
          {answered < total && (
            <span className="survey-form__unanswered"> {t('surveys.public.form.unanswered')}</span>
          )}
        </p>
        <button
          type="submit"
          className="button button--primary survey-form__button"
          disabled={isSubmitting || wait > 0}
        >
          {isSubmitting
            ? t('surveys.public.form.sending')
            : pending || network || (isProblem(error) && error.status >= 500)
              ? t('surveys.public.form.sendAgain')
              : t('surveys.public.form.send')}
        </button>
        <p className="survey-form__privacy muted">{t('surveys.public.form.privacy')}</p>
      </div>
    </form>
  );
}

function ThankYou({ slug, message, pemda }: { slug: string; message: string; pemda: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);
  const base = `/p/${encodeURIComponent(slug)}`;
  return (
    <section className="thanks" aria-labelledby="thanks-heading">
      <p className="thanks__mark" aria-hidden="true">
        ✓
      </p>
      <h1 id="thanks-heading" ref={heading} tabIndex={-1}>
        {t('surveys.public.thanksTitle')}
      </h1>
      <p className="thanks__text">{message}</p>
      <p className="muted">{t('surveys.public.thanksAnonymous')}</p>
      <div className="thanks__actions">
        <Link className="button button--primary" to={`${base}/ikm`}>
          {t('surveys.public.seeIkm')}
        </Link>
        <Link className="button button--secondary" to={base}>
          {t('surveys.public.backToPemda', { name: pemda })}
        </Link>
      </div>
    </section>
  );
}

function SurveyLoader({ slug, campaignId, pemda }: { slug: string; campaignId: string; pemda: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = usePublicSurveyForm(slug, campaignId);
  const [done, setDone] = useState<string | null>(null);
  const list = `/p/${encodeURIComponent(slug)}/survei`;

  if (done !== null) return <ThankYou slug={slug} message={done} pemda={pemda} />;
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isProblem(query.error) && (query.error.status === 404 || query.error.status === 400)) {
      return (
        <div className="public__message">
          <h1>{t('surveys.public.notFoundTitle')}</h1>
          <p>{t('surveys.public.notFoundText')}</p>
          <p>
            <Link to={list}>{t('surveys.public.otherSurveys')}</Link>
          </p>
        </div>
      );
    }
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  const form = query.data;
  const c = form.campaign;
  const header = (
    <header className="survey-head">
      <p className="survey-head__kicker">{t(`surveys.public.kinds.${form.template.kind}`)}</p>
      <h1>{c.title}</h1>
      <p className="survey-head__meta">
        {[c.unit.name, c.service?.name, c.period.label[locale]].filter(Boolean).join(' · ')}
      </p>
      {c.description && <p className="survey-head__desc">{c.description}</p>}
    </header>
  );
  if (!c.open) {
    return (
      <>
        {header}
        <div className="public__message" role="status">
          <h2>{t('surveys.public.closedTitle')}</h2>
          <p>{c.message?.[locale] ?? t('surveys.public.closedText')}</p>
          <p>
            <Link to={list}>{t('surveys.public.otherSurveys')}</Link>
          </p>
        </div>
      </>
    );
  }
  return (
    <>
      {header}
      <Notice tone="info">
        <p>{t(`surveys.public.form.intro.${form.template.kind}`, { n: form.template.items.length })}</p>
      </Notice>
      <SurveyForm slug={slug} form={form} onDone={setDone} />
    </>
  );
}

/** A citizen answers one survey: a short, phone-first form, then a thank-you. */
export function PublicSurveyFormPage() {
  const { t } = useTranslation();
  const { slug = '', campaignId = '' } = useParams();
  return (
    <PublicSurveyShell slug={slug} title={t('surveys.public.formTitle')}>
      {(p) => <SurveyLoader key={campaignId} slug={slug} campaignId={campaignId} pemda={p.name} />}
    </PublicSurveyShell>
  );
}
