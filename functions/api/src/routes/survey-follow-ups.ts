import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type FollowUpPlan,
  followUps,
  newId,
  type SurveyCampaign,
  surveyCampaigns,
  type TenantDb,
  units,
  users,
  VersionConflictError,
} from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { surveySettings, today } from '../surveys/context';
import {
  createFollowUpSchema,
  deleteQuery,
  followUpListQuery,
  followUpSchema,
  planParams,
  updateFollowUpSchema,
} from '../surveys/schemas';
import { elementName, followUpView } from '../surveys/views';
import { fieldError, validationHook } from '../validation';

const tags = ['Follow-up plans'];

async function planOr404(db: TenantDb, id: string): Promise<FollowUpPlan> {
  return (await followUps.get(db, id)) ?? notFound();
}

/** The owner must be an active user of this tenant; a 400 naming `ownerId` otherwise. */
async function owner(c: Context<Env>, db: TenantDb, ownerId: string) {
  const user = await users.get(db, ownerId);
  if (user?.status !== 'active') throw fieldError('ownerId', 'followup.ownerNotFound', c.var.locale);
  return user;
}

/** A deadline today or later (tenant time zone); a 400 naming `deadline` otherwise. */
function checkDeadline(c: Context<Env>, deadline: string, todayDate: string) {
  if (deadline < todayDate) throw fieldError('deadline', 'followup.deadlinePast', c.var.locale);
}

export const followUpRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/follow-ups',
      tags,
      summary: 'Follow-up plans of a unit or of a campaign, by deadline',
      description: 'Give `unitId` or `campaignId`.',
      security: bearer,
      request: { query: followUpListQuery },
      responses: {
        200: json(z.object({ items: z.array(followUpSchema), nextCursor: z.string().nullable() }), 'A page'),
      },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'surveys.read');
      const { unitId, campaignId, status, limit, cursor } = c.req.valid('query');
      const of = campaignId ? { campaignId } : unitId ? { unitId } : null;
      if (!of) throw fieldError('unitId', 'survey.unitRequired', c.var.locale);
      const page = await followUps.list(db, of, { status, limit, cursor });
      const t = today(c, tenant);
      return c.json(
        {
          items: page.items.filter((p) => !unitId || p.unitId === unitId).map((p) => followUpView(p, t)),
          nextCursor: page.nextCursor,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/surveys/follow-ups',
      tags,
      summary: 'Record a follow-up plan (rencana tindak lanjut) for a weak unsur',
      security: bearer,
      request: { body: body(createFollowUpSchema) },
      responses: { 201: json(followUpSchema, 'The new plan') },
    }),
    async (c) => {
      const { db, tenant, actor } = allow(c, 'followup.write');
      const input = c.req.valid('json');
      const locale = c.var.locale;
      let campaign: SurveyCampaign | null = null;
      if (input.campaignId) {
        campaign = await surveyCampaigns.get(db, input.campaignId);
        if (!campaign) throw fieldError('campaignId', 'survey.notFound', locale);
        if (input.unitId && input.unitId !== campaign.unitId)
          throw fieldError('unitId', 'followup.unitMismatch', locale);
        if (input.templateId && input.templateId !== campaign.templateId)
          throw fieldError('templateId', 'survey.templateMismatch', locale);
      }
      const unitId = input.unitId ?? campaign?.unitId;
      if (!unitId) throw fieldError('unitId', 'survey.unitRequired', locale);
      if (!(await units.get(db, unitId))) throw fieldError('unitId', 'unit.notFound', locale);
      allow(c, 'followup.write', { unitId });
      const templateId =
        campaign?.templateId ?? input.templateId ?? (await surveySettings(db)).surveyTemplate;
      if (!elementName(templateId, input.unsurCode))
        throw fieldError('unsurCode', 'followup.unknownElement', locale);
      const user = await owner(c, db, input.ownerId);
      const t = today(c, tenant);
      checkDeadline(c, input.deadline, t);
      const now = nowIso(c);
      const plan: FollowUpPlan = {
        id: newId(),
        unitId,
        campaignId: campaign?.id ?? null,
        templateId,
        unsurCode: input.unsurCode,
        period: input.period ?? campaign?.period.key ?? null,
        action: input.action,
        ownerId: user.id,
        ownerName: user.name,
        deadline: input.deadline,
        status: input.status,
        note: input.note ?? null,
        completedAt: input.status === 'done' ? now : null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await followUps.create(db, plan);
      return c.json(followUpView(plan, t), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/follow-ups/{planId}',
      tags,
      summary: 'Get a follow-up plan',
      security: bearer,
      request: { params: planParams },
      responses: { 200: json(followUpSchema, 'The plan') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'surveys.read');
      const plan = await planOr404(db, c.req.valid('param').planId);
      return c.json(followUpView(plan, today(c, tenant)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/surveys/follow-ups/{planId}',
      tags,
      summary: 'Change a follow-up plan: action, owner, deadline, status (planned, in-progress, done), note',
      security: bearer,
      request: { params: planParams, body: body(updateFollowUpSchema) },
      responses: { 200: json(followUpSchema, 'The changed plan') },
    }),
    async (c) => {
      const { db, tenant } = allow(c, 'followup.write');
      const current = await planOr404(db, c.req.valid('param').planId);
      allow(c, 'followup.write', { unitId: current.unitId });
      const input = c.req.valid('json');
      const user =
        input.ownerId && input.ownerId !== current.ownerId ? await owner(c, db, input.ownerId) : null;
      const t = today(c, tenant);
      if (input.deadline !== undefined && input.deadline !== current.deadline)
        checkDeadline(c, input.deadline, t);
      if (input.version !== current.version) throw new VersionConflictError(current.version);
      const now = nowIso(c);
      const status = input.status ?? current.status;
      const { version: _v, updatedAt: _u, ...rest } = current;
      const updated = await followUps.update(
        db,
        {
          ...rest,
          action: input.action ?? current.action,
          ownerId: user?.id ?? current.ownerId,
          ownerName: user?.name ?? current.ownerName,
          deadline: input.deadline ?? current.deadline,
          status,
          note: input.note === undefined ? current.note : input.note,
          completedAt: status === 'done' ? (current.completedAt ?? now) : null,
        },
        input.version,
        now,
      );
      return c.json(followUpView(updated, t), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/surveys/follow-ups/{planId}',
      tags,
      summary: 'Delete a follow-up plan',
      security: bearer,
      request: { params: planParams, query: deleteQuery },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      const { db } = allow(c, 'followup.write');
      const current = await planOr404(db, c.req.valid('param').planId);
      allow(c, 'followup.write', { unitId: current.unitId });
      await followUps.delete(db, current.id, c.req.valid('query').version);
      return c.body(null, 204);
    },
  );
