import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { validationHook } from '../validation';

/** Complaint categories and canned replies. */
export const categoryRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook });
