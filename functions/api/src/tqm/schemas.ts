/**
 * Request and response schemas of the quality-improvement routes (PDCA cycles, quality tools, self-assessments,
 * key success factors, recognition, executive view, public accountability): the single source of their validation,
 * their types (the web reads them through `hc<AppType>`) and the OpenAPI document.
 */
import { z } from '@hono/zod-openapi';
import {
  ACTION_STATUSES,
  ASSESSMENT_TEMPLATE_IDS,
  CAUSE_CATEGORY_SET_IDS,
  CYCLE_STAGES,
  cycleSourceSchema,
  idSchema,
  KINERJA,
  KSF_KEYS,
  METRIC_DIRECTIONS,
  MUTU,
  pageQuerySchema,
  SERVQUAL_DIMENSIONS,
  SOURCE_KINDS,
  STANDARD_COMPONENT_KEYS,
  SURVEY_TEMPLATE_IDS,
  XMR_RULES,
} from '@prima/domain';
import { followUpSchema, localizedSchema, periodKeySchema } from '../surveys/schemas';

const count = z.number().int().min(0);
const num = z.number();
const nullableNum = z.number().nullable();
const unitRef = z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() }).nullable();

export const cycleParams = z.object({ cycleId: idSchema });
export const actionParams = z.object({ cycleId: idSchema, actionId: idSchema });
export const userParams = z.object({ userId: idSchema });
export const unitParams = z.object({ unitId: idSchema });

// ---------------------------------------------------------------------------------------------------------------
// Cycles

export const measurementSchema = z
  .object({
    value: num,
    period: z.string(),
    sample: count.meta({ description: 'Answers, respondents or complaints behind the value' }),
    measuredAt: z.string(),
    reference: z.string().meta({ description: 'Where the number comes from, for the record' }),
    complete: z.boolean().meta({ description: 'False while the period is still running' }),
  })
  .meta({ id: 'CycleMeasurement' });

export const comparisonSchema = z
  .object({
    direction: z.enum(METRIC_DIRECTIONS),
    baseline: num,
    current: nullableNum,
    target: nullableNum,
    absoluteChange: nullableNum,
    relativeChange: nullableNum.meta({
      description: '(current − baseline) ÷ |baseline|; null from a zero baseline',
    }),
    improvement: nullableNum.meta({ description: 'The change signed so that positive is better' }),
    status: z.enum(['improved', 'worsened', 'unchanged', 'no-data']),
    targetMet: z.boolean().nullable(),
    progressToTarget: nullableNum.meta({
      description: 'Share of the way from baseline to target, not clamped',
    }),
  })
  .meta({ id: 'BeforeAfter' });

export const metricSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    name: localizedSchema,
    unit: localizedSchema,
    direction: z.enum(METRIC_DIRECTIONS),
    scale: z.object({ min: num, max: nullableNum }).nullable(),
  })
  .meta({ id: 'CycleMetric' });

export const sourceOutSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('skm-unsur'),
      unitId: z.string().nullable(),
      period: z.string(),
      templateId: z.enum(SURVEY_TEMPLATE_IDS),
      unsurCode: z.string(),
    }),
    z.object({ kind: z.literal('complaint-category'), categoryId: z.string(), period: z.string() }),
    z.object({ kind: z.literal('missed-deadlines'), unitId: z.string().nullable(), period: z.string() }),
    z.object({
      kind: z.literal('servqual-gap'),
      unitId: z.string().nullable(),
      period: z.string(),
      dimension: z.enum(SERVQUAL_DIMENSIONS),
    }),
    z.object({
      kind: z.literal('manual'),
      metricName: z.string(),
      metricUnit: z.string(),
      direction: z.enum(METRIC_DIRECTIONS),
      baselineValue: num,
      baselinePeriod: z.string(),
    }),
  ])
  .meta({ id: 'CycleSourceView' });

const progressSchema = z
  .object({
    total: count,
    planned: count,
    inProgress: count,
    done: count,
    cancelled: count,
    share: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'CycleProgress' });

export const cycleActionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    ownerId: z.string(),
    ownerName: z.string(),
    deadline: z.string(),
    status: z.enum(ACTION_STATUSES),
    completedAt: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    overdue: z.boolean().meta({ description: 'Deadline passed and not done or cancelled' }),
    onTime: z.boolean().nullable().meta({ description: 'Done by its deadline; null while not done' }),
  })
  .meta({ id: 'CycleAction' });

const stageEventSchema = z
  .object({
    stage: z.enum(CYCLE_STAGES),
    at: z.string(),
    byId: z.string(),
    byName: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'CycleStageEvent' });

const rootCauseOutSchema = z
  .object({
    categorySet: z.enum(CAUSE_CATEGORY_SET_IDS),
    whys: z.array(z.string()),
    causes: z.array(z.object({ category: z.string(), label: localizedSchema.nullable(), text: z.string() })),
  })
  .meta({ id: 'RootCauseView' });

const standardChangeSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(['service', 'maklumat']),
  serviceId: z.string().nullable(),
  unitId: z.string().nullable(),
  component: z.string().nullable(),
  at: z.string(),
});

export const cycleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    unit: unitRef,
    stage: z.enum(CYCLE_STAGES),
    stageLabel: localizedSchema,
    source: sourceOutSchema,
    metric: metricSchema,
    baseline: measurementSchema,
    target: num,
    checkPeriod: z.string(),
    checkResult: measurementSchema.nullable(),
    comparison: comparisonSchema.meta({
      description: 'Baseline against the frozen re-measurement (Act, closed)',
    }),
    progress: progressSchema,
    overdueActions: count,
    ownerId: z.string(),
    ownerName: z.string(),
    public: z.boolean(),
    previousCycleId: z.string().nullable(),
    nextCycleId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CycleSummary' });

export const seriesPointSchema = z.object({
  period: z.string(),
  label: localizedSchema,
  value: nullableNum,
  sample: count,
  phase: z.enum(['baseline', 'between', 'check']),
});

export const cycleDetailSchema = cycleSummarySchema
  .extend({
    problem: z.string(),
    rootCause: rootCauseOutSchema,
    actions: z.array(cycleActionSchema),
    history: z.array(stageEventSchema),
    standardChanges: z.array(standardChangeSummarySchema),
    notes: z.string().nullable().meta({ description: 'Internal: never published' }),
    current: measurementSchema.nullable().meta({
      description:
        'The re-measurement over the check period: live from the counters until the cycle enters Act, frozen then',
    }),
    currentSource: z.enum(['live', 'frozen', 'manual']).nullable(),
    comparison: comparisonSchema.meta({ description: 'Baseline against `current` (before/after)' }),
    series: z
      .array(seriesPointSchema)
      .meta({ description: 'The metric from the baseline to the check period' }),
    availableStages: z.array(z.enum(CYCLE_STAGES)).meta({ description: 'Stages the cycle may move to now' }),
    method: localizedSchema,
  })
  .meta({ id: 'CycleDetail' });

