import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { validationHook } from '../validation';

/** Citizens' complaints: submit, attachments, tracking, replies, rating. */
export const publicComplaintRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook });
