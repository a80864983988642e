/**
 * The SKM report of a unit (optionally one service) and period, with the contents DOMAIN.md §1 lists: period,
 * unit/service, respondents and their profile, NRR and grade per unsur, IKM and grade, trend against the previous
 * periods, the weakest unsur, the follow-up plan and the method note. Every figure comes from counters.
 */
import {
  IKM_TEMPLATES,
  type IkmTemplateId,
  type IkmWeighting,
  ikmFromCounters,
  type ParsedPeriod,
  periodLabel,
  periodSeries,
  type Service,
  type Tenant,
  type Unit,
} from '@prima/domain';
import {
  followUps,
  type SurveyCampaign,
  surveyAggregates,
  surveyCampaigns,
  surveyResponses,
  type TenantDb,
} from '@prima/store';
import { aggregateOf, profileWithNames, type ResultScope } from './results';
import { campaignView, followUpView, requiredSampleOf } from './views';

/** Periods of the trend: this one and the three before it. */
const TREND_LENGTH = 4;
const LATEST_SUGGESTIONS = 10;

const overlaps = (c: SurveyCampaign, p: ParsedPeriod) => c.period.start <= p.end && c.period.end >= p.start;

export async function skmReport(args: {
  db: TenantDb;
  tenant: Tenant;
  unit: Unit;
  service: Service | null;
  period: ParsedPeriod;
  templateId: IkmTemplateId;
  weighting: IkmWeighting;
  today: string;
  generatedAt: string;
}) {
  const { db, tenant, unit, service, period, templateId, weighting } = args;
  const template = IKM_TEMPLATES[templateId];
  const scopeOf = (key: string): ResultScope => ({
    kind: service ? 'service' : 'unit',
    campaignId: null,
    unitId: unit.id,
    serviceId: service?.id ?? null,
    period: key,
  });
  const series = periodSeries(period, TREND_LENGTH);
  const [countersSeries, unitCampaigns, plans, latest] = await Promise.all([
    surveyAggregates.readMany(
      db,
      series.map((p) => aggregateOf(scopeOf(p.key), templateId)),
    ),
    surveyCampaigns.ofUnit(db, unit.id),
    followUps.all(db, { unitId: unit.id }),
    surveyResponses.suggestions(db, { unitId: unit.id }, LATEST_SUGGESTIONS, undefined, {
      from: period.start,
      to: period.end,
    }),
  ]);
  const counters = countersSeries[countersSeries.length - 1]!;
  const result = ikmFromCounters(template, counters, weighting);

  const campaigns = unitCampaigns.filter(
    (c) =>
      c.templateId === templateId &&
      overlaps(c, period) &&
      (!service || c.serviceId === null || c.serviceId === service.id),
  );
  const responses = await surveyAggregates.respondents(
    db,
    campaigns.map((c) => c.id),
  );
  const population = campaigns.length ? campaigns.reduce((s, c) => s + c.population, 0) : null;
  const required = population === null ? null : requiredSampleOf(templateId, population);

  const trend = series.map((p, i) => {
    const r = i === series.length - 1 ? result : ikmFromCounters(template, countersSeries[i]!, weighting);
    return { period: p.key, label: periodLabel(p), respondents: r.respondents, ikm: r.ikm, mutu: r.mutu };
  });
  const trendWithChange = trend.map((t, i) => {
    const prev = i > 0 ? trend[i - 1]!.ikm : null;
    return {
      ...t,
      change: t.ikm !== null && prev !== null ? Math.round((t.ikm - prev) * 100) / 100 : null,
    };
  });

  const campaignIds = new Set(campaigns.map((c) => c.id));
  const relevantPlans = plans
    .filter(
      (p) =>
        p.templateId === templateId &&
        (p.period === period.key ||
          (p.campaignId !== null && campaignIds.has(p.campaignId)) ||
          p.status !== 'done'),
    )
    .map((p) => followUpView(p, args.today));

  const label = periodLabel(period);
  const campaignRows = campaigns.map((c) => {
    const v = campaignView(c, responses.get(c.id) ?? 0);
    return {
      id: c.id,
      title: c.title,
      periodLabel: v.period.label,
      status: c.status,
      population: c.population,
      requiredSample: c.requiredSample,
      responses: v.progress.responses,
    };
  });
  const sampleRule =
    template.sampleRule === 'krejcie-morgan'
      ? { id: 'Krejcie & Morgan (1970)', en: 'Krejcie & Morgan (1970)' }
      : { id: '(jumlah unsur + 1) × 10', en: '(number of unsur + 1) × 10' };
  const sampleText =
    population === null
      ? {
          id: `Sampel: ${result.respondents} responden. Tidak ada survei terdaftar untuk periode ini, sehingga populasi dan sampel minimum (${sampleRule.id}) tidak diketahui.`,
          en: `Sample: ${result.respondents} respondents. No survey campaign is registered for this period, so the population and minimum sample (${sampleRule.en}) are unknown.`,
        }
      : {
          id: `Sampel: ${result.respondents} responden dari populasi ${population} penerima layanan; sampel minimum menurut ${sampleRule.id}: ${required}${result.respondents >= required! ? ' (terpenuhi)' : ' (belum terpenuhi)'}.`,
          en: `Sample: ${result.respondents} respondents out of a population of ${population} service users; minimum sample by ${sampleRule.en}: ${required}${result.respondents >= required! ? ' (reached)' : ' (not reached)'}.`,
        };
  return {
    title: {
      id: `Laporan Survei Kepuasan Masyarakat ${unit.name} ${label.id}`,
      en: `Community Satisfaction Survey report, ${unit.name}, ${label.en}`,
    },
    tenant: { name: tenant.name, kind: tenant.kind },
    unit: {
      id: unit.id,
      name: unit.name,
      shortName: unit.shortName,
      headName: unit.headName,
      address: unit.address,
    },
    service: service ? { id: service.id, name: service.name } : null,
    period: { key: period.key, label, start: period.start, end: period.end },
    templateId,
    regulation: template.regulation,
    campaigns: campaignRows,
    sample: {
      respondents: result.respondents,
      population,
      requiredSample: required,
      reached: required === null ? null : result.respondents >= required,
    },
    profile: await profileWithNames(db, counters),
    result,
    trend: trendWithChange,
    weakest: result.unsur
      .filter((u) => u.weakest)
      .map((u) => ({ code: u.code, name: u.name, nrrConverted: u.nrrConverted, mutu: u.mutu })),
    followUps: relevantPlans,
    suggestions: { count: counters.saran ?? 0, latest: latest.items },
    method: {
      ikm: result.method.text,
      sample: sampleText,
      aggregation: {
        id: `Semua jawaban yang diterima unit ini${service ? ` untuk layanan ${service.name}` : ''} pada ${label.id} (tanggal di zona waktu ${tenant.timeZone}), dari survei mana pun dengan templat ${template.regulation.code}, dihitung dari penghitung yang diperbarui saat setiap jawaban masuk.`,
        en: `All answers this unit received${service ? ` for the service ${service.name}` : ''} in ${label.en} (dates in the ${tenant.timeZone} time zone), from any survey with the ${template.regulation.code} template, computed from counters updated as each answer arrives.`,
      },
      weightLabel: result.method.weightLabel,
      legacyLabel: result.legacyLabel,
    },
    generatedAt: args.generatedAt,
  };
}
