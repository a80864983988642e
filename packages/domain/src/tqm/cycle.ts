/**
 * PDCA improvement cycles (DOMAIN.md §8): each cycle targets a measured problem, has an owner, a target, a baseline
 * taken from the live numbers and a re-measurement after the change. Stages: plan → do → check → act → closed, with
 * a step back allowed (do → plan, check → do, act → check) when the evidence asks for it.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, type Localized, versionSchema } from '../common';
import type { MessageKey } from '../messages';
import { STANDARD_COMPONENT_KEYS } from '../service';
import { SURVEY_TEMPLATE_IDS } from '../settings';
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../survey/servqual-template';
import type { IkmTemplateId } from '../survey/templates';
import { isBetter, METRIC_DIRECTIONS, type MetricDirection } from './compare';

export const CYCLE_STAGES = ['plan', 'do', 'check', 'act', 'closed'] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

export const STAGE_LABELS: Record<CycleStage, Localized> = {
  plan: { id: 'Rencana (Plan)', en: 'Plan' },
  do: { id: 'Pelaksanaan (Do)', en: 'Do' },
  check: { id: 'Pemeriksaan (Check)', en: 'Check' },
  act: { id: 'Tindak lanjut (Act)', en: 'Act' },
  closed: { id: 'Selesai', en: 'Closed' },
};

/** Allowed moves: one step forward, or one step back. */
export const STAGE_TRANSITIONS: Record<CycleStage, readonly CycleStage[]> = {
  plan: ['do'],
  do: ['plan', 'check'],
  check: ['do', 'act'],
  act: ['check', 'closed'],
  closed: [],
};

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Fishbone (Ishikawa) cause categories: the classic 6M, or a variant for public services. */
export const CAUSE_CATEGORY_SETS = {
  'six-m': {
    name: { id: '6M (Ishikawa)', en: '6M (Ishikawa)' },
    categories: {
      man: { id: 'Manusia', en: 'Man (people)' },
      method: { id: 'Metode', en: 'Method' },
      machine: { id: 'Mesin/peralatan', en: 'Machine' },
      material: { id: 'Material', en: 'Material' },
      measurement: { id: 'Pengukuran', en: 'Measurement' },
      environment: { id: 'Lingkungan', en: 'Environment' },
    },
  },
  'public-service': {
    name: { id: 'Pelayanan publik', en: 'Public service' },
    categories: {
      petugas: { id: 'Petugas', en: 'Staff' },
      prosedur: { id: 'Prosedur', en: 'Procedure' },
      persyaratan: { id: 'Persyaratan', en: 'Requirements' },
      sarana: { id: 'Sarana dan prasarana', en: 'Facilities' },
      'sistem-informasi': { id: 'Sistem informasi', en: 'Information systems' },
      kebijakan: { id: 'Kebijakan/regulasi', en: 'Policy and regulation' },
      pengguna: { id: 'Pengguna layanan', en: 'Service users' },
      lingkungan: { id: 'Lingkungan', en: 'Environment' },
    },
  },
} as const satisfies Record<string, { name: Localized; categories: Record<string, Localized> }>;
export type CauseCategorySet = keyof typeof CAUSE_CATEGORY_SETS;
export const CAUSE_CATEGORY_SET_IDS = Object.keys(CAUSE_CATEGORY_SETS) as [
  CauseCategorySet,
  ...CauseCategorySet[],
];

