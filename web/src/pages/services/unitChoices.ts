import type { Unit } from '@prima/domain';

/** Units a service may be put in: active ones the user may write services in, and the service's current unit. */
export const writableUnits = (
  units: readonly Unit[],
  canWriteIn: (unitId: string) => boolean,
  currentUnitId?: string,
): Unit[] => units.filter((u) => u.id === currentUnitId || (!u.archived && canWriteIn(u.id)));