export const cycleListQuery = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  stage: z.enum(CYCLE_STAGES).optional(),
});
export const cyclePageSchema = z
  .object({ items: z.array(cycleSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CyclePage' });

export const boardQuery = z.object({ unitId: idSchema.optional() });
export const boardSchema = z
  .object({
    stages: z.array(
      z.object({ stage: z.enum(CYCLE_STAGES), label: localizedSchema, cycles: z.array(cycleSummarySchema) }),
    ),
    closedShown: count.meta({ description: 'Closed cycles show the latest ones only' }),
    followUps: z
      .array(followUpSchema)
      .meta({ description: 'Follow-up plans (rencana tindak lanjut) from survey results' }),
  })
  .meta({ id: 'ImprovementBoard' });

export const baselinePreviewBody = z
  .strictObject({ source: cycleSourceSchema })
  .meta({ id: 'BaselinePreviewRequest' });

export const baselinePreviewSchema = z
  .object({
    available: z.boolean(),
    metric: metricSchema,
    measurement: measurementSchema.nullable(),
    reason: localizedSchema
      .nullable()
      .meta({ description: 'Why there is no baseline (an empty state to show)' }),
  })
  .meta({ id: 'BaselinePreview' });

export const opportunitiesQuery = z.object({ period: periodKeySchema, unitId: idSchema.optional() });
export const opportunitiesSchema = z
  .object({
    period: z.string(),
    periodLabel: localizedSchema,
    items: z.array(
      z.object({
        source: sourceOutSchema.meta({ description: 'Pass as `source` to start a cycle' }),
        metric: metricSchema,
        value: num,
        sample: count,
        unit: unitRef,
        subject: localizedSchema.meta({ description: 'The unsur, category or dimension' }),
        why: localizedSchema,
      }),
    ),
  })
  .meta({ id: 'ImprovementOpportunities' });

export const standardChangeSchema = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    kind: z.enum(['service', 'maklumat']),
    serviceId: z.string().nullable(),
    unitId: z.string().nullable(),
    component: z.enum(STANDARD_COMPONENT_KEYS).nullable(),
    before: z.string(),
    after: z.string(),
    note: z.string().nullable(),
    byId: z.string(),
    byName: z.string(),
    at: z.string(),
  })
  .meta({ id: 'StandardChange' });
export const standardHistoryQuery = pageQuerySchema.extend({
  serviceId: idSchema.optional(),
  unitId: idSchema.optional(),
});
export const standardHistorySchema = z
  .object({ items: z.array(standardChangeSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'StandardHistory' });

export const standardiseResultSchema = z
  .object({ cycle: cycleDetailSchema, change: standardChangeSchema })
  .meta({ id: 'StandardiseResult' });

export const nextCycleResultSchema = z
  .object({ previous: cycleDetailSchema, next: cycleDetailSchema })
  .meta({ id: 'NextCycleResult' });

// ---------------------------------------------------------------------------------------------------------------
// Quality tools

export const toolQuery = z.object({ period: periodKeySchema, unitId: idSchema.optional() });

export const paretoToolSchema = z
  .object({
    period: z.string(),
    periodLabel: localizedSchema,
    unit: unitRef,
    total: count,
    received: count,
    uncategorised: count,
    cutoff: num,
    bars: z.array(
      z.object({
        categoryId: z.string(),
        name: z.string().nullable(),
        count,
        share: num,
        percent: num,
        cumulativeShare: num,
        cumulativePercent: num.meta({ description: 'The cumulative line' }),
        vital: z.boolean(),
      }),
    ),
    vitalFew: z.array(z.string()),
    source: z.enum(['counters', 'complaints']).meta({
      description: 'Pemda-wide from the monthly counters; per unit from the month partitions of the period',
    }),
    truncated: z.boolean(),
    method: localizedSchema,
  })
  .meta({ id: 'ParetoTool' });

const xmrChartSchema = z
  .object({
    n: count,
    limitsFrom: count,
    mean: nullableNum,
    mrBar: nullableNum,
    sigma: nullableNum,
    ucl: nullableNum,
    lcl: nullableNum,
    lclUnclamped: nullableNum,
    upper2Sigma: nullableNum,
    lower2Sigma: nullableNum,
    mrUcl: nullableNum,
    points: z.array(
      z.object({
        index: count,
        label: z.string().nullable(),
        value: num,
        movingRange: nullableNum,
        signals: z.array(z.enum(XMR_RULES)),
        outOfControl: z.boolean(),
      }),
    ),
    signals: z.array(
      z.object({
        rule: z.enum(XMR_RULES),
        direction: z.enum(['above', 'below', 'up', 'down']),
        indices: z.array(count),
      }),
    ),
    provisional: z.boolean(),
    method: localizedSchema,
  })
  .meta({ id: 'XmrChart' });

export const xmrToolSchema = z
  .object({
    measure: z.enum(['handling-time', 'daily-volume']),
    period: z.string(),
    periodLabel: localizedSchema,
    unit: unitRef,
    unitOfMeasure: localizedSchema,
    chart: xmrChartSchema,
    refs: z
      .array(z.string().nullable())
      .meta({ description: 'Per point: the complaint id (handling time) or null' }),
    rules: z.array(z.object({ rule: z.enum(XMR_RULES), source: z.string(), text: localizedSchema })),
    truncated: z.boolean(),
    note: localizedSchema,
  })
  .meta({ id: 'XmrTool' });

export const ikmTrendQuery = z.object({
  unitId: idSchema.optional(),
  periodType: z.enum(['month', 'quarter', 'semester', 'year']).default('quarter'),
  count: z.coerce.number().int().min(2).max(24).default(8),
  until: periodKeySchema.optional(),
  target: z.coerce
    .number({ error: 'cycle.targetNumber' })
    .min(25)
    .max(100)
    .optional()
    .meta({ description: 'Default: the lower bound of mutu A of the template' }),
  templateId: z.enum(SURVEY_TEMPLATE_IDS).optional(),
});
export const ikmTrendToolSchema = z
  .object({
    unit: unitRef,
    templateId: z.enum(SURVEY_TEMPLATE_IDS),
    target: num,
    targetSource: z.enum(['query', 'grade-a']),
    points: z.array(
      z.object({
        period: z.string(),
        label: localizedSchema,
        respondents: count,
        ikm: nullableNum,
        mutu: z.enum(MUTU).nullable(),
        kinerja: z.enum(KINERJA).nullable(),
        meetsTarget: z.boolean().nullable(),
      }),
    ),
    method: localizedSchema,
  })
  .meta({ id: 'IkmTrendTool' });

// ---------------------------------------------------------------------------------------------------------------
// Self-assessments and key success factors

export const assessmentTemplatesSchema = z
  .object({
    scale: z.object({ min: count, max: count, labels: z.array(localizedSchema) }),
    templates: z.array(
      z.object({
        id: z.enum(ASSESSMENT_TEMPLATE_IDS),
        name: localizedSchema,
        source: localizedSchema,
        elements: z.array(
          z.object({
            key: z.string(),
            name: localizedSchema,
            statements: z.array(
              z.object({ code: z.string(), text: localizedSchema, ksf: z.enum(KSF_KEYS).nullable() }),
            ),
          }),
        ),
      }),
    ),
    method: localizedSchema,
  })
  .meta({ id: 'AssessmentTemplates' });

export const putAssessmentSchema = z
  .strictObject({
    templateId: z.enum(ASSESSMENT_TEMPLATE_IDS),
    unitId: idSchema,
    period: periodKeySchema,
    answers: z.record(z.string(), z.number().int().min(1).max(5)).meta({
      description: 'Statement code → 1–5; leave a statement out to skip it',
      example: { ST1: 4, ST2: 3 },
    }),
  })
  .meta({ id: 'PutAssessment' });

export const assessmentQuery = z.object({ unitId: idSchema, period: periodKeySchema });

const myAssessmentSchema = z.object({
  templateId: z.enum(ASSESSMENT_TEMPLATE_IDS),
  answers: z.record(z.string(), z.number()).nullable(),
  updatedAt: z.string().nullable(),
});
export const myAssessmentsSchema = z
  .object({ unitId: z.string(), period: z.string(), items: z.array(myAssessmentSchema) })
  .meta({ id: 'MyAssessments' });

const elementResultSchema = z.object({
  key: z.string(),
  name: localizedSchema,
  score: nullableNum.meta({ description: '1–5' }),
  score100: nullableNum,
  previous: nullableNum,
  change: nullableNum.meta({ description: 'score − previous, on 1–5' }),
  answered: count,
  statements: z.array(z.object({ code: z.string(), answers: count, score: nullableNum })),
});
export const assessmentResultsSchema = z
  .object({
    unit: unitRef,
    period: z.string(),
    periodLabel: localizedSchema,
    instruments: z.array(
      z.object({
        templateId: z.enum(ASSESSMENT_TEMPLATE_IDS),
        name: localizedSchema,
        respondents: count,
        overall: nullableNum,
        overall100: nullableNum,
        previous: z
          .object({
            period: z.string(),
            periodLabel: localizedSchema,
            respondents: count,
            overall: nullableNum,
          })
          .nullable(),
        elements: z
          .array(elementResultSchema)
          .meta({ description: 'Radar axes: current and previous per element' }),
      }),
    ),
    method: localizedSchema,
  })
  .meta({ id: 'AssessmentResults' });

export const ksfQuery = z.object({ unitId: idSchema.optional(), period: periodKeySchema.optional() });
export const ksfSchema = z
  .object({
    unit: unitRef,
    period: z.string(),
    periodLabel: localizedSchema,
    rows: z.array(
      z.object({
        key: z.enum(KSF_KEYS),
        name: localizedSchema,
        score: nullableNum,
        source: z.enum(['measured', 'self-assessment', 'none']),
        raw: nullableNum,
        scale: z.enum(['0-1', '25-100', 'gap-6', '1-5']).nullable(),
        measure: localizedSchema.nullable(),
      }),
    ),
    overall: nullableNum,
    selfAssessedFrom: z
      .array(
        z.object({ templateId: z.enum(ASSESSMENT_TEMPLATE_IDS), period: z.string(), respondents: count }),
      )
      .meta({ description: 'The assessments the self-assessed factors come from' }),
    measured: z.object({
      ikm: nullableNum,
      complaintOnTimeRate: nullableNum,
      servqualGap: nullableNum,
      servqualWeighted: z.boolean().nullable(),
    }),
    method: localizedSchema,
  })
  .meta({ id: 'KsfScorecard' });

// ---------------------------------------------------------------------------------------------------------------
// Recognition

export const recognitionQuery = z.object({
  unitId: idSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().meta({ description: 'Default: this year' }),
});
export const recognitionDetailQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().meta({ description: 'Default: this year' }),
});

