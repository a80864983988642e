import { z } from '@hono/zod-openapi';
import {
  type Actor,
  addWorkingDays,
  CHANNELS,
  COMPLAINT_STATUSES,
  type Complaint,
  complaintSchema,
  type DeadlineState,
  deadlineState,
  idSchema,
  isOpen,
  type Locale,
  monthOf,
  pageOf,
  pageQuerySchema,
} from '@prima/domain';
import { complaintQueues, type Page } from '@prima/store';
import { ApiError } from '../problem';
import { fieldError } from '../validation';
import type { TenantContext } from './context';
import { deadlineSchema } from './official-view';

/**
 * The officials' inbox. Three access patterns, chosen by the filters:
 * - open complaints (the default): the open queue of the tenant (GSI1) or of one unit (GSI2), sorted by the next
 *   deadline, soonest first; `overdue` / `dueSoon` are key ranges of that sort key;
 * - closed complaints: a unit's closed queue (GSI2, newest closing first) or, tenant-wide, the closed queue of one
 *   month of closing (GSI1, `closedMonth`, default the current month);
 * - a period (month of submission, GSI3), newest submission first, any state unless `state` narrows it.
 * Status, category, channel and text are filters on the queue read; a page may hold fewer than `limit` items (a
 * narrow filter, or deadlines that are not officials' deadlines): follow `nextCursor` until it is null.
 *
 * Unit officers read only their units' queues. An officer of one unit needs no `unitId`; an officer of several
 * units must name one (400 otherwise): one queue per page keeps the cursor a plain key of one list, and the web
 * shows a unit switcher. Coordinators, admins and analysts see the whole tenant.
 */

export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month.format')
  .meta({ example: '2026-11' });

const flag = z.enum(['true', 'false']).optional();

export const inboxQuerySchema = pageQuerySchema.extend({
  state: z.enum(['open', 'closed', 'all']).optional().meta({
    description: 'Default: open; closed when `status` is a closed status; all when `period` is given',
  }),
  status: z.enum(COMPLAINT_STATUSES).optional(),
  unitId: idSchema.optional().meta({ description: 'OPD unit; required for officers of several units' }),
  categoryId: idSchema.optional(),
  channel: z.enum(CHANNELS).optional(),
  overdue: flag.meta({ description: 'Only complaints past their officials’ deadline' }),
  dueSoon: flag.meta({
    description: 'Only complaints whose deadline falls within the tenant’s due-soon window',
  }),
  period: monthSchema.optional().meta({ description: 'Month of submission (YYYY-MM)' }),
  closedMonth: monthSchema
    .optional()
    .meta({ description: 'Closed complaints of the whole tenant: month of closing (default: this month)' }),
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .optional()
    .meta({ description: 'Text in the title, description or tracking code' }),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const inboxItemSchema = complaintSchema
  .pick({
    id: true,
    type: true,
    channel: true,
    title: true,
    status: true,
    categoryId: true,
    unitId: true,
    submittedAt: true,
    closedAt: true,
    dueAt: true,
    dueKind: true,
    escalated: true,
    anonim: true,
    rahasia: true,
    extensions: true,
    reopenCount: true,
    version: true,
  })
  .extend({ deadline: deadlineSchema.shape.state })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxPageSchema = pageOf(inboxItemSchema).meta({ id: 'InboxPage' });

/** The unit whose queue the caller reads: officers only their own; undefined means the whole tenant. */
export function queueUnit(actor: Actor, unitId: string | undefined, locale: Locale): string | undefined {
  if (actor.role !== 'unit-officer') return unitId;
  if (unitId) {
    if (!actor.unitIds.includes(unitId)) throw new ApiError('forbidden');
    return unitId;
  }
  if (actor.unitIds.length === 1) return actor.unitIds[0];
  if (actor.unitIds.length === 0) throw new ApiError('forbidden');
  throw fieldError('unitId', 'inbox.unitRequired', locale);
}

export async function listInbox(
  ctx: TenantContext,
  actor: Actor,
  q: InboxQuery,
  now: Date,
  locale: Locale,
): Promise<Page<InboxItem>> {
  const { db, tenant, sla, holidays } = ctx;
  const tz = tenant.timeZone;
  const unitId = queueUnit(actor, q.unitId, locale);
  const state =
    q.state ?? (q.period ? 'all' : q.status && !isOpen(q.status) ? ('closed' as const) : ('open' as const));
  if (state === 'all' && !q.period) throw fieldError('state', 'inbox.stateAll', locale);
  const overdue = q.overdue === 'true';
  const dueSoon = q.dueSoon === 'true';
  const wanted = new Set<DeadlineState>([
    ...(overdue ? (['overdue'] as const) : []),
    ...(dueSoon ? (['due-soon'] as const) : []),
  ]);
  const filter = { status: q.status, categoryId: q.categoryId, channel: q.channel, text: q.q };
  const nowIso = now.toISOString();

  let page: Page<Complaint>;
  if (q.period) {
    page = await complaintQueues.byMonth(db, q.period, {
      filter: { ...filter, unitId },
      limit: q.limit,
      cursor: q.cursor,
    });
  } else if (state === 'open') {
    // Sort keys are `<next deadline>#<id>`: overdue is everything before now, due soon up to the end of the window.
    const soon = `${addWorkingDays(now, sla.dueSoonWorkingDays, holidays, tz).toISOString()}#~`;
    page = await complaintQueues.queue(db, {
      unitId,
      state: 'open',
      dueBefore: dueSoon ? soon : overdue ? nowIso : undefined,
      dueAfter: dueSoon && !overdue ? nowIso : undefined,
      filter,
      limit: q.limit,
      cursor: q.cursor,
    });
  } else {
    page = await complaintQueues.queue(db, {
      unitId,
      state: 'closed',
      ...(unitId ? {} : { closedMonth: q.closedMonth ?? monthOf(nowIso, tz) }),
      filter,
      limit: q.limit,
      cursor: q.cursor,
    });
  }

  const items = page.items
    .filter((c) => state === 'all' || (state === 'open') === isOpen(c.status))
    .map((c) => toInboxItem(c, deadlineState(c, now, sla.dueSoonWorkingDays, holidays, tz)))
    .filter((i) => wanted.size === 0 || (i.deadline !== null && wanted.has(i.deadline)));
  return { items, nextCursor: page.nextCursor };
}

export const toInboxItem = (c: Complaint, deadline: DeadlineState | null): InboxItem => ({
  id: c.id,
  type: c.type,
  channel: c.channel,
  title: c.title,
  status: c.status,
  categoryId: c.categoryId,
  unitId: c.unitId,
  submittedAt: c.submittedAt,
  closedAt: c.closedAt,
  dueAt: c.dueAt,
  dueKind: c.dueKind,
  escalated: c.escalated,
  anonim: c.anonim,
  rahasia: c.rahasia,
  extensions: c.extensions,
  reopenCount: c.reopenCount,
  version: c.version,
  deadline,
});
