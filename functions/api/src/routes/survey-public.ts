import { OpenAPIHono, z } from '@hono/zod-openapi';
import {
  IKM_TEMPLATES,
  idSchema,
  ikmFromCounters,
  isoInZone,
  localDate,
  periodKeysOfDate,
  responseDelta,
  SURVEY_RESPONSE_SCHEMAS,
  type SurveyResponseInput,
} from '@prima/domain';
import {
  type AggregateScope,
  followUps,
  newId,
  services,
  surveyAggregates,
  surveyCampaigns,
  surveyPublications,
  surveyResponses,
  units,
} from '@prima/store';
import type { MiddlewareHandler } from 'hono';
import { type Env, notFound } from '../env';
import { body, createRoute, json } from '../openapi';
import { ApiError } from '../problem';
import { now, publicSurveyTenant, surveySettings } from '../surveys/context';
import { campaignPeriodLabel } from '../surveys/period';
import { clientAddress, surveySubmissionLimiter } from '../surveys/rate-limit';
import {
  HONEYPOT_FIELD,
  publicationSchema,
  publicCampaignListSchema,
  publicFormSchema,
  publicResponseSchema,
  submissionAckSchema,
} from '../surveys/schemas';
import { CLOSED_MESSAGES, elementName, publicForm, THANK_YOU } from '../surveys/views';
import { fieldError, fieldErrors, validationHook } from '../validation';

/**
 * Citizens' survey pages: no account, the tenant named by its slug. A response is anonymous: nothing about the
 * client (address, identity) is stored; the rate limit keys on a salted hash held in memory only.
 */
const tags = ['Public surveys'];
const slugParams = z.object({ slug: z.string().max(64).meta({ example: 'kab-sukamaju' }) });
const formParams = slugParams.extend({ campaignId: idSchema });

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** One submission per token of the client's bucket for this campaign; 429 with Retry-After when empty. */
const rateLimit: MiddlewareHandler<Env> = async (c, next) => {
  const nowMs = (c.var.deps.now?.() ?? new Date()).getTime();
  const r = surveySubmissionLimiter.take(clientAddress(c), c.req.param('campaignId') ?? '', nowMs);
  if (!r.ok) throw new ApiError('too-many-requests', { retryAfterSeconds: r.retryAfterSeconds });
  await next();
};

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,100}$/, 'survey.idempotencyKey')
    .optional()
    .meta({ description: 'A retry with the same key never counts twice', example: '3f1c9a6e-5b7d-4e2a' }),
});

