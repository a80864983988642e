import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiFetch } from './client';
import { unwrap } from './problem';

/**
 * Officials' survey pages: campaigns (with responses so far against the required sample), results from the counters
 * kept on write, trend, comparison, suggestions, the SKM report, follow-up plans and the CSV exports.
 */

export const CAMPAIGN_STATUSES = ['draft', 'open', 'paused', 'closed'] as const;
export type CampaignStatusKey = (typeof CAMPAIGN_STATUSES)[number];
export const FOLLOW_UP_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const PERIOD_TYPES = ['month', 'quarter', 'semester', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface CampaignFilters {
  unitId: string | null;
  status: CampaignStatusKey | null;
  period: string | null;
}

export const surveyKeys = {
  all: ['surveys'] as const,
  campaigns: (f: CampaignFilters) => ['surveys', 'campaigns', f] as const,
  campaign: (id: string) => ['surveys', 'campaign', id] as const,
  results: (id: string) => ['surveys', 'campaign', id, 'results'] as const,
  suggestions: (id: string) => ['surveys', 'campaign', id, 'suggestions'] as const,
  unitResults: (unitId: string, period: string) => ['surveys', 'unit-results', unitId, period] as const,
  trend: (unitId: string | null, periodType: PeriodType, count: number) =>
    ['surveys', 'trend', unitId, periodType, count] as const,
  comparison: (period: string, min: number) => ['surveys', 'comparison', period, min] as const,
  report: (unitId: string, period: string) => ['surveys', 'report', unitId, period] as const,
  followUps: (of: FollowUpScope) => ['surveys', 'follow-ups', of] as const,
  followUpsAll: ['surveys', 'follow-ups'] as const,
};

// ---------- Campaigns ----------

const fetchCampaign = async (id: string) =>
  unwrap(await api.surveys.campaigns[':campaignId'].$get({ param: { campaignId: id } }));
export type Campaign = Awaited<ReturnType<typeof fetchCampaign>>;

/** Campaigns page by page (newest period first), filtered by unit, status and period. */
export const useCampaignPages = (f: CampaignFilters) =>
  useInfiniteQuery({
    queryKey: surveyKeys.campaigns(f),
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.surveys.campaigns.$get({
          query: {
            limit: '25',
            ...(f.unitId ? { unitId: f.unitId } : {}),
            ...(f.status ? { status: f.status } : {}),
            ...(f.period ? { period: f.period } : {}),
            ...(pageParam ? { cursor: pageParam } : {}),
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useCampaign = (id: string) =>
  useQuery({ queryKey: surveyKeys.campaign(id), queryFn: () => fetchCampaign(id) });

type CreateBody = Parameters<typeof api.surveys.campaigns.$post>[0]['json'];
type UpdateBody = Parameters<(typeof api.surveys.campaigns)[':campaignId']['$patch']>[0]['json'];
export type CreateCampaignBody = CreateBody;
export type UpdateCampaignBody = UpdateBody;

export function useCreateCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateBody) => unwrap(await api.surveys.campaigns.$post({ json: input })),
    onSuccess: (c) => {
      qc.setQueryData(surveyKeys.campaign(c.id), c);
      void qc.invalidateQueries({ queryKey: ['surveys', 'campaigns'] });
    },
  });
}

export function useUpdateCampaign(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateBody) =>
      unwrap(await api.surveys.campaigns[':campaignId'].$patch({ param: { campaignId: id }, json: input })),
    onSuccess: (c) => {
      qc.setQueryData(surveyKeys.campaign(id), c);
      void qc.invalidateQueries({ queryKey: ['surveys', 'campaigns'] });
      void qc.invalidateQueries({ queryKey: surveyKeys.results(id) });
    },
  });
}

/** Open, pause, resume or close, with the version read. */
export function useCampaignStatus(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { status: 'open' | 'paused' | 'closed'; version: number }) =>
      unwrap(
        await api.surveys.campaigns[':campaignId'].status.$post({ param: { campaignId: id }, json: input }),
      ),
    onSuccess: (c) => {
      qc.setQueryData(surveyKeys.campaign(id), c);
      void qc.invalidateQueries({ queryKey: ['surveys', 'campaigns'] });
      void qc.invalidateQueries({ queryKey: surveyKeys.results(id) });
    },
  });
}

export function useDeleteCampaign(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      const res = await api.surveys.campaigns[':campaignId'].$delete({
        param: { campaignId: id },
        query: { version: String(version) },
      });
      if (!res.ok) await unwrap(res);
    },
    onSuccess: () => {
      qc.removeQueries({ queryKey: surveyKeys.campaign(id) });
      void qc.invalidateQueries({ queryKey: ['surveys', 'campaigns'] });
    },
  });
}

// ---------- Results ----------

const fetchCampaignResults = async (id: string) =>
  unwrap(await api.surveys.campaigns[':campaignId'].results.$get({ param: { campaignId: id } }));
export type CampaignResults = Awaited<ReturnType<typeof fetchCampaignResults>>;
export type IkmResult = NonNullable<CampaignResults['ikm']>;
export type ServqualResult = NonNullable<CampaignResults['servqual']>;
export type TrustResult = NonNullable<CampaignResults['trust']>;
export type ProfileBreakdown = CampaignResults['profile'];

export const useCampaignResults = (id: string) =>
  useQuery({ queryKey: surveyKeys.results(id), queryFn: () => fetchCampaignResults(id) });

