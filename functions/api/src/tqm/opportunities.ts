/**
 * Where a cycle could start, from the data of a period: each unit's weakest SKM unsur, the vital few of the complaint
 * Pareto, units that missed response deadlines, and SERVQUAL dimensions below expectation. Each candidate carries
 * the `source` to start a cycle from, and its current value. Reads counters only: a fixed number per unit.
 */
import {
  type Category,
  type CycleSource,
  IKM_TEMPLATES,
  type IkmTemplateId,
  type IkmWeighting,
  ikmFromCounters,
  type Localized,
  metricOf,
  type ParsedPeriod,
  paretoChart,
  roundHalfUp,
  SERVQUAL_TEMPLATE,
  servqualFromCounters,
  type Unit,
} from '@prima/domain';
import { type AggregateScope, surveyAggregates, type TenantDb } from '@prima/store';
import { complaintMonths } from './executive';

/** The vital few categories offered, at most. */
const PARETO_HEAD = 3;

export async function findOpportunities(
  db: TenantDb,
  opts: {
    period: ParsedPeriod;
    units: readonly Unit[];
    /** Include the Pemda-wide candidates (the caller sees every unit). */
    pemda: boolean;
    categories: readonly Category[];
    templateId: IkmTemplateId;
    weighting: IkmWeighting;
  },
) {
  const { period, templateId } = opts;
  const scopes: (Unit | null)[] = [...opts.units, ...(opts.pemda ? [null] : [])];
  const agg = (t: string, u: Unit | null): AggregateScope =>
    u
      ? { kind: 'unit', templateId: t, unitId: u.id, period: period.key }
      : { kind: 'tenant', templateId: t, period: period.key };
  const [ikmC, sqC, months] = await Promise.all([
    surveyAggregates.readMany(
      db,
      scopes.map((u) => agg(templateId, u)),
    ),
    surveyAggregates.readMany(
      db,
      scopes.map((u) => agg('servqual', u)),
    ),
    complaintMonths(db, period),
  ]);
  const ref = (u: Unit | null) => (u ? { id: u.id, name: u.name, shortName: u.shortName } : null);
  const item = (
    source: CycleSource,
    value: number,
    sample: number,
    u: Unit | null,
    subject: Localized,
    why: Localized,
  ) => ({ source, metric: metricOf(source), value, sample, unit: ref(u), subject, why });
  const skm = [];
  const servqual = [];
  const deadlines = [];
  const template = IKM_TEMPLATES[templateId];
  for (const [i, u] of scopes.entries()) {
    const ikm = ikmFromCounters(template, ikmC[i]!, opts.weighting);
    for (const code of ikm.weakest) {
      const row = ikm.unsur.find((x) => x.code === code)!;
      if (row.nrrConverted === null || row.nrrConverted >= 100) continue;
      skm.push(
        item(
          { kind: 'skm-unsur', unitId: u?.id ?? null, period: period.key, templateId, unsurCode: code },
          row.nrrConverted,
          row.answers,
          u,
          row.name,
          { id: `Unsur SKM terendah (${row.mutu ?? '-'})`, en: `Weakest SKM element (${row.mutu ?? '-'})` },
        ),
      );
    }
    const sq = servqualFromCounters(sqC[i]!);
    const worst = sq.dimensions.filter((d) => d.gap !== null && d.gap < 0).sort((a, b) => a.gap! - b.gap!)[0];
    if (worst) {
      servqual.push(
        item(
          { kind: 'servqual-gap', unitId: u?.id ?? null, period: period.key, dimension: worst.dimension },
          roundHalfUp(worst.gap!, 3),
          sq.respondents,
          u,
          SERVQUAL_TEMPLATE.dimensions.find((d) => d.key === worst.dimension)!.name,
          {
            id: 'Kesenjangan SERVQUAL terbesar (di bawah harapan)',
            en: 'Largest SERVQUAL gap (below expectation)',
          },
        ),
      );
    }
    const prefix = u ? `byUnit.${u.id}.` : '';
    let responded = 0;
    let onTime = 0;
    for (const m of months) {
      responded += m.counters[`${prefix}responded`] ?? 0;
      onTime += m.counters[`${prefix}respondedOnTime`] ?? 0;
    }
    if (responded > 0 && onTime < responded) {
      deadlines.push(
        item(
          { kind: 'missed-deadlines', unitId: u?.id ?? null, period: period.key },
          roundHalfUp((onTime / responded) * 100, 2),
          responded,
          u,
          { id: 'Tanggapan pertama tepat waktu', en: 'First responses on time' },
          {
            id: `${responded - onTime} dari ${responded} tanggapan pertama terlambat`,
            en: `${responded - onTime} of ${responded} first responses late`,
          },
        ),
      );
    }
  }
  const counts: Record<string, number> = {};
  let received = 0;
  for (const m of months) {
    received += m.counters.received ?? 0;
    for (const [k, n] of Object.entries(m.counters))
      if (k.startsWith('byCategory.')) counts[k.slice(11)] = (counts[k.slice(11)] ?? 0) + n;
  }
  const byId = new Map(opts.categories.map((x) => [x.id, x]));
  const unitById = new Map(opts.units.map((u) => [u.id, u]));
  const pareto = paretoChart(counts)
    .bars.filter((b) => b.vital)
    .filter((b) => {
      const unitId = byId.get(b.key)?.unitId ?? null;
      return opts.pemda || (unitId !== null && unitById.has(unitId));
    })
    .slice(0, PARETO_HEAD)
    .map((b) => {
      const category = byId.get(b.key);
      const u = category?.unitId ? (unitById.get(category.unitId) ?? null) : null;
      return item(
        { kind: 'complaint-category', categoryId: b.key, period: period.key },
        b.count,
        received,
        u,
        { id: category?.name ?? b.key, en: category?.name ?? b.key },
        {
          id: `Kepala Pareto pengaduan: ${Math.round(b.percent)}% dari pengaduan`,
          en: `Head of the complaint Pareto: ${Math.round(b.percent)}% of complaints`,
        },
      );
    });
  return [...skm, ...pareto, ...deadlines, ...servqual];
}
