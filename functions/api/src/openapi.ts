import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';

/** Routes that need a bearer token declare this; the OpenAPI document shows it. */
export const bearer = [{ bearer: [] }];

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export { createRoute };
