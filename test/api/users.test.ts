import type { User } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { newId } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createUnit,
  errorPaths,
  expectProblem,
  inviteUser,
  scanByPrefix,
  tenantFingerprint,
} from '../support/fixtures';
import { call, newTenant, PASSWORD, signInWithPassword, testApp } from '../support/harness';

let local: LocalApp;
beforeAll(async () => {
  local = await testApp();
});

const NEW_PASSWORD = 'sandi-baru-rahasia-2026';
type Me = { userId: string; email: string; role: string; unitIds: string[]; permissions: string[] };

const signIn = (email: string, password: string) =>
  call<{ access_token: string; token_type: string; expires_in: number }>(local, 'POST', '/api/auth/token', {
    body: { email, password },
  });

const uniqueEmail = (who: string) => `${who}-${newId().toLowerCase()}@sukamaju.go.id`;

describe('inviting a user', () => {
  it('invite → one-time password → must change it → the new token works', async () => {
    const t = await newTenant(local);
    const email = uniqueEmail('rina');
    const { user, temporaryPassword } = await inviteUser(local, t, {
      email: `  ${email.toUpperCase()} `,
      name: 'Rina Kusuma',
      role: 'coordinator',
    });
    expect(user).toMatchObject({
      email,
      name: 'Rina Kusuma',
      role: 'coordinator',
      unitIds: [],
      status: 'active',
    });
    expect(typeof temporaryPassword).toBe('string');
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);

    expectProblem(await signIn(email, temporaryPassword), 403, 'password-change-required');

    const weak = await call(local, 'POST', '/api/auth/password', {
      body: { email, password: temporaryPassword, newPassword: 'pendek' },
    });
    expectProblem(weak, 400, 'validation');
    expect(errorPaths(weak)).toContain('newPassword');

    const changed = await call<{ access_token: string; token_type: string }>(
      local,
      'POST',
      '/api/auth/password',
      {
        body: { email, password: temporaryPassword, newPassword: NEW_PASSWORD },
      },
    );
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.token_type).toBe('Bearer');

    const me = await call<Me>(local, 'GET', '/api/me', { token: changed.body.access_token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userId: user.id, email, role: 'coordinator' });
    expect(me.body.permissions).toContain('users.read');
    expect(me.body.permissions).not.toContain('users.write');

    // The one-time password is spent; the new one signs in, with any capitalisation of the email.
    expectProblem(await signIn(email, temporaryPassword), 401, 'invalid-credentials');
    const again = await signIn(email.toUpperCase(), NEW_PASSWORD);
    expect(again.status, again.text).toBe(200);
    expect((await call(local, 'GET', '/api/units', { token: again.body.access_token })).status).toBe(200);
  });

  it('the invited user is listed and readable', async () => {
    const t = await newTenant(local);
    const { user } = await inviteUser(local, t, {
      email: uniqueEmail('analis'),
      name: 'Budi',
      role: 'analyst',
    });
    const list = await call<{ items: User[] }>(local, 'GET', '/api/users', { token: t.adminToken });
    expect(list.body.items.map((u) => u.id).sort()).toEqual([t.admin.id, user.id].sort());
    const got = await call<User>(local, 'GET', `/api/users/${user.id}`, { token: t.adminToken });
    expect(got.body).toEqual(user);
    expectProblem(await call(local, 'GET', `/api/users/${newId()}`, { token: t.adminToken }), 404);
  });

  it('a coordinator reads users but does not invite them', async () => {
    const t = await newTenant(local);
    const { token } = await t.user('coordinator');
    expect((await call(local, 'GET', '/api/users', { token })).status).toBe(200);
    expectProblem(
      await call(local, 'POST', '/api/users', {
        token,
        body: { email: uniqueEmail('x'), name: 'Xavier', role: 'analyst' },
      }),
      403,
      'forbidden',
    );
    const { token: analyst } = await t.user('analyst');
    expectProblem(await call(local, 'GET', '/api/users', { token: analyst }), 403, 'forbidden');
  });

  it('a unit officer must be given units of this tenant', async () => {
    const t = await newTenant(local);
    const other = await newTenant(local);
    const foreign = await createUnit(local, other);
    const own = await createUnit(local, t);
    const before = await tenantFingerprint(local, t.tenant.id);
    const email = uniqueEmail('petugas');

    const none = await call(local, 'POST', '/api/users', {
      token: t.adminToken,
      body: { email, name: 'Petugas', role: 'unit-officer' },
    });
    expectProblem(none, 400, 'validation');
    expect(errorPaths(none)).toEqual(['unitIds']);

    for (const unitIds of [[newId()], [own.id, foreign.id]]) {
      const res = await call(local, 'POST', '/api/users', {
        token: t.adminToken,
        body: { email, name: 'Petugas', role: 'unit-officer', unitIds },
      });
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual([`unitIds.${unitIds.length - 1}`]);
    }
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
    // No directory entry was left behind: the email is still free.
    expect(await scanByPrefix(local, `P#CRED#${email}`)).toEqual([]);

    const ok = await inviteUser(local, t, {
      email,
      name: 'Petugas',
      role: 'unit-officer',
      unitIds: [own.id],
    });
    expect(ok.user.unitIds).toEqual([own.id]);
  });

  it('only a unit officer is scoped to units', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const res = await call(local, 'POST', '/api/users', {
      token: t.adminToken,
      body: { email: uniqueEmail('k'), name: 'Koordinator', role: 'coordinator', unitIds: [unit.id] },
    });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['unitIds']);
  });

  describe('an email already registered is 409 naming email, and nothing is written', () => {
    it('in the same tenant, in any capitalisation', async () => {
      const t = await newTenant(local);
      const email = uniqueEmail('sama');
      await inviteUser(local, t, { email, name: 'Pertama', role: 'analyst' });
      const before = await tenantFingerprint(local, t.tenant.id);
      for (const variant of [email, email.toUpperCase(), ` ${email}`]) {
        const res = await call(local, 'POST', '/api/users', {
          token: t.adminToken,
          body: { email: variant, name: 'Kedua', role: 'coordinator' },
        });
        expectProblem(res, 409, 'already-exists');
        expect(errorPaths(res)).toEqual(['email']);
      }
      expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
    });

    it('two simultaneous invitations of one email: one 201, one 409', async () => {
      const t = await newTenant(local);
      const email = uniqueEmail('serentak');
      const results = await Promise.all(
        ['coordinator', 'analyst'].map((role) =>
          call(local, 'POST', '/api/users', { token: t.adminToken, body: { email, name: 'Serentak', role } }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const list = await call<{ items: User[] }>(local, 'GET', '/api/users', { token: t.adminToken });
      expect(list.body.items.filter((u) => u.email === email)).toHaveLength(1);
    });

    it("the tenant admin's own email", async () => {
      const t = await newTenant(local);
      const res = await call(local, 'POST', '/api/users', {
        token: t.adminToken,
        body: { email: t.admin.email, name: 'Kembar', role: 'analyst' },
      });
      expectProblem(res, 409, 'already-exists');
      expect(errorPaths(res)).toEqual(['email']);
    });

    it('in another tenant: refused, and the other user keeps signing in', async () => {
      const a = await newTenant(local);
      const b = await newTenant(local);
      const email = uniqueEmail('lintas');
      await inviteUser(local, b, { email, name: 'Milik B', role: 'analyst' });
      await signInWithPassword(local, email);
      const before = await tenantFingerprint(local, a.tenant.id);

      const res = await call(local, 'POST', '/api/users', {
        token: a.adminToken,
        body: { email, name: 'Mau Dicuri', role: 'tenant-admin' },
      });
      expectProblem(res, 409, 'already-exists');
      expect(errorPaths(res)).toEqual(['email']);
      expect(res.text).not.toContain(b.tenant.id);
      expect(res.text).not.toContain('Milik B');
      expect(await tenantFingerprint(local, a.tenant.id)).toEqual(before);

      const stillB = await signIn(email, PASSWORD);
      expect(stillB.status, stillB.text).toBe(200);
      const me = await call<Me & { tenant: { id: string } }>(local, 'GET', '/api/me', {
        token: stillB.body.access_token,
      });
      expect(me.body.tenant.id).toBe(b.tenant.id);
      expect(me.body.role).toBe('analyst');

      // Another tenant's admin email too.
      const admin = await call(local, 'POST', '/api/users', {
        token: a.adminToken,
        body: { email: b.admin.email, name: 'Admin Palsu', role: 'analyst' },
      });
      expectProblem(admin, 409, 'already-exists');
      expect(errorPaths(admin)).toEqual(['email']);
    });
  });
});

describe('changing a user', () => {
  const patch = (token: string, id: string, body: Record<string, unknown>) =>
    call<User>(local, 'PATCH', `/api/users/${id}`, { token, body });

  it('role changes follow the unit-scope rule', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const { user } = await inviteUser(local, t, {
      email: uniqueEmail('r'),
      name: 'Rina',
      role: 'coordinator',
    });

    const noUnits = await patch(t.adminToken, user.id, { role: 'unit-officer', version: 1 });
    expectProblem(noUnits, 400, 'validation');
    expect(errorPaths(noUnits)).toEqual(['unitIds']);

    const unknownUnit = await patch(t.adminToken, user.id, {
      role: 'unit-officer',
      unitIds: [newId()],
      version: 1,
    });
    expectProblem(unknownUnit, 400, 'validation');
    expect(errorPaths(unknownUnit)).toEqual(['unitIds.0']);

    const officer = await patch(t.adminToken, user.id, {
      role: 'unit-officer',
      unitIds: [unit.id],
      version: 1,
    });
    expect(officer.status, officer.text).toBe(200);
    expect(officer.body).toMatchObject({ role: 'unit-officer', unitIds: [unit.id], version: 2 });

    // Leaving the unit-officer role drops the units.
    const analyst = await patch(t.adminToken, user.id, { role: 'analyst', version: 2 });
    expect(analyst.status, analyst.text).toBe(200);
    expect(analyst.body).toMatchObject({ role: 'analyst', unitIds: [], version: 3 });

    const scoped = await patch(t.adminToken, user.id, { unitIds: [unit.id], version: 3 });
    expectProblem(scoped, 400, 'validation');
    expect(errorPaths(scoped)).toEqual(['unitIds']);

    const unknownRole = await patch(t.adminToken, user.id, { role: 'superadmin', version: 3 });
    expectProblem(unknownRole, 400, 'validation');
    expect(errorPaths(unknownRole)).toEqual(['role']);
    const operator = await patch(t.adminToken, user.id, { role: 'platform-operator', version: 3 });
    expectProblem(operator, 400, 'validation');
  });

  it('a role change takes effect at the next request, old token or not', async () => {
    const t = await newTenant(local);
    const { user, token } = await t.user('coordinator');
    expect((await call(local, 'GET', '/api/users', { token })).status).toBe(200);
    expect((await patch(t.adminToken, user.id, { role: 'analyst', version: 1 })).status).toBe(200);
    expectProblem(await call(local, 'GET', '/api/users', { token }), 403, 'forbidden');
    const me = await call<Me>(local, 'GET', '/api/me', { token });
    expect(me.body.role).toBe('analyst');

    expect((await patch(t.adminToken, user.id, { role: 'tenant-admin', version: 2 })).status).toBe(200);
    expect(
      (await call(local, 'POST', '/api/units', { token, body: { name: 'Dinas Baru', kind: 'dinas' } }))
        .status,
    ).toBe(201);
  });

  it('an admin cannot demote or deactivate themself', async () => {
    const t = await newTenant(local);
    const demote = await patch(t.adminToken, t.admin.id, { role: 'analyst', version: 1 });
    expectProblem(demote, 400, 'validation');
    expect(errorPaths(demote)).toEqual(['role']);
    const off = await patch(t.adminToken, t.admin.id, { status: 'deactivated', version: 1 });
    expectProblem(off, 400, 'validation');
    expect(errorPaths(off)).toEqual(['status']);
    // Still an active admin.
    const me = await call<Me>(local, 'GET', '/api/me', { token: t.adminToken });
    expect(me.body.role).toBe('tenant-admin');
    // Renaming themself is fine.
    const renamed = await patch(t.adminToken, t.admin.id, { name: 'Admin Utama', version: 1 });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body.name).toBe('Admin Utama');
  });

  it('another admin may demote an admin', async () => {
    const t = await newTenant(local);
    const { token: second } = await t.user('tenant-admin');
    const res = await patch(second, t.admin.id, { role: 'coordinator', version: 1 });
    expect(res.status, res.text).toBe(200);
    // The demoted admin's token now carries a coordinator's rights.
    expectProblem(
      await call(local, 'PATCH', '/api/settings', { token: t.adminToken, body: { version: 1 } }),
      403,
      'forbidden',
    );
  });

  it('a deactivated user can no longer sign in', async () => {
    const t = await newTenant(local);
    const { user } = await t.user('analyst');
    await signInWithPassword(local, user.email);
    expect((await patch(t.adminToken, user.id, { status: 'deactivated', version: 1 })).status).toBe(200);
    const res = await signIn(user.email, PASSWORD);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toContain('access_token');
  });

  it('a stale version is 409', async () => {
    const t = await newTenant(local);
    const { user } = await t.user('analyst');
    expect((await patch(t.adminToken, user.id, { name: 'Nama Baru', version: 1 })).status).toBe(200);
    expectProblem(
      await patch(t.adminToken, user.id, { name: 'Nama Lain', version: 1 }),
      409,
      'version-conflict',
    );
  });
});

