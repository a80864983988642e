import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { followUpRoutes } from '../routes/survey-follow-ups';
import { publicSurveyRoutes } from '../routes/survey-public';
import { surveyResultRoutes } from '../routes/survey-results';
import { surveyCampaignRoutes } from '../routes/surveys';
import { validationHook } from '../validation';

/**
 * Every survey route, mounted by the app under /api: campaigns, results and reports, follow-up plans (officials)
 * and the public form, submission and IKM publication (citizens).
 */
export const surveyRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .route('/', surveyCampaignRoutes)
  .route('/', surveyResultRoutes)
  .route('/', followUpRoutes)
  .route('/', publicSurveyRoutes);
