import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { validationHook } from '../validation';

/** The complaints dashboard and the public transparency page. */
export const transparencyRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook });
