import { describe, expect, it } from 'vitest';
import { type Actor, authorize, hasPermission, PERMISSIONS, type Permission, permissionsOf } from './policy';
import { ROLES, type Role } from './roles';

const UNIT_A = '01JD7Q9X4ZB8F6M2N3P5R7S9TA';
const UNIT_B = '01JD7Q9X4ZB8F6M2N3P5R7S9TB';

/** What each role may do, written out by hand: the policy must match this table exactly. */
const EXPECTED: Record<Role, readonly Permission[]> = {
  'platform-operator': ['tenants.manage'],
  'tenant-admin': [
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
  ],
  coordinator: [
    'settings.read',
    'units.read',
    'services.read',
    'users.read',
    'complaints.read',
    'complaints.handle',
    'complaints.respond',
    'complaints.export',
    'complaints.contact',
    'categories.write',
    'surveys.read',
    'surveys.manage',
    'followup.write',
    'improvement.read',
    'improvement.write',
    'recognition.read',
    'executive.read',
  ],
  'unit-officer': [
    'settings.read',
    'units.read',
    'services.read',
    'maklumat.write',
    'services.write',
    'complaints.read',
    'complaints.respond',
    'complaints.contact',
    'surveys.read',
    'surveys.manage',
    'followup.write',
    'improvement.read',
    'improvement.write',
    'recognition.read',
  ],
  analyst: [
    'settings.read',
    'units.read',
    'services.read',
    'complaints.read',
    'complaints.export',
    'surveys.read',
    'improvement.read',
    'executive.read',
  ],
};

const actor = (role: Role, unitIds: string[] = []): Actor => ({
  userId: 'u1',
  email: 'u1@sukamaju.go.id',
  tenantId: role === 'platform-operator' ? null : '01JD7Q9X4ZB8F6M2N3P5R7S9T0',
  role,
  unitIds,
});

describe('hasPermission', () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const granted = EXPECTED[role].includes(permission);
      it(`${role} ${granted ? 'holds' : 'lacks'} ${permission}`, () => {
        expect(hasPermission(role, permission)).toBe(granted);
      });
    }
  }

  it('permissionsOf lists exactly the granted permissions of each role', () => {
    for (const role of ROLES) expect([...permissionsOf(role)].sort()).toEqual([...EXPECTED[role]].sort());
  });

  it('no role but the platform operator manages tenants', () => {
    expect(ROLES.filter((r) => hasPermission(r, 'tenants.manage'))).toEqual(['platform-operator']);
  });

  it('the platform operator holds no tenant permission', () => {
    expect(PERMISSIONS.filter((p) => hasPermission('platform-operator', p))).toEqual(['tenants.manage']);
  });
});

describe('authorize', () => {
  for (const role of ROLES.filter((r) => r !== 'unit-officer')) {
    it(`${role}: the same answer with or without a unit scope`, () => {
      for (const permission of PERMISSIONS) {
        const granted = EXPECTED[role].includes(permission);
        expect(authorize(actor(role), permission)).toBe(granted);
        expect(authorize(actor(role), permission, { unitId: UNIT_A })).toBe(granted);
        expect(authorize(actor(role), permission, { unitId: UNIT_B })).toBe(granted);
      }
    });
  }

  describe('a unit officer scoped to unit A', () => {
    const officer = actor('unit-officer', [UNIT_A]);

    it.each(['maklumat.write', 'services.write', 'surveys.manage', 'followup.write'] as const)(
      'may %s inside unit A',
      (permission) => {
        expect(authorize(officer, permission, { unitId: UNIT_A })).toBe(true);
      },
    );

    it.each(['maklumat.write', 'services.write', 'surveys.manage', 'followup.write'] as const)(
      'may not %s in unit B',
      (permission) => {
        expect(authorize(officer, permission, { unitId: UNIT_B })).toBe(false);
      },
    );

    it.each(['maklumat.write', 'services.write', 'surveys.manage', 'followup.write'] as const)(
      'may not %s when no unit is named',
      (permission) => {
        expect(authorize(officer, permission)).toBe(false);
        expect(authorize(officer, permission, {})).toBe(false);
      },
    );

    it('reads everywhere, in any unit', () => {
      for (const p of ['settings.read', 'units.read', 'services.read'] as const) {
        expect(authorize(officer, p)).toBe(true);
        expect(authorize(officer, p, { unitId: UNIT_B })).toBe(true);
      }
    });

    it('never gains a permission its role lacks, even inside its unit', () => {
      for (const p of PERMISSIONS.filter((p) => !EXPECTED['unit-officer'].includes(p))) {
        expect(authorize(officer, p, { unitId: UNIT_A })).toBe(false);
      }
    });

    it('scoped to several units, writes in each of them only', () => {
      const multi = actor('unit-officer', [UNIT_A, UNIT_B]);
      expect(authorize(multi, 'services.write', { unitId: UNIT_A })).toBe(true);
      expect(authorize(multi, 'services.write', { unitId: UNIT_B })).toBe(true);
      expect(authorize(multi, 'services.write', { unitId: '01JD7Q9X4ZB8F6M2N3P5R7S9TC' })).toBe(false);
    });

    it.each(['improvement.read', 'improvement.write'] as const)(
      '%s: only the cycles of its own units, never a Pemda-wide one',
      (permission) => {
        expect(authorize(officer, permission, { unitId: UNIT_A })).toBe(true);
        expect(authorize(officer, permission, { unitId: UNIT_B })).toBe(false);
        expect(authorize(officer, permission, {})).toBe(false);
      },
    );

    it('sees its own contributions to improvement, not a colleague’s', () => {
      expect(authorize(officer, 'recognition.read', { userId: 'u1' })).toBe(true);
      expect(authorize(officer, 'recognition.read', { userId: 'u2', unitId: UNIT_A })).toBe(false);
      expect(authorize(officer, 'recognition.read')).toBe(false);
      expect(authorize(actor('coordinator'), 'recognition.read', { userId: 'u2' })).toBe(true);
      expect(authorize(actor('analyst'), 'recognition.read', { userId: 'u1' })).toBe(false);
    });

    it('with no units at all, writes nowhere', () => {
      const none = actor('unit-officer', []);
      expect(authorize(none, 'services.write', { unitId: UNIT_A })).toBe(false);
      expect(authorize(none, 'maklumat.write', { unitId: UNIT_A })).toBe(false);
    });
  });

  it('unit ids given to another role do not restrict it', () => {
    // Only a unit officer is unit-scoped; an admin's actor never narrows to its (empty) unit list.
    expect(authorize(actor('tenant-admin', [UNIT_A]), 'services.write', { unitId: UNIT_B })).toBe(true);
  });
});
