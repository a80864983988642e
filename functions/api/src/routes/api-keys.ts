import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { validationHook } from '../validation';

/** Per-tenant API keys for Open311 clients. */
export const apiKeyRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook });
