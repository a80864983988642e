/** How improvement cycles leave the API: summaries for lists and boards, the full cycle with its live check. */
import {
  actionOnTime,
  CAUSE_CATEGORY_SETS,
  type CycleAction,
  type CycleStage,
  compareBeforeAfter,
  cycleProgress,
  type ImprovementCycle,
  type Localized,
  localDate,
  type Measurement,
  type ParsedPeriod,
  parsePeriodKey,
  periodLabel,
  periodsBetween,
  STAGE_LABELS,
  STAGE_TRANSITIONS,
  type Unit,
} from '@prima/domain';
import { type MeasureContext, measure, withPeriod } from './measure';

export interface ViewContext {
  today: string;
  timeZone: string;
  units: ReadonlyMap<string, Unit>;
}

export const unitRefOf = (units: ReadonlyMap<string, Unit>, id: string | null) => {
  const u = id ? units.get(id) : undefined;
  return u ? { id: u.id, name: u.name, shortName: u.shortName } : null;
};

export function actionView(a: CycleAction, ctx: Pick<ViewContext, 'today' | 'timeZone'>) {
  const completedOn = a.completedAt ? localDate(new Date(a.completedAt), ctx.timeZone) : null;
  return {
    ...a,
    overdue: a.status !== 'done' && a.status !== 'cancelled' && a.deadline < ctx.today,
    onTime: a.status === 'done' ? actionOnTime(a, completedOn) : null,
  };
}

const compare = (c: ImprovementCycle, current: Measurement | null) =>
  compareBeforeAfter({
    baseline: c.baseline.value,
    current: current?.value ?? null,
    direction: c.metric.direction,
    target: c.target,
  });

export function cycleSummary(c: ImprovementCycle, ctx: ViewContext) {
  const actions = c.actions.map((a) => actionView(a, ctx));
  return {
    id: c.id,
    title: c.title,
    unit: unitRefOf(ctx.units, c.unitId),
    stage: c.stage,
    stageLabel: STAGE_LABELS[c.stage],
    source: c.source,
    metric: c.metric,
    baseline: c.baseline,
    target: c.target,
    checkPeriod: c.checkPeriod,
    checkResult: c.checkResult,
    comparison: compare(c, c.checkResult),
    progress: cycleProgress(c.actions),
    overdueActions: actions.filter((a) => a.overdue).length,
    ownerId: c.ownerId,
    ownerName: c.ownerName,
    public: c.public,
    previousCycleId: c.previousCycleId,
    nextCycleId: c.nextCycleId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    closedAt: c.closedAt,
    version: c.version,
  };
}

export interface LiveCheck {
  current: Measurement | null;
  currentSource: 'live' | 'frozen' | 'manual' | null;
  series: {
    period: string;
    label: Localized;
    value: number | null;
    sample: number;
    phase: 'baseline' | 'between' | 'check';
  }[];
}

const FROZEN_STAGES: readonly CycleStage[] = ['act', 'closed'];
const SERIES_MAX = 12;

const labelOf = (key: string): Localized => {
  const p = parsePeriodKey(key);
  return p ? periodLabel(p) : { id: key, en: key };
};

/**
 * The re-measurement of a cycle: frozen once it is in Act (or closed), entered by hand for a manual metric, else
 * computed now from the counters of the check period; and the series from the baseline period to the check period
 * (one chart for before and after).
 */
export async function liveCheck(
  mctx: MeasureContext,
  c: ImprovementCycle,
  labels: { unit?: string | null; category?: string | null } = {},
): Promise<LiveCheck> {
  const manual = c.source.kind === 'manual';
  let current: Measurement | null;
  let currentSource: LiveCheck['currentSource'];
  if (manual) {
    current = c.checkResult;
    currentSource = current ? 'manual' : null;
  } else if (c.checkResult && FROZEN_STAGES.includes(c.stage)) {
    current = c.checkResult;
    currentSource = 'frozen';
  } else {
    current = await measure(mctx, withPeriod(c.source, c.checkPeriod), labels);
    currentSource = current ? 'live' : null;
  }

  const point = (period: string, m: Measurement | null, phase: LiveCheck['series'][number]['phase']) => ({
    period,
    label: labelOf(period),
    value: m?.value ?? null,
    sample: m?.sample ?? 0,
    phase,
  });
  const base = parsePeriodKey(c.baseline.period);
  const check = parsePeriodKey(c.checkPeriod);
  let series: LiveCheck['series'];
  if (manual || !base || !check || base.type !== check.type) {
    series = [point(c.baseline.period, c.baseline, 'baseline'), point(c.checkPeriod, current, 'check')];
  } else {
    const periods: ParsedPeriod[] = periodsBetween(base, check, SERIES_MAX);
    series = await Promise.all(
      periods.map(async (p) => {
        if (p.key === base.key) return point(p.key, c.baseline, 'baseline');
        if (p.key === check.key) return point(p.key, current, 'check');
        return point(p.key, await measure(mctx, withPeriod(c.source, p.key), labels), 'between');
      }),
    );
  }
  return { current, currentSource, series };
}

export const CYCLE_METHOD: Localized = {
  id:
    'Baseline diambil dari angka yang berjalan (penghitung yang diperbarui setiap jawaban survei atau perubahan ' +
    'pengaduan) pada saat siklus dibuat, untuk periode baseline. Pemeriksaan (Check) mengukur ukuran yang sama ' +
    'pada periode pemeriksaan secara otomatis; nilainya dibekukan saat siklus masuk tahap Act. Perbandingan ' +
    'sebelum–sesudah memperhitungkan arah ukuran (makin tinggi/rendah makin baik).',
  en:
    'The baseline is taken from the live numbers (counters updated with every survey answer or complaint change) ' +
    'when the cycle is created, for the baseline period. Check re-measures the same metric over the check period ' +
    'automatically; the value is frozen when the cycle enters Act. The before/after comparison follows the ' +
    "metric's direction (higher or lower is better).",
};

export function cycleDetail(c: ImprovementCycle, ctx: ViewContext, live: LiveCheck) {
  const categories = CAUSE_CATEGORY_SETS[c.rootCause.categorySet].categories as Record<string, Localized>;
  return {
    ...cycleSummary(c, ctx),
    problem: c.problem,
    rootCause: {
      categorySet: c.rootCause.categorySet,
      whys: c.rootCause.whys,
      causes: c.rootCause.causes.map((x) => ({ ...x, label: categories[x.category] ?? null })),
    },
    actions: c.actions.map((a) => actionView(a, ctx)),
    history: c.history,
    standardChanges: c.standardChanges,
    notes: c.notes,
    current: live.current,
    currentSource: live.currentSource,
    comparison: compare(c, live.current),
    series: live.series,
    availableStages: [...STAGE_TRANSITIONS[c.stage]],
    method: CYCLE_METHOD,
  };
}
