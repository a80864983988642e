/**
 * Recognition of contributions to improvement (quality culture: staff involved and rewarded), per official and
 * year, from the cycles alone:
 *  - cycles led: cycles the official owns that were open at some time in the year;
 *  - cycles completed: of those, the ones re-measured (Act or closed) in the year, with their measured effect
 *    (baseline against the frozen re-measurement, direction-aware) and whether they improved or met the target;
 *  - actions: actions the official owns with a deadline in the year (cancelled ones left out), done, and done on
 *    time (completed on or before the deadline, in the Pemda's time zone).
 */
import {
  actionOnTime,
  type Comparison,
  compareBeforeAfter,
  type ImprovementCycle,
  type Localized,
  localDate,
} from '@prima/domain';

export interface Official {
  id: string;
  name: string;
  role: string;
  unitIds: readonly string[];
  status: string;
}

export interface Effect {
  cycleId: string;
  title: string;
  unitId: string | null;
  metric: Localized;
  comparison: Comparison;
}

export interface Contribution {
  userId: string;
  name: string;
  role: string;
  unitIds: string[];
  cyclesLed: number;
  cyclesCompleted: number;
  cyclesImproved: number;
  cyclesTargetMet: number;
  actionsOwned: number;
  actionsDone: number;
  actionsOnTime: number;
  onTimeRate: number | null;
  effects: Effect[];
}

export const RECOGNITION_METHOD: Localized = {
  id:
    'Siklus dipimpin: siklus yang dimiliki pejabat dan berjalan pada tahun itu. Siklus selesai: yang diukur ulang ' +
    '(tahap Act atau selesai) pada tahun itu, dengan dampak terukur (baseline dibanding hasil pengukuran ulang, ' +
    'sesuai arah ukuran). Tindakan: tindakan milik pejabat dengan tenggat pada tahun itu (yang dibatalkan tidak ' +
    'dihitung); tepat waktu = selesai paling lambat pada tanggal tenggat.',
  en:
    'Cycles led: cycles the official owns that were open during the year. Completed: those re-measured (Act or ' +
    'closed) in the year, with the measured effect (baseline against the re-measurement, in the metric’s ' +
    'direction). Actions: the official’s actions due in the year (cancelled ones left out); on time = done by the ' +
    'deadline.',
};

const yearOf = (iso: string, timeZone: string) => Number(localDate(new Date(iso), timeZone).slice(0, 4));

/** Whether the cycle was open at some time in `year`. */
export function activeIn(c: ImprovementCycle, year: number, timeZone: string): boolean {
  return (
    yearOf(c.createdAt, timeZone) <= year && (c.closedAt === null || yearOf(c.closedAt, timeZone) >= year)
  );
}

/** The cycle was re-measured (entered Act) in `year`: its measured effect counts then. */
export function completedIn(c: ImprovementCycle, year: number, timeZone: string): boolean {
  return (
    (c.stage === 'act' || c.stage === 'closed') &&
    c.checkResult !== null &&
    yearOf(c.checkResult.measuredAt, timeZone) === year
  );
}

export const effectOf = (c: ImprovementCycle): Effect => ({
  cycleId: c.id,
  title: c.title,
  unitId: c.unitId,
  metric: c.metric.name,
  comparison: compareBeforeAfter({
    baseline: c.baseline.value,
    current: c.checkResult?.value ?? null,
    direction: c.metric.direction,
    target: c.target,
  }),
});

export function contributions(
  cycles: readonly ImprovementCycle[],
  officials: readonly Official[],
  opts: { year: number; timeZone: string; unitId?: string | undefined },
): Contribution[] {
  const { year, timeZone, unitId } = opts;
  const inScope = cycles.filter((c) => unitId === undefined || c.unitId === unitId);
  const rows = officials.map((o) => {
    const led = inScope.filter((c) => c.ownerId === o.id && activeIn(c, year, timeZone));
    const completed = led.filter((c) => completedIn(c, year, timeZone));
    const effects = completed.map(effectOf);
    const actions = inScope.flatMap((c) =>
      c.actions.filter(
        (a) => a.ownerId === o.id && a.status !== 'cancelled' && Number(a.deadline.slice(0, 4)) === year,
      ),
    );
    const done = actions.filter((a) => a.status === 'done');
    const onTime = done.filter((a) =>
      actionOnTime(a, a.completedAt ? localDate(new Date(a.completedAt), timeZone) : null),
    ).length;
    return {
      userId: o.id,
      name: o.name,
      role: o.role,
      unitIds: [...o.unitIds],
      cyclesLed: led.length,
      cyclesCompleted: completed.length,
      cyclesImproved: effects.filter((e) => e.comparison.status === 'improved').length,
      cyclesTargetMet: effects.filter((e) => e.comparison.targetMet === true).length,
      actionsOwned: actions.length,
      actionsDone: done.length,
      actionsOnTime: onTime,
      onTimeRate: done.length > 0 ? onTime / done.length : null,
      effects,
    };
  });
  const contributed = (r: Contribution) => r.cyclesLed + r.actionsOwned > 0;
  return rows
    .filter(
      (r, i) =>
        contributed(r) ||
        (officials[i]!.status === 'active' &&
          (unitId === undefined || officials[i]!.unitIds.includes(unitId))),
    )
    .sort(
      (a, b) =>
        b.cyclesImproved - a.cyclesImproved ||
        b.cyclesCompleted - a.cyclesCompleted ||
        b.actionsOnTime - a.actionsOnTime ||
        b.cyclesLed + b.actionsOwned - (a.cyclesLed + a.actionsOwned) ||
        a.name.localeCompare(b.name, 'id'),
    );
}
