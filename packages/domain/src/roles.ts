import { z } from 'zod';

/** Roles as Cognito groups carry them (`cognito:groups`). */
export const ROLES = ['platform-operator', 'tenant-admin', 'coordinator', 'unit-officer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a Pemda's own users can hold; the platform operator belongs to no tenant. */
export const TENANT_ROLES = ['tenant-admin', 'coordinator', 'unit-officer', 'analyst'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const roleSchema = z.enum(ROLES);
export const tenantRoleSchema = z
  .enum(TENANT_ROLES)
  .meta({ description: 'Role of a Pemda user', example: 'coordinator' });

export const isTenantRole = (role: string): role is TenantRole =>
  (TENANT_ROLES as readonly string[]).includes(role);
