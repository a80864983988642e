/**
 * Request and response schemas of the survey routes: the single source of their validation, their types (the web
 * reads them through `hc<AppType>`) and the OpenAPI document.
 */
import { z } from '@hono/zod-openapi';
import {
  ALL_SURVEY_TEMPLATE_IDS,
  IKM_WEIGHTINGS,
  idSchema,
  isoDateSchema,
  KINERJA,
  MUTU,
  PERIOD_KEY_PATTERN,
  PERIOD_TYPES,
  pageQuerySchema,
  parsePeriodKey,
  respondentProfileSchema,
  SERVQUAL_DIMENSIONS,
  TRUST_DRIVER_GROUPS,
  TRUST_DRIVERS,
  versionSchema,
} from '@prima/domain';
import { CAMPAIGN_STATUSES, PERIOD_KINDS } from '@prima/store';

export const localizedSchema = z.object({ id: z.string(), en: z.string() }).meta({ id: 'Localized' });
export const templateIdSchema = z.enum(ALL_SURVEY_TEMPLATE_IDS).meta({ example: 'skm-2017' });
const count = z.number().int().min(0);
const ratio = z.number().nullable();

export const campaignParams = z.object({ campaignId: idSchema });
export const planParams = z.object({ planId: idSchema });

export const periodKeySchema = z
  .string()
  .regex(PERIOD_KEY_PATTERN, { message: 'survey.period', abort: true })
  .refine((k) => parsePeriodKey(k) !== null, 'survey.period')
  .meta({
    description: 'Year `2026`, semester `2026-S1`, triwulan `2026-Q2` or month `2026-04` (tenant time zone)',
    example: '2026-Q1',
  });

// ---------------------------------------------------------------------------------------------------------------
// Campaigns

const yearField = z.number().int().min(2000).max(2100).meta({ example: 2026 });
export const campaignPeriodInputSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('triwulan'),
      year: yearField,
      number: z.number().int().min(1).max(4).meta({ example: 1 }),
    }),
    z.strictObject({
      kind: z.literal('semester'),
      year: yearField,
      number: z.number().int().min(1).max(2).meta({ example: 1 }),
    }),
    z.strictObject({ kind: z.literal('tahun'), year: yearField }),
    z
      .strictObject({ kind: z.literal('custom'), start: isoDateSchema, end: isoDateSchema })
      .refine((p) => p.end >= p.start, { message: 'survey.periodOrder', path: ['end'] }),
  ])
  .meta({
    id: 'SurveyPeriodInput',
    description: 'Triwulan I–IV, semester 1–2, a year, or custom dates',
    example: { kind: 'triwulan', year: 2026, number: 1 },
  });

const campaignFields = {
  title: z.string().trim().min(3).max(160).meta({ example: 'SKM Disdukcapil Triwulan I 2026' }),
  description: z.string().trim().max(2000).nullable().meta({ example: 'Survei di loket pelayanan KTP-el' }),
  population: z.number().int().min(1).max(100_000_000).meta({
    description: 'Service users in the period (N); the required sample follows (Krejcie & Morgan)',
    example: 1200,
  }),
};

export const createCampaignSchema = z
  .strictObject({
    ...campaignFields,
    description: campaignFields.description.optional(),
    unitId: idSchema
      .optional()
      .meta({ description: 'The unit surveyed; may be left out when a service is given' }),
    serviceId: idSchema.nullable().optional().meta({ description: 'The service surveyed (of that unit)' }),
    templateId: templateIdSchema
      .optional()
      .meta({ description: "Default: the tenant's survey template setting" }),
    period: campaignPeriodInputSchema,
  })
  .meta({
    id: 'CreateSurveyCampaign',
    example: {
      title: 'SKM Disdukcapil Triwulan I 2026',
      period: { kind: 'triwulan', year: 2026, number: 1 },
      population: 1200,
    },
  });
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const updateCampaignSchema = z
  .strictObject({
    title: campaignFields.title.optional(),
    description: campaignFields.description.optional(),
    population: campaignFields.population.optional(),
    period: campaignPeriodInputSchema.optional(),
    unitId: idSchema.optional().meta({ description: 'Draft only' }),
    serviceId: idSchema.nullable().optional().meta({ description: 'Draft only' }),
    templateId: templateIdSchema.optional().meta({ description: 'Draft only' }),
    version: versionSchema,
  })
  .meta({ id: 'UpdateSurveyCampaign', example: { population: 1500, version: 1 } });