export const useCampaignSuggestions = (id: string) =>
  useInfiniteQuery({
    queryKey: surveyKeys.suggestions(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.surveys.campaigns[':campaignId'].suggestions.$get({
          param: { campaignId: id },
          query: { limit: '10', ...(pageParam ? { cursor: pageParam } : {}) },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

const fetchTrend = async (unitId: string | null, periodType: PeriodType, count: number) =>
  unwrap(
    await api.surveys.trend.$get({
      query: { periodType, count: String(count), ...(unitId ? { unitId } : {}) },
    }),
  );
export type Trend = Awaited<ReturnType<typeof fetchTrend>>;

/** IKM across the last `count` periods of a unit (or the whole Pemda when no unit is given). */
export const useTrend = (unitId: string | null, periodType: PeriodType, count: number) =>
  useQuery({
    queryKey: surveyKeys.trend(unitId, periodType, count),
    placeholderData: keepPreviousData,
    queryFn: () => fetchTrend(unitId, periodType, count),
  });

const fetchComparison = async (period: string, minRespondents: number) =>
  unwrap(await api.surveys.comparison.$get({ query: { period, minRespondents: String(minRespondents) } }));
export type Comparison = Awaited<ReturnType<typeof fetchComparison>>;

export const useComparison = (period: string, minRespondents: number, enabled: boolean) =>
  useQuery({
    queryKey: surveyKeys.comparison(period, minRespondents),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () => fetchComparison(period, minRespondents),
  });

const fetchReport = async (unitId: string, period: string) =>
  unwrap(await api.surveys.report.$get({ query: { unitId, period } }));
export type SkmReport = Awaited<ReturnType<typeof fetchReport>>;

export const useReport = (unitId: string, period: string, enabled: boolean) =>
  useQuery({
    queryKey: surveyKeys.report(unitId, period),
    enabled,
    queryFn: () => fetchReport(unitId, period),
  });

// ---------- Follow-up plans ----------

export type FollowUpScope = { unitId: string } | { campaignId: string };

const fetchFollowUps = async (of: FollowUpScope, cursor?: string) =>
  unwrap(
    await api.surveys['follow-ups'].$get({
      query: { limit: '50', ...of, ...(cursor ? { cursor } : {}) },
    }),
  );
export type FollowUpPlan = Awaited<ReturnType<typeof fetchFollowUps>>['items'][number];

/** The plans of a unit or of a campaign, by deadline. */
export const useFollowUps = (of: FollowUpScope | null) =>
  useInfiniteQuery({
    queryKey: surveyKeys.followUps(of ?? { unitId: '' }),
    enabled: of !== null,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchFollowUps(of as FollowUpScope, pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

type CreatePlanBody = Parameters<(typeof api.surveys)['follow-ups']['$post']>[0]['json'];
type UpdatePlanBody = Parameters<(typeof api.surveys)['follow-ups'][':planId']['$patch']>[0]['json'];
export type CreateFollowUpBody = CreatePlanBody;
export type UpdateFollowUpBody = UpdatePlanBody;

export function useCreateFollowUp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreatePlanBody) =>
      unwrap(await api.surveys['follow-ups'].$post({ json: input })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: surveyKeys.followUpsAll }),
  });
}

export function useUpdateFollowUp(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdatePlanBody) =>
      unwrap(await api.surveys['follow-ups'][':planId'].$patch({ param: { planId }, json: input })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: surveyKeys.followUpsAll }),
  });
}

export function useDeleteFollowUp(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      const res = await api.surveys['follow-ups'][':planId'].$delete({
        param: { planId },
        query: { version: String(version) },
      });
      if (!res.ok) await unwrap(res);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: surveyKeys.followUpsAll }),
  });
}

/** Every active user of the tenant (owners of follow-up plans); needs `users.read`. */
export async function fetchAllUsers() {
  const all: { id: string; name: string; status: string; unitIds: string[] }[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await unwrap(
      await api.users.$get({ query: { limit: '100', ...(cursor ? { cursor } : {}) } }),
    );
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return all.filter((u) => u.status === 'active').sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export const useOwnerChoices = (enabled: boolean) =>
  useQuery({ queryKey: ['users', 'owners'], enabled, staleTime: 60_000, queryFn: fetchAllUsers });

// ---------- Files ----------

/** Saves a blob as a file through a temporary object URL (no data: URL: the CSP would block it). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV fetched with the session's bearer token and saved under the server's file name. */
async function downloadCsv(path: string, fallbackName: string): Promise<string> {
  const res = await apiFetch(path, { headers: { accept: 'text/csv, application/problem+json' } });
  if (!res.ok) await unwrap(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  saveBlob(await res.blob(), fileName);
  return fileName;
}

export const downloadResponsesCsv = (campaignId: string) =>
  downloadCsv(
    `/api/surveys/campaigns/${encodeURIComponent(campaignId)}/responses.csv`,
    `survei-${campaignId}-jawaban.csv`,
  );

export const downloadAggregatesCsv = (period: string) =>
  downloadCsv(`/api/surveys/aggregates.csv?period=${encodeURIComponent(period)}`, `ikm-${period}.csv`);

// ---------- Names ----------

/** Every service of the tenant (names in lists, the service choice of a campaign). */
export async function fetchAllServices() {
  const all: { id: string; name: string; unitId: string; archived: boolean }[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await unwrap(
      await api.services.$get({ query: { limit: '100', ...(cursor ? { cursor } : {}) } }),
    );
    all.push(...page.items.map((s) => ({ id: s.id, name: s.name, unitId: s.unitId, archived: s.archived })));
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return all.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export const useAllServices = () =>
  useQuery({ queryKey: ['services', 'everything'], staleTime: 60_000, queryFn: fetchAllServices });
