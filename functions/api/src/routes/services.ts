import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createServiceSchema,
  idSchema,
  pageOf,
  pageQuerySchema,
  serviceSchema,
  updateServiceSchema,
} from '@prima/domain';
import { services, type TenantDb, units } from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { fieldError, validationHook } from '../validation';

const serviceParams = z.object({ serviceId: idSchema });
const listQuery = pageQuerySchema.extend({ unitId: idSchema.optional() });
const tags = ['Services'];

/** A service must belong to a unit of the same tenant. */
async function requireUnit(c: Context<Env>, db: TenantDb, unitId: string) {
  if (!(await units.get(db, unitId))) throw fieldError('unitId', 'unit.notFound', c.var.locale);
}

export const serviceRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/services',
      tags,
      summary: 'List services, optionally of one unit',
      security: bearer,
      request: { query: listQuery },
      responses: { 200: json(pageOf(serviceSchema), 'A page of services') },
    }),
    async (c) => {
      const { db } = allow(c, 'services.read');
      const { unitId, ...page } = c.req.valid('query');
      return c.json(await services.list(db, page, unitId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/services',
      tags,
      summary: 'Create a service with its Standar Pelayanan',
      security: bearer,
      request: { body: body(createServiceSchema) },
      responses: { 201: json(serviceSchema, 'The new service') },
    }),
    async (c) => {
      allow(c, 'services.write');
      const input = c.req.valid('json');
      const { db } = allow(c, 'services.write', { unitId: input.unitId });
      await requireUnit(c, db, input.unitId);
      return c.json(await services.create(db, input, nowIso(c)), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/services/{serviceId}',
      tags,
      summary: 'Get a service with its Standar Pelayanan',
      security: bearer,
      request: { params: serviceParams },
      responses: { 200: json(serviceSchema, 'The service') },
    }),
    async (c) => {
      const { db } = allow(c, 'services.read');
      return c.json((await services.get(db, c.req.valid('param').serviceId)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/services/{serviceId}',
      tags,
      summary: 'Change a service or its standard',
      security: bearer,
      request: { params: serviceParams, body: body(updateServiceSchema) },
      responses: { 200: json(serviceSchema, 'The changed service') },
    }),
    async (c) => {
      const { db } = allow(c, 'services.write');
      const current = (await services.get(db, c.req.valid('param').serviceId)) ?? notFound();
      const input = c.req.valid('json');
      allow(c, 'services.write', { unitId: current.unitId });
      if (input.unitId && input.unitId !== current.unitId) {
        allow(c, 'services.write', { unitId: input.unitId });
        await requireUnit(c, db, input.unitId);
      }
      return c.json(await services.update(db, current, input, nowIso(c)), 200);
    },
  );