export type UpdateCampaignInput = z.infer<typeof updateCampaignSchema>;

export const campaignStatusSchema = z
  .strictObject({
    status: z.enum(['open', 'paused', 'closed']).meta({ example: 'open' }),
    version: versionSchema,
  })
  .meta({
    id: 'ChangeSurveyCampaignStatus',
    description: 'draft → open; open → paused; paused → open; open or paused → closed (final)',
    example: { status: 'open', version: 1 },
  });

export const progressSchema = z
  .object({ responses: count, required: count, remaining: count, reached: z.boolean() })
  .meta({ id: 'SampleProgress', description: 'Responses so far against the required sample' });

export const campaignSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    description: z.string().nullable(),
    unitId: idSchema,
    serviceId: idSchema.nullable(),
    templateId: templateIdSchema,
    period: z.object({
      kind: z.enum(PERIOD_KINDS),
      key: z.string().nullable().meta({ description: 'Period key (e.g. 2026-Q1); null for custom dates' }),
      start: z.string(),
      end: z.string(),
      label: localizedSchema,
    }),
    population: count,
    requiredSample: count,
    status: z.enum(CAMPAIGN_STATUSES),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    progress: progressSchema,
  })
  .meta({ id: 'SurveyCampaign' });

export const campaignListQuery = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  period: periodKeySchema.optional().meta({ description: 'Campaigns whose period overlaps this one' }),
  templateId: templateIdSchema.optional(),
});

export const deleteQuery = z.object({
  version: z.coerce.number().int().min(1).meta({ description: 'Version read before deleting', example: 1 }),
});

// ---------------------------------------------------------------------------------------------------------------
// Results

const mutuSchema = z.enum(MUTU).nullable();
const kinerjaSchema = z.enum(KINERJA).nullable();

export const ikmMethodSchema = z
  .object({
    templateId: z.enum(['skm-2017', 'skm-2014', 'ikm-2004']),
    regulation: z.string(),
    weighting: z.enum(IKM_WEIGHTINGS),
    weight: z.number(),
    weightLabel: z.string().meta({ example: '1/9' }),
    maximum: z.number(),
    rounding: z.string(),
    text: localizedSchema,
  })
  .meta({ id: 'IkmMethod' });

export const ikmResultSchema = z
  .object({
    templateId: z.enum(['skm-2017', 'skm-2014', 'ikm-2004']),
    respondents: count,
    ikm: z.number().nullable().meta({ description: '25–100, rounded half-up to 2 decimals once' }),
    ikmRaw: z.number().nullable().meta({ description: '1–4, unrounded' }),
    mutu: mutuSchema,
    kinerja: kinerjaSchema,
    unsur: z.array(
      z.object({
        code: z.string(),
        name: localizedSchema,
        answers: count,
        sum: count,
        nrr: z.number().nullable(),
        nrrConverted: z.number().nullable().meta({ description: 'NRR × 25, rounded to 2 decimals' }),
        mutu: mutuSchema,
        kinerja: kinerjaSchema,
        weakest: z.boolean(),
      }),
    ),
    weakest: z.array(z.string()).meta({ description: 'Codes of the lowest-NRR unsur (all ties)' }),
    missingUnsur: z.array(z.string()),
    method: ikmMethodSchema,
    legacyLabel: z
      .string()
      .nullable()
      .meta({ description: '"legacy 0,111" when the legacy weight is used', example: null }),
  })
  .meta({ id: 'IkmResult' });

const servqualDimension = z.enum(SERVQUAL_DIMENSIONS);
export const servqualResultSchema = z
  .object({
    respondents: count,
    items: z.array(
      z.object({
        code: z.string(),
        number: z.number().int(),
        dimension: servqualDimension,
        pairs: count,
        expectation: ratio,
        perception: ratio,
        gap: ratio,
        perceptionAnswers: count,
        servperf: ratio,
      }),
    ),
    dimensions: z.array(
      z.object({
        dimension: servqualDimension,
        name: localizedSchema,
        items: z.array(z.string()).readonly(),
        expectation: ratio,
        perception: ratio,
        gap: ratio,
        servperf: ratio,
        points: ratio,
        weight: ratio,
      }),
    ),
    unweighted: ratio,
    weighted: ratio,
    weights: z.record(servqualDimension, z.number()).nullable(),
    allocations: z.object({ valid: count, invalid: count }),
    servperf: z.object({ unweighted: ratio, weighted: ratio }),
  })
  .meta({ id: 'ServqualResult', description: 'Gap = P − E; negative = below expectation. Full precision.' });

