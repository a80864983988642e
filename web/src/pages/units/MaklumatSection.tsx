import { type Maklumat, type PutMaklumatInput, putMaklumatSchema } from '@prima/domain';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMaklumat, usePutMaklumat } from '../../api/units';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../format';
import { errorAt } from '../../forms/problems';
import { domainResolver } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';

interface MaklumatValues {
  text: string;
  signedBy: string;
  signedOn: string;
}

interface MaklumatFormProps {
  unitId: string;
  maklumat: Maklumat | null;
  defaultSigner: string;
  onSaved: () => void;
  onReload: () => void;
}

function MaklumatForm({ unitId, maklumat, defaultSigner, onSaved, onReload }: MaklumatFormProps) {
  const { t } = useTranslation();
  const put = usePutMaklumat(unitId);
  const version = maklumat?.version;
  const form = useForm<MaklumatValues, unknown, PutMaklumatInput>({
    defaultValues: {
      text: maklumat?.text ?? '',
      signedBy: maklumat?.signedBy ?? defaultSigner,
      signedOn: maklumat?.signedOn ?? new Date().toISOString().slice(0, 10),
    },
    // A new maklumat is sent without a version; a replacement with the version read.
    resolver: domainResolver(putMaklumatSchema, (v) => ({ ...v, ...(version ? { version } : {}) })),
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    text: t('maklumat.text'),
    signedBy: t('maklumat.signedBy'),
    signedOn: t('maklumat.signedOn'),
  };
  const onSubmit = submitWith(form, put, async (input) => {
    await put.mutateAsync(input);
    onSaved();
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <Field name="text" label={labels.text} required error={errorAt(errors, 'text')}>
        {(p) => <textarea {...p} rows={6} {...form.register('text')} />}
      </Field>
      <div className="form__grid">
        <Field name="signedBy" label={labels.signedBy} required error={errorAt(errors, 'signedBy')}>
          {(p) => <input {...p} type="text" {...form.register('signedBy')} />}
        </Field>
        <Field name="signedOn" label={labels.signedOn} required error={errorAt(errors, 'signedOn')}>
          {(p) => <input {...p} type="date" {...form.register('signedOn')} />}
        </Field>
      </div>
      <FormProblems errors={errors} problem={put.error} labelOf={(p) => labels[p]} onReload={onReload} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : maklumat ? t('common.save') : t('maklumat.create')}
        </button>
      </div>
    </form>
  );
}

/** The unit's Maklumat Pelayanan: shown, and published or replaced by those allowed to. */
export function MaklumatSection({
  unitId,
  canWrite,
  headName,
}: {
  unitId: string;
  canWrite: boolean;
  headName: string | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useMaklumat(unitId);
  const [saved, setSaved] = useState(false);

  let body: ReactNode;
  if (query.isPending) body = <Loading />;
  else if (query.isError) body = <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  else {
    const m = query.data;
    body = (
      <>
        {!m && <p className="muted">{t('maklumat.none')}</p>}
        {m && (
          <p className="muted">{t('maklumat.lastChanged', { date: formatDateTime(m.updatedAt, locale) })}</p>
        )}
        {saved && (
          <Notice tone="success" role="status">
            <p>{t('maklumat.saved')}</p>
          </Notice>
        )}
        {canWrite ? (
          <MaklumatForm
            key={m?.version ?? 0}
            unitId={unitId}
            maklumat={m}
            defaultSigner={headName ?? ''}
            onSaved={() => setSaved(true)}
            onReload={() => {
              setSaved(false);
              void query.refetch();
            }}
          />
        ) : (
          m && (
            <figure className="maklumat">
              <blockquote>{m.text}</blockquote>
              <figcaption>
                {m.signedBy}, {formatDate(m.signedOn, locale)}
              </figcaption>
            </figure>
          )
        )}
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="maklumat-heading">
      <h2 id="maklumat-heading">{t('maklumat.heading')}</h2>
      <p className="panel__intro">{t('maklumat.intro')}</p>
      {body}
    </section>
  );
}
