import { OpenAPIHono, z } from '@hono/zod-openapi';
import { isIkmTemplateId, pageQuerySchema, parsePeriodKey } from '@prima/domain';
import {
  type CampaignStatus,
  DraftOnlyError,
  newId,
  type SurveyCampaign,
  surveyAggregates,
  surveyCampaigns,
  surveyPublications,
  surveyResponses,
  type TenantDb,
  VersionConflictError,
} from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { campaignTarget, surveySettings } from '../surveys/context';
import { csvHeaders, responsesCsv } from '../surveys/csv';
import { campaignPeriod } from '../surveys/period';
import { readResults } from '../surveys/results';
import {
  campaignListQuery,
  campaignParams,
  campaignResultsSchema,
  campaignSchema,
  campaignStatusSchema,
  createCampaignSchema,
  deleteQuery,
  suggestionsPageSchema,
  updateCampaignSchema,
} from '../surveys/schemas';
import { campaignView, requiredSampleOf } from '../surveys/views';
import { fieldError, validationHook } from '../validation';

const tags = ['Surveys'];

/** The campaign, 404 when it is not this tenant's. */
async function campaignOr404(db: TenantDb, id: string, consistent = false): Promise<SurveyCampaign> {
  return (await surveyCampaigns.get(db, id, consistent)) ?? notFound();
}

const respondentsOf = async (db: TenantDb, id: string) =>
  (await surveyAggregates.respondents(db, [id])).get(id) ?? 0;

/** draft → open → paused ↔ open → closed. */
const NEXT: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['open'],
  open: ['paused', 'closed'],
  paused: ['open', 'closed'],
  closed: [],
};

/** The unit-scope check of surveys.manage, once the campaign's unit is known. */
const manage = (c: Context<Env>, unitId: string) => allow(c, 'surveys.manage', { unitId });

