import { z } from '@hono/zod-openapi';
import {
  type Action,
  type Actor,
  availableActions,
  type Complaint,
  complaintActionSchema,
  complaintSchema,
  type DeadlineState,
  deadlineState,
  hasPermission,
  type LifecycleError,
  type LifecycleViolation,
  MESSAGES,
  type TimelineEvent,
  timelineEventSchema,
} from '@prima/domain';
import { ApiError } from '../problem';
import type { TenantContext } from './context';
import { actorKindOf } from './service';

/**
 * What officials see of a complaint: the complaint itself (the reporter's contact is a separate item no route but
 * `/reporter` reads), its timeline with internal notes marked apart from public replies, the actions the caller may
 * take now, and where it stands against its deadline.
 */

/** Actions an official can send (the schema's enum: the reporter's and the system's are not among them). */
export const OFFICIAL_ACTIONS = complaintActionSchema.shape.action.options;
export type OfficialAction = (typeof OFFICIAL_ACTIONS)[number];

export const deadlineSchema = z
  .object({
    state: z.enum(['overdue', 'due-soon', 'on-track']).nullable().meta({
      description: 'Badge: null when no officials’ deadline runs (waiting for the reporter, closed)',
    }),
    dueAt: z.string().nullable(),
    dueKind: z.enum(['verify', 'follow-up']).nullable(),
  })
  .meta({ id: 'ComplaintDeadline' });

/**
 * The complaint as officials read it. The tracking code is the reporter's bearer secret (whoever holds it can answer,
 * confirm, reopen and rate as the reporter): only those who run the lifecycle (`complaints.handle`), who hand it to a
 * walk-in or phone reporter, see it; for everyone else it is null. Officials find a complaint by its code with the
 * inbox's text search.
 */
export const officialComplaintSchema = complaintSchema
  .extend({
    trackingCode: z
      .string()
      .nullable()
      .meta({ description: 'Only for coordinators and admins; null for everyone else' }),
  })
  .meta({ id: 'OfficialComplaint' });

export const complaintViewSchema = z
  .object({
    complaint: officialComplaintSchema,
    category: z.object({ id: z.string(), name: z.string() }).nullable(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    timeline: z.array(
      timelineEventSchema.extend({
        kind: z.enum(['status', 'internal-note', 'public-reply', 'event']).meta({
          description:
            'status: the status changed; internal-note: a note only officials see; public-reply: a text the reporter sees; event: anything else',
        }),
      }),
    ),
    availableActions: z.array(z.enum(OFFICIAL_ACTIONS)),
    deadline: deadlineSchema,
  })
  .meta({ id: 'OfficialComplaintView' });

export const actionResultSchema = complaintViewSchema
  .pick({ complaint: true, availableActions: true, deadline: true })
  .meta({ id: 'ComplaintActionResult' });

/**
 * The complaint's own fields, nothing else the item carries (the store's search text, the sweeper's bookkeeping).
 */
export function toComplaint(c: Complaint): Complaint {
  const source = c as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(complaintSchema.shape)
      .filter((k) => source[k] !== undefined)
      .map((k) => [k, source[k]]),
  ) as unknown as Complaint;
}

/** The complaint for `actor`: its own fields, the tracking code only for those who run the lifecycle. */
export function officialComplaint(actor: Actor, c: Complaint): z.infer<typeof officialComplaintSchema> {
  const complaint = toComplaint(c);
  return hasPermission(actor.role, 'complaints.handle') ? complaint : { ...complaint, trackingCode: null };
}

/** Unit officers see only complaints dispatched to one of their units; every other tenant role sees all. */
export function inUnitScope(actor: Actor, complaint: Pick<Complaint, 'unitId'>): boolean {
  if (actor.role !== 'unit-officer') return true;
  return complaint.unitId !== null && actor.unitIds.includes(complaint.unitId);
}

export function deadlineOf(ctx: TenantContext, c: Complaint, now: Date): z.infer<typeof deadlineSchema> {
  const state: DeadlineState | null = deadlineState(
    c,
    now,
    ctx.sla.dueSoonWorkingDays,
    ctx.holidays,
    ctx.tenant.timeZone,
  );
  return { state, dueAt: c.dueAt, dueKind: c.dueKind };
}

const OFFICIAL = new Set<string>(OFFICIAL_ACTIONS);

/** The actions the caller may take on the complaint now (the UI shows only these). */
export function actionsFor(actor: Actor, c: Complaint): OfficialAction[] {
  const kind = actorKindOf(actor.role, actor.unitIds, c);
  if (!kind) return [];
  return availableActions(c.status, kind).filter((a: Action): a is OfficialAction => OFFICIAL.has(a));
}

/**
 * A timeline event as officials see it. The reporter's name never travels with an event: the contact is shown only
 * through the reporter route, to those allowed, and never when the report is anonim.
 */
export function officialEvent(e: TimelineEvent) {
  const kind =
    e.to !== null && e.to !== e.from
      ? ('status' as const)
      : e.note === null
        ? ('event' as const)
        : e.visibility === 'internal'
          ? ('internal-note' as const)
          : ('public-reply' as const);
  return {
    ...e,
    actor: e.actor.kind === 'reporter' ? { kind: e.actor.kind, userId: null, name: null } : e.actor,
    kind,
  };
}

/** The field a lifecycle rule refers to, for a 400 that names it. */
const FIELD_OF: Partial<Record<LifecycleError, string>> = {
  'transition.noteRequired': 'note',
  'transition.unitRequired': 'unitId',
  'transition.sameUnit': 'unitId',
  'transition.unknownTier': 'tier',
  'transition.daysRequired': 'extraWorkingDays',
  'transition.reasonRequired': 'archiveReason',
};

/**
 * A refused transition as a problem: the role may not take the action → 403; the input misses something the rule
 * needs → 400 naming the field; the complaint's state does not allow it → 409. The catalogue message is the detail.
 */
export function violationProblem(
  v: LifecycleViolation,
  input: { archiveReason?: string | undefined; duplicateOf?: string | undefined },
  locale: 'id' | 'en',
): ApiError {
  const detail = MESSAGES[v.code];
  if (v.code === 'transition.forbidden') return new ApiError('forbidden', { detail });
  const field =
    v.code === 'transition.reasonRequired' && input.archiveReason === 'duplikat' && !input.duplicateOf
      ? 'duplicateOf'
      : FIELD_OF[v.code];
  if (field)
    return new ApiError('validation', { detail, errors: [{ path: field, message: detail[locale] }] });
  return new ApiError('invalid-transition', { detail });
}