export const publicSurveyRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/surveys',
      tags,
      summary: 'Surveys open now (optionally of one unit): for the survey page and after a complaint closes',
      request: { params: slugParams, query: z.object({ unitId: idSchema.optional() }) },
      responses: { 200: json(publicCampaignListSchema, 'Open surveys') },
    }),
    async (c) => {
      const { db } = await publicSurveyTenant(c, c.req.valid('param').slug);
      const { unitId } = c.req.valid('query');
      const page = await surveyCampaigns.list(db, { status: 'open', limit: 100 });
      c.header('cache-control', 'public, max-age=60');
      return c.json(
        {
          items: page.items
            .filter((x) => !unitId || x.unitId === unitId)
            .map((x) => ({
              id: x.id,
              title: x.title,
              templateId: x.templateId,
              unitId: x.unitId,
              serviceId: x.serviceId,
              period: { start: x.period.start, end: x.period.end, label: campaignPeriodLabel(x.period) },
            })),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/surveys/{campaignId}',
      tags,
      summary:
        'The survey form: questions with answer labels (id/en), profile fields, and whether it is open',
      request: { params: formParams },
      responses: { 200: json(publicFormSchema, 'The form') },
    }),
    async (c) => {
      const { slug, campaignId } = c.req.valid('param');
      const { db } = await publicSurveyTenant(c, slug);
      const campaign = (await surveyCampaigns.get(db, campaignId)) ?? notFound();
      const [unit, service, unitServices] = await Promise.all([
        units.get(db, campaign.unitId),
        campaign.serviceId ? services.get(db, campaign.serviceId) : null,
        campaign.serviceId ? [] : services.ofUnit(db, campaign.unitId),
      ]);
      if (!unit) notFound();
      c.header('cache-control', 'public, max-age=60');
      return c.json(publicForm(campaign, unit, service, unitServices), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/public/{slug}/surveys/{campaignId}',
      tags,
      summary: 'Answer a survey (anonymous)',
      description:
        'Answers are checked against the campaign’s template: an unknown unsur or a score outside the scale is a ' +
        '400 naming the field. With an `Idempotency-Key`, a retry answers 200 with the first receipt and counts ' +
        'nothing. The honeypot field `website` must stay empty: when filled, the answer is acknowledged (201, same ' +
        'shape) but neither stored nor counted. A campaign that is not open answers 409 `survey-closed`; too many ' +
        'submissions from one client to one campaign answer 429 with Retry-After.',
      middleware: [rateLimit],
      request: {
        params: formParams,
        headers: idempotencyHeaders,
        body: body(publicResponseSchema),
      },
      responses: {
        200: json(submissionAckSchema, 'Already received (a retry with the same Idempotency-Key)'),
        201: json(submissionAckSchema, 'Received and counted'),
        409: problem('The survey is not open (draft, paused or closed)'),
        429: problem('Too many submissions from this client; see Retry-After'),
      },
    }),
    async (c) => {
      const { slug, campaignId } = c.req.valid('param');
      const { db, tenant } = await publicSurveyTenant(c, slug);
      const campaign = (await surveyCampaigns.get(db, campaignId)) ?? notFound();
      if (campaign.status !== 'open') {
        throw new ApiError('survey-closed', {
          detail: CLOSED_MESSAGES[campaign.status],
          extra: { campaignStatus: campaign.status },
        });
      }
      const locale = c.var.locale;
      const { [HONEYPOT_FIELD]: honeypot, ...submitted } = c.req.valid('json');
      if (honeypot && honeypot.trim() !== '') {
        // A bot filled the hidden field: acknowledge like any answer, store and count nothing.
        c.var.log.info('survey honeypot filled', { campaignId });
        return c.json({ responseId: newId(), campaignId, replayed: false, message: THANK_YOU }, 201);
      }
      if (submitted.templateId !== campaign.templateId)
        throw fieldError('templateId', 'survey.templateMismatch', locale);
      const parsed = SURVEY_RESPONSE_SCHEMAS[campaign.templateId].safeParse(submitted);
      if (!parsed.success) throw new ApiError('validation', { errors: fieldErrors(parsed.error, locale) });
      const response = parsed.data as SurveyResponseInput;
      const { serviceId: chosen, saran, ...profile } = response.profile;
      if (chosen && chosen !== campaign.serviceId) {
        const s = await services.get(db, chosen);
        if (!s || s.unitId !== campaign.unitId || campaign.serviceId !== null)
          throw fieldError('profile.serviceId', 'survey.serviceOfOtherUnit', locale);
      }
      const serviceId = chosen ?? campaign.serviceId;
      const at = now(c);
      const scopes: AggregateScope[] = [{ kind: 'campaign', campaignId }];
      for (const period of periodKeysOfDate(localDate(at, tenant.timeZone))) {
        const templateId = campaign.templateId;
        scopes.push({ kind: 'unit', templateId, unitId: campaign.unitId, period });
        scopes.push({ kind: 'tenant', templateId, period });
        if (serviceId) scopes.push({ kind: 'service', templateId, serviceId, period });
      }
      const result = await surveyResponses.submit(db, {
        response: {
          id: newId(),
          campaignId,
          unitId: campaign.unitId,
          serviceId,
          templateId: campaign.templateId,
          submittedAt: isoInZone(at, tenant.timeZone),
          answers: response.answers as Record<string, number>,
          allocation: response.templateId === 'servqual' ? (response.allocation ?? null) : null,
          profile,
          saran: saran ? saran : null,
        },
        delta: responseDelta(response, serviceId),
        scopes,
        idempotencyKey: c.req.valid('header')['idempotency-key'],
      });
      const ack = {
        responseId: result.responseId,
        campaignId,
        replayed: !result.created,
        message: THANK_YOU,
      };
      return result.created ? c.json(ack, 201) : c.json(ack, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/public/{slug}/ikm',
      tags,
      summary:
        "Published IKM: each unit's latest closed SKM with grade, respondents, period, method, follow-up plan",
      request: { params: slugParams },
      responses: { 200: json(publicationSchema, 'The publication') },
    }),
    async (c) => {
      const slug = c.req.valid('param').slug;
      const { db, tenant } = await publicSurveyTenant(c, slug);
      const [pubs, allUnits, s] = await Promise.all([
        surveyPublications.all(db),
        units.all(db),
        surveySettings(db),
      ]);
      const unitById = new Map(allUnits.filter((u) => !u.archived).map((u) => [u.id, u]));
      const shown = pubs.filter((p) => unitById.has(p.unitId));
      const items = await Promise.all(
        shown.map(async (p) => {
          const [campaign, counters, plans] = await Promise.all([
            surveyCampaigns.get(db, p.campaignId),
            surveyAggregates.read(db, { kind: 'campaign', campaignId: p.campaignId }),
            followUps.all(db, { unitId: p.unitId }),
          ]);
          if (!campaign) return null;
          const unit = unitById.get(p.unitId)!;
          const r = ikmFromCounters(IKM_TEMPLATES[p.templateId], counters, s.ikmWeighting);
          return {
            unit: { id: unit.id, name: unit.name, shortName: unit.shortName },
            campaign: { id: campaign.id, title: campaign.title },
            period: {
              key: campaign.period.key,
              label: campaignPeriodLabel(campaign.period),
              start: campaign.period.start,
              end: campaign.period.end,
            },
            templateId: p.templateId,
            respondents: r.respondents,
            ikm: r.ikm,
            mutu: r.mutu,
            kinerja: r.kinerja,
            unsur: r.unsur.map((u) => ({
              code: u.code,
              name: u.name,
              nrrConverted: u.nrrConverted,
              mutu: u.mutu,
            })),
            weakest: r.weakest,
            method: { text: r.method.text, weightLabel: r.method.weightLabel, legacyLabel: r.legacyLabel },
            followUps: plans
              .filter(
                (f) =>
                  f.campaignId === campaign.id ||
                  (f.campaignId === null && f.period !== null && f.period === campaign.period.key),
              )
              .map((f) => ({
                unsurCode: f.unsurCode,
                unsurName: elementName(f.templateId, f.unsurCode) ?? { id: f.unsurCode, en: f.unsurCode },
                action: f.action,
                owner: f.ownerName,
                deadline: f.deadline,
                status: f.status,
              })),
          };
        }),
      );
      c.header('cache-control', 'public, max-age=300');
      return c.json(
        {
          tenant: { name: tenant.name, slug: tenant.slug },
          items: items
            .filter((x): x is NonNullable<typeof x> => x !== null)
            .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'id')),
          generatedAt: new Date(now(c)).toISOString(),
        },
        200,
      );
    },
  );
