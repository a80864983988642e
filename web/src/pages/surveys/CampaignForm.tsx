import {
  ALL_SURVEY_TEMPLATE_IDS,
  IKM_TEMPLATES,
  isIkmTemplateId,
  isoDateSchema,
  krejcieMorgan,
  requiredSample,
  SURVEY_TEMPLATES,
  type SurveyTemplateId,
} from '@prima/domain';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Campaign, CreateCampaignBody } from '../../api/surveys';
import { useAllServices } from '../../api/surveys';
import { useAllUnits } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { ChoiceGroup, Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { Notice } from '../../components/Notice';
import { errorAt } from '../../forms/problems';
import { domainResolver, numberOrText, orEmpty, textOrNull } from '../../forms/resolver';
import { submitWith } from '../../forms/submit';
import { useLocale } from '../../i18n';
import { formatCount } from './ui';

const PERIOD_KINDS = ['triwulan', 'semester', 'tahun', 'custom'] as const;
type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * The campaign the API accepts (functions/api/src/surveys/schemas.ts: createCampaignSchema). That schema lives in the
 * API package, which the web imports types from only, so its rules are restated here; the API checks them again.
 */
const year = z.number().int().min(2000).max(2100);
export const campaignFormSchema = z.object({
  title: z.string().trim().min(3).max(160),
  description: z.string().trim().max(2000).nullable(),
  unitId: z.string().min(1, 'survey.unitRequired'),
  serviceId: z.string().min(1).nullable(),
  templateId: z.enum(ALL_SURVEY_TEMPLATE_IDS),
  period: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('triwulan'), year, number: z.number().int().min(1).max(4) }),
    z.strictObject({ kind: z.literal('semester'), year, number: z.number().int().min(1).max(2) }),
    z.strictObject({ kind: z.literal('tahun'), year }),
    z
      .strictObject({ kind: z.literal('custom'), start: isoDateSchema, end: isoDateSchema })
      .refine((p) => p.end >= p.start, { message: 'survey.periodOrder', path: ['end'] }),
  ]),
  population: z.number().int().min(1).max(100_000_000),
});
export type CampaignFormOutput = z.output<typeof campaignFormSchema>;

interface CampaignFormValues {
  title: string;
  description: string;
  unitId: string;
  serviceId: string;
  templateId: SurveyTemplateId;
  period: { kind: PeriodKind; year: string; number: string; start: string; end: string };
  population: string;
}

/** Form text as the API's shape; digits become numbers, anything else stays text for the schema to name. */
function toInput(v: CampaignFormValues): z.input<typeof campaignFormSchema> {
  const p = v.period;
  const period =
    p.kind === 'custom'
      ? { kind: p.kind, start: p.start, end: p.end }
      : p.kind === 'tahun'
        ? { kind: p.kind, year: numberOrText(p.year) }
        : { kind: p.kind, year: numberOrText(p.year), number: numberOrText(p.number) };
  return {
    title: v.title,
    description: textOrNull(v.description),
    unitId: v.unitId,
    serviceId: textOrNull(v.serviceId),
    templateId: v.templateId,
    period,
    population: numberOrText(v.population),
  } as z.input<typeof campaignFormSchema>;
}

function defaults(campaign: Campaign | undefined, templateId: SurveyTemplateId, unitId: string) {
  const now = new Date();
  const thisYear = now.getFullYear();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  const p = campaign?.period;
  const key = p?.key ?? '';
  const m = /^(\d{4})(?:-([QS])(\d))?$/.exec(key);
  return {
    title: orEmpty(campaign?.title),
    description: orEmpty(campaign?.description),
    unitId: campaign?.unitId ?? unitId,
    serviceId: orEmpty(campaign?.serviceId),
    templateId: campaign?.templateId ?? templateId,
    period: {
      kind: (p?.kind ?? 'triwulan') as PeriodKind,
      year: m ? (m[1] ?? '') : String(thisYear),
      number: m?.[3] ?? (p?.kind === 'semester' ? '1' : String(quarter)),
      start: p?.start ?? '',
      end: p?.end ?? '',
    },
    population: orEmpty(campaign?.population),
  };
}

