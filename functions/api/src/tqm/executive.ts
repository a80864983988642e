/**
 * The executive view for the head of the Pemda: every unit side by side on the IKM of the period, on-time complaint
 * handling, public trust, and its improvement cycles (open, and completed in the period with their measured
 * effect). All from counters and the cycle registry: a fixed number of reads per unit.
 */
import {
  IKM_TEMPLATES,
  type IkmTemplateId,
  type IkmWeighting,
  type ImprovementCycle,
  ikmFromCounters,
  type Localized,
  localDate,
  monthsOf,
  type ParsedPeriod,
  trustFromCounters,
  type Unit,
} from '@prima/domain';
import { type AggregateScope, complaintStats, surveyAggregates, type TenantDb } from '@prima/store';
import { effectOf } from './recognition';

export const EXECUTIVE_METHOD: Localized = {
  id:
    'IKM: agregat SKM unit pada periode (templat Pemda). Penanganan pengaduan: tanggapan pertama tepat waktu ÷ ' +
    'tanggapan pertama pada bulan-bulan periode. Kepercayaan: persentase jawaban 6–10 pada indeks kepercayaan ' +
    'politik (survei kepercayaan publik) bila ada. Siklus: yang masih berjalan, dan yang diukur ulang pada periode ' +
    'dengan dampak terukurnya (baseline dibanding hasil, sesuai arah ukuran).',
  en:
    'IKM: the unit’s SKM aggregate for the period (the Pemda’s template). Complaint handling: first responses on ' +
    'time ÷ first responses in the months of the period. Trust: share of 6–10 answers on the political trust index ' +
    '(public trust survey) when there is one. Cycles: those still open, and those re-measured in the period with ' +
    'their measured effect (baseline against result, in the metric’s direction).',
};

export interface ExecutiveInput {
  db: TenantDb;
  units: readonly Unit[];
  cycles: readonly ImprovementCycle[];
  period: ParsedPeriod;
  templateId: IkmTemplateId;
  weighting: IkmWeighting;
  timeZone: string;
}

function cycleStats(cycles: readonly ImprovementCycle[], period: ParsedPeriod, timeZone: string) {
  const completed = cycles.filter((c) => {
    if (!(c.stage === 'act' || c.stage === 'closed') || !c.checkResult) return false;
    const day = localDate(new Date(c.checkResult.measuredAt), timeZone);
    return day >= period.start && day <= period.end;
  });
  const effects = completed.map(effectOf);
  return {
    open: cycles.filter((c) => c.stage !== 'closed').length,
    completed: completed.length,
    improved: effects.filter((e) => e.comparison.status === 'improved').length,
    targetMet: effects.filter((e) => e.comparison.targetMet === true).length,
    effects,
  };
}

export async function complaintMonths(db: TenantDb, period: ParsedPeriod) {
  const months = monthsOf(period);
  const counters = await Promise.all(months.map((m) => complaintStats.month(db, m)));
  return months.map((month, i) => ({ month, counters: counters[i]! }));
}

export function complaintFigures(
  months: readonly { counters: Record<string, number> }[],
  unitId: string | null,
) {
  const prefix = unitId ? `byUnit.${unitId}.` : '';
  let received = 0;
  let responded = 0;
  let respondedOnTime = 0;
  for (const { counters } of months) {
    received += counters[`${prefix}received`] ?? 0;
    responded += counters[`${prefix}responded`] ?? 0;
    respondedOnTime += counters[`${prefix}respondedOnTime`] ?? 0;
  }
  return {
    received,
    responded,
    respondedOnTime,
    onTimeRate: responded > 0 ? respondedOnTime / responded : null,
  };
}

/** The row of one unit (or, with `unit` null, of the whole Pemda). */
export async function unitRow(
  input: ExecutiveInput,
  unit: Unit | null,
  months: readonly { counters: Record<string, number> }[],
) {
  const scope = (templateId: string): AggregateScope =>
    unit
      ? { kind: 'unit', templateId, unitId: unit.id, period: input.period.key }
      : { kind: 'tenant', templateId, period: input.period.key };
  const [ikmC, trustC] = await surveyAggregates.readMany(input.db, [scope(input.templateId), scope('trust')]);
  const ikm = ikmFromCounters(IKM_TEMPLATES[input.templateId], ikmC!, input.weighting);
  const trust = trustFromCounters(trustC!);
  const cycles = unit ? input.cycles.filter((c) => c.unitId === unit.id) : input.cycles;
  return {
    ikm: { value: ikm.ikm, mutu: ikm.mutu, respondents: ikm.respondents },
    complaints: complaintFigures(months, unit?.id ?? null),
    trust: trust.respondents > 0 ? { high: trust.political.high, respondents: trust.respondents } : null,
    cycles: cycleStats(cycles, input.period, input.timeZone),
  };
}

export const unitHead = (u: Unit) => ({
  id: u.id,
  name: u.name,
  shortName: u.shortName,
  headName: u.headName,
});

export async function executiveRows(input: ExecutiveInput) {
  const months = await complaintMonths(input.db, input.period);
  // By name: the head of the Pemda looks a unit up; storage order means nothing to a reader.
  const active = input.units.filter((u) => !u.archived).sort((a, b) => a.name.localeCompare(b.name, 'id'));
  // Each row is two batched reads; the rows are independent, so they are read concurrently.
  const [rows, pemda] = await Promise.all([
    Promise.all(active.map(async (u) => ({ unit: unitHead(u), ...(await unitRow(input, u, months)) }))),
    unitRow(input, null, months),
  ]);
  return { units: rows, pemda };
}
