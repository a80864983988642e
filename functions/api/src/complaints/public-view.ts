import { z } from '@hono/zod-openapi';
import {
  ACTIONS,
  availableActions,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPES,
  type Complaint,
  locationSchema,
  type TimelineEvent,
} from '@prima/domain';
import { categories, complaints, services, type TenantDb, units } from '@prima/store';

/**
 * What the holder of a tracking code sees: their own report (content included, also when it is `rahasia`: the code
 * is the reporter's secret), where it stands, the public timeline and what they may do now. Never the reporter's
 * contact, never an internal note, never an official's name or user id: an official's step shows the unit's name.
 */

export const REPORTER_ACTIONS = ['supply-info', 'reporter-reply', 'confirm', 'reopen', 'rate'] as const;
export type ReporterAction = (typeof REPORTER_ACTIONS)[number];

const named = z.object({ id: z.string(), name: z.string() }).nullable();

export const publicTimelineEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    action: z.enum([...ACTIONS, 'submit']),
    by: z
      .enum(['reporter', 'coordinator', 'unit', 'system'])
      .meta({ description: 'Who took the step; officials are never named' }),
    unitName: z
      .string()
      .nullable()
      .meta({ description: 'The OPD an official acted for (instead of the official’s name)' }),
    from: z.enum(COMPLAINT_STATUSES).nullable(),
    to: z.enum(COMPLAINT_STATUSES).nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'PublicTimelineEvent' });

export const publicComplaintSchema = z
  .object({
    trackingCode: z.string().meta({ example: 'PRM-4K7Q-9XD2' }),
    type: z.enum(COMPLAINT_TYPES),
    status: z.enum(COMPLAINT_STATUSES),
    title: z.string(),
    description: z.string(),
    location: locationSchema.nullable(),
    category: named,
    service: named,
    unit: named.meta({ description: 'The OPD handling the report, once dispatched' }),
    attachments: z.array(
      z.object({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
    anonim: z.boolean(),
    rahasia: z.boolean(),
    submittedAt: z.string(),
    closedAt: z.string().nullable(),
    deadline: z.object({
      dueAt: z.string().nullable().meta({ description: 'The officials’ current deadline' }),
      dueKind: z.enum(['verify', 'follow-up']).nullable(),
      autoCloseAt: z
        .string()
        .nullable()
        .meta({ description: 'When the report closes by itself unless the reporter answers the follow-up' }),
      completionDueAt: z
        .string()
        .nullable()
        .meta({ description: 'When an incomplete report counts as withdrawn unless completed' }),
      reopenUntil: z.string().nullable().meta({ description: 'Until when the reporter may reopen it' }),
    }),
    rating: z.object({ score: z.number().int(), comment: z.string().nullable(), at: z.string() }).nullable(),
    timeline: z.array(publicTimelineEventSchema).meta({ description: 'Public steps only, oldest first' }),
    allowedActions: z
      .array(z.enum(REPORTER_ACTIONS))
      .meta({ description: 'What the reporter may do now (POST …/actions, or …/rating for `rate`)' }),
  })
  .meta({ id: 'PublicComplaint' });
export type PublicComplaint = z.infer<typeof publicComplaintSchema>;

/** What the submitter gets back at once. */
export const submittedComplaintSchema = z
  .object({
    trackingCode: z.string().meta({ example: 'PRM-4K7Q-9XD2' }),
    status: z.enum(COMPLAINT_STATUSES),
    type: z.enum(COMPLAINT_TYPES),
    title: z.string(),
    submittedAt: z.string(),
    dueAt: z.string().nullable().meta({ description: 'Verification deadline' }),
    anonim: z.boolean(),
    rahasia: z.boolean(),
  })
  .meta({ id: 'SubmittedComplaint' });

export const submittedView = (c: Complaint): z.infer<typeof submittedComplaintSchema> => ({
  trackingCode: c.trackingCode,
  status: c.status,
  type: c.type,
  title: c.title,
  submittedAt: c.submittedAt,
  dueAt: c.dueAt,
  anonim: c.anonim,
  rahasia: c.rahasia,
});

/** What the reporter may do now. */
export function reporterActions(c: Complaint, now: Date): ReporterAction[] {
  const actions: ReporterAction[] = availableActions(c.status, 'reporter').filter(
    (a): a is Exclude<ReporterAction, 'rate'> =>
      a !== 'reopen' || (c.reopenUntil !== null && now.getTime() <= Date.parse(c.reopenUntil)),
  );
  if (c.status === 'selesai' && !c.rating) actions.push('rate');
  return actions;
}

const publicEvent = (e: TimelineEvent, unitNames: Map<string, string>) => ({
  id: e.id,
  at: e.at,
  action: e.action,
  by: e.actor.kind,
  unitName:
    (e.actor.kind === 'unit' || e.actor.kind === 'coordinator') && e.unitId
      ? (unitNames.get(e.unitId) ?? null)
      : null,
  from: e.from,
  to: e.to,
  note: e.note,
});

/** The tracking view of a complaint: a handful of reads (timeline, and the names of what it refers to). */
export async function publicComplaintView(db: TenantDb, c: Complaint, now: Date): Promise<PublicComplaint> {
  const [events, category, service] = await Promise.all([
    complaints.timeline(db, c.id),
    c.categoryId ? categories.get(db, c.categoryId) : null,
    c.serviceId ? services.get(db, c.serviceId) : null,
  ]);
  // Public replies in full; internal steps that moved the report (verified, dispatched, returned) as status
  // changes only, without their note, so the citizen sees where the report stands.
  const timeline = events
    .filter((e) => e.visibility === 'public' || (e.to !== null && e.to !== e.from))
    .map((e) => (e.visibility === 'public' ? e : { ...e, note: null }));
  const unitIds = new Set([c.unitId, ...timeline.map((e) => e.unitId)].filter((id): id is string => !!id));
  const unitNames = new Map(
    (await Promise.all([...unitIds].map((id) => units.get(db, id))))
      .filter((u) => u !== null)
      .map((u) => [u.id, u.name]),
  );
  return {
    trackingCode: c.trackingCode,
    type: c.type,
    status: c.status,
    title: c.title,
    description: c.description,
    location: c.location,
    category: category ? { id: category.id, name: category.name } : null,
    service: service ? { id: service.id, name: service.name } : null,
    unit: c.unitId && unitNames.has(c.unitId) ? { id: c.unitId, name: unitNames.get(c.unitId)! } : null,
    attachments: c.attachments.map((a) => ({
      id: a.id,
      name: a.name,
      contentType: a.contentType,
      size: a.size,
    })),
    anonim: c.anonim,
    rahasia: c.rahasia,
    submittedAt: c.submittedAt,
    closedAt: c.closedAt,
    deadline: {
      dueAt: c.dueAt,
      dueKind: c.dueKind,
      autoCloseAt: c.autoCloseAt,
      completionDueAt: c.completionDueAt,
      reopenUntil: c.reopenUntil,
    },
    rating: c.rating,
    timeline: timeline.map((e) => publicEvent(e, unitNames)),
    allowedActions: reporterActions(c, now),
  };
}
