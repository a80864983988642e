import { ARCHIVE_REASONS, type ComplaintActionInput, complaintActionSchema, RULES } from '@prima/domain';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  type ComplaintView,
  type OfficialAction,
  useCannedReplies,
  useCategories,
  useComplaintAction,
} from '../../api/complaints';
import { useSlaPolicy } from '../../api/settings';
import { useAllUnits } from '../../api/units';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { errorAt } from '../../forms/problems';
import { domainResolver, numberOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';

interface ActionValues {
  action: OfficialAction;
  note: string;
  unitId: string;
  tier: string;
  extraWorkingDays: string;
  archiveReason: string;
  duplicateOf: string;
}

/** The rules the API applies too, checked here first so the official sees them next to the field. */
const actionSchema = complaintActionSchema.superRefine((v, ctx) => {
  const rule = RULES[v.action];
  if (rule.note === 'required' && !v.note?.trim())
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'transition.noteRequired' });
  if (v.action === 'reroute' && !v.unitId)
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'transition.unitRequired' });
  if (v.action === 'extend' && !v.extraWorkingDays)
    ctx.addIssue({ code: 'custom', path: ['extraWorkingDays'], message: 'transition.daysRequired' });
  if (v.action === 'archive' && !v.archiveReason)
    ctx.addIssue({ code: 'custom', path: ['archiveReason'], message: 'transition.reasonRequired' });
  if (v.action === 'archive' && v.archiveReason === 'duplikat' && !v.duplicateOf)
    ctx.addIssue({ code: 'custom', path: ['duplicateOf'], message: 'transition.reasonRequired' });
});

