import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  type CannedInput,
  type CannedReply,
  useCannedReplies,
  useCreateCannedReply,
  useDeleteCannedReply,
  useUpdateCannedReply,
} from '../../api/complaints';
import { useCan } from '../../auth/permissions';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { errorAt } from '../../forms/problems';
import { domainResolver, textOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import './complaints.css';

/** The API's rules for a canned reply (routes/categories.ts). */
const text = z.string().trim().min(1).max(4000);
const cannedSchema = z.object({
  title: z.string().trim().min(3).max(120),
  text: z.object({ id: text, en: text.nullable() }),
});

interface CannedValues {
  title: string;
  text: { id: string; en: string };
}

function CannedForm({
  reply,
  submitLabel,
  problem,
  onReset,
  onReload,
  onCancel,
  onSubmit,
}: {
  reply?: CannedReply;
  submitLabel: string;
  problem: unknown;
  onReset: () => void;
  onReload?: () => void;
  onCancel?: () => void;
  onSubmit: (input: CannedInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<CannedValues, unknown, z.output<typeof cannedSchema>>({
    defaultValues: {
      title: reply?.title ?? '',
      text: { id: reply?.text.id ?? '', en: reply?.text.en ?? '' },
    },
    resolver: domainResolver(cannedSchema, (v) => ({
      title: v.title,
      text: { id: v.text.id, en: textOrNull(v.text.en) },
    })),
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<string, string> = {
    title: t('complaints.canned.titleField'),
    'text.id': t('complaints.canned.textId'),
    'text.en': t('complaints.canned.textEn'),
  };
  return (
    <form className="form" noValidate onSubmit={submitWith(form, { reset: onReset }, onSubmit)}>
      <Field name="title" label={labels.title} required error={errorAt(errors, 'title')}>
        {(p) => <input {...p} type="text" maxLength={120} {...form.register('title')} />}
      </Field>
      <div className="form__grid">
        <Field name="text.id" label={labels['text.id']} required error={errorAt(errors, 'text.id')}>
          {(p) => <textarea {...p} lang="id" rows={4} maxLength={4000} {...form.register('text.id')} />}
        </Field>
        <Field name="text.en" label={labels['text.en']} error={errorAt(errors, 'text.en')}>
          {(p) => <textarea {...p} lang="en" rows={4} maxLength={4000} {...form.register('text.en')} />}
        </Field>
      </div>
      <FormProblems errors={errors} problem={problem} labelOf={(p) => labels[p]} onReload={onReload} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function EditReply({ reply, onClose }: { reply: CannedReply; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateCannedReply();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="canned-edit">
      <h2 id="canned-edit" ref={heading} tabIndex={-1}>
        {t('complaints.canned.editing')}: {reply.title}
      </h2>
      <CannedForm
        key={reply.version}
        reply={reply}
        submitLabel={t('common.save')}
        problem={update.error}
        onReset={update.reset}
        onReload={() => onClose(false)}
        onCancel={() => onClose(false)}
        onSubmit={async (input) => {
          await update.mutateAsync({ id: reply.id, input: { ...input, version: reply.version } });
          onClose(true);
        }}
      />
    </section>
  );
}

/** Canned replies: texts officials insert when they answer a report. */
export function CannedRepliesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('categories.write');
  const query = useCannedReplies();
  const create = useCreateCannedReply();
  const remove = useDeleteCannedReply();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const items = query.data ?? [];
  const editingReply = editing ? items.find((r) => r.id === editing) : undefined;

  return (
    <>
      <PageHeader title={t('complaints.canned.title')} intro={t('complaints.canned.intro')} />
      {notice && (
        <Notice tone="success" role="status">
          <p>{notice}</p>
        </Notice>
      )}
      {remove.isError && <ProblemAlert error={remove.error} />}
      {canWrite && editingReply && (
        <EditReply
          key={editingReply.id}
          reply={editingReply}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setNotice(t('complaints.canned.created'));
            void query.refetch();
          }}
        />
      )}
      {canWrite && !editingReply && (
        <section className="panel" aria-labelledby="canned-new">
          <h2 id="canned-new">{t('complaints.canned.add')}</h2>
          <CannedForm
            key={round}
            submitLabel={t('complaints.canned.add')}
            problem={create.error}
            onReset={create.reset}
            onSubmit={async (input) => {
              setNotice(null);
              await create.mutateAsync(input);
              setNotice(t('complaints.canned.created'));
              setRound((r) => r + 1);
            }}
          />
        </section>
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('complaints.canned.empty')}</p>
      ) : (
        <ul className="canned-list">
          {items.map((r) => (
            <li key={r.id} className="panel canned-item">
              <h3>{r.title}</h3>
              <p className="canned-item__text" lang="id">
                {r.text.id}
              </p>
              {r.text.en && (
                <p className="canned-item__text muted" lang="en">
                  {r.text.en}
                </p>
              )}
              {canWrite && (
                <div className="form__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setNotice(null);
                      setEditing(r.id);
                    }}
                  >
                    {t('common.edit')}
                    <span className="visually-hidden">: {r.title}</span>
                  </button>
                  <ConfirmButton
                    tone="danger"
                    subject={r.title}
                    disabled={remove.isPending}
                    onConfirm={() =>
                      remove.mutate(r.id, { onSuccess: () => setNotice(t('complaints.canned.deleted')) })
                    }
                  >
                    {t('common.remove')}
                  </ConfirmButton>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
