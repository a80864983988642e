import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Complaint,
  idSchema,
  LifecycleViolation,
  MESSAGES,
  monthOf,
  RULES,
  ratingSchema,
  reporterActionSchema,
  slugSchema,
  submitComplaintSchema,
  type Tenant,
  trackingCodeSchema,
} from '@prima/domain';
import {
  AlreadyExistsError,
  complaints,
  NotFoundError,
  type Notification,
  newId,
  profile,
  type TenantDb,
  tenants,
  units,
  uploads,
  VersionConflictError,
} from '@prima/store';
import type { Context } from 'hono';
import {
  ATTACHMENT_TYPES,
  attachmentKey,
  incomingKey,
  inspectAttachment,
  MAX_ATTACHMENT_BYTES,
} from '../complaints/attachments';
import { loadTenantContext, type TenantContext } from '../complaints/context';
import { violationProblem } from '../complaints/official-view';
import {
  publicComplaintSchema,
  publicComplaintView,
  submittedComplaintSchema,
  submittedView,
} from '../complaints/public-view';
import {
  actOnComplaint,
  type ComplaintActor,
  ComplaintInputError,
  submitComplaint,
} from '../complaints/service';
import { type Env, notFound } from '../env';
import { body, createRoute, json } from '../openapi';
import { ApiError, problemSchema } from '../problem';
import { fieldError, validationHook } from '../validation';

/**
 * Citizens' complaints, without an account; the tenant named by its slug (unknown → 404, suspended → 403).
 * Submitting (idempotent with an `Idempotency-Key`), uploading attachments, and, with the tracking code, following
 * the report, answering the officials, confirming, reopening and rating. The tracking code is the reporter's
 * bearer secret: no route lists codes, and an unknown or malformed code is a plain 404.
 */
const tags = ['Public complaints'];
const REPORTER: ComplaintActor = { kind: 'reporter', userId: null, name: null };

// Any string is accepted in the path: a mistyped slug, code or id is a 404, never a validation error.
const slugParams = z.object({ slug: z.string().max(64).meta({ example: 'kab-sukamaju' }) });
const codeParams = slugParams.extend({
  trackingCode: z
    .string()
    .max(40)
    .meta({ example: 'PRM-4K7Q-9XD2', description: 'The tracking code given at submission' }),
});
const uploadParams = slugParams.extend({
  uploadId: z.string().max(40).meta({ example: '01JD7Q9X4ZB8F6M2N3P5R7S9TV' }),
});

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, 'idempotencyKey.format')
    .optional()
    .meta({
      description:
        'Any unique string the client keeps for one submission (e.g. a UUID); a retry carrying it gets the first complaint back (200) instead of filing a second',
      example: 'b0c5d3a2-6f1e-4c7a-9d8b-2e4f6a8c0d1e',
    }),
});

const conflict = {
  409: {
    description: 'Not possible in the report’s current state, or already done',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
};

/** A file name as shown back: no path separators, no control characters. */
const safeFileName = (name: string) =>
  [...name]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      return ch === '/' || ch === '\\' || code < 32 || code === 127 ? '_' : ch;
    })
    .join('');

const uploadTargetSchema = z
  .object({
    url: z.string(),
    method: z.enum(['POST', 'PUT']),
    fields: z
      .record(z.string(), z.string())
      .meta({ description: 'Form fields to send before the file (POST)' }),
    headers: z.record(z.string(), z.string()).meta({ description: 'Headers to send with the file (PUT)' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'UploadTarget' });

const createUploadSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).transform(safeFileName).meta({ example: 'lampu-padam.jpg' }),
    contentType: z.enum(ATTACHMENT_TYPES),
    size: z
      .number()
      .int()
      .min(1)
      .max(MAX_ATTACHMENT_BYTES, 'upload.tooLarge')
      .meta({ description: 'Bytes; at most 5 MB', example: 482113 }),
  })
  .meta({ id: 'CreateUpload' });

const uploadSchema = z
  .object({
    uploadId: z.string(),
    name: z.string(),
    contentType: z.enum(ATTACHMENT_TYPES),
    size: z.number().int(),
    ready: z.boolean().meta({ description: 'Checked, cleaned and ready to attach to a report' }),
  })
  .meta({ id: 'Upload' });

const clock = (c: Context<Env>) => c.var.deps.now?.() ?? new Date();

/** The tenant behind a slug, if it exists and is active. */
async function publicTenant(c: Context<Env>, slug: string): Promise<{ db: TenantDb; tenant: Tenant }> {
  const { store } = c.var.deps;
  if (!slugSchema.safeParse(slug).success) notFound();
  const tenantId = await tenants.idBySlug(store.forPlatform(), slug);
  if (!tenantId) notFound();
  const db = store.forTenant(tenantId);
  const tenant = await profile.get(db);
  if (!tenant) notFound();
  if (tenant.status !== 'active') throw new ApiError('tenant-suspended');
  return { db, tenant };
}

type ReporterStep = 'supply-info' | 'reporter-reply' | 'confirm' | 'reopen';

