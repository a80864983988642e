import { Hono } from 'hono';
import type { Env } from '../env';

/** Open311 GeoReport v2, mounted at /open311/v2. */
export const open311Routes = new Hono<Env>();
