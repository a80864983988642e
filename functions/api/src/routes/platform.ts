import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createTenantSchema,
  idSchema,
  pageOf,
  pageQuerySchema,
  slugSchema,
  tenantSchema,
  userSchema,
} from '@prima/domain';
import { AlreadyExistsError, TABLE, tenants } from '@prima/store';
import { stream } from 'hono/streaming';
import { allowPlatform, type Env, notFound, nowIso } from '../env';
import { deleteTenant, onboardTenant } from '../onboarding';
import { bearer, body, createRoute, json } from '../openapi';
import { fieldError, validationHook } from '../validation';

const tenantParams = z.object({ tenantId: idSchema });

/**
 * What an export withholds: an anonim reporter's identity is shown to no one (UU 25/2009 art. 42), so neither
 * their contact nor the address messages to them went to leaves the platform.
 */
function withheld(item: Record<string, unknown>): Record<string, unknown> {
  if (item[TABLE.entityAttribute] === 'Reporter' && item.anonim === true)
    return { ...item, name: null, email: null, phone: null };
  if (item[TABLE.entityAttribute] === 'Outbox' && item.anonymousRecipient === true)
    return { ...item, to: null };
  return item;
}
const tags = ['Platform'];

const onboarded = z
  .object({
    tenant: tenantSchema,
    admin: userSchema,
    temporaryPassword: z
      .string()
      .nullable()
      .meta({ description: "The first admin's one-time password, where the directory does not e-mail it" }),
  })
  .meta({ id: 'OnboardedTenant' });

export const platformRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/platform/tenants',
      tags,
      summary: 'List tenants (Pemda)',
      security: bearer,
      request: { query: pageQuerySchema },
      responses: { 200: json(pageOf(tenantSchema), 'A page of tenants') },
    }),
    async (c) => {
      allowPlatform(c);
      const { store } = c.var.deps;
      return c.json(
        await tenants.list(store.forPlatform(), c.req.valid('query'), (ids) => store.forPlatform(ids)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/platform/tenants',
      tags,
      summary: 'Onboard a Pemda',
      security: bearer,
      request: { body: body(createTenantSchema) },
      responses: { 201: json(onboarded, 'The new tenant and its first admin') },
    }),
    async (c) => {
      allowPlatform(c);
      const input = c.req.valid('json');
      try {
        const { tenant, admin, temporaryPassword } = await onboardTenant(
          c.var.deps.store,
          c.var.deps.identity,
          input,
          new Date(nowIso(c)),
        );
        return c.json({ tenant, admin, temporaryPassword }, 201);
      } catch (e) {
        if (e instanceof AlreadyExistsError) {
          throw e.field === 'slug'
            ? fieldError('slug', 'slug.taken', c.var.locale, 'already-exists')
            : fieldError('adminEmail', 'email.taken', c.var.locale, 'already-exists');
        }
        throw e;
      }
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/platform/tenants/{tenantId}',
      tags,
      summary: 'Get a tenant',
      security: bearer,
      request: { params: tenantParams },
      responses: { 200: json(tenantSchema, 'The tenant') },
    }),
    async (c) => {
      allowPlatform(c);
      const { tenantId } = c.req.valid('param');
      return c.json(
        (await tenants.get(c.var.deps.store.forPlatform([tenantId]), tenantId)) ?? notFound(),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/platform/tenants/{tenantId}/suspend',
      tags,
      summary: "Suspend a tenant: its users get 403, its public pages say it's unavailable",
      security: bearer,
      request: { params: tenantParams },
      responses: { 200: json(tenantSchema, 'The suspended tenant') },
    }),
    async (c) => {
      allowPlatform(c);
      const { tenantId } = c.req.valid('param');
      return c.json(
        await tenants.setStatus(c.var.deps.store.forPlatform([tenantId]), tenantId, 'suspended', nowIso(c)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/platform/tenants/{tenantId}/resume',
      tags,
      summary: 'Resume a suspended tenant',
      security: bearer,
      request: { params: tenantParams },
      responses: { 200: json(tenantSchema, 'The active tenant') },
    }),
    async (c) => {
      allowPlatform(c);
      const { tenantId } = c.req.valid('param');
      return c.json(
        await tenants.setStatus(c.var.deps.store.forPlatform([tenantId]), tenantId, 'active', nowIso(c)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/platform/tenants/{tenantId}/export',
      tags,
      summary: 'Export every item of a tenant as JSON lines',
      security: bearer,
      request: { params: tenantParams },
      responses: { 200: { description: 'One stored item per line (application/x-ndjson)' } },
    }),
    async (c) => {
      allowPlatform(c);
      const { tenantId } = c.req.valid('param');
      const db = c.var.deps.store.forPlatform([tenantId]);
      if (!(await tenants.get(db, tenantId))) notFound();
      c.header('content-type', 'application/x-ndjson; charset=utf-8');
      c.header('content-disposition', `attachment; filename="tenant-${tenantId}.jsonl"`);
      return stream(c, async (out) => {
        for await (const page of tenants.items(db, tenantId)) {
          await out.write(page.map((item) => `${JSON.stringify(withheld(item))}\n`).join(''));
        }
      });
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/platform/tenants/{tenantId}',
      tags,
      summary: 'Delete a tenant and every item of it (irreversible)',
      security: bearer,
      request: {
        params: tenantParams,
        query: z.object({ confirm: slugSchema.meta({ description: "The tenant's slug, to confirm" }) }),
      },
      responses: { 200: json(z.object({ deleted: z.number().int() }), 'How many items were deleted') },
    }),
    async (c) => {
      allowPlatform(c);
      const { tenantId } = c.req.valid('param');
      const { store, identity } = c.var.deps;
      const tenant = (await tenants.get(store.forPlatform([tenantId]), tenantId)) ?? notFound();
      if (c.req.valid('query').confirm !== tenant.slug)
        throw fieldError('confirm', 'slug.confirm', c.var.locale);
      return c.json({ deleted: await deleteTenant(store, identity, tenantId) }, 200);
    },
  );
