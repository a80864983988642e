import type { TenantRole } from '@prima/domain';

export interface UserFormValues {
  email: string;
  name: string;
  role: TenantRole;
  unitIds: string[];
}

/** Only a unit officer is scoped to units; any other role sends none. */
export const unitsForRole = (role: string, unitIds: string[]): string[] =>
  role === 'unit-officer' ? unitIds : [];