const trustDistribution = {
  answers: count,
  mean: ratio,
  high: ratio.meta({ description: 'Share 0–1 answering 6–10' }),
  neutral: ratio,
  low: ratio,
};
export const trustResultSchema = z
  .object({
    respondents: count,
    items: z.array(
      z.object({
        code: z.string(),
        section: z.enum(['political', 'driver', 'social']),
        driver: z.enum(TRUST_DRIVERS).nullable(),
        ...trustDistribution,
      }),
    ),
    drivers: z.array(
      z.object({
        driver: z.enum(TRUST_DRIVERS),
        group: z.enum(TRUST_DRIVER_GROUPS),
        items: z.array(z.string()),
        ...trustDistribution,
      }),
    ),
    groups: z.array(
      z.object({
        group: z.enum(TRUST_DRIVER_GROUPS),
        drivers: z.array(z.enum(TRUST_DRIVERS)),
        ...trustDistribution,
      }),
    ),
    political: z.object({ items: z.array(z.string()), ...trustDistribution }),
    social: z.object({
      code: z.string(),
      section: z.enum(['political', 'driver', 'social']),
      driver: z.enum(TRUST_DRIVERS).nullable(),
      ...trustDistribution,
    }),
  })
  .meta({ id: 'TrustResult', description: 'Shares are 0–1; the headline is `high` (6–10)' });

const profileCount = z.object({ value: z.string(), label: localizedSchema, count });
export const profileSchema = z
  .object({
    respondents: count,
    umur: z.array(profileCount),
    jenisKelamin: z.array(profileCount),
    pendidikan: z.array(profileCount),
    pekerjaan: z.array(profileCount),
    disabilitas: z.array(profileCount),
    disabilitasNotStated: count,
    layanan: z.array(
      z
        .object({ serviceId: z.string(), name: z.string().nullable(), count })
        .meta({ description: 'Jenis layanan' }),
    ),
    suggestions: count,
  })
  .meta({ id: 'RespondentProfileBreakdown' });

export const scopeSchema = z
  .object({
    kind: z.enum(['campaign', 'unit', 'service', 'tenant']),
    campaignId: z.string().nullable(),
    unitId: z.string().nullable(),
    serviceId: z.string().nullable(),
    period: z.string().nullable(),
    periodLabel: localizedSchema.nullable(),
  })
  .meta({ id: 'SurveyScope' });

export const surveyResultsSchema = z
  .object({
    scope: scopeSchema,
    templateId: templateIdSchema,
    kind: z.enum(['ikm', 'servqual', 'trust']),
    respondents: count,
    ikm: ikmResultSchema.nullable(),
    servqual: servqualResultSchema.nullable(),
    trust: trustResultSchema.nullable(),
    profile: profileSchema,
  })
  .meta({
    id: 'SurveyResults',
    description: 'Computed from the counters kept on write; exactly one of ikm, servqual, trust is set',
  });

export const campaignResultsSchema = surveyResultsSchema
  .extend({ campaign: campaignSchema })
  .meta({ id: 'SurveyCampaignResults' });

export const resultsQuery = z.object({
  period: periodKeySchema,
  unitId: idSchema.optional(),
  serviceId: idSchema.optional(),
  templateId: templateIdSchema.optional().meta({ description: "Default: the tenant's survey template" }),
});

export const trendQuery = z.object({
  unitId: idSchema.optional(),
  serviceId: idSchema.optional(),
  templateId: templateIdSchema.optional(),
  periodType: z.enum(PERIOD_TYPES).default('quarter'),
  until: periodKeySchema
    .optional()
    .meta({ description: 'Last period of the series; default: the current one' }),
  count: z.coerce.number().int().min(1).max(24).default(8),
});

