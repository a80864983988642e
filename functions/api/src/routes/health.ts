import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Env } from '../env';
import { createRoute, json } from '../openapi';

export const healthRoutes = new OpenAPIHono<Env>().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['Health'],
    summary: 'Liveness: the API answers',
    responses: {
      200: json(
        z.object({ status: z.literal('ok'), time: z.string() }).meta({ id: 'Health' }),
        'The API is up',
      ),
    },
  }),
  (c) => c.json({ status: 'ok' as const, time: new Date().toISOString() }, 200),
);
