import type { SubmitComplaintInput } from '@prima/domain';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiFetch } from './client';
import { isProblem, unwrap } from './problem';

/** Citizens' complaint pages: no sign-in, the Pemda named by its slug. */
export const publicComplaintKeys = {
  categories: (slug: string) => ['public', slug, 'complaint-categories'] as const,
  services: (slug: string) => ['public', slug, 'services-all'] as const,
  tracking: (slug: string, code: string) => ['public', slug, 'tracking', code] as const,
  transparency: (slug: string, months: number) => ['public', slug, 'transparency', months] as const,
  list: (slug: string) => ['public', slug, 'complaints'] as const,
};

const final = (e: unknown) => isProblem(e) && e.status < 500;
const retry = (count: number, e: unknown) => !final(e) && count < 2;

/** A complaint category citizens can choose: an Open311 service of the Pemda (the category's id is its code). */
export interface PublicCategory {
  id: string;
  name: string;
  group: string | null;
  description: string | null;
}

interface Open311Service {
  service_code: string;
  service_name: string;
  description: string | null;
  group: string | null;
}

/**
 * The Pemda's complaint categories. The public API has no category list of its own; the Open311 service list is
 * public (reading needs no key) and lists the active leaf categories with their group.
 */
export const usePublicCategories = (slug: string) =>
  useQuery({
    queryKey: publicComplaintKeys.categories(slug),
    retry,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<PublicCategory[]> => {
      const res = await apiFetch(`/open311/v2/services.json?jurisdiction_id=${encodeURIComponent(slug)}`, {
        headers: { accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const list = (await res.json()) as Open311Service[];
      return list.map((s) => ({
        id: s.service_code,
        name: s.service_name,
        group: s.group,
        description: s.description,
      }));
    },
  });

/** Every published service of the Pemda (a few pages at most), for the optional "which service" choice. */
export const usePublicServices = (slug: string) =>
  useQuery({
    queryKey: publicComplaintKeys.services(slug),
    retry,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const all: { id: string; name: string; unitId: string }[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await unwrap(
          await api.public[':slug'].services.$get({
            param: { slug },
            query: { limit: '100', ...(cursor ? { cursor } : {}) },
          }),
        );
        all.push(...page.items.map((s) => ({ id: s.id, name: s.name, unitId: s.unitId })));
        cursor = page.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return all.sort((a, b) => a.name.localeCompare(b.name, 'id'));
    },
  });

/** Files the report; the same key on a retry returns the first report instead of a second one. */
export const useSubmitComplaint = (slug: string) =>
  useMutation({
    mutationFn: async ({ input, key }: { input: SubmitComplaintInput; key: string }) =>
      unwrap(
        await api.public[':slug'].complaints.$post({
          param: { slug },
          json: input,
          header: { 'idempotency-key': key },
        }),
      ),
  });

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

export const isAttachmentType = (type: string): type is AttachmentType =>
  (ATTACHMENT_TYPES as readonly string[]).includes(type);

/** Sends the file where the API said: PUT with headers, or a multipart POST with the fields before the file. */
function sendFile(
  target: {
    url: string;
    method: 'POST' | 'PUT';
    fields: Record<string, string>;
    headers: Record<string, string>;
  },
  file: File,
  onProgress: (share: number) => void,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(target.method, target.url);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new UploadError(xhr.status));
    xhr.onerror = () => reject(new TypeError('network'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    if (target.method === 'PUT') {
      for (const [k, v] of Object.entries(target.headers)) {
        // The browser sets these itself.
        if (!/^(content-length|host)$/i.test(k)) xhr.setRequestHeader(k, v);
      }
      xhr.send(file);
    } else {
      const form = new FormData();
      for (const [k, v] of Object.entries(target.fields)) form.append(k, v);
      form.append('file', file);
      xhr.send(form);
    }
  });
}

/** The storage refused the file (expired URL, too large): the upload can start again. */
export class UploadError extends Error {
  override name = 'UploadError';
  constructor(readonly status: number) {
    super(`upload failed with HTTP ${status}`);
  }
}

/** Uploads one attachment: ask for a target, send the file, have the API check and clean it. */
export async function uploadAttachment(
  slug: string,
  file: File,
  onProgress: (share: number) => void,
  signal: AbortSignal,
): Promise<{ uploadId: string; size: number }> {
  const contentType = file.type as AttachmentType;
  const started = await unwrap(
    await api.public[':slug'].attachments.$post({
      param: { slug },
      json: { name: file.name, contentType, size: file.size },
    }),
  );
  await sendFile(started.upload, file, onProgress, signal);
  const done = await unwrap(
    await api.public[':slug'].attachments[':uploadId'].complete.$post({
      param: { slug, uploadId: started.uploadId },
    }),
  );
  return { uploadId: done.uploadId, size: done.size };
}

export const fetchTracking = async (slug: string, trackingCode: string) =>
  unwrap(await api.public[':slug'].complaints[':trackingCode'].$get({ param: { slug, trackingCode } }));
export type TrackedComplaint = Awaited<ReturnType<typeof fetchTracking>>;

export const useTracking = (slug: string, code: string) =>
  useQuery({
    queryKey: publicComplaintKeys.tracking(slug, code),
    enabled: code !== '',
    retry,
    staleTime: 0,
    queryFn: () => fetchTracking(slug, code),
  });

export type ReporterStep = 'supply-info' | 'reporter-reply' | 'confirm' | 'reopen';

export function useReporterAction(slug: string, code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { action: ReporterStep; note?: string }) =>
      unwrap(
        await api.public[':slug'].complaints[':trackingCode'].actions.$post({
          param: { slug, trackingCode: code },
          json: input,
        }),
      ),
    onSuccess: (view) => qc.setQueryData(publicComplaintKeys.tracking(slug, code), view),
  });
}

export function useRate(slug: string, code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { score: number; comment?: string }) =>
      unwrap(
        await api.public[':slug'].complaints[':trackingCode'].rating.$post({
          param: { slug, trackingCode: code },
          json: input,
        }),
      ),
    onSuccess: (view) => qc.setQueryData(publicComplaintKeys.tracking(slug, code), view),
  });
}

export const fetchTransparency = async (slug: string, months: number) =>
  unwrap(await api.public[':slug'].transparency.$get({ param: { slug }, query: { months: String(months) } }));

export const useTransparency = (slug: string, months: number) =>
  useQuery({
    queryKey: publicComplaintKeys.transparency(slug, months),
    retry,
    placeholderData: keepPreviousData,
    queryFn: () => fetchTransparency(slug, months),
  });

export const usePublicComplaintPages = (slug: string, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: publicComplaintKeys.list(slug),
    enabled,
    retry,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.public[':slug'].complaints.$get({
          param: { slug },
          query: { limit: '20', ...(pageParam ? { cursor: pageParam } : {}) },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
