import { type Actor, isTenantRole, ROLES, type Role } from '@prima/domain';
import { profile, users } from '@prima/store';
import type { MiddlewareHandler } from 'hono';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { Caller, Env } from './env';
import { ApiError } from './problem';

/** Paths anyone may call without a token. Everything else under /api requires one: deny by default. */
const PUBLIC_PATHS = [/^\/api\/health$/, /^\/api\/openapi\.json$/, /^\/api\/auth\//, /^\/api\/public\//];

export const isPublicPath = (path: string) => PUBLIC_PATHS.some((p) => p.test(path));

/**
 * Verifies the bearer token (one path: a JWT checked against a JWKS, Cognito's claim shape) and resolves the
 * caller. For a tenant user the tenant's own user record is the authority on role, units and status, so a role
 * change or a deactivation takes effect at the next request, not at token expiry.
 */
export const authenticate: MiddlewareHandler<Env> = async (c, next) => {
  c.set('caller', null);
  if (isPublicPath(c.req.path)) return next();
  const header = c.req.header('authorization');
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new ApiError('unauthorized');
  const { tokens, store } = c.var.deps;
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(token, tokens.getKey, {
      issuer: tokens.issuer,
      audience: tokens.audience,
      algorithms: ['RS256'],
      requiredClaims: ['sub', 'exp', 'iat'],
      currentDate: c.var.deps.now?.(),
    }));
  } catch (e) {
    if (e instanceof joseErrors.JOSEError) throw new ApiError('invalid-token');
    throw e;
  }
  if (claims.token_use !== 'id') throw new ApiError('invalid-token');
  // Prima's user id: `custom:userId` (Cognito's own `sub` is a different id), else `sub` as the dev issuer sets it.
  const sub = String(claims['custom:userId'] ?? claims.sub);
  const email = typeof claims.email === 'string' ? claims.email : '';
  const groups = Array.isArray(claims['cognito:groups'])
    ? (claims['cognito:groups'] as unknown[]).map(String)
    : [];
  const tenantId = typeof claims['custom:tenantId'] === 'string' ? claims['custom:tenantId'] : null;

  let caller: Caller;
  if (groups.includes('platform-operator') && tenantId === null) {
    caller = {
      actor: { userId: sub, email, tenantId: null, role: 'platform-operator', unitIds: [] },
      tenant: null,
      db: null,
    };
  } else {
    if (!tenantId || !/^[0-9A-HJKMNP-TV-Z]{26}$/.test(tenantId)) throw new ApiError('invalid-token');
    const db = store.forTenant(tenantId);
    const [tenant, user] = await Promise.all([profile.get(db), users.get(db, sub)]);
    if (!tenant || !user) throw new ApiError('invalid-token');
    if (tenant.status === 'suspended') throw new ApiError('tenant-suspended');
    if (user.status !== 'active') throw new ApiError('account-deactivated');
    if (!isTenantRole(user.role)) throw new ApiError('forbidden');
    const actor: Actor = {
      userId: user.id,
      email: user.email,
      tenantId,
      role: user.role,
      unitIds: user.unitIds,
    };
    caller = { actor, tenant, db };
  }
  c.set('caller', caller);
  c.var.log.appendKeys({ tenantId: caller.actor.tenantId ?? 'platform', role: caller.actor.role });
  return next();
};

export const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s);