/** The required sample for a population on a template, and how the rule reads; null while N is not a number. */
export function sampleFor(templateId: SurveyTemplateId, population: number) {
  if (!Number.isSafeInteger(population) || population < 1) return null;
  const template = SURVEY_TEMPLATES[templateId];
  if (isIkmTemplateId(templateId) && IKM_TEMPLATES[templateId].sampleRule !== 'krejcie-morgan') {
    return { required: requiredSample(IKM_TEMPLATES[templateId], population), rule: 'minimum' as const };
  }
  return {
    required: template.kind === 'ikm' ? requiredSample(template, population) : krejcieMorgan(population),
    rule: 'krejcie' as const,
  };
}

interface CampaignFormProps {
  campaign?: Campaign;
  defaultTemplate: SurveyTemplateId;
  submitLabel: string;
  problem: unknown;
  onReset: () => void;
  onReload?: () => void;
  onSubmit: (input: CreateCampaignBody, draftOnlyChanged: boolean) => Promise<unknown>;
}

/** A survey campaign's fields: what is surveyed, on which template, over which period, for how many users. */
export function CampaignForm({
  campaign,
  defaultTemplate,
  submitLabel,
  problem,
  onReset,
  onReload,
  onSubmit,
}: CampaignFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const units = useAllUnits();
  const services = useAllServices();
  const isDraft = !campaign || campaign.status === 'draft';
  const unitChoices = (units.data ?? []).filter(
    (u) => u.id === campaign?.unitId || (!u.archived && can('surveys.manage', u.id)),
  );
  const form = useForm<CampaignFormValues, unknown, CampaignFormOutput>({
    defaultValues: defaults(
      campaign,
      defaultTemplate,
      unitChoices.length === 1 ? (unitChoices[0]?.id ?? '') : '',
    ),
    resolver: domainResolver(campaignFormSchema, toInput),
  });
  const { errors, isSubmitting } = form.formState;
  const [unitId, kind, templateId, population] = useWatch({
    control: form.control,
    name: ['unitId', 'period.kind', 'templateId', 'population'],
  });
  const serviceChoices = (services.data ?? []).filter(
    (s) => s.unitId === unitId && (!s.archived || s.id === campaign?.serviceId),
  );
  const sample = sampleFor(templateId, Number(population));
  const labels: Record<string, string> = {
    title: t('surveys.fields.title'),
    description: t('surveys.fields.description'),
    unitId: t('surveys.fields.unit'),
    serviceId: t('surveys.fields.service'),
    templateId: t('surveys.fields.template'),
    period: t('surveys.fields.period'),
    'period.kind': t('surveys.fields.periodKind'),
    'period.year': t('surveys.fields.year'),
    'period.number': kind === 'semester' ? t('surveys.fields.semester') : t('surveys.fields.triwulan'),
    'period.start': t('surveys.fields.start'),
    'period.end': t('surveys.fields.end'),
    population: t('surveys.fields.population'),
  };
  const err = (name: string) => errorAt(errors, name);

  const submit = submitWith(form, { reset: onReset }, async (input) => {
    const changed =
      !!campaign &&
      (input.unitId !== campaign.unitId ||
        input.serviceId !== campaign.serviceId ||
        input.templateId !== campaign.templateId);
    await onSubmit({ ...input, serviceId: input.serviceId }, changed);
  });

  if (units.isSuccess && unitChoices.length === 0) {
    return (
      <Notice tone="warning">
        <p>{t('surveys.form.noUnit')}</p>
      </Notice>
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="form__grid">
        <Field name="title" label={labels.title} required error={err('title')} className="form__wide">
          {(p) => <input {...p} type="text" {...form.register('title')} />}
        </Field>
        <Field
          name="description"
          label={labels.description}
          error={err('description')}
          className="form__wide"
        >
          {(p) => <textarea {...p} rows={2} {...form.register('description')} />}
        </Field>
      </div>
      <fieldset className="form__fieldset">
        <legend className="form__legend">{t('surveys.form.targetHeading')}</legend>
        {!isDraft && <p className="field__hint">{t('surveys.form.draftOnlyHint')}</p>}
        <div className="form__grid">
          <Field name="unitId" label={labels.unitId} required error={err('unitId')}>
            {(p) => (
              <select
                {...p}
                disabled={!isDraft}
                {...form.register('unitId', { onChange: () => form.setValue('serviceId', '') })}
              >
                <option value="">{t('surveys.form.chooseUnit')}</option>
                {unitChoices.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="serviceId"
            label={labels.serviceId}
            error={err('serviceId')}
            hint={t('surveys.form.serviceHint')}
          >
            {(p) => (
              <select {...p} disabled={!isDraft || !unitId} {...form.register('serviceId')}>
                <option value="">{t('surveys.form.wholeUnit')}</option>
                {serviceChoices.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="templateId"
            label={labels.templateId}
            required
            error={err('templateId')}
            className="form__wide"
          >
            {(p) => (
              <select {...p} disabled={!isDraft} {...form.register('templateId')}>
                {ALL_SURVEY_TEMPLATE_IDS.map((id) => (
                  <option key={id} value={id}>
                    {SURVEY_TEMPLATES[id].name[locale]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form__fieldset">
        <legend className="form__legend">{t('surveys.form.periodHeading')}</legend>
        <ChoiceGroup name="period.kind" legend={labels['period.kind']} error={err('period.kind')}>
          {PERIOD_KINDS.map((k) => (
            <label key={k} className="checkbox">
              <input type="radio" value={k} {...form.register('period.kind')} />
              {t(`surveys.periodKinds.${k}`)}
            </label>
          ))}
        </ChoiceGroup>
        <div className="form__grid">
          {kind === 'custom' ? (
            <>
              <Field name="period.start" label={labels['period.start']} required error={err('period.start')}>
                {(p) => <input {...p} type="date" {...form.register('period.start')} />}
              </Field>
              <Field name="period.end" label={labels['period.end']} required error={err('period.end')}>
                {(p) => <input {...p} type="date" {...form.register('period.end')} />}
              </Field>
            </>
          ) : (
            <>
              <Field name="period.year" label={labels['period.year']} required error={err('period.year')}>
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    inputMode="numeric"
                    min={2000}
                    max={2100}
                    {...form.register('period.year')}
                  />
                )}
              </Field>
              {kind !== 'tahun' && (
                <Field
                  name="period.number"
                  label={labels['period.number']}
                  required
                  error={err('period.number')}
                >
                  {(p) => (
                    <select {...p} {...form.register('period.number')}>
                      {(kind === 'semester' ? [1, 2] : [1, 2, 3, 4]).map((n) => (
                        <option key={n} value={String(n)}>
                          {kind === 'semester'
                            ? `Semester ${n}`
                            : t('surveys.form.triwulanN', { n: ['I', 'II', 'III', 'IV'][n - 1] ?? '' })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
            </>
          )}
        </div>
      </fieldset>
      <fieldset className="form__fieldset">
        <legend className="form__legend">{t('surveys.form.sampleHeading')}</legend>
        <div className="form__grid">
          <Field
            name="population"
            label={labels.population}
            required
            error={err('population')}
            hint={t('surveys.form.populationHint')}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                aria-describedby={[p['aria-describedby'], 'required-sample'].filter(Boolean).join(' ')}
                {...form.register('population')}
              />
            )}
          </Field>
          <output id="required-sample" className="required-sample" htmlFor="f-population" aria-live="polite">
            {sample ? (
              <>
                <span className="required-sample__label">{t('surveys.form.requiredSample')}</span>
                <span className="required-sample__value">
                  {t('surveys.form.respondents', { n: formatCount(sample.required, locale) })}
                </span>
                <span className="required-sample__rule">
                  {sample.rule === 'krejcie'
                    ? t('surveys.form.ruleKrejcie', { n: formatCount(Number(population), locale) })
                    : t('surveys.form.ruleMinimum')}
                </span>
              </>
            ) : (
              <span className="muted">{t('surveys.form.requiredSampleHint')}</span>
            )}
          </output>
        </div>
      </fieldset>
      <FormProblems errors={errors} problem={problem} labelOf={(p) => labels[p]} onReload={onReload} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
