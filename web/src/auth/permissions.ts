import { type Actor, authorize, type Permission } from '@prima/domain';
import { type Me, useMe } from '../api/me';

/** The signed-in user as the domain's policy sees it. */
export const actorOf = (me: Me): Actor => ({
  userId: me.userId,
  email: me.email,
  tenantId: me.tenant?.id ?? null,
  role: me.role,
  unitIds: me.unitIds,
});

/**
 * Whether the signed-in user may do something, decided by the domain's policy (the API decides the same way; the
 * UI only hides what would be refused). With `unitId`, unit officers are checked against their units.
 */
export function useCan(): (permission: Permission, unitId?: string) => boolean {
  const { data: me } = useMe();
  return (permission, unitId) => {
    if (!me) return false;
    return authorize(actorOf(me), permission, unitId === undefined ? {} : { unitId });
  };
}

/**
 * Whether the user holds the permission in at least one scope: a unit officer in any of its units, or over its own
 * record (self-scoped permissions such as recognition.read).
 */
export function useCanAny(): (permission: Permission) => boolean {
  const { data: me } = useMe();
  return (permission) => {
    if (!me) return false;
    const actor = actorOf(me);
    if (authorize(actor, permission) || authorize(actor, permission, { userId: me.userId })) return true;
    return me.unitIds.some((unitId) => authorize(actor, permission, { unitId }));
  };
}
