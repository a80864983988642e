import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Actor,
  type Complaint,
  complaintActionSchema,
  complaintSchema,
  idSchema,
  LifecycleViolation,
  reporterSchema,
  staffComplaintSchema,
} from '@prima/domain';
import { categories, complaints, type TenantDb, units, users, VersionConflictError } from '@prima/store';
import type { Context } from 'hono';
import { loadTenantContext } from '../complaints/context';
import { csvStream } from '../complaints/csv';
import { DEFAULT_MONTHS, dashboardSchema, loadDashboard, MAX_MONTHS } from '../complaints/dashboard';
import { inboxPageSchema, inboxQuerySchema, listInbox, monthSchema } from '../complaints/inbox';
import {
  actionResultSchema,
  actionsFor,
  complaintViewSchema,
  deadlineOf,
  inUnitScope,
  officialComplaint,
  officialEvent,
  toComplaint,
  violationProblem,
} from '../complaints/official-view';
import {
  actOnComplaint,
  actorKindOf,
  type ComplaintActor,
  ComplaintInputError,
  submitComplaint,
} from '../complaints/service';
import { allow, type Env, notFound } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { ApiError } from '../problem';
import { fieldError, validationHook } from '../validation';

/**
 * Officials' complaint handling: the inbox, staff entry, the dashboard, the CSV export, the complaint page with its
 * timeline, the reporter's contact, actions and attachments. Every change goes through `actOnComplaint` or
 * `submitComplaint`. Unit officers see only complaints dispatched to their units; analysts only read.
 *
 * The fixed paths (`dashboard`, `export.csv`) are registered before `{complaintId}`, which would claim them.
 */
const tags = ['Complaints'];
const complaintParams = z.object({ complaintId: idSchema });
const attachmentParams = complaintParams.extend({ attachmentId: idSchema });

const now = (c: Context<Env>) => c.var.deps.now?.() ?? new Date();

/** The complaint, if the caller may see it: 404 when it is not in the tenant, 403 when it is another unit's. */
async function visibleComplaint(actor: Actor, db: TenantDb, id: string): Promise<Complaint> {
  const complaint = (await complaints.get(db, id)) ?? notFound();
  if (!inUnitScope(actor, complaint)) throw new ApiError('forbidden');
  return complaint;
}

/** The caller as the timeline records them. */
async function timelineActor(
  db: TenantDb,
  actor: Actor,
  kind: ComplaintActor['kind'],
): Promise<ComplaintActor> {
  const user = await users.get(db, actor.userId);
  return { kind, userId: actor.userId, name: user?.name ?? null };
}

const dashboardQuery = z.object({
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_MONTHS)
    .default(DEFAULT_MONTHS)
    .meta({ description: `Months of history, ending with this month (1–${MAX_MONTHS})`, example: 12 }),
});

