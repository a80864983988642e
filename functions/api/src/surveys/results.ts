/** Results of an aggregate (campaign, unit, service or tenant and period), from its counters only. */
import {
  type Counters,
  IKM_TEMPLATES,
  type IkmWeighting,
  ikmFromCounters,
  isIkmTemplateId,
  type ProfileBreakdown,
  parsePeriodKey,
  periodLabel,
  profileFromCounters,
  type SurveyTemplateId,
  servqualFromCounters,
  trustFromCounters,
} from '@prima/domain';
import { type AggregateScope, surveyAggregates, type TenantDb } from '@prima/store';
import { serviceNames } from './context';

export type ScopeKind = 'campaign' | 'unit' | 'service' | 'tenant';

export interface ResultScope {
  kind: ScopeKind;
  campaignId: string | null;
  unitId: string | null;
  serviceId: string | null;
  period: string | null;
}

/** The counter aggregate of a scope (campaign, or unit/service/tenant of a template and period). */
export function aggregateOf(scope: ResultScope, templateId: SurveyTemplateId): AggregateScope {
  if (scope.kind === 'campaign') return { kind: 'campaign', campaignId: scope.campaignId! };
  const period = scope.period!;
  if (scope.kind === 'service') return { kind: 'service', templateId, serviceId: scope.serviceId!, period };
  if (scope.kind === 'unit') return { kind: 'unit', templateId, unitId: scope.unitId!, period };
  return { kind: 'tenant', templateId, period };
}

export const scopeView = (scope: ResultScope) => {
  const parsed = scope.period ? parsePeriodKey(scope.period) : null;
  return { ...scope, periodLabel: parsed ? periodLabel(parsed) : null };
};

/** The results of counters: the IKM, SERVQUAL or trust figures (by template) and the respondent profile. */
export function resultsOf(templateId: SurveyTemplateId, c: Counters, weighting: IkmWeighting) {
  const kind = isIkmTemplateId(templateId) ? 'ikm' : templateId === 'servqual' ? 'servqual' : 'trust';
  return {
    templateId,
    kind,
    respondents: c.n ?? 0,
    ikm: isIkmTemplateId(templateId) ? ikmFromCounters(IKM_TEMPLATES[templateId], c, weighting) : null,
    servqual: templateId === 'servqual' ? servqualFromCounters(c) : null,
    trust: templateId === 'trust' ? trustFromCounters(c) : null,
  } as const;
}

/** The profile breakdown with the names of the services used. */
export async function profileWithNames(db: TenantDb, c: Counters) {
  const profile: ProfileBreakdown = profileFromCounters(c);
  const names = await serviceNames(
    db,
    profile.layanan.map((l) => l.serviceId),
  );
  return {
    ...profile,
    layanan: profile.layanan.map((l) => ({ ...l, name: names.get(l.serviceId) ?? null })),
  };
}

/** Reads one scope's counters and shapes its results. */
export async function readResults(
  db: TenantDb,
  scope: ResultScope,
  templateId: SurveyTemplateId,
  weighting: IkmWeighting,
) {
  const counters = await surveyAggregates.read(db, aggregateOf(scope, templateId));
  return {
    scope: scopeView(scope),
    ...resultsOf(templateId, counters, weighting),
    profile: await profileWithNames(db, counters),
  };
}