export const SOURCE_KINDS = [
  'skm-unsur',
  'complaint-category',
  'missed-deadlines',
  'servqual-gap',
  'manual',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What a source measures. The manual source names its own metric and direction. */
export const METRICS: Record<
  Exclude<SourceKind, 'manual'>,
  { name: Localized; unit: Localized; direction: MetricDirection; scale: { min: number; max: number | null } }
> = {
  'skm-unsur': {
    name: { id: 'Nilai unsur SKM (NRR × 25)', en: 'SKM element score (NRR × 25)' },
    unit: { id: 'nilai 25–100', en: 'score 25–100' },
    direction: 'higher-is-better',
    scale: { min: 25, max: 100 },
  },
  'complaint-category': {
    name: { id: 'Jumlah pengaduan pada kategori', en: 'Complaints in the category' },
    unit: { id: 'pengaduan per periode', en: 'complaints per period' },
    direction: 'lower-is-better',
    scale: { min: 0, max: null },
  },
  'missed-deadlines': {
    name: { id: 'Tanggapan pertama tepat waktu', en: 'First responses on time' },
    unit: { id: '%', en: '%' },
    direction: 'higher-is-better',
    scale: { min: 0, max: 100 },
  },
  'servqual-gap': {
    name: { id: 'Kesenjangan SERVQUAL dimensi (P − E)', en: 'SERVQUAL dimension gap (P − E)' },
    unit: { id: 'gap −6…+6', en: 'gap −6…+6' },
    direction: 'higher-is-better',
    scale: { min: -6, max: 6 },
  },
};

export type CycleSource =
  | { kind: 'skm-unsur'; unitId: string | null; period: string; templateId: IkmTemplateId; unsurCode: string }
  | { kind: 'complaint-category'; categoryId: string; period: string }
  | { kind: 'missed-deadlines'; unitId: string | null; period: string }
  | { kind: 'servqual-gap'; unitId: string | null; period: string; dimension: ServqualDimension }
  | {
      kind: 'manual';
      metricName: string;
      metricUnit: string;
      direction: MetricDirection;
      baselineValue: number;
      baselinePeriod: string;
    };

export interface CycleMetric {
  kind: SourceKind;
  name: Localized;
  unit: Localized;
  direction: MetricDirection;
  scale: { min: number; max: number | null } | null;
}

/** A value of the metric with where it came from. */
export interface Measurement {
  value: number;
  period: string;
  /** Answers, responses or complaints behind the value. */
  sample: number;
  measuredAt: string;
  /** Human-readable source reference, e.g. "SKM Dinas X, 2026-Q1, U3 (42 jawaban)". */
  reference: string;
  /** False while the period is still running. */
  complete: boolean;
}

export interface CycleAction {
  id: string;
  title: string;
  ownerId: string;
  ownerName: string;
  deadline: string;
  status: ActionStatus;
  completedAt: string | null;
  /** Internal progress note. */
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StageEvent {
  stage: CycleStage;
  at: string;
  byId: string;
  byName: string;
  note: string | null;
}

export interface RootCause {
  categorySet: CauseCategorySet;
  whys: string[];
  causes: { category: string; text: string }[];
}

export interface StandardChangeSummary {
  id: string;
  kind: 'service' | 'maklumat';
  serviceId: string | null;
  unitId: string | null;
  component: string | null;
  at: string;
}

export interface ImprovementCycle {
  id: string;
  /** The OPD unit; null for a Pemda-wide cycle. */
  unitId: string | null;
  title: string;
  problem: string;
  source: CycleSource;
  metric: CycleMetric;
  baseline: Measurement;
  target: number;
  /** The later period the metric is re-measured over (Check). */
  checkPeriod: string;
  /** The re-measurement: frozen when the cycle enters Act (entered by hand for a manual metric). */
  checkResult: Measurement | null;
  rootCause: RootCause;
  actions: CycleAction[];
  stage: CycleStage;
  history: StageEvent[];
  standardChanges: StandardChangeSummary[];
  previousCycleId: string | null;
  nextCycleId: string | null;
  public: boolean;
  /** Who leads the cycle. */
  ownerId: string;
  ownerName: string;
  /** Internal notes: never published. */
  notes: string | null;
  closedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Input schemas

export const PERIOD_KEY = /^(\d{4})(?:-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/;
export const tqmPeriodSchema = z.string().regex(PERIOD_KEY, 'survey.period').meta({
  description: 'Year `2026`, semester `2026-S1`, triwulan `2026-Q2` or month `2026-04`',
  example: '2026-Q1',
});

/** A number, with a message that says so (a target given as text is the classic mistake). */
const numberField = (key: MessageKey) => z.number({ error: key });

const unitRef = idSchema
  .nullable()
  .optional()
  .meta({ description: 'The OPD unit; omit or null for the whole Pemda' });

export const cycleSourceSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('skm-unsur'),
      unitId: unitRef,
      period: tqmPeriodSchema,
      unsurCode: z.string().trim().min(1).max(10).meta({ example: 'U3' }),
      templateId: z
        .enum(SURVEY_TEMPLATE_IDS)
        .optional()
        .meta({ description: "Default: the tenant's survey template" }),
    }),
    z.strictObject({
      kind: z.literal('complaint-category'),
      categoryId: idSchema,
      period: tqmPeriodSchema,
    }),
    z.strictObject({ kind: z.literal('missed-deadlines'), unitId: unitRef, period: tqmPeriodSchema }),
    z.strictObject({
      kind: z.literal('servqual-gap'),
      unitId: unitRef,
      period: tqmPeriodSchema,
      dimension: z.enum(SERVQUAL_DIMENSIONS),
    }),
    z.strictObject({
      kind: z.literal('manual'),
      metricName: z
        .string()
        .trim()
        .min(3)
        .max(120)
        .meta({ example: 'Waktu tunggu rata-rata di loket (menit)' }),
      metricUnit: z.string().trim().min(1).max(40).meta({ example: 'menit' }),
      direction: z.enum(METRIC_DIRECTIONS),
      baselineValue: numberField('cycle.valueNumber'),
      baselinePeriod: z.string().trim().min(1).max(40).meta({ example: '2026-Q1' }),
    }),
  ])
  .meta({
    id: 'CycleSource',
    description: 'Where the problem was found: its metric and baseline follow from it',
  });
