import type {
  ComplaintActionInput,
  CreateCategoryInput,
  StaffComplaintInput,
  UpdateCategoryInput,
} from '@prima/domain';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiFetch } from './client';
import { unwrap } from './problem';

/** Officials' complaint handling: inbox, complaint page, actions, staff entry, dashboard, export, categories. */
export const complaintKeys = {
  all: ['complaints'] as const,
  inbox: (filters: InboxFilters) => ['complaints', 'inbox', filters] as const,
  one: (id: string) => ['complaints', 'one', id] as const,
  reporter: (id: string) => ['complaints', 'reporter', id] as const,
  dashboard: (months: number) => ['complaints', 'dashboard', months] as const,
  categories: (archived: boolean) => ['complaint-categories', archived] as const,
  canned: ['canned-replies'] as const,
};

/** The inbox filters as the query string carries them (all text; absent when not set). */
export interface InboxFilters {
  state?: 'open' | 'closed' | 'all';
  status?: string;
  unitId?: string;
  categoryId?: string;
  channel?: string;
  overdue?: 'true';
  dueSoon?: 'true';
  period?: string;
  closedMonth?: string;
  q?: string;
}

type InboxQuery = Parameters<typeof api.complaints.$get>[0]['query'];

export const useInboxPages = (filters: InboxFilters, enabled = true) =>
  useInfiniteQuery({
    queryKey: complaintKeys.inbox(filters),
    enabled,
    initialPageParam: undefined as string | undefined,
    placeholderData: keepPreviousData,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.complaints.$get({
          query: { limit: '25', ...filters, ...(pageParam ? { cursor: pageParam } : {}) } as InboxQuery,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const fetchComplaint = async (id: string) =>
  unwrap(await api.complaints[':complaintId'].$get({ param: { complaintId: id } }));
export type ComplaintView = Awaited<ReturnType<typeof fetchComplaint>>;
export type OfficialAction = ComplaintView['availableActions'][number];
export type TimelineItem = ComplaintView['timeline'][number];

export const useComplaint = (id: string) =>
  useQuery({ queryKey: complaintKeys.one(id), queryFn: () => fetchComplaint(id) });

/** The reporter's contact, asked for on purpose (it is personal data); 404 when anonim. */
export const useReporter = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: complaintKeys.reporter(id),
    enabled,
    staleTime: 0,
    gcTime: 0,
    queryFn: async () =>
      unwrap(await api.complaints[':complaintId'].reporter.$get({ param: { complaintId: id } })),
  });

/** One action on the complaint, with the version read. */
export function useComplaintAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: ComplaintActionInput) =>
      unwrap(await api.complaints[':complaintId'].actions.$post({ param: { complaintId: id }, json: input })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: complaintKeys.one(id) });
      void qc.invalidateQueries({ queryKey: ['complaints', 'inbox'] });
      void qc.invalidateQueries({ queryKey: ['complaints', 'dashboard'] });
    },
  });
}

/** Staff entry (walk-in, phone, …); the key makes a retry after a lost answer return the first complaint. */
export function useStaffEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, key }: { input: StaffComplaintInput; key: string }) =>
      unwrap(await api.complaints.$post({ json: input, header: { 'idempotency-key': key } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['complaints', 'inbox'] });
      void qc.invalidateQueries({ queryKey: ['complaints', 'dashboard'] });
    },
  });
}

export const fetchDashboard = async (months: number) =>
  unwrap(await api.complaints.dashboard.$get({ query: { months: String(months) } }));
export type Dashboard = Awaited<ReturnType<typeof fetchDashboard>>;

export const useDashboard = (months: number) =>
  useQuery({
    queryKey: complaintKeys.dashboard(months),
    placeholderData: keepPreviousData,
    queryFn: () => fetchDashboard(months),
  });

/** A short-lived download URL of an attachment. */
export const attachmentUrl = async (complaintId: string, attachmentId: string) =>
  (
    await unwrap(
      await api.complaints[':complaintId'].attachments[':attachmentId'].$get({
        param: { complaintId, attachmentId },
      }),
    )
  ).url;

/** Saves a blob as a file through a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The month's CSV, fetched with the bearer token and saved as a file. */
export async function downloadExport(month: string): Promise<string> {
  const res = await apiFetch(`/api/complaints/export.csv?month=${encodeURIComponent(month)}`, {
    headers: { accept: 'text/csv, application/problem+json' },
  });
  if (!res.ok) await unwrap(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `pengaduan-${month}.csv`;
  saveBlob(await res.blob(), fileName);
  return fileName;
}

// ---------- Categories and canned replies ----------

export const fetchCategories = async (includeArchived: boolean) =>
  (await unwrap(await api.categories.$get({ query: includeArchived ? { includeArchived: 'true' } : {} })))
    .items;
export type ComplaintCategory = Awaited<ReturnType<typeof fetchCategories>>[number];

export const useCategories = (includeArchived = false) =>
  useQuery({
    queryKey: complaintKeys.categories(includeArchived),
    queryFn: () => fetchCategories(includeArchived),
  });

export function useCreateCategory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateCategoryInput) => unwrap(await api.categories.$post({ json: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['complaint-categories'] }),
  });
}

export function useUpdateCategory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateCategoryInput }) =>
      unwrap(await api.categories[':categoryId'].$patch({ param: { categoryId: id }, json: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['complaint-categories'] }),
  });
}

export const fetchCannedReplies = async () => (await unwrap(await api['canned-replies'].$get())).items;
export type CannedReply = Awaited<ReturnType<typeof fetchCannedReplies>>[number];

export const useCannedReplies = (enabled = true) =>
  useQuery({ queryKey: complaintKeys.canned, enabled, queryFn: fetchCannedReplies });

export interface CannedInput {
  title: string;
  text: { id: string; en?: string | null };
}

export function useCreateCannedReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: CannedInput) => unwrap(await api['canned-replies'].$post({ json: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: complaintKeys.canned }),
  });
}

export function useUpdateCannedReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: CannedInput & { version: number } }) =>
      unwrap(
        await api['canned-replies'][':cannedReplyId'].$patch({ param: { cannedReplyId: id }, json: input }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: complaintKeys.canned }),
  });
}

export function useDeleteCannedReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const res = await api['canned-replies'][':cannedReplyId'].$delete({ param: { cannedReplyId: id } });
      if (!res.ok) await unwrap(res);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: complaintKeys.canned }),
  });
}

/** A new random idempotency key (a UUID where the browser offers one). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
