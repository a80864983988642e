import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  checkUnitScope,
  idSchema,
  inviteUserSchema,
  pageOf,
  pageQuerySchema,
  updateUserSchema,
  userSchema,
} from '@prima/domain';
import { AlreadyExistsError, newId, type TenantDb, units, users } from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { fieldError, validationHook } from '../validation';

const userParams = z.object({ userId: idSchema });
const tags = ['Users'];

const invited = z
  .object({
    user: userSchema,
    temporaryPassword: z
      .string()
      .nullable()
      .meta({ description: 'One-time password to hand over, where the directory does not e-mail it' }),
  })
  .meta({ id: 'InvitedUser' });

/** Every unit named must be a unit of this tenant. */
async function requireUnits(c: Context<Env>, db: TenantDb, unitIds: readonly string[]) {
  const found = await Promise.all(unitIds.map((id) => units.get(db, id)));
  const missing = found.indexOf(null);
  if (missing >= 0) throw fieldError(`unitIds.${missing}`, 'unit.notFound', c.var.locale);
}

export const userRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags,
      summary: "List the Pemda's users",
      security: bearer,
      request: { query: pageQuerySchema },
      responses: { 200: json(pageOf(userSchema), 'A page of users') },
    }),
    async (c) => {
      const { db } = allow(c, 'users.read');
      return c.json(await users.list(db, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags,
      summary: 'Invite a user with a role',
      security: bearer,
      request: { body: body(inviteUserSchema) },
      responses: { 201: json(invited, 'The invited user') },
    }),
    async (c) => {
      const { db } = allow(c, 'users.write');
      const input = c.req.valid('json');
      await requireUnits(c, db, input.unitIds);
      const { identity } = c.var.deps;
      const id = newId();
      let temporaryPassword: string | null;
      try {
        ({ temporaryPassword } = await identity.createUser({
          email: input.email,
          userId: id,
          tenantId: db.tenantId,
          role: input.role,
          name: input.name,
        }));
      } catch (e) {
        if (e instanceof AlreadyExistsError)
          throw fieldError('email', 'email.taken', c.var.locale, 'already-exists');
        throw e;
      }
      try {
        const user = await users.create(db, input, nowIso(c), id);
        return c.json({ user, temporaryPassword }, 201);
      } catch (e) {
        await identity.deleteUser(input.email);
        if (e instanceof AlreadyExistsError)
          throw fieldError('email', 'email.taken', c.var.locale, 'already-exists');
        throw e;
      }
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/users/{userId}',
      tags,
      summary: 'Get a user',
      security: bearer,
      request: { params: userParams },
      responses: { 200: json(userSchema, 'The user') },
    }),
    async (c) => {
      const { db } = allow(c, 'users.read');
      return c.json((await users.get(db, c.req.valid('param').userId)) ?? notFound(), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{userId}',
      tags,
      summary: "Change a user's name, role, units or status",
      security: bearer,
      request: { params: userParams, body: body(updateUserSchema) },
      responses: { 200: json(userSchema, 'The changed user') },
    }),
    async (c) => {
      const { db, actor } = allow(c, 'users.write');
      const current = (await users.get(db, c.req.valid('param').userId)) ?? notFound();
      const input = c.req.valid('json');
      const role = input.role ?? current.role;
      const unitIds = input.unitIds ?? (input.role && input.role !== 'unit-officer' ? [] : current.unitIds);
      const scopeProblem = checkUnitScope(role, unitIds);
      if (scopeProblem) throw fieldError('unitIds', scopeProblem, c.var.locale);
      if (current.id === actor.userId && (role !== current.role || input.status === 'deactivated')) {
        throw fieldError(input.status ? 'status' : 'role', 'user.selfLockout', c.var.locale);
      }
      await requireUnits(c, db, input.unitIds ?? []);
      // The directory first: if it fails nothing is stored; if the stored update then fails (a stale version),
      // the directory is put back, so the two never disagree.
      const { identity } = c.var.deps;
      const directoryChange = input.role !== undefined || input.status !== undefined;
      if (directoryChange)
        await identity.updateUser(current.email, {
          role,
          enabled: (input.status ?? current.status) === 'active',
        });
      try {
        return c.json(await users.update(db, current.id, { ...input, unitIds }, nowIso(c)), 200);
      } catch (e) {
        if (directoryChange)
          await identity.updateUser(current.email, {
            role: current.role,
            enabled: current.status === 'active',
          });
        throw e;
      }
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{userId}/reset-password',
      tags,
      summary: 'Issue a new one-time password',
      security: bearer,
      request: { params: userParams },
      responses: {
        200: json(
          z.object({ temporaryPassword: z.string().nullable() }),
          'The new one-time password, where the directory does not e-mail it',
        ),
      },
    }),
    async (c) => {
      const { db } = allow(c, 'users.write');
      const user = (await users.get(db, c.req.valid('param').userId)) ?? notFound();
      return c.json(await c.var.deps.identity.resetPassword(user.email), 200);
    },
  );
