import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { assessmentRoutes } from '../routes/assessments';
import { executiveRoutes } from '../routes/executive';
import { improvementRoutes } from '../routes/improvement';
import { publicImprovementRoutes } from '../routes/improvement-public';
import { improvementToolRoutes } from '../routes/improvement-tools';
import { validationHook } from '../validation';

/**
 * Every quality-improvement (TQM) route, mounted by the app under /api: PDCA cycles and the board, quality tools,
 * self-assessments and key success factors, recognition, the executive view (officials) and the public cycles
 * (citizens).
 */
export const tqmRoutes = new OpenAPIHono<Env>({ defaultHook: validationHook })
  .route('/', improvementRoutes)
  .route('/', improvementToolRoutes)
  .route('/', assessmentRoutes)
  .route('/', executiveRoutes)
  .route('/', publicImprovementRoutes);
