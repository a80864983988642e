import { type Complaint, deadlineState, isoInZone } from '@prima/domain';
import { complaintQueues, type Page } from '@prima/store';
import { stringify } from 'csv-stringify/sync';
import type { TenantContext } from './context';

/**
 * The CSV export of one month of complaints (by month of submission, GSI3), streamed page by page. One row per
 * complaint with every lifecycle timestamp, in the tenant's time zone. Never the reporter's identity (the reporter
 * item is not read at all), never the tracking code (it lets anyone act as the reporter), never the description.
 */

export const CSV_COLUMNS = [
  'id',
  'type',
  'channel',
  'status',
  'category_id',
  'category',
  'unit_id',
  'unit',
  'service_id',
  'title',
  'anonim',
  'rahasia',
  'tier',
  'submitted_at',
  'verified_at',
  'dispatched_at',
  'first_response_at',
  'closed_at',
  'updated_at',
  'due_at',
  'due_kind',
  'deadline_state',
  'auto_close_at',
  'completion_due_at',
  'resolution_ceiling_at',
  'reopen_until',
  'hours_to_first_response',
  'hours_to_close',
  'first_response_on_time',
  'on_time',
  'escalated',
  'extensions',
  'reopen_count',
  'archive_reason',
  'duplicate_of',
  'rating',
] as const;

const PAGE = 100;

/** A spreadsheet must not run a cell as a formula: text that starts like one is quoted with an apostrophe. */
const safeText = (s: string | null | undefined) => (s == null ? '' : /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const hoursBetween = (from: string, to: string | null) =>
  to ? Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 3_600_000)) : '';

export interface CsvNames {
  categories: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
}

/**
 * On time: the first response met its deadline (recorded when it was posted); before any response, the complaint
 * is not past its running deadline. Empty when neither applies (rejected or archived before any deadline ran out).
 */
export function csvRow(
  ctx: TenantContext,
  c: Complaint,
  names: CsvNames,
  now: Date,
): Record<string, unknown> {
  const tz = ctx.tenant.timeZone;
  const at = (iso: string | null) => (iso ? isoInZone(new Date(iso), tz) : '');
  const state = deadlineState(c, now, ctx.sla.dueSoonWorkingDays, ctx.holidays, tz);
  const firstOnTime = c.firstResponseOnTime ?? null;
  const onTime = firstOnTime ?? (state === null ? null : state !== 'overdue');
  const bool = (b: boolean | null) => (b === null ? '' : b ? 'true' : 'false');
  return {
    id: c.id,
    type: c.type,
    channel: c.channel,
    status: c.status,
    category_id: c.categoryId ?? '',
    category: safeText(c.categoryId ? names.categories.get(c.categoryId) : null),
    unit_id: c.unitId ?? '',
    unit: safeText(c.unitId ? names.units.get(c.unitId) : null),
    service_id: c.serviceId ?? '',
    title: safeText(c.title),
    anonim: bool(c.anonim),
    rahasia: bool(c.rahasia),
    tier: c.tier ?? '',
    submitted_at: at(c.submittedAt),
    verified_at: at(c.verifiedAt),
    dispatched_at: at(c.dispatchedAt),
    first_response_at: at(c.firstResponseAt),
    closed_at: at(c.closedAt),
    updated_at: at(c.updatedAt),
    due_at: at(c.dueAt),
    due_kind: c.dueKind ?? '',
    deadline_state: state ?? '',
    auto_close_at: at(c.autoCloseAt),
    completion_due_at: at(c.completionDueAt),
    resolution_ceiling_at: at(c.resolutionCeilingAt),
    reopen_until: at(c.reopenUntil),
    hours_to_first_response: hoursBetween(c.submittedAt, c.firstResponseAt),
    hours_to_close: hoursBetween(c.submittedAt, c.closedAt),
    first_response_on_time: bool(firstOnTime),
    on_time: bool(onTime),
    escalated: bool(c.escalated),
    extensions: c.extensions,
    reopen_count: c.reopenCount,
    archive_reason: c.archiveReason ?? '',
    duplicate_of: c.duplicateOf ?? '',
    rating: c.rating?.score ?? '',
  };
}

/**
 * The month's CSV as a stream: the header and the first page are produced before the response starts (so a failure
 * there is still a proper problem), the rest page by page as the client reads.
 */
export async function csvStream(
  ctx: TenantContext,
  month: string,
  names: CsvNames,
  now: Date,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const render = (page: Page<Complaint>, header: boolean) =>
    encoder.encode(
      stringify(
        page.items.map((c) => csvRow(ctx, c, names, now)),
        { header, columns: [...CSV_COLUMNS] },
      ),
    );
  const first = await complaintQueues.byMonth(ctx.db, month, { limit: PAGE });
  let cursor = first.nextCursor;
  let pending: Uint8Array | null = render(first, true);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending) {
        controller.enqueue(pending);
        pending = null;
        if (!cursor) controller.close();
        return;
      }
      if (!cursor) return controller.close();
      const page = await complaintQueues.byMonth(ctx.db, month, { limit: PAGE, cursor });
      cursor = page.nextCursor;
      controller.enqueue(render(page, false));
      if (!cursor) controller.close();
    },
  });
}
