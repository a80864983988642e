import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createUnitSchema,
  idSchema,
  maklumatSchema,
  pageOf,
  pageQuerySchema,
  putMaklumatSchema,
  unitSchema,
  updateUnitSchema,
} from '@prima/domain';
import { maklumat, units } from '@prima/store';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { validationHook } from '../validation';

const unitParams = z.object({ unitId: idSchema });
const tags = ['Units'];

export const unitRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/units',
      tags,
      summary: 'List OPD units',
      security: bearer,
      request: { query: pageQuerySchema },
      responses: { 200: json(pageOf(unitSchema), 'A page of units') },
    }),
    async (c) => {
      const { db } = allow(c, 'units.read');
      return c.json(await units.list(db, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/units',
      tags,
      summary: 'Create an OPD unit',
      security: bearer,
      request: { body: body(createUnitSchema) },
      responses: { 201: json(unitSchema, 'The new unit') },
    }),
    async (c) => {
      const { db } = allow(c, 'units.write');
      return c.json(await units.create(db, c.req.valid('json'), nowIso(c)), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{unitId}',
      tags,
      summary: 'Get an OPD unit',
      security: bearer,
      request: { params: unitParams },
      responses: { 200: json(unitSchema, 'The unit') },
    }),
    async (c) => {
      const { db } = allow(c, 'units.read');
      return c.json((await units.get(db, c.req.valid('param').unitId)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/units/{unitId}',
      tags,
      summary: 'Change or archive an OPD unit',
      security: bearer,
      request: { params: unitParams, body: body(updateUnitSchema) },
      responses: { 200: json(unitSchema, 'The changed unit') },
    }),
    async (c) => {
      const { db } = allow(c, 'units.write');
      return c.json(await units.update(db, c.req.valid('param').unitId, c.req.valid('json'), nowIso(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{unitId}/maklumat',
      tags,
      summary: "The unit's Maklumat Pelayanan",
      security: bearer,
      request: { params: unitParams },
      responses: { 200: json(maklumatSchema, 'The maklumat') },
    }),
    async (c) => {
      const { db } = allow(c, 'units.read');
      const { unitId } = c.req.valid('param');
      return c.json((await maklumat.get(db, unitId)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/units/{unitId}/maklumat',
      tags,
      summary: "Publish or replace the unit's Maklumat Pelayanan",
      security: bearer,
      request: { params: unitParams, body: body(putMaklumatSchema) },
      responses: { 200: json(maklumatSchema, 'The maklumat as stored') },
    }),
    async (c) => {
      const { unitId } = c.req.valid('param');
      const { db } = allow(c, 'maklumat.write', { unitId });
      if (!(await units.get(db, unitId))) notFound();
      return c.json(await maklumat.put(db, unitId, c.req.valid('json'), nowIso(c)), 200);
    },
  );