export const complaintRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/complaints',
      tags,
      summary: 'The inbox: complaints by deadline, with filters and deadline badges',
      description:
        'Open complaints sorted by their next deadline (soonest first); closed ones by closing time; a period (month of submission) newest first. Unit officers see only their units; an officer of several units names one with `unitId`. A page may hold fewer than `limit` items: follow `nextCursor` until it is null.',
      security: bearer,
      request: { query: inboxQuerySchema },
      responses: { 200: json(inboxPageSchema, 'A page of the inbox') },
    }),
    async (c) => {
      const { actor, db, tenant } = allow(c, 'complaints.read');
      const ctx = await loadTenantContext(db, tenant);
      return c.json(await listInbox(ctx, actor, c.req.valid('query'), now(c), c.var.locale), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/complaints',
      tags,
      summary: 'Staff entry of a complaint received by walk-in, phone, SMS, email or social media',
      security: bearer,
      request: {
        body: body(staffComplaintSchema),
        headers: z.object({
          'idempotency-key': z
            .string()
            .min(8)
            .max(100)
            .optional()
            .meta({ description: 'A retry with the same key returns the first complaint' }),
        }),
      },
      responses: {
        201: json(complaintSchema, 'The new complaint'),
        200: json(complaintSchema, 'The complaint an earlier request with this idempotency key created'),
      },
    }),
    async (c) => {
      const { actor, db, tenant } = allow(c, 'complaints.handle');
      const input = c.req.valid('json');
      const ctx = await loadTenantContext(db, tenant);
      try {
        const { complaint, created } = await submitComplaint(ctx, input, {
          channel: input.channel,
          actor: await timelineActor(db, actor, 'coordinator'),
          now: now(c),
          idempotencyKey: c.req.valid('header')['idempotency-key'],
        });
        return c.json(toComplaint(complaint), created ? 201 : 200);
      } catch (e) {
        if (e instanceof ComplaintInputError) throw fieldError(e.field, e.messageKey, c.var.locale);
        throw e;
      }
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/complaints/dashboard',
      tags,
      summary: 'Complaint figures: open, overdue, on-time rate, medians, Pareto, trend, by OPD',
      description:
        'Read from counters kept on write: the cost is the same whatever the length of the history (1 + months counter reads, the units, the categories and a count of the open overdue complaints).',
      security: bearer,
      request: { query: dashboardQuery },
      responses: { 200: json(dashboardSchema, 'The dashboard') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'complaints.read');
      return c.json(await loadDashboard(db, tenant.timeZone, now(c), c.req.valid('query').months), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/complaints/export.csv',
      tags,
      summary: 'CSV of the complaints submitted in a month, with every lifecycle timestamp',
      description:
        'One row per complaint, timestamps in the tenant’s time zone, deadline and on-time flags. Never the reporter’s identity, the tracking code or the description.',
      security: bearer,
      request: { query: z.object({ month: monthSchema }) },
      responses: {
        200: {
          description: 'The CSV (UTF-8, header row first)',
          content: { 'text/csv': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'complaints.export');
      const { month } = c.req.valid('query');
      const [ctx, cats, unitList] = await Promise.all([
        loadTenantContext(db, tenant),
        categories.all(db),
        units.all(db),
      ]);
      const stream = await csvStream(
        ctx,
        month,
        {
          categories: new Map(cats.map((x) => [x.id, x.name])),
          units: new Map(unitList.map((u) => [u.id, u.name])),
        },
        now(c),
      );
      return c.body(stream, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="pengaduan-${tenant.slug}-${month}.csv"`,
        'cache-control': 'no-store',
      });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/complaints/{complaintId}',
      tags,
      summary: 'The complaint page: complaint, timeline, available actions, deadline',
      description:
        'Never the reporter’s contact (see `/reporter`). Timeline events are marked `internal` (officials only) or `public` (the reporter sees them), and by kind.',
      security: bearer,
      request: { params: complaintParams },
      responses: { 200: json(complaintViewSchema, 'The complaint as officials see it') },
    }),
    async (c) => {
      const { actor, db, tenant } = allow(c, 'complaints.read');
      const complaint = await visibleComplaint(actor, db, c.req.valid('param').complaintId);
      const [ctx, timeline, category, unit] = await Promise.all([
        loadTenantContext(db, tenant),
        complaints.timeline(db, complaint.id),
        complaint.categoryId ? categories.get(db, complaint.categoryId) : null,
        complaint.unitId ? units.get(db, complaint.unitId) : null,
      ]);
      return c.json(
        {
          complaint: officialComplaint(actor, complaint),
          category: category ? { id: category.id, name: category.name } : null,
          unit: unit ? { id: unit.id, name: unit.name } : null,
          timeline: timeline.map(officialEvent),
          availableActions: actionsFor(actor, complaint),
          deadline: deadlineOf(ctx, complaint, now(c)),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/complaints/{complaintId}/reporter',
      tags,
      summary: "The reporter's contact (never for an anonim report)",
      description:
        'For those allowed to contact reporters (unit officers: for their units’ complaints). An anonim reporter’s identity is shown to no one: 404.',
      security: bearer,
      request: { params: complaintParams },
      responses: { 200: json(reporterSchema, 'The contact the reporter left') },
    }),
    async (c) => {
      const { db } = allow(c, 'complaints.contact');
      const complaint = (await complaints.get(db, c.req.valid('param').complaintId)) ?? notFound();
      allow(c, 'complaints.contact', complaint.unitId ? { unitId: complaint.unitId } : {});
      if (complaint.anonim) notFound();
      const reporter = (await complaints.reporter(db, complaint.id)) ?? notFound();
      return c.json({ name: reporter.name, email: reporter.email, phone: reporter.phone }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/complaints/{complaintId}/actions',
      tags,
      summary:
        'Act on a complaint: verify, request info, dispatch, re-route, return, respond, close, reject, archive, extend, escalate, note, reply',
      description:
        '`version` is the complaint version read before: a stale one gets 409 version-conflict. A transition the role may not make: 403; one the status does not allow: 409 invalid-transition; missing input a rule needs: 400 naming the field. Dispatch without `unitId` goes to the unit the category routes to.',
      security: bearer,
      request: { params: complaintParams, body: body(complaintActionSchema) },
      responses: { 200: json(actionResultSchema, 'The complaint after the action') },
    }),
    async (c) => {
      const { actor, db, tenant } = allow(c, 'complaints.read');
      const input = c.req.valid('json');
      const locale = c.var.locale;
      const complaint = (await complaints.get(db, c.req.valid('param').complaintId)) ?? notFound();
      const kind = actorKindOf(actor.role, actor.unitIds, complaint);
      if (kind === 'coordinator') allow(c, 'complaints.handle');
      else if (kind === 'unit') allow(c, 'complaints.respond', { unitId: complaint.unitId ?? undefined });
      else throw new ApiError('forbidden');
      if (input.version !== complaint.version) throw new VersionConflictError(complaint.version);

      // Ids in the body must be this tenant's, whatever the action (a stray one is a mistake worth naming).
      const [unit, original, category] = await Promise.all([
        input.unitId ? units.get(db, input.unitId) : null,
        input.duplicateOf ? complaints.get(db, input.duplicateOf) : null,
        input.action === 'dispatch' && !input.unitId && complaint.categoryId
          ? categories.get(db, complaint.categoryId)
          : null,
      ]);
      if (input.unitId && (!unit || unit.archived)) throw fieldError('unitId', 'unit.notFound', locale);
      if (input.duplicateOf && (!original || original.id === complaint.id))
        throw fieldError('duplicateOf', 'complaint.notFound', locale);
      const unitId = input.unitId ?? category?.unitId ?? undefined;

      const ctx = await loadTenantContext(db, tenant);
      try {
        const after = await actOnComplaint(
          ctx,
          complaint,
          {
            action: input.action,
            note: input.note,
            unitId,
            tier: input.tier,
            extraWorkingDays: input.extraWorkingDays,
            archiveReason: input.archiveReason,
            duplicateOf: input.duplicateOf,
          },
          await timelineActor(db, actor, kind),
          now(c),
        );
        return c.json(
          {
            complaint: officialComplaint(actor, after),
            availableActions: actionsFor(actor, after),
            deadline: deadlineOf(ctx, after, now(c)),
          },
          200,
        );
      } catch (e) {
        if (e instanceof LifecycleViolation) throw violationProblem(e, input, locale);
        if (e instanceof ComplaintInputError) throw fieldError(e.field, e.messageKey, locale);
        throw e;
      }
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/complaints/{complaintId}/attachments/{attachmentId}',
      tags,
      summary: 'A short-lived download URL of an attachment',
      security: bearer,
      request: { params: attachmentParams },
      responses: { 200: json(z.object({ url: z.string() }), 'Where to download the file') },
    }),
    async (c) => {
      const { actor, db } = allow(c, 'complaints.read');
      const { complaintId, attachmentId } = c.req.valid('param');
      const complaint = await visibleComplaint(actor, db, complaintId);
      const attachment = complaint.attachments.find((a) => a.id === attachmentId) ?? notFound();
      const url = await c.var.deps.blobs.downloadUrl(
        `${db.tenantId}/attachments/${attachment.id}`,
        attachment.name,
      );
      return c.json({ url }, 200);
    },
  );