const effectSchema = z.object({
  cycleId: z.string(),
  title: z.string(),
  unitId: z.string().nullable(),
  metric: localizedSchema,
  comparison: comparisonSchema,
});
const contributionSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.string(),
  unitIds: z.array(z.string()),
  cyclesLed: count,
  cyclesCompleted: count,
  cyclesImproved: count,
  cyclesTargetMet: count,
  actionsOwned: count,
  actionsDone: count,
  actionsOnTime: count,
  onTimeRate: nullableNum,
  effects: z.array(effectSchema).meta({ description: 'Measured effect of the completed cycles led' }),
});
export const recognitionSchema = z
  .object({ year: z.number().int(), items: z.array(contributionSchema), method: localizedSchema })
  .meta({ id: 'Recognition' });
export const recognitionDetailSchema = z
  .object({
    year: z.number().int(),
    official: contributionSchema,
    cyclesLed: z.array(cycleSummarySchema),
    actions: z.array(cycleActionSchema.extend({ cycleId: z.string(), cycleTitle: z.string() })),
    method: localizedSchema,
    generatedAt: z.string(),
  })
  .meta({ id: 'RecognitionDetail' });

// ---------------------------------------------------------------------------------------------------------------
// Executive view

export const executiveQuery = z.object({
  period: periodKeySchema.optional().meta({ description: 'Default: this year' }),
});

