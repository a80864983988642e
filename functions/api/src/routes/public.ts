import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  idSchema,
  maklumatSchema,
  pageQuerySchema,
  publicStandard,
  type Service,
  slugSchema,
  standardSchema,
  tenantKindSchema,
  timeZoneSchema,
  unitSchema,
} from '@prima/domain';
import { maklumat, profile, services, settings, type TenantDb, tenants, units } from '@prima/store';
import type { Context } from 'hono';
import type { Env } from '../env';
import { notFound } from '../env';
import { createRoute, json } from '../openapi';
import { ApiError } from '../problem';
import { validationHook } from '../validation';

/**
 * Citizens' routes: no account, the tenant named by its slug. Only published data leaves here: the six public
 * components of a standard, never internal ones; a suspended tenant answers that the service is unavailable.
 */
const tags = ['Public'];
// Any string is accepted as a slug here: a citizen who mistypes a slug gets 404, not a validation error.
const slugParams = z.object({ slug: z.string().max(64).meta({ example: 'kab-sukamaju' }) });

const publicTenantSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    kind: tenantKindSchema,
    timeZone: timeZoneSchema,
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    address: z.string().nullable(),
  })
  .meta({ id: 'PublicTenant' });

const publicUnitSchema = unitSchema
  .pick({ id: true, name: true, shortName: true, kind: true, address: true, phone: true, email: true })
  .meta({ id: 'PublicUnit' });

const publicServiceSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    name: z.string(),
    description: z.string().nullable(),
    durationWorkingDays: z.number().nullable(),
    feeRupiah: z.number().nullable(),
    standard: standardSchema.partial(),
  })
  .meta({ id: 'PublicService' });

const toPublicService = (s: Service) => ({
  id: s.id,
  unitId: s.unitId,
  name: s.name,
  description: s.description,
  durationWorkingDays: s.durationWorkingDays,
  feeRupiah: s.feeRupiah,
  standard: publicStandard(s.standard),
});

/** The tenant behind a slug, if it exists and is active. */
async function publicTenant(c: Context<Env>, slug: string): Promise<TenantDb> {
  const { store } = c.var.deps;
  if (!slugSchema.safeParse(slug).success) notFound();
  const tenantId = await tenants.idBySlug(store.forPlatform(), slug);
  if (!tenantId) notFound();
  const db = store.forTenant(tenantId);
  const t = await profile.get(db);
  if (!t) notFound();
  if (t.status !== 'active') throw new ApiError('tenant-suspended');
  return db;
}

export const publicRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}',
      tags,
      summary: 'A Pemda as citizens see it',
      request: { params: slugParams },
      responses: { 200: json(publicTenantSchema, 'The Pemda') },
    }),
    async (c) => {
      const db = await publicTenant(c, c.req.valid('param').slug);
      const [t, s] = await Promise.all([profile.get(db), settings.get(db)]);
      if (!t) notFound();
      return c.json(
        {
          name: t.name,
          slug: t.slug,
          kind: t.kind,
          timeZone: t.timeZone,
          contactEmail: s?.contactEmail ?? null,
          contactPhone: s?.contactPhone ?? null,
          address: s?.address ?? null,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/units',
      tags,
      summary: 'Units (OPD) of a Pemda',
      request: { params: slugParams },
      responses: { 200: json(z.object({ items: z.array(publicUnitSchema) }), 'Active units') },
    }),
    async (c) => {
      const db = await publicTenant(c, c.req.valid('param').slug);
      const all = await units.all(db);
      return c.json({ items: all.filter((u) => !u.archived).map((u) => publicUnitSchema.parse(u)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/units/{unitId}',
      tags,
      summary: "A unit's published Maklumat and service standards",
      request: { params: slugParams.extend({ unitId: idSchema }) },
      responses: {
        200: json(
          z.object({
            unit: publicUnitSchema,
            maklumat: maklumatSchema.nullable(),
            services: z.array(publicServiceSchema),
          }),
          'The unit',
        ),
      },
    }),
    async (c) => {
      const { slug, unitId } = c.req.valid('param');
      const db = await publicTenant(c, slug);
      const unit = await units.get(db, unitId);
      if (!unit || unit.archived) notFound();
      const [m, svc] = await Promise.all([maklumat.get(db, unitId), services.ofUnit(db, unitId)]);
      return c.json(
        {
          unit: publicUnitSchema.parse(unit),
          maklumat: m,
          services: svc.filter((s) => !s.archived).map(toPublicService),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/services',
      tags,
      summary: 'Published service standards',
      request: { params: slugParams, query: pageQuerySchema.extend({ unitId: idSchema.optional() }) },
      responses: {
        200: json(
          z.object({ items: z.array(publicServiceSchema), nextCursor: z.string().nullable() }),
          'A page of services',
        ),
      },
    }),
    async (c) => {
      const db = await publicTenant(c, c.req.valid('param').slug);
      const { unitId, ...page } = c.req.valid('query');
      const res = await services.list(db, page, unitId);
      return c.json(
        { items: res.items.filter((s) => !s.archived).map(toPublicService), nextCursor: res.nextCursor },
        200,
      );
    },
  );
