import { type StaffComplaintInput, staffComplaintSchema } from '@prima/domain';
import { useEffect, useRef, useState } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newIdempotencyKey, useCategories, useStaffEntry } from '../../api/complaints';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import {
  ComplaintFields,
  type ComplaintFormValues,
  emptyComplaint,
  toSubmission,
  useComplaintLabels,
} from './ComplaintFields';
import { SecretValue } from './ui';

const STAFF_CHANNELS = ['walk-in', 'phone', 'sms', 'email', 'social-media'] as const;
type StaffChannel = (typeof STAFF_CHANNELS)[number];
type StaffValues = ComplaintFormValues & { channel: StaffChannel };

function Recorded({
  id,
  trackingCode,
  onAnother,
}: {
  id: string;
  trackingCode: string;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel submitted" aria-labelledby="recorded-heading">
      <h2 id="recorded-heading" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('complaints.staff.created')}
      </h2>
      <p>{t('complaints.staff.createdIntro')}</p>
      <SecretValue large label={t('complaints.common.trackingCode')} value={trackingCode} />
      <div className="form__actions">
        <Link className="button button--primary" to={`/complaints/${id}`}>
          {t('complaints.staff.open')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('complaints.staff.another')}
        </button>
      </div>
    </section>
  );
}

function StaffForm({ onRecorded }: { onRecorded: (r: { id: string; trackingCode: string }) => void }) {
  const { t } = useTranslation();
  const categories = useCategories();
  const entry = useStaffEntry();
  const labels = useComplaintLabels();
  const key = useRef(newIdempotencyKey());
  const form = useForm<StaffValues, unknown, StaffComplaintInput>({
    defaultValues: { ...emptyComplaint(), channel: 'walk-in' },
    resolver: domainResolver(staffComplaintSchema, (v) => ({ ...toSubmission(v), channel: v.channel })),
  });
  const { errors, isSubmitting } = form.formState;
  const networkError = entry.error instanceof TypeError;
  return (
    <form
      className="form panel"
      noValidate
      onSubmit={submitWith(form, entry, async (input) => {
        const created = await entry.mutateAsync({ input, key: key.current });
        onRecorded({ id: created.id, trackingCode: created.trackingCode });
      })}
    >
      <Field name="channel" label={t('complaints.staff.channel')} required error={errorAt(errors, 'channel')}>
        {(p) => (
          <select {...p} {...form.register('channel')}>
            {STAFF_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`complaints.channel.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ComplaintFields
        // The shared fields; `channel` above is the staff form's own.
        form={form as unknown as UseFormReturn<ComplaintFormValues, unknown, StaffComplaintInput>}
        categories={(categories.data ?? []).map((c) => ({ id: c.id, name: c.name, group: null }))}
        services={[]}
        staff
      />
      {networkError ? (
        <Notice tone="warning" role="alert" title={t('errors.network')}>
          <p>{t('complaints.form.retryHint')}</p>
        </Notice>
      ) : (
        <FormProblems errors={errors} problem={entry.error} labelOf={(p) => labels[p]} />
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('complaints.staff.submit')}
        </button>
      </div>
    </form>
  );
}

/** Staff entry of a report received in person, by phone, SMS, email or social media. */
export function StaffEntryPage() {
  const { t } = useTranslation();
  const [recorded, setRecorded] = useState<{ id: string; trackingCode: string } | null>(null);
  const [round, setRound] = useState(0);
  return (
    <>
      <PageHeader
        title={t('complaints.staff.title')}
        intro={t('complaints.staff.intro')}
        back={<Link to="/complaints">← {t('complaints.detail.back')}</Link>}
      />
      {recorded ? (
        <Recorded
          id={recorded.id}
          trackingCode={recorded.trackingCode}
          onAnother={() => {
            setRecorded(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <StaffForm key={round} onRecorded={setRecorded} />
      )}
    </>
  );
}