export type CycleSourceInput = z.infer<typeof cycleSourceSchema>;

const categoryRule = (
  r: { categorySet: CauseCategorySet; causes: { category: string }[] },
  ctx: z.RefinementCtx,
) => {
  const allowed = Object.keys(CAUSE_CATEGORY_SETS[r.categorySet].categories);
  r.causes.forEach((c, i) => {
    if (!allowed.includes(c.category))
      ctx.addIssue({ code: 'custom', path: ['causes', i, 'category'], message: 'cycle.causeCategory' });
  });
};

export const rootCauseSchema = z
  .strictObject({
    categorySet: z.enum(CAUSE_CATEGORY_SET_IDS).default('public-service'),
    whys: z
      .array(z.string().trim().min(1).max(500))
      .max(7)
      .default([])
      .meta({ description: '5 whys, in order' }),
    causes: z
      .array(
        z.strictObject({
          category: z.string().max(40).meta({ example: 'prosedur' }),
          text: z.string().trim().min(1).max(500),
        }),
      )
      .max(40)
      .default([]),
  })
  .superRefine(categoryRule)
  .meta({
    id: 'RootCause',
    example: {
      categorySet: 'public-service',
      whys: ['Antrean panjang', 'Hanya satu loket buka pada jam sibuk'],
      causes: [{ category: 'petugas', text: 'Petugas loket merangkap tugas arsip' }],
    },
  });

const actionFields = {
  title: z.string().trim().min(3).max(200).meta({ example: 'Membuka loket kedua pada jam 08.00–11.00' }),
  ownerId: idSchema,
  deadline: isoDateSchema,
};

export const newActionSchema = z.strictObject(actionFields).meta({ id: 'NewCycleAction' });

export const createCycleSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(160).meta({ example: 'Mempercepat penyelesaian KTP-el' }),
    problem: z.string().trim().min(10).max(2000).meta({
      example: 'Nilai unsur Waktu Penyelesaian terendah di antara sembilan unsur SKM triwulan I.',
    }),
    source: cycleSourceSchema,
    target: numberField('cycle.targetNumber').meta({
      description: 'The value the metric should reach',
      example: 80,
    }),
    unitId: unitRef.meta({
      description:
        'For complaint-category and manual sources: the unit (default: the category’s unit, or none)',
    }),
    ownerId: idSchema.optional().meta({ description: 'Who leads the cycle (default: the caller)' }),
    checkPeriod: tqmPeriodSchema.optional().meta({ description: 'Default: the period after the baseline' }),
    rootCause: rootCauseSchema.optional(),
    actions: z.array(newActionSchema).max(30).default([]),
    public: z.boolean().default(false),
    notes: z.string().trim().max(4000).nullable().optional(),
  })
  .meta({ id: 'CreateCycle' });
export type CreateCycleInput = z.infer<typeof createCycleSchema>;

export const updateCycleSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(160).optional(),
    problem: z.string().trim().min(10).max(2000).optional(),
    target: numberField('cycle.targetNumber').optional(),
    ownerId: idSchema.optional(),
    checkPeriod: tqmPeriodSchema.optional(),
    rootCause: rootCauseSchema.optional(),
    public: z.boolean().optional(),
    notes: z.string().trim().max(4000).nullable().optional(),
    manualResult: z
      .strictObject({ value: numberField('cycle.valueNumber'), period: z.string().trim().min(1).max(40) })
      .nullable()
      .optional()
      .meta({ description: 'Manual metrics only: the re-measured value' }),
    version: versionSchema,
  })
  .meta({ id: 'UpdateCycle' });
export type UpdateCycleInput = z.infer<typeof updateCycleSchema>;

export const stageChangeSchema = z
  .strictObject({
    to: z.enum(CYCLE_STAGES),
    note: z.string().trim().max(1000).optional(),
    version: versionSchema,
  })
  .meta({ id: 'CycleStageChange', example: { to: 'do', version: 1 } });

export const addActionSchema = z
  .strictObject({ ...actionFields, version: versionSchema })
  .meta({ id: 'AddCycleAction' });

export const updateActionSchema = z
  .strictObject({
    title: actionFields.title.optional(),
    ownerId: idSchema.optional(),
    deadline: isoDateSchema.optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    note: z.string().trim().max(2000).nullable().optional(),
    version: versionSchema,
  })
  .meta({ id: 'UpdateCycleAction', example: { status: 'done', version: 3 } });

