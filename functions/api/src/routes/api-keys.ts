import { OpenAPIHono, z } from '@hono/zod-openapi';
import { idSchema } from '@prima/domain';
import { apiKeys } from '@prima/store';
import { allow, type Env, nowIso } from '../env';
import { bearer, body, createRoute, json } from '../openapi';
import { fieldError, validationHook } from '../validation';

/**
 * Per-tenant API keys for Open311 clients (a civic app, a partner's contact centre). A tenant admin creates a key,
 * sees it once, hands it over, and revokes it when the client no longer needs it. Only a SHA-256 hash is stored.
 */
const tags = ['API keys'];
const apiKeyParams = z.object({ apiKeyId: idSchema });

/** At most this many active keys per tenant: keys are handed to a few known clients, not one per citizen. */
export const MAX_ACTIVE_API_KEYS = 20;

export const apiKeySchema = z
  .object({
    id: idSchema,
    name: z.string().meta({ example: 'Aplikasi Lapor Warga Sukamaju' }),
    hint: z.string().meta({ description: 'The last four characters of the key', example: 'x9Qa' }),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    lastUsedAt: z.string().nullable().meta({ description: 'Last accepted use by an Open311 client' }),
    revoked: z.boolean(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey', description: 'An Open311 API key, without the key itself' });

export const createApiKeySchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(3)
      .max(80)
      .meta({ description: 'Who uses the key', example: 'Aplikasi Lapor Warga Sukamaju' }),
  })
  .meta({ id: 'CreateApiKey', example: { name: 'Aplikasi Lapor Warga Sukamaju' } });

const createdApiKeySchema = z
  .object({
    apiKey: apiKeySchema,
    key: z.string().meta({
      description: 'The key, shown this once: it is stored only as a hash and cannot be read back',
      example: 'p311_Xk2V8m0bqL3yN7cT4wR1zH6pJ9sD5fG2aE8uI0oQx9Qa',
    }),
  })
  .meta({ id: 'CreatedApiKey' });

export const apiKeyRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/api-keys',
      tags,
      summary: "List the Pemda's Open311 API keys (never the keys themselves)",
      security: bearer,
      responses: { 200: json(z.object({ items: z.array(apiKeySchema) }), 'Every key, newest first') },
    }),
    async (c) => {
      const { db } = allow(c, 'apikeys.manage');
      return c.json({ items: await apiKeys.all(db) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/api-keys',
      tags,
      summary: 'Create an Open311 API key (shown once)',
      security: bearer,
      request: { body: body(createApiKeySchema) },
      responses: { 201: json(createdApiKeySchema, 'The new key, with the key itself this once') },
    }),
    async (c) => {
      const { db, actor } = allow(c, 'apikeys.manage');
      const active = (await apiKeys.all(db)).filter((k) => !k.revoked).length;
      if (active >= MAX_ACTIVE_API_KEYS) throw fieldError('name', 'apiKey.limit', c.var.locale);
      const { apiKey, secret } = await apiKeys.create(
        db,
        { name: c.req.valid('json').name, createdBy: actor.userId },
        nowIso(c),
      );
      c.header('cache-control', 'no-store');
      return c.json({ apiKey, key: secret }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/api-keys/{apiKeyId}/revoke',
      tags,
      summary: 'Revoke an Open311 API key',
      description: 'From now on the key is refused (403). Revoking a revoked key changes nothing.',
      security: bearer,
      request: { params: apiKeyParams },
      responses: { 200: json(apiKeySchema, 'The revoked key') },
    }),
    async (c) => {
      const { db } = allow(c, 'apikeys.manage');
      return c.json(await apiKeys.revoke(db, c.req.valid('param').apiKeyId, nowIso(c)), 200);
    },
  );
