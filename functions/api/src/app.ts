import { Logger } from '@aws-lambda-powertools/logger';
import { OpenAPIHono } from '@hono/zod-openapi';
import { AlreadyExistsError, InvalidCursorError, NotFoundError, VersionConflictError } from '@prima/store';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate } from './auth';
import type { Env } from './env';
import { negotiateLocale } from './i18n';
import { open311Routes } from './open311/routes';
import type { AppDeps } from './ports';
import { ApiError, problemBody, problemResponsesFor, problemSchema } from './problem';
import { apiKeyRoutes } from './routes/api-keys';
import { authRoutes } from './routes/auth';
import { categoryRoutes } from './routes/categories';
import { complaintRoutes } from './routes/complaints';
import { healthRoutes } from './routes/health';
import { platformRoutes } from './routes/platform';
import { publicRoutes } from './routes/public';
import { publicComplaintRoutes } from './routes/public-complaints';
import { serviceRoutes } from './routes/services';
import { settingsRoutes } from './routes/settings';
import { transparencyRoutes } from './routes/transparency';
import { unitRoutes } from './routes/units';
import { userRoutes } from './routes/users';
import { surveyRoutes } from './surveys/routes';
import { tqmRoutes } from './tqm/routes';
import { validationHook } from './validation';

export const API_VERSION = '0.1.0';

/** Maps anything thrown to a problem: ours (ApiError), the store's, Hono's; anything else is a logged 500. */
function toApiError(err: unknown, c: Context<Env>): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof NotFoundError) return new ApiError('not-found');
  if (err instanceof VersionConflictError)
    return new ApiError('version-conflict', { extra: { currentVersion: err.currentVersion } });
  if (err instanceof AlreadyExistsError)
    return new ApiError('already-exists', { errors: [{ path: err.field, message: err.message }] });
  if (err instanceof InvalidCursorError)
    return new ApiError('invalid-cursor', { errors: [{ path: 'cursor', message: err.message }] });
  if (err instanceof HTTPException) {
    if (err.status === 400) return new ApiError('malformed-json');
    if (err.status === 413) return new ApiError('payload-too-large');
    if (err.status === 415) return new ApiError('unsupported-media-type');
  }
  c.var.log.error('unhandled error', err as Error);
  return new ApiError('internal');
}

export function createApp(deps: AppDeps) {
  const logger = new Logger({ serviceName: 'prima-api', logLevel: deps.logLevel ?? 'INFO' });
  const app = new OpenAPIHono<Env>({ defaultHook: validationHook });

  app.use('*', requestId({ headerName: 'x-request-id' }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    const log = logger.createChild();
    log.appendKeys({ requestId: c.var.requestId });
    c.set('log', log);
    c.set('deps', deps);
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    await next();
    // Route pattern, never the concrete path: paths carry ids and slugs, and logs carry no personal data.
    log.info('request', {
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  });
  app.use(
    '*',
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } }),
  );
  app.use(
    '/api/*',
    cors({
      origin: deps.corsOrigins,
      allowHeaders: ['authorization', 'content-type', 'accept-language', 'idempotency-key'],
      exposeHeaders: ['retry-after', 'x-request-id'],
      maxAge: 600,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.bodyLimitBytes ?? 256 * 1024,
      onError: () => {
        throw new ApiError('payload-too-large');
      },
    }),
  );
  app.use('/api/*', authenticate);

  app.onError((err, c) => {
    const problem = toApiError(err, c);
    if (problem.options.retryAfterSeconds) c.header('retry-after', String(problem.options.retryAfterSeconds));
    return c.body(
      JSON.stringify(problemBody(problem, c.var.locale ?? 'id', c.req.path)),
      problem.status as 400,
      {
        'content-type': 'application/problem+json; charset=utf-8',
      },
    );
  });
  app.notFound((c) =>
    c.body(JSON.stringify(problemBody(new ApiError('not-found'), c.var.locale ?? 'id', c.req.path)), 404, {
      'content-type': 'application/problem+json; charset=utf-8',
    }),
  );

  const api = app
    .route('/api', healthRoutes)
    .route('/api', settingsRoutes)
    .route('/api', unitRoutes)
    .route('/api', serviceRoutes)
    .route('/api', userRoutes)
    .route('/api', platformRoutes)
    .route('/api', publicRoutes)
    .route('/api', categoryRoutes)
    .route('/api', complaintRoutes)
    .route('/api', transparencyRoutes)
    .route('/api', publicComplaintRoutes)
    .route('/api', apiKeyRoutes)
    .route('/api', surveyRoutes)
    .route('/api', tqmRoutes);
  app.route('/open311/v2', open311Routes);
  if (deps.signIn) app.route('/api', authRoutes(deps.signIn));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'ID token of Cognito (or of the local development issuer)',
  });
  app.openAPIRegistry.register('Problem', problemSchema);
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(app)));
  return api;
}

/** The OpenAPI 3.1 document, every operation listing the problem responses it may give. */
export function openApiDocument(app: OpenAPIHono<Env>) {
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Prima API',
      version: API_VERSION,
      description:
        'Public-service quality management for Indonesian regional governments. Errors are RFC 9457 problem+json in Bahasa Indonesia or English (Accept-Language).',
    },
    servers: [{ url: '/' }],
  });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const op of Object.values(
      item as Record<string, { responses?: Record<string, unknown>; security?: unknown[] }>,
    )) {
      if (!op || typeof op !== 'object' || !op.responses) continue;
      const kind = op.security
        ? 'secured'
        : path.startsWith('/api/public/')
          ? 'public'
          : path.startsWith('/api/auth/')
            ? 'auth'
            : 'open';
      op.responses = { ...problemResponsesFor(kind), ...op.responses };
    }
  }
  return doc;
}

export type AppType = ReturnType<typeof createApp>;
