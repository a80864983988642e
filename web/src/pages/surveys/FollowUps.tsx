import { isoDateSchema, type Locale, SURVEY_TEMPLATES, type SurveyTemplateId } from '@prima/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useMe } from '../../api/me';
import {
  FOLLOW_UP_STATUSES,
  type FollowUpPlan,
  type FollowUpScope,
  type FollowUpStatus,
  surveyKeys,
  useCreateFollowUp,
  useDeleteFollowUp,
  useFollowUps,
  useOwnerChoices,
  useUpdateFollowUp,
} from '../../api/surveys';
import { useCan, useCanAny } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../format';
import { errorAt } from '../../forms/problems';
import { domainResolver, orEmpty, textOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';
import { periodKeyLabel, todayIso } from './ui';

/** The elements a plan can improve: the unsur of an IKM template, SERVQUAL dimensions, or trust drivers. */
export function elementsOf(templateId: SurveyTemplateId, locale: Locale): { code: string; name: string }[] {
  const t = SURVEY_TEMPLATES[templateId];
  if (t.kind === 'ikm') return t.unsur.map((u) => ({ code: u.code, name: `${u.code} ${u.name[locale]}` }));
  if (t.kind === 'servqual') return t.dimensions.map((d) => ({ code: d.key, name: d.name[locale] }));
  return t.drivers.map((d) => ({ code: d.key, name: d.name[locale] }));
}

/**
 * A plan as the API takes it (functions/api/src/surveys/schemas.ts: createFollowUpSchema), restated here because the
 * web imports only types from the API package; the API checks it again (and the owner and the unit).
 */
const planSchema = z.object({
  unsurCode: z.string().min(1),
  action: z.string().trim().min(5).max(1000),
  ownerId: z.string().min(1, 'followup.ownerNotFound'),
  deadline: isoDateSchema,
  status: z.enum(FOLLOW_UP_STATUSES),
  note: z.string().trim().max(2000).nullable(),
});
type PlanOutput = z.output<typeof planSchema>;

interface PlanValues {
  unsurCode: string;
  action: string;
  ownerId: string;
  deadline: string;
  status: FollowUpStatus;
  note: string;
}

const toInput = (v: PlanValues) => ({ ...v, note: textOrNull(v.note) });

/** Who may own a plan: the tenant's active users for those who may see them, otherwise the signed-in official. */
function useOwners(current?: { id: string; name: string }) {
  const canAny = useCanAny();
  const { data: me } = useMe();
  const canList = canAny('users.read');
  const users = useOwnerChoices(canList);
  const list = canList ? (users.data ?? []).map((u) => ({ id: u.id, name: u.name })) : [];
  if (!canList && me) list.push({ id: me.userId, name: me.name });
  if (current && !list.some((u) => u.id === current.id)) list.push(current);
  return { owners: list, pending: canList && users.isPending };
}

export interface PlanTarget {
  campaignId: string | null;
  unitId: string;
  templateId: SurveyTemplateId;
  period: string | null;
}

function PlanForm({
  plan,
  target,
  unsurCode,
  onDone,
  onCancel,
  onReload,
}: {
  plan?: FollowUpPlan;
  target?: PlanTarget;
  unsurCode?: string;
  onDone: () => void;
  onCancel: () => void;
  /** After a version conflict: fetch the plans again and drop this form's changes. */
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: me } = useMe();
  const create = useCreateFollowUp();
  const update = useUpdateFollowUp(plan?.id ?? '');
  const mutation = plan ? update : create;
  const { owners, pending } = useOwners(plan ? { id: plan.ownerId, name: plan.ownerName } : undefined);
  const templateId = plan?.templateId ?? target?.templateId ?? 'skm-2017';
  const elements = elementsOf(templateId, locale);
  const form = useForm<PlanValues, unknown, PlanOutput>({
    defaultValues: {
      unsurCode: plan?.unsurCode ?? unsurCode ?? elements[0]?.code ?? '',
      action: orEmpty(plan?.action),
      ownerId: plan?.ownerId ?? me?.userId ?? '',
      deadline: plan?.deadline ?? '',
      status: plan?.status ?? 'planned',
      note: orEmpty(plan?.note),
    },
    resolver: domainResolver(planSchema, toInput),
  });
  const { errors, isSubmitting } = form.formState;
  const first = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => first.current?.focus(), []);
  const labels: Record<string, string> = {
    unsurCode: t('surveys.followUps.element'),
    action: t('surveys.followUps.action'),
    ownerId: t('surveys.followUps.owner'),
    deadline: t('surveys.followUps.deadline'),
    status: t('common.status'),
    note: t('surveys.followUps.note'),
  };
  const err = (n: keyof PlanValues) => errorAt(errors, n);
  const { ref: actionRef, ...actionReg } = form.register('action');

  const onSubmit = submitWith(form, mutation, async (v) => {
    if (plan) {
      // The element a plan answers is fixed once recorded; the API takes the rest.
      const { unsurCode: _fixed, ...changes } = v;
      await update.mutateAsync({ ...changes, version: plan.version });
    } else if (target) {
      await create.mutateAsync({
        ...v,
        ...(target.campaignId
          ? { campaignId: target.campaignId }
          : { unitId: target.unitId, templateId: target.templateId }),
        ...(target.period ? { period: target.period } : {}),
      });
    }
    onDone();
  });

  return (
    <form
      className="form plan-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={plan ? t('surveys.followUps.editTitle') : t('surveys.followUps.createTitle')}
    >
      <div className="form__grid">
        <Field
          name="unsurCode"
          label={labels.unsurCode}
          required
          error={err('unsurCode')}
          className="form__wide"
        >
          {(p) => (
            <select {...p} disabled={Boolean(plan)} {...form.register('unsurCode')}>
              {elements.map((e) => (
                <option key={e.code} value={e.code}>
                  {e.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="action"
          label={labels.action}
          required
          error={err('action')}
          className="form__wide"
          hint={t('surveys.followUps.actionHint')}
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              {...actionReg}
              ref={(el) => {
                actionRef(el);
                first.current = el;
              }}
            />
          )}
        </Field>
        <Field name="ownerId" label={labels.ownerId} required error={err('ownerId')}>
          {(p) => (
            <select {...p} disabled={pending} {...form.register('ownerId')}>
              <option value="">{t('surveys.followUps.chooseOwner')}</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="deadline" label={labels.deadline} required error={err('deadline')}>
          {(p) => (
            <input {...p} type="date" min={plan ? undefined : todayIso()} {...form.register('deadline')} />
          )}
        </Field>
        <Field name="status" label={labels.status} required error={err('status')}>
          {(p) => (
            <select {...p} {...form.register('status')}>
              {FOLLOW_UP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`surveys.followUps.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="note" label={labels.note} error={err('note')} className="form__wide">
          {(p) => <textarea {...p} rows={2} {...form.register('note')} />}
        </Field>
      </div>
      <FormProblems
        errors={errors}
        problem={mutation.error}
        labelOf={(p) => labels[p]}
        onReload={onReload ?? onCancel}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : plan ? t('common.save') : t('surveys.followUps.create')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

const STATUS_TONE: Record<FollowUpStatus, 'neutral' | 'info' | 'success'> = {
  planned: 'neutral',
  'in-progress': 'info',
  done: 'success',
};

function PlanCard({ plan, showCampaign }: { plan: FollowUpPlan; showCampaign: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteFollowUp(plan.id);
  const qc = useQueryClient();
  const reload = () => {
    remove.reset();
    setEditing(false);
    void qc.invalidateQueries({ queryKey: surveyKeys.followUpsAll });
  };
  const canWrite = can('followup.write', plan.unitId);
  return (
    <li className={`plan${plan.overdue ? ' plan--overdue' : ''}`}>
      {editing ? (
        <PlanForm
          key={plan.version}
          plan={plan}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
          onReload={reload}
        />
      ) : (
        <>
          <div className="plan__head">
            <p className="plan__element">
              {plan.unsurCode !== plan.unsurName[locale] && (
                <span className="unsur-code">{plan.unsurCode}</span>
              )}{' '}
              {plan.unsurName[locale]}
            </p>
            <Badge tone={STATUS_TONE[plan.status]}>{t(`surveys.followUps.statuses.${plan.status}`)}</Badge>
            {plan.overdue && (
              <Badge tone="danger">
                <span aria-hidden="true">⚠ </span>
                {t('surveys.followUps.overdue')}
              </Badge>
            )}
          </div>
          <p className="plan__action">{plan.action}</p>
          {plan.note && <p className="plan__note">{plan.note}</p>}
          <dl className="plan__facts">
            <div>
              <dt>{t('surveys.followUps.owner')}</dt>
              <dd>{plan.ownerName}</dd>
            </div>
            <div>
              <dt>{t('surveys.followUps.deadline')}</dt>
              <dd>{formatDate(plan.deadline, locale)}</dd>
            </div>
            {plan.period && (
              <div>
                <dt>{t('surveys.fields.period')}</dt>
                <dd>{periodKeyLabel(plan.period, locale)}</dd>
              </div>
            )}
            {showCampaign && plan.campaignId && (
              <div>
                <dt>{t('surveys.followUps.campaign')}</dt>
                <dd>
                  <Link to={`/surveys/${plan.campaignId}`}>{t('surveys.followUps.openCampaign')}</Link>
                </dd>
              </div>
            )}
          </dl>
          {remove.isError && <ProblemAlert error={remove.error} onRetry={reload} />}
          {canWrite && (
            <div className="plan__actions">
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('common.edit')}
                <span className="visually-hidden">: {plan.action}</span>
              </button>
              <ConfirmButton
                tone="danger"
                subject={plan.action}
                onConfirm={() => remove.mutate(plan.version)}
              >
                {t('common.remove')}
              </ConfirmButton>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/**
 * The follow-up plans (rencana tindak lanjut) of a campaign or a unit; a new one for `target` when the official may
 * write there, starting from `preset` (the unsur picked in the results) when one is given.
 */
export function FollowUpList({
  scope,
  target,
  preset,
  onPresetUsed,
  showCampaign = false,
}: {
  scope: FollowUpScope;
  target?: PlanTarget;
  preset?: string | null;
  onPresetUsed?: () => void;
  showCampaign?: boolean;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const pages = useFollowUps(scope);
  const [creating, setCreating] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const canCreate = target ? can('followup.write', target.unitId) : false;
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (preset) {
      setCreating(preset);
      setSaved(false);
      onPresetUsed?.();
      formRef.current?.scrollIntoView({ block: 'start' });
    }
  }, [preset, onPresetUsed]);

  const plans = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {saved && (
        <Notice tone="success" role="status">
          <p>{t('surveys.followUps.saved')}</p>
        </Notice>
      )}
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : plans.length === 0 ? (
        <p className="muted">{t('surveys.followUps.empty')}</p>
      ) : (
        <ul className="plans">
          {plans.map((p) => (
            <PlanCard key={`${p.id}-${p.version}`} plan={p} showCampaign={showCampaign} />
          ))}
        </ul>
      )}
      <LoadMore
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => pages.fetchNextPage()}
      />
      <div ref={formRef}>
        {target && canCreate && creating !== null ? (
          <div className="plan plan--new">
            <h3>{t('surveys.followUps.createTitle')}</h3>
            <PlanForm
              key={creating}
              target={target}
              unsurCode={creating || undefined}
              onDone={() => {
                setCreating(null);
                setSaved(true);
              }}
              onCancel={() => setCreating(null)}
            />
          </div>
        ) : (
          target &&
          canCreate && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setCreating('');
              }}
            >
              {t('surveys.followUps.add')}
            </button>
          )
        )}
      </div>
    </>
  );
}
