import { z } from 'zod';
import { auditSchema, emailSchema, idSchema, versionSchema } from './common';
import type { MessageKey } from './messages';
import { tenantRoleSchema } from './roles';

export const USER_STATUSES = ['active', 'deactivated'] as const;

const nameSchema = z.string().trim().min(2).max(120).meta({ example: 'Rina Kusuma' });
const unitIdsSchema = z
  .array(idSchema)
  .max(50)
  .meta({ description: 'OPD units of a unit officer; empty for other roles' });

export const userSchema = z
  .object({
    id: idSchema,
    email: emailSchema,
    name: nameSchema,
    role: tenantRoleSchema,
    unitIds: unitIdsSchema,
    status: z.enum(USER_STATUSES),
  })
  .extend(auditSchema.shape)
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

/** A unit officer works inside one or more units; no other role is scoped to units. */
export function checkUnitScope(role: string, unitIds: readonly string[]): MessageKey | null {
  if (role === 'unit-officer' && unitIds.length === 0) return 'user.unitRequired';
  if (role !== 'unit-officer' && unitIds.length > 0) return 'user.unitNotAllowed';
  return null;
}

const unitScopeRule = (v: { role: string; unitIds: string[] }, ctx: z.RefinementCtx) => {
  const problem = checkUnitScope(v.role, v.unitIds);
  if (problem) ctx.addIssue({ code: 'custom', path: ['unitIds'], message: problem });
};

export const inviteUserSchema = z
  .strictObject({
    email: emailSchema,
    name: nameSchema,
    role: tenantRoleSchema,
    unitIds: unitIdsSchema.default([]),
  })
  .superRefine(unitScopeRule)
  .meta({
    id: 'InviteUser',
    example: { email: 'rina@sukamaju.go.id', name: 'Rina Kusuma', role: 'coordinator', unitIds: [] },
  });
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const updateUserSchema = z
  .strictObject({
    name: nameSchema.optional(),
    role: tenantRoleSchema.optional(),
    unitIds: unitIdsSchema.optional(),
    status: z.enum(USER_STATUSES).optional(),
    version: versionSchema,
  })
  .meta({ id: 'UpdateUser', example: { role: 'analyst', unitIds: [], version: 1 } });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