export const trendSchema = z
  .object({
    scope: scopeSchema,
    templateId: templateIdSchema,
    periodType: z.enum(PERIOD_TYPES),
    legacyLabel: z.string().nullable(),
    items: z.array(
      z.object({
        period: z.string(),
        label: localizedSchema,
        start: z.string(),
        end: z.string(),
        respondents: count,
        ikm: z.number().nullable(),
        mutu: mutuSchema,
        kinerja: kinerjaSchema,
        weakest: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'SurveyTrend', description: 'Oldest period first' });

export const COMPARISON_FLAGS = ['no-data', 'incomplete', 'below-required-sample', 'below-floor'] as const;
export const comparisonQuery = z.object({
  period: periodKeySchema,
  templateId: templateIdSchema.optional(),
  minRespondents: z.coerce.number().int().min(0).max(100_000).default(30).meta({
    description:
      "Floor below which a unit is flagged, not ranked (capped at the unit's required sample when one is known)",
  }),
});

export const comparisonSchema = z
  .object({
    period: z.string(),
    periodLabel: localizedSchema,
    templateId: templateIdSchema,
    floor: count,
    legacyLabel: z.string().nullable(),
    items: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        shortName: z.string().nullable(),
        respondents: count,
        requiredSample: count.nullable().meta({ description: "From the unit's campaigns in the period" }),
        ikm: z.number().nullable(),
        mutu: mutuSchema,
        kinerja: kinerjaSchema,
        weakest: z.array(z.string()),
        rank: z.number().int().nullable().meta({ description: '1 = best; null when flagged' }),
        flags: z.array(z.enum(COMPARISON_FLAGS)),
      }),
    ),
  })
  .meta({ id: 'SurveyComparison', description: 'Ranked units first (best first), then flagged units' });

export const suggestionSchema = z
  .object({
    responseId: z.string(),
    campaignId: z.string(),
    unitId: z.string(),
    serviceId: z.string().nullable(),
    submittedAt: z.string(),
    saran: z.string(),
  })
  .meta({ id: 'SurveySuggestion' });

export const suggestionsPageSchema = z.object({
  items: z.array(suggestionSchema),
  nextCursor: z.string().nullable(),
});

export const unitSuggestionsQuery = pageQuerySchema.extend({ unitId: idSchema });

// ---------------------------------------------------------------------------------------------------------------
// Follow-up plans

export const FOLLOW_UP_STATUSES = ['planned', 'in-progress', 'done'] as const;

const followUpFields = {
  action: z
    .string()
    .trim()
    .min(5)
    .max(1000)
    .meta({ example: 'Menambah satu petugas loket pada jam sibuk (08.00–11.00)' }),
  ownerId: idSchema.meta({ description: 'The responsible official: a user of this tenant' }),
  deadline: isoDateSchema.meta({ description: 'Not in the past (tenant time zone)' }),
  status: z.enum(FOLLOW_UP_STATUSES).meta({ example: 'planned' }),
  note: z.string().trim().max(2000).nullable(),
};

export const createFollowUpSchema = z
  .strictObject({
    campaignId: idSchema.optional().meta({ description: 'The campaign whose result it answers' }),
    unitId: idSchema.optional().meta({ description: "Default: the campaign's unit" }),
    templateId: templateIdSchema.optional().meta({ description: "Default: the campaign's template" }),
    unsurCode: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .meta({ description: 'Unsur (IKM), dimension (SERVQUAL) or driver (trust)', example: 'U3' }),
    period: periodKeySchema.nullable().optional(),
    action: followUpFields.action,
    ownerId: followUpFields.ownerId,
    deadline: followUpFields.deadline,
    status: followUpFields.status.default('planned'),
    note: followUpFields.note.optional(),
  })
  .meta({
    id: 'CreateFollowUpPlan',
    example: {
      unsurCode: 'U3',
      action: 'Menambah satu petugas loket pada jam sibuk (08.00–11.00)',
      deadline: '2026-12-31',
    },
  });
export type CreateFollowUpInput = z.infer<typeof createFollowUpSchema>;

export const updateFollowUpSchema = z
  .strictObject({
    action: followUpFields.action.optional(),
    ownerId: followUpFields.ownerId.optional(),
    deadline: followUpFields.deadline.optional(),
    status: followUpFields.status.optional(),
    note: followUpFields.note.optional(),
    version: versionSchema,
  })
  .meta({ id: 'UpdateFollowUpPlan', example: { status: 'in-progress', version: 1 } });
export type UpdateFollowUpInput = z.infer<typeof updateFollowUpSchema>;

