import { isPeriodKey } from '@prima/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

/**
 * What the improvement work adds up to: the executive view (all units side by side, one unit in depth), the
 * recognition of officials' contributions, the self-assessments (7S + environment, quality culture) and the
 * key-success-factor scorecard. Read-only except the caller's own assessment answers.
 */

const imp = api.improvement;
const validPeriod = (p: string | undefined) => p === undefined || isPeriodKey(p);
/** Drops empty query values: the API takes an absent parameter as "the default". */
const query = <T extends Record<string, string | undefined>>(q: T) =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== '')) as T;

export const insightKeys = {
  executive: (period: string) => ['improvement', 'executive', period] as const,
  executiveUnit: (unitId: string, period: string) => ['improvement', 'executive', unitId, period] as const,
  recognition: (year: string, unitId: string) => ['improvement', 'recognition', year, unitId] as const,
  recognitionOf: (userId: string, year: string) =>
    ['improvement', 'recognition', 'of', userId, year] as const,
  templates: () => ['improvement', 'assessments', 'templates'] as const,
  mine: (unitId: string, period: string) => ['improvement', 'assessments', 'mine', unitId, period] as const,
  results: (unitId: string, period: string) =>
    ['improvement', 'assessments', 'results', unitId, period] as const,
  ksf: (unitId: string, period: string) => ['improvement', 'ksf', unitId, period] as const,
};

// ---------- Executive view ----------

/** Every unit side by side for a period (default: this year). */
export const useExecutive = (period = '') =>
  useQuery({
    queryKey: insightKeys.executive(period),
    enabled: validPeriod(period || undefined),
    queryFn: async () => unwrap(await imp.executive.$get({ query: query({ period }) })),
  });
export type Executive = NonNullable<ReturnType<typeof useExecutive>['data']>;
export type ExecutiveRow = Executive['units'][number];

/** One unit in depth: IKM per unsur, trends, cycles and its scorecard. */
export const useExecutiveUnit = (unitId: string, period = '') =>
  useQuery({
    queryKey: insightKeys.executiveUnit(unitId, period),
    enabled: unitId !== '' && validPeriod(period || undefined),
    queryFn: async () =>
      unwrap(await imp.executive.units[':unitId'].$get({ param: { unitId }, query: query({ period }) })),
  });
export type ExecutiveUnit = NonNullable<ReturnType<typeof useExecutiveUnit>['data']>;

// ---------- Recognition ----------

/** One row per official for a year (a unit officer gets only its own row). */
export const useRecognition = (year = '', unitId = '') =>
  useQuery({
    queryKey: insightKeys.recognition(year, unitId),
    queryFn: async () => unwrap(await imp.recognition.$get({ query: query({ year, unitId }) })),
  });
export type Recognition = NonNullable<ReturnType<typeof useRecognition>['data']>;
export type Contribution = Recognition['items'][number];

/** One official's record with the cycles led and the actions owned. */
export const useRecognitionOf = (userId: string, year = '') =>
  useQuery({
    queryKey: insightKeys.recognitionOf(userId, year),
    enabled: userId !== '',
    queryFn: async () =>
      unwrap(await imp.recognition[':userId'].$get({ param: { userId }, query: query({ year }) })),
  });
export type RecognitionDetail = NonNullable<ReturnType<typeof useRecognitionOf>['data']>;

// ---------- Self-assessments ----------

/** The two instruments with their statements and the 1–5 scale (they do not change: cached for the session). */
export const useAssessmentTemplates = () =>
  useQuery({
    queryKey: insightKeys.templates(),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => unwrap(await imp.assessments.templates.$get()),
  });
export type AssessmentTemplates = NonNullable<ReturnType<typeof useAssessmentTemplates>['data']>;
export type AssessmentTemplate = AssessmentTemplates['templates'][number];

/** The caller's own answers for a unit and period (null per instrument not answered yet). */
export const useMyAssessments = (unitId: string, period: string) =>
  useQuery({
    queryKey: insightKeys.mine(unitId, period),
    enabled: unitId !== '' && isPeriodKey(period),
    queryFn: async () => unwrap(await imp.assessments.mine.$get({ query: { unitId, period } })),
  });
export type MyAssessments = NonNullable<ReturnType<typeof useMyAssessments>['data']>;

/** The pooled results of a unit and period: radar data per element and the change since the previous period. */
export const useAssessmentResults = (unitId: string, period: string) =>
  useQuery({
    queryKey: insightKeys.results(unitId, period),
    enabled: unitId !== '' && isPeriodKey(period),
    queryFn: async () => unwrap(await imp.assessments.results.$get({ query: { unitId, period } })),
  });
export type AssessmentResults = NonNullable<ReturnType<typeof useAssessmentResults>['data']>;

export type PutAssessmentBody = Parameters<typeof imp.assessments.$put>[0]['json'];

/** Records (or replaces) the caller's answers; the results and the scorecard read them again. */
export function usePutAssessment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (json: PutAssessmentBody) => unwrap(await imp.assessments.$put({ json })),
    onSuccess: (saved) => {
      qc.setQueryData(insightKeys.mine(saved.unitId, saved.period), saved);
      void qc.invalidateQueries({ queryKey: ['improvement', 'assessments', 'results'] });
      void qc.invalidateQueries({ queryKey: ['improvement', 'ksf'] });
      void qc.invalidateQueries({ queryKey: ['improvement', 'executive'] });
    },
  });
}

// ---------- Key success factors ----------

/** The scorecard of a unit, or of the whole Pemda when `unitId` is empty (default period: this year). */
export const useKsf = (unitId = '', period = '') =>
  useQuery({
    queryKey: insightKeys.ksf(unitId, period),
    enabled: validPeriod(period || undefined),
    queryFn: async () => unwrap(await imp.ksf.$get({ query: query({ unitId, period }) })),
  });
export type Ksf = NonNullable<ReturnType<typeof useKsf>['data']>;
