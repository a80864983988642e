import { ratingSchema, reporterActionSchema, trackingCodeSchema } from '@prima/domain';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import {
  type ReporterStep,
  type TrackedComplaint,
  useRate,
  useReporterAction,
  useTracking,
} from '../../api/complaints-public';
import { isProblem } from '../../api/problem';
import { ChoiceGroup, Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../format';
import { errorAt } from '../../forms/problems';
import { domainResolver, numberOrText } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';
import { formatSize, StatusBadge } from '../complaints/ui';
import { PublicComplaintsShell } from './PublicComplaintsShell';

/** "prm 4k7q 9xd2" → "PRM-4K7Q-9XD2": what people type, as the code is written. */
export function normalizeCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const m = /^PRM([0-9A-Z]{4})([0-9A-Z]{4})$/.exec(compact);
  return m ? `PRM-${m[1]}-${m[2]}` : input.trim().toUpperCase();
}

const codeSchema = z.object({ code: trackingCodeSchema });

function CodeForm({ slug, initial, notFound }: { slug: string; initial: string; notFound: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<{ code: string }, unknown, { code: string }>({
    defaultValues: { code: initial },
    resolver: domainResolver(codeSchema, (v) => ({ code: normalizeCode(v.code) })),
  });
  const { errors } = form.formState;
  return (
    <form
      className="form track-form"
      noValidate
      onSubmit={form.handleSubmit(({ code }) =>
        navigate(`/p/${encodeURIComponent(slug)}/lacak/${encodeURIComponent(code)}`),
      )}
    >
      {notFound && (
        <Notice tone="warning" role="alert">
          <p>{t('complaints.track.notFound')}</p>
        </Notice>
      )}
      <div className="track-form__row">
        <Field
          name="code"
          label={t('complaints.track.codeLabel')}
          hint={t('complaints.track.codeHint')}
          required
          error={errorAt(errors, 'code')}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              className="track-form__code"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              {...form.register('code')}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary">
          {t('complaints.track.find')}
        </button>
      </div>
    </form>
  );
}

type StepValues = { action: ReporterStep; note: string };

const stepSchema = reporterActionSchema.superRefine((v, ctx) => {
  if (v.action !== 'confirm' && !v.note?.trim())
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'transition.noteRequired' });
});

const STEP_TEXT: Record<ReporterStep, { label: string; hint: string }> = {
  'supply-info': { label: 'supplyInfo', hint: 'supplyInfoHint' },
  'reporter-reply': { label: 'reply', hint: 'replyHint' },
  confirm: { label: 'confirm', hint: 'confirmHint' },
  reopen: { label: 'reopen', hint: 'reopenHint' },
};

function AnswerForm({
  slug,
  view,
  steps,
  onSent,
}: {
  slug: string;
  view: TrackedComplaint;
  steps: ReporterStep[];
  /** The step was taken (the form may then go: the report's state changed). */
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const act = useReporterAction(slug, view.trackingCode);
  const first = steps[0] as ReporterStep;
  const form = useForm<StepValues, unknown, z.output<typeof stepSchema>>({
    defaultValues: { action: first, note: '' },
    resolver: domainResolver(stepSchema, (v) => ({
      action: v.action,
      ...(v.note.trim() ? { note: v.note } : {}),
    })),
  });
  const action = useWatch({ control: form.control, name: 'action' });
  const { errors, isSubmitting } = form.formState;
  const stepLabel = (s: ReporterStep) =>
    t(`complaints.track.${STEP_TEXT[s].label as 'supplyInfo' | 'reply' | 'confirm' | 'reopen'}`);
  const stepHint = (s: ReporterStep) =>
    t(
      `complaints.track.${STEP_TEXT[s].hint as 'supplyInfoHint' | 'replyHint' | 'confirmHint' | 'reopenHint'}`,
    );
  const labels: Record<string, string> = {
    action: t('complaints.track.answerHeading'),
    note: action === 'confirm' ? t('complaints.track.confirmNote') : t('complaints.track.note'),
  };

  return (
    <section className="panel track-answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('complaints.track.answerHeading')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={submitWith(form, act, async (input) => {
          await act.mutateAsync(input);
          onSent();
        })}
      >
        {steps.length > 1 ? (
          <ChoiceGroup
            name="action"
            legend={t('complaints.track.answerHeading')}
            error={errorAt(errors, 'action')}
          >
            {steps.map((s) => (
              <label key={s} className="checkbox choice-card">
                <input
                  type="radio"
                  value={s}
                  {...form.register('action')}
                  aria-describedby={`step-${s}-hint`}
                />
                <span>
                  <span className="choice-card__title">{stepLabel(s)}</span>
                  <span className="choice-card__hint" id={`step-${s}-hint`}>
                    {stepHint(s)}
                  </span>
                </span>
              </label>
            ))}
          </ChoiceGroup>
        ) : (
          <p>
            <strong>{stepLabel(first)}.</strong> {stepHint(first)}
          </p>
        )}
        <Field
          name="note"
          label={labels.note}
          required={action !== 'confirm'}
          error={errorAt(errors, 'note')}
        >
          {(p) => <textarea {...p} rows={4} maxLength={4000} {...form.register('note')} />}
        </Field>
        <FormProblems errors={errors} problem={act.error} labelOf={(p) => labels[p]} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('complaints.form.submitting') : stepLabel(action)}
          </button>
        </div>
      </form>
    </section>
  );
}

type RateValues = { score: string; comment: string };

function RatingForm({ slug, view }: { slug: string; view: TrackedComplaint }) {
  const { t } = useTranslation();
  const rate = useRate(slug, view.trackingCode);
  const form = useForm<RateValues, unknown, z.output<typeof ratingSchema>>({
    defaultValues: { score: '', comment: '' },
    resolver: domainResolver(ratingSchema, (v) => ({
      score: numberOrText(v.score) as number,
      ...(v.comment.trim() ? { comment: v.comment } : {}),
    })),
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    score: t('complaints.track.score'),
    comment: t('complaints.track.comment'),
  };
  return (
    <section className="panel track-rate" aria-labelledby="rate-heading">
      <h2 id="rate-heading">{t('complaints.track.rateHeading')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={submitWith(form, rate, async (input) => {
          await rate.mutateAsync(input);
        })}
      >
        <ChoiceGroup name="score" legend={t('complaints.track.rateIntro')} error={errorAt(errors, 'score')}>
          <div className="stars">
            {(['1', '2', '3', '4', '5'] as const).map((s) => (
              <label key={s} className="stars__option">
                <input type="radio" value={s} {...form.register('score')} />
                <span className="stars__face" aria-hidden="true">
                  {'★'.repeat(Number(s))}
                </span>
                <span className="stars__label">
                  {s} · {t(`complaints.track.scoreLabels.${s}`)}
                </span>
              </label>
            ))}
          </div>
        </ChoiceGroup>
        <Field name="comment" label={t('complaints.track.comment')} error={errorAt(errors, 'comment')}>
          {(p) => <textarea {...p} rows={3} maxLength={1000} {...form.register('comment')} />}
        </Field>
        <FormProblems errors={errors} problem={rate.error} labelOf={(p) => labels[p]} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('complaints.form.submitting') : t('complaints.track.rate')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Timeline({ view }: { view: TrackedComplaint }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const who = (e: TrackedComplaint['timeline'][number]) => {
    if (e.by === 'reporter') return t('complaints.track.you');
    if (e.by === 'system') return t('complaints.actor.system');
    return (
      e.unitName ??
      (e.by === 'coordinator' ? t('complaints.actor.coordinator') : t('complaints.track.officer'))
    );
  };
  return (
    <section aria-labelledby="timeline-heading" className="track-timeline">
      <h2 id="timeline-heading">{t('complaints.track.timelineHeading')}</h2>
      <ol className="timeline">
        {[...view.timeline].reverse().map((e) => (
          <li
            key={e.id}
            className={`timeline__item timeline__item--${e.by === 'reporter' ? 'reporter' : 'public'}`}
          >
            <div className="timeline__meta">
              <span className="timeline__action">{t(`complaints.event.${e.action}`)}</span>
              <span className="timeline__who">{who(e)}</span>
              <time dateTime={e.at} className="timeline__at">
                {formatDateTime(e.at, locale)}
              </time>
            </div>
            {e.to && e.to !== e.from && (
              <p className="timeline__status">
                <StatusBadge status={e.to} />
              </p>
            )}
            {e.note && <p className="timeline__note">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Tracked({ slug, view, onRefresh }: { slug: string; view: TrackedComplaint; onRefresh: () => void }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const steps = view.allowedActions.filter((a): a is ReporterStep => a !== 'rate');
  const d = view.deadline;
  const when = (iso: string) => formatDateTime(iso, locale);
  return (
    <article className="tracked">
      <header className="page-header">
        <p className="tracked__code">
          {t('complaints.common.trackingCode')}: <strong>{view.trackingCode}</strong>
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {view.title}
        </h1>
        <div className="tracked__status">
          <StatusBadge status={view.status} />
          <span className="muted">{t(`complaints.type.${view.type}`)}</span>
          <button type="button" className="button button--ghost" onClick={onRefresh}>
            ↻ {t('complaints.track.refresh')}
          </button>
        </div>
      </header>

      <section className="panel" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('complaints.track.statusHeading')}</h2>
        <ul className="tracked__facts">
          <li>{t('complaints.track.submitted', { date: when(view.submittedAt) })}</li>
          {view.unit && <li>{t('complaints.track.handledBy', { unit: view.unit.name })}</li>}
          {d.dueAt && (
            <li>
              {d.dueKind === 'verify'
                ? t('complaints.track.dueVerify', { date: when(d.dueAt) })
                : t('complaints.track.dueFollowUp', { date: when(d.dueAt) })}
            </li>
          )}
          {d.completionDueAt && (
            <li className="tracked__attention">
              {t('complaints.track.completionDue', { date: when(d.completionDueAt) })}
            </li>
          )}
          {d.autoCloseAt && <li>{t('complaints.track.autoClose', { date: when(d.autoCloseAt) })}</li>}
          {view.closedAt && <li>{t('complaints.track.closed', { date: when(view.closedAt) })}</li>}
          {d.reopenUntil && view.allowedActions.includes('reopen') && (
            <li>{t('complaints.track.reopenUntil', { date: when(d.reopenUntil) })}</li>
          )}
        </ul>
      </section>

      {view.allowedActions.includes('rate') && <RatingForm slug={slug} view={view} />}
      {view.rating && !view.allowedActions.includes('rate') && (
        <Notice tone="success" role="status">
          <p>
            {t('complaints.track.rated')} {t('complaints.track.yourRating', { score: view.rating.score })}
          </p>
        </Notice>
      )}
      {sent && (
        <Notice tone="success" role="status">
          <p>{t('complaints.track.sent')}</p>
        </Notice>
      )}
      {steps.length > 0 && (
        <AnswerForm
          key={`${view.status}-${view.timeline.length}`}
          slug={slug}
          view={view}
          steps={steps}
          onSent={() => setSent(true)}
        />
      )}

      <Timeline view={view} />

      <section className="panel" aria-labelledby="report-heading">
        <h2 id="report-heading">{t('complaints.track.reportHeading')}</h2>
        <dl className="facts">
          {view.category && (
            <div>
              <dt>{t('complaints.detail.category')}</dt>
              <dd>{view.category.name}</dd>
            </div>
          )}
          {view.service && (
            <div>
              <dt>{t('complaints.detail.service')}</dt>
              <dd>{view.service.name}</dd>
            </div>
          )}
          {view.location && (
            <div>
              <dt>{t('complaints.detail.location')}</dt>
              <dd>
                {[
                  view.location.address,
                  view.location.lat !== undefined ? `${view.location.lat}, ${view.location.lng}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('complaints.detail.flags')}</dt>
            <dd>
              {!view.anonim && !view.rahasia && t('complaints.detail.noFlags')}
              {view.anonim && <span className="flag">{t('complaints.detail.anonimFlag')}</span>}
              {view.rahasia && <span className="flag">{t('complaints.detail.rahasiaFlag')}</span>}
            </dd>
          </div>
        </dl>
        <p className="description">{view.description}</p>
        {view.attachments.length > 0 && (
          <>
            <h3>{t('complaints.detail.attachments')}</h3>
            <ul className="plain-list">
              {view.attachments.map((a) => (
                <li key={a.id}>
                  {a.name} <span className="muted">({formatSize(a.size, locale)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <p>
        <Link to={`/p/${encodeURIComponent(slug)}/lacak`}>{t('complaints.track.otherCode')}</Link>
      </p>
    </article>
  );
}

/** Following a report with its tracking code: status, deadlines, public timeline, answering and rating. */
export function TrackPage() {
  const { t } = useTranslation();
  const { slug = '', code = '' } = useParams();
  const normalized = code ? normalizeCode(code) : '';
  const valid = normalized !== '' && trackingCodeSchema.safeParse(normalized).success;
  const query = useTracking(slug, valid ? normalized : '');
  const notFound = (normalized !== '' && !valid) || isProblem(query.error, 'not-found');

  return (
    <PublicComplaintsShell slug={slug} title={t('complaints.track.title')}>
      {() =>
        valid && query.isPending ? (
          <Loading />
        ) : valid && query.data ? (
          <Tracked slug={slug} view={query.data} onRefresh={() => void query.refetch()} />
        ) : (
          <>
            <header className="page-header">
              <h1>{t('complaints.track.title')}</h1>
              <p className="page-header__intro">{t('complaints.publicNav.trackIntro')}</p>
            </header>
            {query.isError && !notFound && (
              <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
            )}
            <CodeForm key={normalized} slug={slug} initial={normalized} notFound={notFound} />
          </>
        )
      }
    </PublicComplaintsShell>
  );
}
