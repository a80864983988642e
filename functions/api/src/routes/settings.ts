import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  holidayCalendarSchema,
  permissionsOf,
  putHolidayCalendarSchema,
  putSlaPolicySchema,
  roleSchema,
  settingsSchema,
  slaPolicySchema,
  tenantSchema,
  updateSettingsSchema,
  yearSchema,
} from '@prima/domain';
import { calendars, settings, slaPolicy, users } from '@prima/store';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { ApiError } from '../problem';
import { fieldError, validationHook } from '../validation';

const meSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    unitIds: z.array(z.string()),
    permissions: z.array(z.string()),
    tenant: tenantSchema.nullable(),
  })
  .meta({ id: 'Me' });

const yearParams = z.object({ year: yearSchema });

export const settingsRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['Session'],
      summary: 'Who I am: role, units, permissions and tenant',
      security: bearer,
      responses: { 200: json(meSchema, 'The signed-in user') },
    }),
    async (c) => {
      const caller = c.var.caller;
      if (!caller) throw new ApiError('unauthorized');
      const { actor, tenant, db } = caller;
      const user = db ? await users.get(db, actor.userId) : null;
      return c.json(
        {
          userId: actor.userId,
          email: actor.email,
          name: user?.name ?? actor.email,
          role: actor.role,
          unitIds: [...actor.unitIds],
          permissions: [...permissionsOf(actor.role)],
          tenant,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      tags: ['Settings'],
      summary: "The Pemda's settings",
      security: bearer,
      responses: { 200: json(settingsSchema, 'Settings') },
    }),
    async (c) => {
      const { db } = allow(c, 'settings.read');
      return c.json((await settings.get(db)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/settings',
      tags: ['Settings'],
      summary: "Change the Pemda's settings",
      security: bearer,
      request: { body: body(updateSettingsSchema) },
      responses: { 200: json(settingsSchema, 'Settings as stored') },
    }),
    async (c) => {
      const { db } = allow(c, 'settings.write');
      return c.json(await settings.update(db, c.req.valid('json'), nowIso(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sla-policy',
      tags: ['Settings'],
      summary: 'The complaint-handling SLA policy',
      security: bearer,
      responses: { 200: json(slaPolicySchema, 'SLA policy') },
    }),
    async (c) => {
      const { db } = allow(c, 'settings.read');
      return c.json((await slaPolicy.get(db)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/sla-policy',
      tags: ['Settings'],
      summary: 'Replace the SLA policy',
      security: bearer,
      request: { body: body(putSlaPolicySchema) },
      responses: { 200: json(slaPolicySchema, 'SLA policy as stored') },
    }),
    async (c) => {
      const { db } = allow(c, 'sla.write');
      return c.json(await slaPolicy.put(db, c.req.valid('json'), nowIso(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendars',
      tags: ['Settings'],
      summary: 'Holiday calendars of every year',
      security: bearer,
      responses: { 200: json(z.object({ items: z.array(holidayCalendarSchema) }), 'Calendars by year') },
    }),
    async (c) => {
      const { db } = allow(c, 'settings.read');
      return c.json({ items: await calendars.list(db) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendars/{year}',
      tags: ['Settings'],
      summary: "One year's holiday calendar",
      security: bearer,
      request: { params: yearParams },
      responses: { 200: json(holidayCalendarSchema, 'The calendar') },
    }),
    async (c) => {
      const { db } = allow(c, 'settings.read');
      return c.json((await calendars.get(db, c.req.valid('param').year)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/calendars/{year}',
      tags: ['Settings'],
      summary: "Create or replace one year's holiday calendar",
      security: bearer,
      request: { params: yearParams, body: body(putHolidayCalendarSchema) },
      responses: { 200: json(holidayCalendarSchema, 'The calendar as stored') },
    }),
    async (c) => {
      const { db } = allow(c, 'calendar.write');
      const { year } = c.req.valid('param');
      const input = c.req.valid('json');
      const wrongYear = input.days.findIndex((d) => !d.date.startsWith(`${year}-`));
      if (wrongYear >= 0) {
        throw fieldError(`days.${wrongYear}.date`, 'date.wrongYear', c.var.locale);
      }
      return c.json(await calendars.put(db, year, input, nowIso(c)), 200);
    },
  );
