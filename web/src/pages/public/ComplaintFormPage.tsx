import { type SubmitComplaintInput, submitComplaintSchema } from '@prima/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { newIdempotencyKey } from '../../api/complaints';
import { usePublicCategories, usePublicServices, useSubmitComplaint } from '../../api/complaints-public';
import { isProblem } from '../../api/problem';
import { FormProblems } from '../../components/FormProblems';
import { Notice } from '../../components/Notice';
import { formatDateTime } from '../../format';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';
import {
  ComplaintFields,
  type ComplaintFormValues,
  emptyComplaint,
  toSubmission,
  useComplaintLabels,
} from '../complaints/ComplaintFields';
import { SecretValue } from '../complaints/ui';
import { AttachmentPicker, type AttachmentState } from './AttachmentPicker';
import { PublicComplaintsShell } from './PublicComplaintsShell';

type Submitted = { trackingCode: string; dueAt: string | null; hasContact: boolean };

function SubmittedView({
  slug,
  result,
  onAnother,
}: {
  slug: string;
  result: Submitted;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="submitted" aria-labelledby="submitted-heading">
      <h1 id="submitted-heading" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('complaints.submitPage.successTitle')}
      </h1>
      <p>{t('complaints.submitPage.successIntro')}</p>
      <SecretValue
        large
        label={t('complaints.submitPage.codeLabel')}
        value={result.trackingCode}
        copyLabel={t('complaints.submitPage.copy')}
      />
      {result.dueAt && (
        <p>{t('complaints.submitPage.due', { date: formatDateTime(result.dueAt, locale) })}</p>
      )}
      {!result.hasContact && <p className="muted">{t('complaints.submitPage.noContactNote')}</p>}
      <div className="form__actions">
        <Link
          className="button button--primary"
          to={`/p/${encodeURIComponent(slug)}/lacak/${encodeURIComponent(result.trackingCode)}`}
        >
          {t('complaints.submitPage.track')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('complaints.submitPage.another')}
        </button>
      </div>
    </section>
  );
}

function ComplaintForm({ slug, onSubmitted }: { slug: string; onSubmitted: (r: Submitted) => void }) {
  const { t } = useTranslation();
  const categories = usePublicCategories(slug);
  const services = usePublicServices(slug);
  const submit = useSubmitComplaint(slug);
  const labels = useComplaintLabels();
  // One key per report: a retry after a lost answer carries it again, and the API files the report only once.
  const key = useRef(newIdempotencyKey());
  const [attachments, setAttachments] = useState<AttachmentState>({ ids: [], pending: false });
  const [waitUploads, setWaitUploads] = useState(false);
  const onAttachments = useCallback((s: AttachmentState) => {
    setAttachments(s);
    if (!s.pending) setWaitUploads(false);
  }, []);

  const form = useForm<ComplaintFormValues, unknown, SubmitComplaintInput>({
    defaultValues: emptyComplaint(),
    resolver: domainResolver(submitComplaintSchema, toSubmission),
  });
  const { errors, isSubmitting } = form.formState;
  const networkError = submit.error instanceof TypeError;

  const onSubmit = submitWith(form, submit, async (input) => {
    if (attachments.pending) {
      setWaitUploads(true);
      return;
    }
    const res = await submit.mutateAsync({
      input: { ...input, attachmentIds: attachments.ids },
      key: key.current,
    });
    onSubmitted({
      trackingCode: res.trackingCode,
      dueAt: res.dueAt,
      hasContact: Boolean(input.reporter.email || input.reporter.phone),
    });
  });

  return (
    <form className="form complaint-form" onSubmit={onSubmit} noValidate>
      <ComplaintFields
        form={form}
        categories={categories.data ?? []}
        services={services.data ?? []}
        extra={
          <AttachmentPicker slug={slug} error={errorAt(errors, 'attachmentIds')} onChange={onAttachments} />
        }
      />
      <Notice tone="info">
        <p>{t('complaints.form.outOfScope')}</p>
      </Notice>
      {waitUploads && (
        <Notice tone="warning" role="alert">
          <p>{t('complaints.form.waitUploads')}</p>
        </Notice>
      )}
      {networkError && (
        <Notice tone="warning" role="alert" title={t('errors.network')}>
          <p>{t('complaints.form.retryHint')}</p>
        </Notice>
      )}
      {!networkError && <FormProblems errors={errors} problem={submit.error} labelOf={(p) => labels[p]} />}
      {isProblem(submit.error) && submit.error.status >= 500 && (
        <p className="muted">{t('complaints.form.retryHint')}</p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary button--wide-mobile" disabled={isSubmitting}>
          {isSubmitting ? t('complaints.form.submitting') : t('complaints.form.submit')}
        </button>
      </div>
    </form>
  );
}

/** The citizens' form: a report without an account, and its tracking code once filed. */
export function ComplaintFormPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [round, setRound] = useState(0);
  return (
    <PublicComplaintsShell slug={slug} title={t('complaints.submitPage.title')}>
      {() =>
        submitted ? (
          <SubmittedView
            slug={slug}
            result={submitted}
            onAnother={() => {
              setSubmitted(null);
              setRound((r) => r + 1);
            }}
          />
        ) : (
          <>
            <header className="page-header">
              <h1>{t('complaints.submitPage.title')}</h1>
              <p className="page-header__intro">{t('complaints.submitPage.intro')}</p>
            </header>
            <ComplaintForm key={round} slug={slug} onSubmitted={setSubmitted} />
          </>
        )
      }
    </PublicComplaintsShell>
  );
}
