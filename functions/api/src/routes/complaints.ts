import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { validationHook } from '../validation';

/** Officials' complaint handling (inbox, detail, actions, staff entry, export). */
export const complaintRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook });
