import {
  type ActionInput,
  type ActorKind,
  applyAction,
  type Complaint,
  type ComplaintFacts,
  type LifecycleState,
  monthOf,
  type Role,
  RULES,
  type SubmitComplaintInput,
  snapshotDelta,
  submissionDelta,
  submitted,
  type TimelineEvent,
  transitionDelta,
} from '@prima/domain';
import {
  categories,
  complaints,
  NotFoundError,
  type Notification,
  newId,
  newTrackingCode,
  services,
  units,
  uploads,
} from '@prima/store';
import type { TenantContext } from './context';

/** Who acts on a complaint, as the timeline records it. */
export interface ComplaintActor {
  kind: ActorKind;
  userId: string | null;
  name: string | null;
}

/** A problem with the input that refers to stored data; the route maps it to a 400 naming the field. */
export class ComplaintInputError extends Error {
  override name = 'ComplaintInputError';
  constructor(
    readonly field: string,
    readonly messageKey: 'category.notFound' | 'service.notFound' | 'upload.notFound' | 'unit.notFound',
  ) {
    super(`${field}: ${messageKey}`);
  }
}

/** The role's part in the complaint lifecycle: coordinators (and admins) run it, unit officers answer for units. */
export function actorKindOf(
  role: Role,
  unitIds: readonly string[],
  complaint: Pick<Complaint, 'unitId'>,
): ActorKind | null {
  if (role === 'tenant-admin' || role === 'coordinator') return 'coordinator';
  if (role === 'unit-officer' && complaint.unitId !== null && unitIds.includes(complaint.unitId))
    return 'unit';
  return null;
}

const facts = (c: Complaint): ComplaintFacts => ({
  status: c.status,
  unitId: c.unitId,
  categoryId: c.categoryId,
  channel: c.channel,
  submittedAt: c.submittedAt,
  firstResponseAt: c.firstResponseAt,
  closedAt: c.closedAt,
  dueAt: c.dueAt,
});

const lifecycleOf = (c: Complaint): LifecycleState => ({
  status: c.status,
  unitId: c.unitId,
  tier: c.tier,
  submittedAt: c.submittedAt,
  verifiedAt: c.verifiedAt,
  dispatchedAt: c.dispatchedAt,
  firstResponseAt: c.firstResponseAt,
  closedAt: c.closedAt,
  dueAt: c.dueAt,
  dueKind: c.dueKind,
  autoCloseAt: c.autoCloseAt,
  completionDueAt: c.completionDueAt,
  reopenUntil: c.reopenUntil,
  resolutionCeilingAt: c.resolutionCeilingAt,
  escalated: c.escalated,
  reopenCount: c.reopenCount,
  extensions: c.extensions,
  archiveReason: c.archiveReason,
  duplicateOf: c.duplicateOf,
});

/** A notification to the reporter about the complaint, if the reporter left a way to reach them. */
function reporterNotification(
  ctx: TenantContext,
  c: Complaint,
  template: string,
  data: Record<string, string> = {},
): Notification {
  return {
    complaintId: c.id,
    trackingCode: c.trackingCode,
    template,
    locale: ctx.settings.defaultLocale,
    data: { title: c.title, status: c.status, tenantName: ctx.tenant.name, slug: ctx.tenant.slug, ...data },
  };
}

export interface SubmitOptions {
  channel: Complaint['channel'];
  actor: ComplaintActor;
  now: Date;
  idempotencyKey?: string | undefined;
}

/**
 * Files a new complaint: checks what it refers to (category, service, uploads), starts its lifecycle with the
 * verification deadline, and stores it with its first event, counters and the reporter's notification in one
 * transaction. A retry with the same idempotency key returns the first complaint (`created: false`).
 */