export const followUpSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    campaignId: idSchema.nullable(),
    templateId: templateIdSchema,
    unsurCode: z.string(),
    unsurName: localizedSchema,
    period: z.string().nullable(),
    action: z.string(),
    ownerId: idSchema,
    ownerName: z.string(),
    deadline: z.string(),
    status: z.enum(FOLLOW_UP_STATUSES),
    note: z.string().nullable(),
    completedAt: z.string().nullable(),
    overdue: z.boolean().meta({ description: 'Deadline passed and not done' }),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'FollowUpPlan' });

export const followUpListQuery = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  campaignId: idSchema.optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
});

// ---------------------------------------------------------------------------------------------------------------
// Report

export const reportQuery = z.object({
  unitId: idSchema,
  period: periodKeySchema,
  serviceId: idSchema.optional(),
  templateId: z
    .enum(['skm-2017', 'skm-2014', 'ikm-2004'])
    .optional()
    .meta({ description: "Default: the tenant's survey template" }),
});

export const reportSchema = z
  .object({
    title: localizedSchema,
    tenant: z.object({ name: z.string(), kind: z.string() }),
    unit: z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string().nullable(),
      headName: z.string().nullable(),
      address: z.string().nullable(),
    }),
    service: z.object({ id: z.string(), name: z.string() }).nullable(),
    period: z.object({ key: z.string(), label: localizedSchema, start: z.string(), end: z.string() }),
    templateId: z.enum(['skm-2017', 'skm-2014', 'ikm-2004']),
    regulation: z.object({ code: z.string(), title: localizedSchema }),
    campaigns: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        periodLabel: localizedSchema,
        status: z.enum(CAMPAIGN_STATUSES),
        population: count,
        requiredSample: count,
        responses: count,
      }),
    ),
    sample: z.object({
      respondents: count,
      population: count.nullable(),
      requiredSample: count.nullable(),
      reached: z.boolean().nullable(),
    }),
    profile: profileSchema,
    result: ikmResultSchema,
    trend: z.array(
      z.object({
        period: z.string(),
        label: localizedSchema,
        respondents: count,
        ikm: z.number().nullable(),
        mutu: mutuSchema,
        change: z.number().nullable().meta({ description: 'IKM minus the previous period’s, 2 decimals' }),
      }),
    ),
    weakest: z.array(
      z.object({
        code: z.string(),
        name: localizedSchema,
        nrrConverted: z.number().nullable(),
        mutu: mutuSchema,
      }),
    ),
    followUps: z.array(followUpSchema),
    suggestions: z.object({ count, latest: z.array(suggestionSchema) }),
    method: z.object({
      ikm: localizedSchema,
      sample: localizedSchema,
      aggregation: localizedSchema,
      weightLabel: z.string(),
      legacyLabel: z.string().nullable(),
    }),
    generatedAt: z.string(),
  })
  .meta({ id: 'SkmReport', description: 'Everything the SKM report of a unit and period prints' });

export const aggregatesCsvQuery = z.object({
  period: periodKeySchema,
  templateId: z.enum(['skm-2017', 'skm-2014', 'ikm-2004']).optional(),
});

// ---------------------------------------------------------------------------------------------------------------
// Public

export const HONEYPOT_FIELD = 'website';

export const publicResponseSchema = z
  .strictObject({
    templateId: templateIdSchema,
    answers: z
      .record(
        z.string().max(10),
        z.union([z.number(), z.strictObject({ e: z.number().optional(), p: z.number().optional() })]),
      )
      .meta({
        description: 'Unsur/item code → score; SERVQUAL: item → { e, p }. Checked against the template.',
      }),
    allocation: z.record(z.string().max(20), z.number()).optional().meta({ description: 'SERVQUAL only' }),
    profile: respondentProfileSchema,
    [HONEYPOT_FIELD]: z
      .string()
      .max(500)
      .optional()
      .meta({ description: 'Honeypot: hidden from people, must stay empty. Leave it out.' }),
  })
  .meta({
    id: 'SurveyResponseSubmission',
    description: "A response to the campaign's template (see the form); answers are validated against it",
    example: {
      templateId: 'skm-2017',
      answers: { U1: 4, U2: 3, U3: 3, U4: 4, U5: 4, U6: 3, U7: 4, U8: 3, U9: 3 },
      profile: { umur: '30-39', jenisKelamin: 'perempuan', pendidikan: 'sma', pekerjaan: 'wiraswasta' },
    },
  });

