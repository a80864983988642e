import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  COMPLAINT_STATUSES,
  COMPLAINT_TYPES,
  type Complaint,
  monthOf,
  slugSchema,
  type Tenant,
} from '@prima/domain';
import {
  categories,
  complaintQueues,
  complaints,
  InvalidCursorError,
  profile,
  type TenantDb,
  tenants,
  units,
} from '@prima/store';
import type { Context } from 'hono';
import { DEFAULT_MONTHS, dashboardSchema, loadDashboard, MAX_MONTHS } from '../complaints/dashboard';
import { type Env, notFound } from '../env';
import { createRoute, json } from '../openapi';
import { ApiError } from '../problem';
import { validationHook } from '../validation';

/**
 * The public transparency page of a Pemda: the complaint figures (the officials' dashboard, which holds no titles,
 * no reporter data and no notes: counts, medians and names of categories and units only) and the list of public
 * complaints. A `rahasia` report is never listed; nothing here names a reporter or carries a tracking code or an
 * internal note. No token: the tenant is named by its slug.
 *
 * (The officials' dashboard route is `GET /complaints/dashboard` in routes/complaints.ts: it must be registered
 * before `/complaints/{complaintId}`.)
 */
const tags = ['Public'];
const slugParams = z.object({ slug: z.string().max(64).meta({ example: 'kab-sukamaju' }) });

/** The tenant behind a slug, if it exists and is active (as routes/public.ts: unknown → 404, suspended → 403). */
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

const now = (c: Context<Env>) => c.var.deps.now?.() ?? new Date();

const publicComplaintSchema = z
  .object({
    id: z.string(),
    type: z.enum(COMPLAINT_TYPES),
    title: z.string(),
    category: z.object({ id: z.string(), name: z.string() }).nullable(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    status: z.enum(COMPLAINT_STATUSES),
    submittedAt: z.string(),
    closedAt: z.string().nullable(),
    publicReplies: z.number().int().meta({ description: 'Answers officials posted publicly' }),
  })
  .meta({ id: 'PublicComplaintSummary' });

/** Public actions of officials that answer the reporter with a text. */
const isPublicReply = (e: { visibility: string; note: string | null; actor: { kind: string } }) =>
  e.visibility === 'public' && e.note !== null && (e.actor.kind === 'coordinator' || e.actor.kind === 'unit');

/**
 * The public list walks the months of submission (GSI3) backwards from this month. Its cursor names the month and,
 * inside it, the store's cursor; one request reads at most `MONTHS_PER_PAGE` months, so a sparse history costs a
 * bounded number of reads per page (an empty page with a cursor means: older months follow).
 */
const MONTHS_PER_PAGE = 6;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

interface ListCursor {
  m: string;
  c?: string;
}

function decodeListCursor(cursor: string | undefined, first: string, last: string): ListCursor {
  if (!cursor) return { m: first };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor does not belong to this list');
  }
  const k = parsed as Partial<ListCursor> | null;
  const valid =
    k !== null &&
    typeof k === 'object' &&
    Object.keys(k).every((x) => x === 'm' || x === 'c') &&
    typeof k.m === 'string' &&
    MONTH.test(k.m) &&
    k.m <= first &&
    k.m >= last &&
    (k.c === undefined || typeof k.c === 'string');
  if (!valid) throw new InvalidCursorError('cursor does not belong to this list');
  return k as ListCursor;
}

const encodeListCursor = (c: ListCursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

const previousMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
};

export const transparencyRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/transparency',
      tags,
      summary: "A Pemda's complaint figures, anonymised",
      request: {
        params: slugParams,
        query: z.object({
          months: z.coerce
            .number()
            .int()
            .min(1)
            .max(MAX_MONTHS)
            .default(DEFAULT_MONTHS)
            .meta({ example: 12 }),
        }),
      },
      responses: {
        200: json(dashboardSchema, 'Open, overdue, on-time rate, medians, Pareto, trend, by OPD'),
      },
    }),
    async (c) => {
      const { db, tenant } = await publicTenant(c, c.req.valid('param').slug);
      return c.json(await loadDashboard(db, tenant.timeZone, now(c), c.req.valid('query').months), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/complaints',
      tags,
      summary: 'Public (non-rahasia) complaints, newest first',
      description:
        'A summary without tracking code, reporter or description. A page may hold fewer than `limit` items: follow `nextCursor` until it is null.',
      request: {
        params: slugParams,
        query: z.object({
          limit: z.coerce.number().int().min(1).max(50).default(20).meta({ example: 20 }),
          cursor: z
            .string()
            .max(2048)
            .optional()
            .meta({ description: 'Opaque cursor from the previous page' }),
        }),
      },
      responses: {
        200: json(
          z.object({ items: z.array(publicComplaintSchema), nextCursor: z.string().nullable() }),
          'A page of public complaints',
        ),
      },
    }),
    async (c) => {
      const { db, tenant } = await publicTenant(c, c.req.valid('param').slug);
      const { limit, cursor } = c.req.valid('query');
      const tz = tenant.timeZone;
      const first = monthOf(now(c).toISOString(), tz);
      const created = monthOf(tenant.createdAt, tz);
      const [last = first] = [created, first].sort();
      let position: ListCursor | null = decodeListCursor(cursor, first, last);
      const found: Complaint[] = [];
      for (let months = 0; position && months < MONTHS_PER_PAGE && found.length < limit; months++) {
        const page = await complaintQueues.byMonth(db, position.m, {
          limit: limit - found.length,
          cursor: position.c,
        });
        found.push(...page.items.filter((x) => !x.rahasia));
        if (page.nextCursor) position = { m: position.m, c: page.nextCursor };
        else position = position.m > last ? { m: previousMonth(position.m) } : null;
      }
      const [cats, unitList, timelines] = await Promise.all([
        found.some((x) => x.categoryId) ? categories.all(db) : [],
        found.some((x) => x.unitId) ? units.all(db) : [],
        Promise.all(found.map((x) => complaints.timeline(db, x.id))),
      ]);
      const cat = new Map(cats.map((x) => [x.id, x.name]));
      const unit = new Map(unitList.map((u) => [u.id, u.name]));
      return c.json(
        {
          items: found.map((x, i) => ({
            id: x.id,
            type: x.type,
            title: x.title,
            category: x.categoryId ? { id: x.categoryId, name: cat.get(x.categoryId) ?? '' } : null,
            unit: x.unitId ? { id: x.unitId, name: unit.get(x.unitId) ?? '' } : null,
            status: x.status,
            submittedAt: x.submittedAt,
            closedAt: x.closedAt,
            publicReplies: (timelines[i] ?? []).filter(isPublicReply).length,
          })),
          nextCursor: position ? encodeListCursor(position) : null,
        },
        200,
      );
    },
  );