export async function submitComplaint(
  ctx: TenantContext,
  input: SubmitComplaintInput,
  opts: SubmitOptions,
): Promise<{ complaint: Complaint; created: boolean }> {
  const { db } = ctx;
  const [category, service, ups] = await Promise.all([
    input.categoryId ? categories.get(db, input.categoryId) : null,
    input.serviceId ? services.get(db, input.serviceId) : null,
    Promise.all(input.attachmentIds.map((id) => uploads.get(db, id))),
  ]);
  if (input.categoryId && (!category || category.archived))
    throw new ComplaintInputError('categoryId', 'category.notFound');
  if (input.serviceId && (!service || service.archived))
    throw new ComplaintInputError('serviceId', 'service.notFound');
  const missing = ups.findIndex((u) => !u?.ready);
  if (missing >= 0) throw new ComplaintInputError(`attachmentIds.${missing}`, 'upload.notFound');

  const now = opts.now;
  const iso = now.toISOString();
  const lifecycle = submitted(now, { sla: ctx.sla, holidays: ctx.holidays, timeZone: ctx.tenant.timeZone });
  const complaint: Complaint = {
    id: newId(),
    trackingCode: newTrackingCode(),
    type: input.type,
    channel: opts.channel,
    categoryId: input.categoryId ?? null,
    serviceId: input.serviceId ?? null,
    title: input.title,
    description: input.description,
    location: input.location ?? null,
    attachments: ups.map((u) => ({ id: u!.id, name: u!.name, contentType: u!.contentType, size: u!.size })),
    anonim: input.anonim,
    rahasia: input.rahasia,
    serviceDate: input.serviceDate ?? null,
    ...lifecycle,
    rating: null,
    createdAt: iso,
    updatedAt: iso,
    version: 1,
  };
  const event: TimelineEvent = {
    id: newId(),
    at: iso,
    action: 'submit',
    actor: opts.actor,
    from: null,
    to: 'diterima',
    note: null,
    visibility: 'public',
    unitId: null,
  };
  const hasContact = Boolean(input.reporter.email || input.reporter.phone);
  return complaints.create(db, {
    complaint,
    reporter: input.reporter,
    event,
    counters: {
      month: monthOf(iso, ctx.tenant.timeZone),
      monthDelta: submissionDelta(facts(complaint)),
      snapshotDelta: snapshotDelta(null, facts(complaint)),
    },
    notifications: hasContact
      ? [reporterNotification(ctx, complaint, 'submitted', { dueAt: complaint.dueAt ?? '' })]
      : [],
    idempotencyKey: opts.idempotencyKey,
    uploadIds: input.attachmentIds,
    timeZone: ctx.tenant.timeZone,
  });
}

/**
 * Applies one lifecycle action to a stored complaint, as `actor`, if the complaint is still at `version`.
 * The lifecycle decides (LifecycleViolation when not allowed); the store writes complaint, event, counters and the
 * reporter's notification (for changes the reporter can see) in one transaction (VersionConflictError on a race).
 */
export async function actOnComplaint(
  ctx: TenantContext,
  complaint: Complaint,
  input: ActionInput,
  actor: ComplaintActor,
  now: Date,
  /** Further notifications written in the same transaction (the SLA sweeper's escalation to coordinators). */
  extraNotifications: readonly Notification[] = [],
): Promise<Complaint> {
  if (input.unitId && (input.action === 'dispatch' || input.action === 'reroute')) {
    const unit = await units.get(ctx.db, input.unitId);
    if (!unit || unit.archived) throw new ComplaintInputError('unitId', 'unit.notFound');
  }
  if (input.duplicateOf) {
    const original = await complaints.get(ctx.db, input.duplicateOf);
    if (!original || original.id === complaint.id) throw new NotFoundError('complaint');
  }
  const next = applyAction(lifecycleOf(complaint), input, {
    actor: actor.kind,
    now,
    sla: ctx.sla,
    holidays: ctx.holidays,
    timeZone: ctx.tenant.timeZone,
  });
  const iso = now.toISOString();
  const after: Complaint = { ...complaint, ...next, updatedAt: iso };
  // The deadline a first response is measured against is gone once it is posted: record the verdict (as the month
  // counters do) for the per-complaint on-time flag of the CSV export.
  if (!complaint.firstResponseAt && after.firstResponseAt)
    after.firstResponseOnTime =
      complaint.dueAt === null || Date.parse(after.firstResponseAt) <= Date.parse(complaint.dueAt);
  const rule = RULES[input.action];
  const event: TimelineEvent = {
    id: newId(),
    at: iso,
    action: input.action,
    actor,
    from: complaint.status,
    to: rule.to,
    note: input.note?.trim() || null,
    visibility: rule.visibility,
    unitId: after.unitId,
  };
  const reporterSees = rule.visibility === 'public' && actor.kind !== 'reporter';
  return complaints.update(ctx.db, {
    before: complaint,
    after,
    event,
    counters: {
      month: monthOf(iso, ctx.tenant.timeZone),
      monthDelta: transitionDelta(facts(complaint), facts(after)),
      snapshotDelta: snapshotDelta(facts(complaint), facts(after)),
    },
    notifications: [
      ...(reporterSees
        ? [reporterNotification(ctx, after, rule.to ? 'status-changed' : 'reply', { note: event.note ?? '' })]
        : []),
      ...extraNotifications,
    ],
    timeZone: ctx.tenant.timeZone,
  });
}