const unitCyclesSchema = z.object({
  open: count,
  completed: count,
  improved: count,
  targetMet: count,
  effects: z.array(effectSchema),
});
const unitRowSchema = z.object({
  unit: z.object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    headName: z.string().nullable(),
  }),
  ikm: z.object({ value: nullableNum, mutu: z.enum(MUTU).nullable(), respondents: count }),
  complaints: z.object({
    received: count,
    responded: count,
    respondedOnTime: count,
    onTimeRate: nullableNum,
  }),
  trust: z.object({ high: nullableNum, respondents: count }).nullable(),
  cycles: unitCyclesSchema,
});
export const executiveSchema = z
  .object({
    tenant: z.object({ name: z.string() }),
    period: z.string(),
    periodLabel: localizedSchema,
    templateId: z.enum(SURVEY_TEMPLATE_IDS),
    units: z.array(unitRowSchema),
    pemda: z.object({
      ikm: z.object({ value: nullableNum, mutu: z.enum(MUTU).nullable(), respondents: count }),
      complaints: z.object({
        received: count,
        responded: count,
        respondedOnTime: count,
        onTimeRate: nullableNum,
      }),
      trust: z.object({ high: nullableNum, respondents: count }).nullable(),
      cycles: unitCyclesSchema,
    }),
    method: localizedSchema,
    generatedAt: z.string(),
  })
  .meta({ id: 'ExecutiveView' });