export const submissionAckSchema = z
  .object({
    responseId: z.string(),
    campaignId: z.string(),
    replayed: z
      .boolean()
      .meta({ description: 'True when an earlier submission with this Idempotency-Key counted' }),
    message: localizedSchema,
  })
  .meta({ id: 'SurveySubmissionReceipt' });

const option = z.object({ value: z.string(), label: localizedSchema });
export const publicFormSchema = z
  .object({
    campaign: z.object({
      id: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      status: z.enum(CAMPAIGN_STATUSES),
      open: z.boolean().meta({ description: 'Whether answers are accepted now' }),
      message: localizedSchema.nullable().meta({ description: 'Why it is not open, politely' }),
      unit: z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() }),
      service: z.object({ id: z.string(), name: z.string() }).nullable(),
      period: z.object({ start: z.string(), end: z.string(), label: localizedSchema }),
    }),
    template: z.object({
      id: templateIdSchema,
      kind: z.enum(['ikm', 'servqual', 'trust']),
      name: localizedSchema,
      regulation: z.string(),
      scale: z.object({
        min: z.number().int(),
        max: z.number().int(),
        anchors: z.object({ min: localizedSchema, max: localizedSchema }).nullable(),
      }),
      items: z.array(
        z.object({
          code: z.string(),
          text: localizedSchema.meta({
            description: 'Unsur name (IKM), perception statement (SERVQUAL), question',
          }),
          expectation: localizedSchema
            .nullable()
            .meta({ description: 'SERVQUAL: the expectation statement' }),
          group: z.string().nullable().meta({ description: 'SERVQUAL dimension or trust section' }),
          options: z
            .array(z.object({ score: z.number().int(), label: localizedSchema }))
            .nullable()
            .meta({ description: 'IKM: the labelled answers, worst (1) to best (4)' }),
          anchors: z.object({ min: localizedSchema, max: localizedSchema }).nullable(),
        }),
      ),
      allocation: z
        .object({
          points: z.number().int(),
          dimensions: z.array(
            z.object({ key: z.string(), name: localizedSchema, description: localizedSchema }),
          ),
        })
        .nullable()
        .meta({ description: 'SERVQUAL: spread 100 points over the five dimensions (optional)' }),
    }),
    profile: z.object({
      fields: z.array(z.object({ name: z.string(), required: z.boolean(), options: z.array(option) })),
      saranMaxLength: z.number().int(),
    }),
    honeypotField: z.string().meta({ description: 'Render hidden from people; leave empty' }),
  })
  .meta({ id: 'PublicSurveyForm' });

export const publicCampaignListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        templateId: templateIdSchema,
        unitId: z.string(),
        serviceId: z.string().nullable(),
        period: z.object({ start: z.string(), end: z.string(), label: localizedSchema }),
      }),
    ),
  })
  .meta({ id: 'PublicSurveyList' });

export const publicationSchema = z
  .object({
    tenant: z.object({ name: z.string(), slug: z.string() }),
    items: z.array(
      z.object({
        unit: z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() }),
        campaign: z.object({ id: z.string(), title: z.string() }),
        period: z.object({
          key: z.string().nullable(),
          label: localizedSchema,
          start: z.string(),
          end: z.string(),
        }),
        templateId: z.enum(['skm-2017', 'skm-2014', 'ikm-2004']),
        respondents: count,
        ikm: z.number().nullable(),
        mutu: mutuSchema,
        kinerja: kinerjaSchema,
        unsur: z.array(
          z.object({
            code: z.string(),
            name: localizedSchema,
            nrrConverted: z.number().nullable(),
            mutu: mutuSchema,
          }),
        ),
        weakest: z.array(z.string()),
        method: z.object({
          text: localizedSchema,
          weightLabel: z.string(),
          legacyLabel: z.string().nullable(),
        }),
        followUps: z.array(
          z.object({
            unsurCode: z.string(),
            unsurName: localizedSchema,
            action: z.string(),
            owner: z.string(),
            deadline: z.string(),
            status: z.enum(FOLLOW_UP_STATUSES),
          }),
        ),
      }),
    ),
    generatedAt: z.string(),
  })
  .meta({
    id: 'IkmPublication',
    description:
      "Each unit's latest closed SKM with its method and follow-up plan (the publication the rule asks for)",
  });
