import type { Logger } from '@aws-lambda-powertools/logger';
import {
  type Actor,
  authorize,
  hasPermission,
  type Locale,
  type Permission,
  type Scope,
  type Tenant,
} from '@prima/domain';
import type { TenantDb } from '@prima/store';
import type { Context } from 'hono';
import type { AppDeps } from './ports';
import { ApiError } from './problem';

/** Who is calling, as the verified token and the tenant's user record say. */
export interface Caller {
  actor: Actor;
  /** The caller's tenant and its guarded scope; null for the platform operator. */
  tenant: Tenant | null;
  db: TenantDb | null;
}

export type Env = {
  Variables: {
    requestId: string;
    locale: Locale;
    log: Logger;
    deps: AppDeps;
    caller: Caller | null;
  };
};

export const nowIso = (c: Context<Env>) => (c.var.deps.now?.() ?? new Date()).toISOString();

/**
 * The one gate of every tenant route: the caller must hold `permission` (within `scope` when given). Returns the
 * tenant scope the handler reads and writes through. Unit scope is checked again once the resource is loaded.
 */
export function allow(
  c: Context<Env>,
  permission: Permission,
  scope?: Scope,
): { actor: Actor; db: TenantDb; tenant: Tenant } {
  const caller = c.var.caller;
  if (!caller) throw new ApiError('unauthorized');
  const ok = scope
    ? authorize(caller.actor, permission, scope)
    : hasPermission(caller.actor.role, permission);
  if (!ok || !caller.db || !caller.tenant) throw new ApiError('forbidden');
  return { actor: caller.actor, db: caller.db, tenant: caller.tenant };
}

/** The gate of platform routes: the platform operator only. */
export function allowPlatform(c: Context<Env>): Actor {
  const caller = c.var.caller;
  if (!caller) throw new ApiError('unauthorized');
  if (!hasPermission(caller.actor.role, 'tenants.manage')) throw new ApiError('forbidden');
  return caller.actor;
}

export function notFound(): never {
  throw new ApiError('not-found');
}