export const executiveUnitSchema = z
  .object({
    unit: z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string().nullable(),
      headName: z.string().nullable(),
    }),
    period: z.string(),
    periodLabel: localizedSchema,
    templateId: z.enum(SURVEY_TEMPLATE_IDS),
    row: unitRowSchema,
    ikmUnsur: z.array(
      z.object({
        code: z.string(),
        name: localizedSchema,
        value: nullableNum,
        mutu: z.enum(MUTU).nullable(),
        weakest: z.boolean(),
      }),
    ),
    ikmTrend: z.array(
      z.object({ period: z.string(), label: localizedSchema, ikm: nullableNum, respondents: count }),
    ),
    complaintTrend: z.array(
      z.object({
        month: z.string(),
        received: count,
        responded: count,
        respondedOnTime: count,
        onTimeRate: nullableNum,
      }),
    ),
    cycles: z.array(cycleSummarySchema),
    ksf: ksfSchema,
    method: localizedSchema,
    generatedAt: z.string(),
  })
  .meta({ id: 'ExecutiveUnit' });

// ---------------------------------------------------------------------------------------------------------------
// Public accountability

export const publicImprovementSchema = z
  .object({
    tenant: z.object({ name: z.string() }),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        problem: z.string(),
        unit: z.object({ id: z.string(), name: z.string() }).nullable(),
        stage: z.enum(CYCLE_STAGES),
        stageLabel: localizedSchema,
        metric: z.object({
          name: localizedSchema,
          unit: localizedSchema,
          direction: z.enum(METRIC_DIRECTIONS),
        }),
        baseline: z.object({ value: num, period: z.string() }),
        target: num,
        result: z.object({ value: num, period: z.string(), complete: z.boolean() }).nullable(),
        comparison: comparisonSchema,
        progress: z.object({ total: count, done: count, share: z.number().nullable() }),
        actions: z.array(
          z.object({
            title: z.string(),
            status: z.enum(ACTION_STATUSES),
            deadline: z.string(),
            completedAt: z.string().nullable(),
          }),
        ),
        timeline: z.array(z.object({ stage: z.enum(CYCLE_STAGES), at: z.string() })),
        standardised: z.array(
          z.object({
            kind: z.enum(['service', 'maklumat']),
            component: z.string().nullable(),
            at: z.string(),
          }),
        ),
        startedAt: z.string(),
        updatedAt: z.string(),
      }),
    ),
    generatedAt: z.string(),
  })
  .meta({ id: 'PublicImprovement' });