/** A pasted complaint page address (…/complaints/ID) or the id itself. */
const idFrom = (s: string) => {
  const text = s.trim();
  const m = /\/complaints\/([0-9A-Za-z]+)\/?(?:[?#].*)?$/.exec(text);
  return (m ? m[1] : text) ?? '';
};

const toInput = (version: number) => (v: ActionValues) => {
  const days = numberOrNull(v.extraWorkingDays);
  const needsUnit = v.action === 'dispatch' || v.action === 'reroute';
  return {
    action: v.action,
    ...(v.note.trim() ? { note: v.note } : {}),
    ...(needsUnit && v.unitId ? { unitId: v.unitId } : {}),
    ...(needsUnit && v.tier ? { tier: v.tier } : {}),
    ...(v.action === 'extend' && days !== null ? { extraWorkingDays: days as number } : {}),
    ...(v.action === 'archive' && v.archiveReason ? { archiveReason: v.archiveReason } : {}),
    ...(v.action === 'archive' && v.archiveReason === 'duplikat' && v.duplicateOf.trim()
      ? { duplicateOf: idFrom(v.duplicateOf) }
      : {}),
    version,
  } as z.input<typeof actionSchema>;
};

/** Canned replies to insert into a public text; the text in the UI language when it has one. */
function CannedPicker({ onInsert }: { onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const canned = useCannedReplies();
  const [chosen, setChosen] = useState('');
  const items = canned.data ?? [];
  if (items.length === 0) return null;
  return (
    <div className="canned-picker">
      <label htmlFor={id}>{t('complaints.panel.canned')}</label>
      <div className="canned-picker__row">
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('complaints.panel.cannedChoose')}</option>
          {items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={!chosen}
          onClick={() => {
            const reply = items.find((c) => c.id === chosen);
            if (reply) onInsert(locale === 'en' && reply.text.en ? reply.text.en : reply.text.id);
          }}
        >
          {t('complaints.panel.cannedInsert')}
        </button>
      </div>
    </div>
  );
}

interface ActionPanelProps {
  view: ComplaintView;
  onReload: () => void;
  /** After a saved action (the page remounts the panel with the new version). */
  onDone: (action: OfficialAction) => void;
}

/** The actions the API says this official may take now, each with the fields its rule needs. */
export function ActionPanel({ view, onReload, onDone }: ActionPanelProps) {
  const { t } = useTranslation();
  const actions = view.availableActions;
  const complaint = view.complaint;
  const act = useComplaintAction(complaint.id);
  const needsUnits = actions.some((a) => a === 'dispatch' || a === 'reroute');
  const units = useAllUnits();
  const sla = useSlaPolicy();
  const categories = useCategories(true);

  const form = useForm<ActionValues, unknown, ComplaintActionInput>({
    defaultValues: {
      action: actions[0] ?? 'note',
      note: '',
      unitId: '',
      tier: '',
      extraWorkingDays: '',
      archiveReason: '',
      duplicateOf: '',
    },
    resolver: domainResolver(actionSchema, toInput(complaint.version)),
  });
  const [action, archiveReason] = useWatch({ control: form.control, name: ['action', 'archiveReason'] });
  const { errors, isSubmitting } = form.formState;

  if (actions.length === 0) {
    return (
      <section className="panel action-panel" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('complaints.panel.heading')}</h2>
        <p className="muted">{t('complaints.panel.none')}</p>
      </section>
    );
  }

  const rule = RULES[action] ?? RULES.note;
  const isPublic = rule.visibility === 'public';
  const categoryUnit = categories.data?.find((c) => c.id === complaint.categoryId)?.unitId ?? null;
  const categoryUnitName = categoryUnit ? units.data?.find((u) => u.id === categoryUnit)?.name : undefined;
  const unitChoices = (units.data ?? []).filter(
    (u) => !u.archived && !(action === 'reroute' && u.id === complaint.unitId),
  );
  const labels: Record<string, string> = {
    action: t('complaints.panel.choose'),
    note: isPublic ? t('complaints.panel.notePublic') : t('complaints.panel.noteInternal'),
    unitId: t('complaints.panel.unit'),
    tier: t('complaints.panel.tier'),
    extraWorkingDays: t('complaints.panel.extraDays'),
    archiveReason: t('complaints.panel.archiveReason'),
    duplicateOf: t('complaints.panel.duplicateOf'),
    version: t('complaints.panel.heading'),
  };
  const err = (name: keyof ActionValues) => errorAt(errors, name);
  const hint = t(`complaints.actionHint.${action}` as 'complaints.actionHint.verify');

  return (
    <section className="panel action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('complaints.panel.heading')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={submitWith(form, act, async (input) => {
          await act.mutateAsync(input);
          onDone(input.action);
        })}
      >
        <fieldset className="action-choices" id="f-action" tabIndex={-1}>
          <legend className="form__legend">{t('complaints.panel.choose')}</legend>
          <div className="action-choices__list">
            {actions.map((a) => (
              <label key={a} className={`action-choice${a === action ? ' action-choice--on' : ''}`}>
                <input type="radio" value={a} {...form.register('action')} />
                <span>{t(`complaints.action.${a}`)}</span>
              </label>
            ))}
          </div>
          <p className="field__hint action-choices__hint" aria-live="polite">
            {hint}
          </p>
        </fieldset>

        {(action === 'dispatch' || action === 'reroute') && needsUnits && (
          <>
            <Field
              name="unitId"
              label={labels.unitId}
              required={action === 'reroute' || !categoryUnit}
              hint={
                action === 'dispatch'
                  ? categoryUnit
                    ? t('complaints.panel.unitHint', { name: categoryUnitName ?? '' })
                    : t('complaints.panel.unitHintNone')
                  : undefined
              }
              error={err('unitId')}
            >
              {(p) => (
                <select {...p} {...form.register('unitId')}>
                  <option value="">{t('complaints.panel.chooseUnit')}</option>
                  {unitChoices.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="tier" label={labels.tier} error={err('tier')}>
              {(p) => (
                <select {...p} {...form.register('tier')}>
                  <option value="">
                    {t('complaints.panel.tierDefault', { days: sla.data?.followUpWorkingDays ?? 5 })}
                  </option>
                  {(sla.data?.tiers ?? []).map((tier) => (
                    <option key={tier.key} value={tier.key}>
                      {t('complaints.panel.tierOption', { label: tier.label, days: tier.workingDays })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}

        {action === 'extend' && (
          <Field
            name="extraWorkingDays"
            label={labels.extraWorkingDays}
            required
            error={err('extraWorkingDays')}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={60}
                inputMode="numeric"
                {...form.register('extraWorkingDays')}
              />
            )}
          </Field>
        )}

        {action === 'archive' && (
          <>
            <Field name="archiveReason" label={labels.archiveReason} required error={err('archiveReason')}>
              {(p) => (
                <select {...p} {...form.register('archiveReason')}>
                  <option value="">{t('complaints.panel.chooseReason')}</option>
                  {ARCHIVE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`complaints.archiveReason.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {archiveReason === 'duplikat' && (
              <Field
                name="duplicateOf"
                label={labels.duplicateOf}
                hint={t('complaints.panel.duplicateOfHint')}
                required
                error={err('duplicateOf')}
              >
                {(p) => <input {...p} type="text" spellCheck={false} {...form.register('duplicateOf')} />}
              </Field>
            )}
          </>
        )}

        {isPublic && (
          <CannedPicker
            onInsert={(text) => {
              const current = form.getValues('note');
              form.setValue('note', current.trim() ? `${current.trimEnd()}\n\n${text}` : text, {
                shouldDirty: true,
              });
              document.getElementById('f-note')?.focus();
            }}
          />
        )}

        <Field
          name="note"
          label={
            <>
              {labels.note}{' '}
              <span className={`visibility visibility--${rule.visibility}`}>
                {t(`complaints.visibility.${rule.visibility}`)}
              </span>
            </>
          }
          hint={isPublic ? t('complaints.panel.notePublicHint') : t('complaints.panel.noteInternalHint')}
          required={rule.note === 'required'}
          error={err('note')}
          className={isPublic ? 'note-field note-field--public' : 'note-field note-field--internal'}
        >
          {(p) => <textarea {...p} rows={5} maxLength={4000} {...form.register('note')} />}
        </Field>

        <FormProblems errors={errors} problem={act.error} labelOf={(p) => labels[p]} onReload={onReload} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting
              ? t('complaints.panel.sending')
              : t('complaints.panel.submit', { action: t(`complaints.action.${action}`) })}
          </button>
        </div>
      </form>
    </section>
  );
}
