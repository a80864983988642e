/**
 * The live value of an improvement cycle's metric over a period, from the counters kept on write (never from raw
 * responses or complaints): the same numbers that revealed the problem measure its effect.
 *
 *  - skm-unsur: the unsur's NRR × 25 (rounded as the results page rounds it) in the unit's (or the Pemda's) SKM
 *    aggregate of the period; sample = answers to that unsur.
 *  - complaint-category: complaints received in the category in the months of the period; sample = all received.
 *  - missed-deadlines: first responses on time ÷ first responses, in %, of the unit (or the Pemda); sample = responses.
 *  - servqual-gap: the dimension's gap (P − E) in the unit's (or the Pemda's) SERVQUAL aggregate; sample = respondents.
 *  - manual: nothing to read; the cycle holds what officials entered.
 * A period that has not started, or that has no data, measures null.
 */
import {
  type CycleSource,
  IKM_TEMPLATES,
  type IkmWeighting,
  ikmFromCounters,
  type Measurement,
  monthsOf,
  type ParsedPeriod,
  parsePeriodKey,
  roundHalfUp,
  servqualFromCounters,
} from '@prima/domain';
import { type AggregateScope, complaintStats, surveyAggregates, type TenantDb } from '@prima/store';

export interface MeasureContext {
  db: TenantDb;
  weighting: IkmWeighting;
  /** Today in the tenant's time zone (YYYY-MM-DD). */
  today: string;
  nowIso: string;
}

/** The unit a source measures (null: the Pemda), when it measures one. */
export const sourceUnit = (s: CycleSource): string | null =>
  s.kind === 'skm-unsur' || s.kind === 'missed-deadlines' || s.kind === 'servqual-gap' ? s.unitId : null;

export const sourcePeriod = (s: CycleSource): string | null => (s.kind === 'manual' ? null : s.period);

/** The same source over another period. */
export const withPeriod = (s: CycleSource, period: string): CycleSource =>
  s.kind === 'manual' ? s : { ...s, period };

/** Sums several months' complaint counters. */
async function complaintMonths(db: TenantDb, p: ParsedPeriod): Promise<Record<string, number>> {
  const all = await Promise.all(monthsOf(p).map((m) => complaintStats.month(db, m)));
  const out: Record<string, number> = {};
  for (const c of all) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
  return out;
}

const survey = (templateId: string, unitId: string | null, period: string): AggregateScope =>
  unitId ? { kind: 'unit', templateId, unitId, period } : { kind: 'tenant', templateId, period };

/** The metric's value over `periodKey`, or null when the period has not started or holds no data. */
export async function measure(
  ctx: MeasureContext,
  source: CycleSource,
  labels: { unit?: string | null; category?: string | null } = {},
): Promise<Measurement | null> {
  if (source.kind === 'manual') return null;
  const p = parsePeriodKey(source.period);
  if (!p || p.start > ctx.today) return null;
  const base = { period: p.key, measuredAt: ctx.nowIso, complete: p.end < ctx.today };
  const where = (unitId: string | null) => (unitId ? (labels.unit ?? `unit ${unitId}`) : 'Pemda');

  switch (source.kind) {
    case 'skm-unsur': {
      const counters = await surveyAggregates.read(ctx.db, survey(source.templateId, source.unitId, p.key));
      const template = IKM_TEMPLATES[source.templateId];
      const row = ikmFromCounters(template, counters, ctx.weighting).unsur.find(
        (u) => u.code === source.unsurCode,
      );
      if (!row || row.nrrConverted === null) return null;
      return {
        ...base,
        value: row.nrrConverted,
        sample: row.answers,
        reference: `SKM ${source.templateId} ${source.unsurCode}, ${where(source.unitId)}, ${p.key}: ${row.answers} jawaban`,
      };
    }
    case 'complaint-category': {
      const c = await complaintMonths(ctx.db, p);
      const received = c.received ?? 0;
      if (received === 0) return null;
      const count = c[`byCategory.${source.categoryId}`] ?? 0;
      return {
        ...base,
        value: count,
        sample: received,
        reference: `Pengaduan kategori ${labels.category ?? source.categoryId}, ${p.key}: ${count} dari ${received}`,
      };
    }
    case 'missed-deadlines': {
      const c = await complaintMonths(ctx.db, p);
      const prefix = source.unitId ? `byUnit.${source.unitId}.` : '';
      const responded = c[`${prefix}responded`] ?? 0;
      const onTime = c[`${prefix}respondedOnTime`] ?? 0;
      if (responded === 0) return null;
      return {
        ...base,
        value: roundHalfUp((onTime / responded) * 100, 2),
        sample: responded,
        reference: `Tanggapan pertama tepat waktu, ${where(source.unitId)}, ${p.key}: ${onTime} dari ${responded}`,
      };
    }
    case 'servqual-gap': {
      const counters = await surveyAggregates.read(ctx.db, survey('servqual', source.unitId, p.key));
      const result = servqualFromCounters(counters);
      const d = result.dimensions.find((x) => x.dimension === source.dimension);
      if (!d || d.gap === null) return null;
      return {
        ...base,
        value: roundHalfUp(d.gap, 3),
        sample: result.respondents,
        reference: `SERVQUAL ${source.dimension}, ${where(source.unitId)}, ${p.key}: ${result.respondents} responden`,
      };
    }
  }
}