describe('resetting a password', () => {
  it('issues a new one-time password; the old password stops working', async () => {
    const t = await newTenant(local);
    const { user } = await t.user('coordinator');
    await signInWithPassword(local, user.email);

    const reset = await call<{ temporaryPassword: string }>(
      local,
      'POST',
      `/api/users/${user.id}/reset-password`,
      {
        token: t.adminToken,
      },
    );
    expect(reset.status, reset.text).toBe(200);
    const temp = reset.body.temporaryPassword;
    expect(typeof temp).toBe('string');

    expectProblem(await signIn(user.email, PASSWORD), 401, 'invalid-credentials');
    expectProblem(await signIn(user.email, temp), 403, 'password-change-required');
    const changed = await call<{ access_token: string }>(local, 'POST', '/api/auth/password', {
      body: { email: user.email, password: temp, newPassword: NEW_PASSWORD },
    });
    expect(changed.status, changed.text).toBe(200);
    expect((await call(local, 'GET', '/api/me', { token: changed.body.access_token })).status).toBe(200);
  });

  it('only an admin resets, and only users of its tenant', async () => {
    const t = await newTenant(local);
    const { user } = await t.user('analyst');
    const { token } = await t.user('coordinator');
    expectProblem(
      await call(local, 'POST', `/api/users/${user.id}/reset-password`, { token }),
      403,
      'forbidden',
    );
    expectProblem(
      await call(local, 'POST', `/api/users/${newId()}/reset-password`, { token: t.adminToken }),
      404,
      'not-found',
    );
  });
});