/**
 * Who among the officials hears of a reporter's step, in the same transaction: the coordinators when the report
 * comes back to them (completed information, a reopened report, which escalates), the unit when the reporter
 * answers its follow-up. A confirmation closes the report and needs nobody.
 */
async function officialsNotice(
  ctx: TenantContext,
  c: Complaint,
  action: ReporterStep,
  note: string | undefined,
): Promise<Notification[]> {
  if (action === 'confirm') return [];
  const unit = c.unitId ? await units.get(ctx.db, c.unitId) : null;
  return [
    {
      complaintId: c.id,
      trackingCode: c.trackingCode,
      template: 'reporter-acted',
      audience: action === 'reporter-reply' && c.unitId ? 'unit' : 'coordinators',
      locale: ctx.settings.defaultLocale,
      data: {
        title: c.title,
        action,
        status: RULES[action].to ?? c.status,
        note: note?.trim() ?? '',
        unitId: c.unitId ?? '',
        unitName: unit?.name ?? '',
        tenantName: ctx.tenant.name,
        slug: ctx.tenant.slug,
      },
    },
  ];
}

/** The complaint a tracking code names in this tenant; a malformed or unknown code is a 404. */
async function byTrackingCode(db: TenantDb, code: string, consistent = false): Promise<Complaint> {
  const parsed = trackingCodeSchema.safeParse(code);
  if (!parsed.success) notFound();
  const id = await complaints.idByTrackingCode(db, parsed.data);
  const complaint = id ? await complaints.get(db, id, consistent) : null;
  return complaint ?? notFound();
}

