/** What the improvement routes share: the gate per cycle, owners and deadlines as 400s, the measuring context. */
import {
  authorize,
  type ImprovementCycle,
  type Permission,
  type Tenant,
  type Unit,
  type User,
} from '@prima/domain';
import { categories, improvementCycles, type TenantDb, units, users } from '@prima/store';
import type { Context } from 'hono';
import { allow, type Env, notFound, nowIso } from '../env';
import { surveySettings, today } from '../surveys/context';
import { fieldError } from '../validation';
import type { MeasureContext } from './measure';
import { type LiveCheck, liveCheck, type ViewContext } from './views';

export async function cycleOr404(db: TenantDb, id: string): Promise<ImprovementCycle> {
  return (await improvementCycles.get(db, id)) ?? notFound();
}

/** The gate for one cycle: the permission within the cycle's unit (a Pemda-wide cycle has none). */
export const allowCycle = (
  c: Context<Env>,
  permission: Permission,
  cycle: Pick<ImprovementCycle, 'unitId'>,
) => allow(c, permission, cycle.unitId ? { unitId: cycle.unitId } : {});

/**
 * The units whose cycles the caller may see: undefined = every cycle (the role is not unit-scoped), else the unit
 * officer's own units (never the Pemda-wide cycles).
 */
export function visibleUnits(c: Context<Env>): readonly string[] | undefined {
  const { actor } = allow(c, 'improvement.read');
  return authorize(actor, 'improvement.read') ? undefined : actor.unitIds;
}

/** An active user of this tenant; a 400 naming `path` otherwise (another tenant's id is simply not found here). */
export async function activeUser(c: Context<Env>, db: TenantDb, id: string, path: string): Promise<User> {
  const user = await users.get(db, id);
  if (user?.status !== 'active') throw fieldError(path, 'followup.ownerNotFound', c.var.locale);
  return user;
}

/** A deadline today or later in the tenant's time zone; a 400 naming `path` otherwise. */
export function checkDeadline(c: Context<Env>, deadline: string, todayDate: string, path: string) {
  if (deadline < todayDate) throw fieldError(path, 'followup.deadlinePast', c.var.locale);
}

/** A unit of this tenant (not archived) named in a body; a 400 naming `path` otherwise. */
export async function unitOr400(c: Context<Env>, db: TenantDb, id: string, path: string): Promise<Unit> {
  const unit = await units.get(db, id);
  if (!unit || unit.archived) throw fieldError(path, 'unit.notFound', c.var.locale);
  return unit;
}

export async function measureContext(c: Context<Env>, db: TenantDb, tenant: Tenant): Promise<MeasureContext> {
  const s = await surveySettings(db);
  return { db, weighting: s.ikmWeighting, today: today(c, tenant), nowIso: nowIso(c) };
}

export async function viewContext(c: Context<Env>, db: TenantDb, tenant: Tenant): Promise<ViewContext> {
  const all = await units.all(db);
  return { today: today(c, tenant), timeZone: tenant.timeZone, units: new Map(all.map((u) => [u.id, u])) };
}

/** Names for a cycle's measurement references. */
export async function sourceLabels(db: TenantDb, cycle: Pick<ImprovementCycle, 'source'>, ctx: ViewContext) {
  const s = cycle.source;
  const unitId = 'unitId' in s ? s.unitId : null;
  const category = s.kind === 'complaint-category' ? await categories.get(db, s.categoryId) : null;
  return { unit: unitId ? (ctx.units.get(unitId)?.name ?? null) : null, category: category?.name ?? null };
}

export async function liveOf(
  c: Context<Env>,
  db: TenantDb,
  tenant: Tenant,
  cycle: ImprovementCycle,
  ctx: ViewContext,
): Promise<LiveCheck> {
  return liveCheck(await measureContext(c, db, tenant), cycle, await sourceLabels(db, cycle, ctx));
}