export const surveyCampaignRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/campaigns',
      tags,
      summary:
        'List survey campaigns (newest period first), with responses so far against the required sample',
      security: bearer,
      request: { query: campaignListQuery },
      responses: {
        200: json(z.object({ items: z.array(campaignSchema), nextCursor: z.string().nullable() }), 'A page'),
      },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const { period, ...q } = c.req.valid('query');
      const range = period ? parsePeriodKey(period) : null;
      const page = await surveyCampaigns.list(db, { ...q, from: range?.start, to: range?.end });
      const counts = await surveyAggregates.respondents(
        db,
        page.items.map((i) => i.id),
      );
      return c.json(
        {
          items: page.items.map((i) => campaignView(i, counts.get(i.id) ?? 0)),
          nextCursor: page.nextCursor,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/surveys/campaigns',
      tags,
      summary: 'Create a survey campaign (as a draft)',
      security: bearer,
      request: { body: body(createCampaignSchema) },
      responses: { 201: json(campaignSchema, 'The new campaign') },
    }),
    async (c) => {
      const { db, actor } = allow(c, 'surveys.manage');
      const input = c.req.valid('json');
      const { unit, service } = await campaignTarget(c, db, input.unitId, input.serviceId);
      manage(c, unit.id);
      const s = await surveySettings(db);
      const templateId = input.templateId ?? s.surveyTemplate;
      const now = nowIso(c);
      const campaign: SurveyCampaign = {
        id: newId(),
        title: input.title,
        description: input.description ?? null,
        unitId: unit.id,
        serviceId: service?.id ?? null,
        templateId,
        period: campaignPeriod(input.period),
        population: input.population,
        requiredSample: requiredSampleOf(templateId, input.population),
        status: 'draft',
        openedAt: null,
        closedAt: null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await surveyCampaigns.create(db, campaign);
      return c.json(campaignView(campaign, 0), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/campaigns/{campaignId}',
      tags,
      summary: 'Get a survey campaign with its progress',
      security: bearer,
      request: { params: campaignParams },
      responses: { 200: json(campaignSchema, 'The campaign') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const campaign = await campaignOr404(db, c.req.valid('param').campaignId);
      return c.json(campaignView(campaign, await respondentsOf(db, campaign.id)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/surveys/campaigns/{campaignId}',
      tags,
      summary: 'Change a campaign (unit, service and template only while it is a draft)',
      security: bearer,
      request: { params: campaignParams, body: body(updateCampaignSchema) },
      responses: { 200: json(campaignSchema, 'The changed campaign') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.manage');
      const current = await campaignOr404(db, c.req.valid('param').campaignId);
      manage(c, current.unitId);
      const input = c.req.valid('json');
      const locale = c.var.locale;
      const retarget =
        (input.unitId !== undefined && input.unitId !== current.unitId) ||
        (input.serviceId !== undefined && input.serviceId !== current.serviceId);
      const retemplate = input.templateId !== undefined && input.templateId !== current.templateId;
      if (retarget || retemplate) {
        if (current.status !== 'draft')
          throw fieldError(retemplate ? 'templateId' : 'unitId', 'survey.draftOnly', locale);
      }
      let unitId = current.unitId;
      let serviceId = current.serviceId;
      if (retarget) {
        const wantedUnit = input.unitId ?? (input.serviceId ? undefined : current.unitId);
        const target = await campaignTarget(
          c,
          db,
          wantedUnit,
          input.serviceId === undefined ? current.serviceId : input.serviceId,
        );
        manage(c, target.unit.id);
        unitId = target.unit.id;
        serviceId = target.service?.id ?? null;
      }
      if (input.version !== current.version) throw new VersionConflictError(current.version);
      const templateId = input.templateId ?? current.templateId;
      const population = input.population ?? current.population;
      const { version, updatedAt, ...rest } = current;
      const updated = await surveyCampaigns.update(
        db,
        {
          ...rest,
          title: input.title ?? current.title,
          description: input.description === undefined ? current.description : input.description,
          unitId,
          serviceId,
          templateId,
          period: input.period ? campaignPeriod(input.period) : current.period,
          population,
          requiredSample: requiredSampleOf(templateId, population),
        },
        input.version,
        nowIso(c),
      );
      return c.json(campaignView(updated, await respondentsOf(db, updated.id)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/surveys/campaigns/{campaignId}',
      tags,
      summary: 'Delete a draft campaign',
      security: bearer,
      request: { params: campaignParams, query: deleteQuery },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.manage');
      const current = await campaignOr404(db, c.req.valid('param').campaignId);
      manage(c, current.unitId);
      try {
        await surveyCampaigns.deleteDraft(db, current.id, c.req.valid('query').version);
      } catch (e) {
        if (e instanceof DraftOnlyError) throw fieldError('status', 'survey.draftOnly', c.var.locale);
        throw e;
      }
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/surveys/campaigns/{campaignId}/status',
      tags,
      summary: 'Open, pause, resume or close a campaign',
      description:
        'draft → open; open → paused; paused → open; open or paused → closed (final). Closing an IKM campaign ' +
        'publishes it as the unit’s latest SKM on the public IKM page (unless a later period is published).',
      security: bearer,
      request: { params: campaignParams, body: body(campaignStatusSchema) },
      responses: { 200: json(campaignSchema, 'The campaign in its new status') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.manage');
      const current = await campaignOr404(db, c.req.valid('param').campaignId);
      manage(c, current.unitId);
      const { status, version } = c.req.valid('json');
      if (version !== current.version) throw new VersionConflictError(current.version);
      if (!NEXT[current.status].includes(status))
        throw fieldError('status', 'survey.transition', c.var.locale);
      const now = nowIso(c);
      const { version: _v, updatedAt: _u, ...rest } = current;
      const updated = await surveyCampaigns.update(
        db,
        {
          ...rest,
          status,
          openedAt: status === 'open' ? (current.openedAt ?? now) : current.openedAt,
          closedAt: status === 'closed' ? now : null,
        },
        version,
        now,
      );
      if (status === 'closed' && isIkmTemplateId(updated.templateId)) {
        await surveyPublications.publish(db, {
          unitId: updated.unitId,
          campaignId: updated.id,
          templateId: updated.templateId,
          periodEnd: updated.period.end,
          closedAt: now,
        });
      }
      return c.json(campaignView(updated, await respondentsOf(db, updated.id)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/campaigns/{campaignId}/results',
      tags,
      summary: "A campaign's results: IKM (NRR and grade per unsur), SERVQUAL gaps or trust, and the profile",
      description: 'Computed from the counters kept on write: the cost does not grow with the responses.',
      security: bearer,
      request: { params: campaignParams },
      responses: { 200: json(campaignResultsSchema, 'The results') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const campaign = await campaignOr404(db, c.req.valid('param').campaignId);
      const s = await surveySettings(db);
      const results = await readResults(
        db,
        {
          kind: 'campaign',
          campaignId: campaign.id,
          unitId: campaign.unitId,
          serviceId: campaign.serviceId,
          period: campaign.period.key,
        },
        campaign.templateId,
        s.ikmWeighting,
      );
      return c.json({ ...results, campaign: campaignView(campaign, results.respondents) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/campaigns/{campaignId}/suggestions',
      tags,
      summary: "A campaign's suggestions (saran), newest first",
      security: bearer,
      request: { params: campaignParams, query: pageQuerySchema },
      responses: { 200: json(suggestionsPageSchema, 'A page of suggestions') },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const campaign = await campaignOr404(db, c.req.valid('param').campaignId);
      const { limit, cursor } = c.req.valid('query');
      return c.json(await surveyResponses.suggestions(db, { campaignId: campaign.id }, limit, cursor), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surveys/campaigns/{campaignId}/responses.csv',
      tags,
      summary: "CSV of a campaign's anonymous raw responses",
      description:
        'Columns: responseId, submittedAt, campaignId, unitId, serviceId, templateId, one per answer (IKM: U1…; ' +
        'SERVQUAL: Q1_E, Q1_P…, alokasi_<dimension>; trust: item codes), umur, jenisKelamin, pendidikan, ' +
        'pekerjaan, disabilitas, saran. UTF-8 with BOM, CRLF.',
      security: bearer,
      request: { params: campaignParams },
      responses: {
        200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
      },
    }),
    async (c) => {
      const { db } = allow(c, 'surveys.read');
      const campaign = await campaignOr404(db, c.req.valid('param').campaignId);
      const rows = await surveyResponses.all(db, campaign.id);
      return c.body(
        responsesCsv(campaign.templateId, rows),
        200,
        csvHeaders(`survei-${campaign.id}-jawaban.csv`),
      );
    },
  );
