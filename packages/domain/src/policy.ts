import type { Role } from './roles';

/**
 * The one place where permissions are decided. Handlers ask `authorize(actor, permission, scope)`;
 * no handler checks a role by name.
 */
export const PERMISSIONS = [
  'tenants.manage',
  'settings.read',
  'settings.write',
  'units.read',
  'units.write',
  'maklumat.write',
  'services.read',
  'services.write',
  'users.read',
  'users.write',
  'calendar.write',
  'sla.write',
  'complaints.read',
  'complaints.handle',
  'complaints.respond',
  'complaints.export',
  'complaints.contact',
  'categories.write',
  'apikeys.manage',
  'surveys.read',
  'surveys.manage',
  'followup.write',
  'improvement.read',
  'improvement.write',
  'recognition.read',
  'executive.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Actor {
  userId: string;
  email: string;
  /** null only for the platform operator. */
  tenantId: string | null;
  role: Role;
  /** OPD units a unit officer is scoped to; empty for every other role. */
  unitIds: readonly string[];
}

const READ_ALL: Permission[] = [
  'settings.read',
  'units.read',
  'services.read',
  'complaints.read',
  'surveys.read',
];
/** Running satisfaction surveys (campaigns) and recording follow-up plans (rencana tindak lanjut). */
const SURVEYS: Permission[] = ['surveys.manage', 'followup.write'];
/** Running the complaint lifecycle: verify, dispatch, close, reject, archive, extend; staff entry. */
const COORDINATE: Permission[] = [
  'complaints.handle',
  'complaints.respond',
  'complaints.export',
  'complaints.contact',
  'categories.write',
];

/** Quality improvement (TQM): PDCA cycles, self-assessments; recognition of contributions; the executive view. */
const IMPROVE: Permission[] = ['improvement.read', 'improvement.write', 'recognition.read', 'executive.read'];

const GRANTS: Record<Role, readonly Permission[]> = {
  'platform-operator': ['tenants.manage'],
  'tenant-admin': [
    ...READ_ALL,
    'settings.write',
    'units.write',
    'maklumat.write',
    'services.write',
    'users.read',
    'users.write',
    'calendar.write',
    'sla.write',
    ...COORDINATE,
    'apikeys.manage',
    ...SURVEYS,
    ...IMPROVE,
  ],
  coordinator: [...READ_ALL, 'users.read', ...COORDINATE, ...SURVEYS, ...IMPROVE],
  'unit-officer': [
    ...READ_ALL,
    'maklumat.write',
    'services.write',
    'complaints.respond',
    'complaints.contact',
    ...SURVEYS,
    'improvement.read',
    'improvement.write',
    'recognition.read',
  ],
  analyst: [...READ_ALL, 'complaints.export', 'improvement.read', 'executive.read'],
};

/** Permissions a unit officer holds only inside the units it is scoped to. */
const UNIT_SCOPED: ReadonlySet<Permission> = new Set([
  'maklumat.write',
  'services.write',
  'complaints.respond',
  'complaints.contact',
  'surveys.manage',
  'followup.write',
  'improvement.read',
  'improvement.write',
]);

/** Permissions a unit officer holds only over its own record (its own contributions to improvement). */
const SELF_SCOPED: ReadonlySet<Permission> = new Set(['recognition.read']);

export interface Scope {
  /** The OPD unit the resource belongs to, when it belongs to one. */
  unitId?: string;
  /** The official the resource is about (self-scoped permissions). */
  userId?: string;
}

/** Whether the role holds the permission at all (before any resource is known). */
export const hasPermission = (role: Role, permission: Permission): boolean =>
  GRANTS[role].includes(permission);

/** Whether the actor may exercise the permission on a resource in `scope`. */
export function authorize(actor: Actor, permission: Permission, scope: Scope = {}): boolean {
  if (!hasPermission(actor.role, permission)) return false;
  if (actor.role === 'unit-officer' && SELF_SCOPED.has(permission)) return scope.userId === actor.userId;
  if (actor.role === 'unit-officer' && UNIT_SCOPED.has(permission)) {
    return scope.unitId !== undefined && actor.unitIds.includes(scope.unitId);
  }
  return true;
}

/** Permissions of a role, for the web shell to decide which navigation to show. */
export const permissionsOf = (role: Role): readonly Permission[] => GRANTS[role];
