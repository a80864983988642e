import { useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from './client';

/**
 * The local server's development mailbox (`GET /dev/mailbox?slug=…`): the notifications the sender "sent" for a
 * Pemda, newest first. Only the local server has it; it is not part of the typed API.
 */
export interface MailboxMessage {
  id: string;
  to: string | null;
  channel: 'email' | 'sms' | null;
  subject: string;
  body: string;
  sentAt: string | null;
  template: string;
  trackingCode: string;
  audience: 'reporter' | 'coordinators' | 'unit';
}

interface MailboxPage {
  items: MailboxMessage[];
  nextCursor: string | null;
}

/** The mailbox answered but not with messages: `status` 0 when there is no mailbox (not the local server). */
export class MailboxError extends Error {
  override name = 'MailboxError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function fetchMailbox(slug: string, cursor: string | undefined): Promise<MailboxPage> {
  const query = new URLSearchParams({ slug, limit: '50', ...(cursor ? { cursor } : {}) });
  const res = await apiFetch(`/dev/mailbox?${query}`, { headers: { accept: 'application/json' } });
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new MailboxError(0, 'no mailbox');
  const body = (await res.json()) as Partial<MailboxPage> & { error?: string };
  if (!res.ok || !Array.isArray(body.items))
    throw new MailboxError(res.status, body.error ?? `HTTP ${res.status}`);
  return { items: body.items, nextCursor: body.nextCursor ?? null };
}

export const useMailbox = (slug: string) =>
  useInfiniteQuery({
    queryKey: ['dev-mailbox', slug],
    enabled: slug !== '',
    retry: false,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchMailbox(slug, pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