export const standardiseSchema = z
  .strictObject({
    change: z
      .discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('service'),
          serviceId: idSchema,
          component: z.enum(STANDARD_COMPONENT_KEYS),
          text: z.string().trim().max(4000),
          serviceVersion: versionSchema.meta({ description: 'The service’s version as read' }),
        }),
        z.strictObject({
          kind: z.literal('maklumat'),
          unitId: idSchema.optional().meta({ description: 'Default: the cycle’s unit' }),
          text: z.string().trim().min(20).max(4000),
          signedBy: z.string().trim().min(3).max(120),
          signedOn: isoDateSchema,
          maklumatVersion: versionSchema
            .optional()
            .meta({ description: 'Omit when the unit has no maklumat yet' }),
        }),
      ])
      .meta({ description: 'A component of a service’s Standar Pelayanan, or the unit’s Maklumat' }),
    note: z.string().trim().max(1000).optional(),
    version: versionSchema,
  })
  .meta({
    id: 'Standardise',
    description: 'Act: change the Standar Pelayanan of a service or the unit’s Maklumat',
  });
export type StandardiseInput = z.infer<typeof standardiseSchema>;

export const nextCycleSchema = z
  .strictObject({
    title: z.string().trim().min(3).max(160).optional(),
    problem: z.string().trim().min(10).max(2000).optional(),
    target: numberField('cycle.targetNumber'),
    ownerId: idSchema.optional(),
    public: z.boolean().optional(),
    version: versionSchema,
  })
  .meta({ id: 'NextCycle', example: { target: 85, version: 7 } });

// ---------------------------------------------------------------------------------------------------------------
// Rules

export function metricOf(source: CycleSource): CycleMetric {
  if (source.kind === 'manual') {
    return {
      kind: 'manual',
      name: { id: source.metricName, en: source.metricName },
      unit: { id: source.metricUnit, en: source.metricUnit },
      direction: source.direction,
      scale: null,
    };
  }
  const m = METRICS[source.kind];
  return { kind: source.kind, name: m.name, unit: m.unit, direction: m.direction, scale: m.scale };
}

/** Why a target is refused for a metric and baseline (off the scale, or no better than the baseline); null if fine. */
export function targetProblem(metric: CycleMetric, baseline: number, target: number): MessageKey | null {
  if (!Number.isFinite(target)) return 'cycle.targetNumber';
  const s = metric.scale;
  if (s && (target < s.min || (s.max !== null && target > s.max))) return 'cycle.targetRange';
  if (!isBetter(metric.direction, target, baseline)) return 'cycle.targetNotBetter';
  return null;
}

export interface CycleProgress {
  /** Actions that count (not cancelled). */
  total: number;
  planned: number;
  inProgress: number;
  done: number;
  cancelled: number;
  /** done / total, 0–1; null without actions. */
  share: number | null;
}

export function cycleProgress(actions: readonly Pick<CycleAction, 'status'>[]): CycleProgress {
  const n = (s: ActionStatus) => actions.filter((a) => a.status === s).length;
  const cancelled = n('cancelled');
  const total = actions.length - cancelled;
  const done = n('done');
  return {
    total,
    planned: n('planned'),
    inProgress: n('in-progress'),
    done,
    cancelled,
    share: total > 0 ? done / total : null,
  };
}

export interface StageCheck {
  from: CycleStage;
  to: CycleStage;
  actions: readonly Pick<CycleAction, 'status'>[];
  /** The re-measured value available now (live for data metrics, entered for manual ones). */
  checkValue: number | null;
  standardChanges: number;
  nextCycleId: string | null;
}

/** Why a stage change is refused, or null when it may happen. */
export function stageProblem(s: StageCheck): MessageKey | null {
  if (!STAGE_TRANSITIONS[s.from].includes(s.to)) return 'cycle.stageNotAllowed';
  const forward = CYCLE_STAGES.indexOf(s.to) > CYCLE_STAGES.indexOf(s.from);
  if (!forward) return null;
  const p = cycleProgress(s.actions);
  switch (s.to) {
    case 'do':
      return p.total > 0 ? null : 'cycle.needsActions';
    case 'check':
      return p.total > 0 && p.done === p.total ? null : 'cycle.actionsOpen';
    case 'act':
      return s.checkValue !== null ? null : 'cycle.noMeasurement';
    case 'closed':
      return s.standardChanges > 0 || s.nextCycleId !== null ? null : 'cycle.needsDecision';
    default:
      return null;
  }
}

/** Whether an action was done by its deadline (`completedOn` = local date of completion). */
export const actionOnTime = (
  a: Pick<CycleAction, 'status' | 'deadline'>,
  completedOn: string | null,
): boolean => a.status === 'done' && completedOn !== null && completedOn <= a.deadline;