export const publicComplaintRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/{slug}/complaints',
      tags,
      summary: 'File a complaint, aspiration or information request',
      description:
        'No account needed. Keep the returned tracking code: it is the only way to follow the report. Send an `Idempotency-Key` header to make retries safe.',
      request: { params: slugParams, headers: idempotencyHeaders, body: body(submitComplaintSchema) },
      responses: {
        201: json(submittedComplaintSchema, 'Filed'),
        200: json(submittedComplaintSchema, 'A retry: the complaint the first request with this key filed'),
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const key = c.req.valid('header')['idempotency-key'];
      const input = c.req.valid('json');
      const { db, tenant } = await publicTenant(c, slug);
      const ctx = await loadTenantContext(db, tenant);
      let result: { complaint: Complaint; created: boolean };
      try {
        result = await submitComplaint(ctx, input, {
          channel: 'web',
          actor: REPORTER,
          now: clock(c),
          idempotencyKey: key,
        });
      } catch (e) {
        // A retry whose first attempt already took the uploads over: answer with the first complaint.
        const first =
          key && (e instanceof ComplaintInputError || e instanceof NotFoundError)
            ? await complaints.bySubmissionKey(db, key)
            : null;
        if (first) result = { complaint: first, created: false };
        else if (e instanceof ComplaintInputError) throw fieldError(e.field, e.messageKey, c.var.locale);
        else if (e instanceof NotFoundError && e.entity === 'upload')
          throw fieldError('attachmentIds', 'upload.notFound', c.var.locale);
        else throw e;
      }
      c.header('location', `/api/public/${slug}/complaints/${result.complaint.trackingCode}`);
      c.header('cache-control', 'no-store');
      return result.created
        ? c.json(submittedView(result.complaint), 201)
        : c.json(submittedView(result.complaint), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/{slug}/attachments',
      tags,
      summary: 'Start uploading an attachment (image or PDF, at most 5 MB)',
      description:
        'Returns where the browser sends the file. Then call `…/attachments/{uploadId}/complete`, and list the upload id in `attachmentIds` of the report.',
      request: { params: slugParams, body: body(createUploadSchema) },
      responses: {
        201: json(
          z.object({ uploadId: z.string(), upload: uploadTargetSchema, maxBytes: z.number().int() }),
          'Where to send the file',
        ),
      },
    }),
    async (c) => {
      const { db, tenant } = await publicTenant(c, c.req.valid('param').slug);
      const input = c.req.valid('json');
      const uploadId = newId();
      const upload = await c.var.deps.blobs.createUpload(
        incomingKey(tenant.id, uploadId),
        input.contentType,
        MAX_ATTACHMENT_BYTES,
      );
      await uploads.put(db, {
        id: uploadId,
        name: input.name,
        contentType: input.contentType,
        size: input.size,
        objectKey: incomingKey(tenant.id, uploadId),
        ready: false,
        createdAt: clock(c).toISOString(),
      });
      return c.json({ uploadId, upload, maxBytes: MAX_ATTACHMENT_BYTES }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/{slug}/attachments/{uploadId}/complete',
      tags,
      summary: 'Finish an upload: check the file and remove its location metadata',
      description:
        'Checks the file’s real type against the declared one and its size, and strips EXIF/XMP (GPS position, camera) from images. 400 naming the reason when the file is missing, too large or of another type.',
      request: { params: uploadParams },
      responses: { 200: json(uploadSchema, 'Ready to attach') },
    }),
    async (c) => {
      const { slug, uploadId } = c.req.valid('param');
      const { db, tenant } = await publicTenant(c, slug);
      if (!idSchema.safeParse(uploadId).success) notFound();
      const upload = (await uploads.get(db, uploadId)) ?? notFound();
      const view = (size: number) => ({
        uploadId,
        name: upload.name,
        contentType: upload.contentType as (typeof ATTACHMENT_TYPES)[number],
        size,
        ready: true,
      });
      if (upload.ready) return c.json(view(upload.size), 200);
      const { blobs } = c.var.deps;
      const incoming = incomingKey(tenant.id, uploadId);
      const result = await inspectAttachment(
        await blobs.get(incoming),
        upload.contentType as (typeof ATTACHMENT_TYPES)[number],
      );
      if (!result.ok) {
        // The upload record stays: the browser may send a proper file to the same target and complete again.
        await blobs.delete(incoming);
        throw fieldError('file', result.reason, c.var.locale);
      }
      const key = attachmentKey(tenant.id, uploadId);
      await blobs.put(key, result.body, upload.contentType);
      await uploads.put(db, { ...upload, size: result.body.byteLength, objectKey: key, ready: true });
      await blobs.delete(incoming);
      return c.json(view(result.body.byteLength), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/complaints/{trackingCode}',
      tags,
      summary: 'Follow a report by its tracking code',
      description:
        'The report, its public timeline (internal notes never; officials shown by their unit, never by name), its deadlines, its rating and what the reporter may do now.',
      request: { params: codeParams },
      responses: { 200: json(publicComplaintSchema, 'The report') },
    }),
    async (c) => {
      const { slug, trackingCode } = c.req.valid('param');
      const { db } = await publicTenant(c, slug);
      const complaint = await byTrackingCode(db, trackingCode);
      c.header('cache-control', 'no-store');
      return c.json(await publicComplaintView(db, complaint, clock(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/{slug}/complaints/{trackingCode}/actions',
      tags,
      summary: 'Answer as the reporter: supply information, reply, confirm the resolution, or reopen',
      description:
        '`supply-info` answers a request for more information; `reporter-reply` answers a follow-up; `confirm` accepts it (closes the report); `reopen` within the policy’s window after closing. A note is required except for `confirm`. 409 when the report’s state does not allow it.',
      request: { params: codeParams, body: body(reporterActionSchema) },
      responses: { 200: json(publicComplaintSchema, 'The report after the step'), ...conflict },
    }),
    async (c) => {
      const { slug, trackingCode } = c.req.valid('param');
      const input = c.req.valid('json');
      const { db, tenant } = await publicTenant(c, slug);
      const ctx = await loadTenantContext(db, tenant);
      let complaint = await byTrackingCode(db, trackingCode);
      // Citizens send no version: act on the current one, once more if an official changed it meanwhile.
      for (let attempt = 0; ; attempt++) {
        try {
          complaint = await actOnComplaint(
            ctx,
            complaint,
            { action: input.action, note: input.note },
            REPORTER,
            clock(c),
            await officialsNotice(ctx, complaint, input.action, input.note),
          );
          break;
        } catch (e) {
          if (e instanceof LifecycleViolation) throw violationProblem(e, {}, c.var.locale);
          if (!(e instanceof VersionConflictError) || attempt > 0) throw e;
          complaint = await byTrackingCode(db, trackingCode, true);
        }
      }
      c.header('cache-control', 'no-store');
      return c.json(await publicComplaintView(db, complaint, clock(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/{slug}/complaints/{trackingCode}/rating',
      tags,
      summary: 'Rate the handling of a closed report (once)',
      description:
        'A score from 1 to 5 and an optional comment, once the report is closed (`selesai`). 409 when the report is not closed or already rated.',
      request: { params: codeParams, body: body(ratingSchema) },
      responses: { 200: json(publicComplaintSchema, 'The report with its rating'), ...conflict },
    }),
    async (c) => {
      const { slug, trackingCode } = c.req.valid('param');
      const input = c.req.valid('json');
      const { db, tenant } = await publicTenant(c, slug);
      let complaint = await byTrackingCode(db, trackingCode);
      for (let attempt = 0; ; attempt++) {
        if (complaint.rating)
          throw new ApiError('already-exists', { detail: MESSAGES['complaint.alreadyRated'] });
        if (complaint.status !== 'selesai')
          throw new ApiError('invalid-transition', { detail: MESSAGES['complaint.rateWhenClosed'] });
        const at = clock(c).toISOString();
        try {
          complaint = await complaints.rate(db, {
            before: complaint,
            rating: { score: input.score, comment: input.comment?.trim() || null, at },
            month: monthOf(at, tenant.timeZone),
          });
          break;
        } catch (e) {
          if (e instanceof AlreadyExistsError)
            throw new ApiError('already-exists', { detail: MESSAGES['complaint.alreadyRated'] });
          if (!(e instanceof VersionConflictError) || attempt > 0) throw e;
          complaint = await byTrackingCode(db, trackingCode, true);
        }
      }
      c.header('cache-control', 'no-store');
      return c.json(await publicComplaintView(db, complaint, clock(c)), 200);
    },
  );
