import type { Tenant, User } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { newId } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createService,
  createUnit,
  errorPaths,
  expectProblem,
  forgeCursor,
  inviteUser,
  putMaklumat,
  scanByPrefix,
  tenantFingerprint,
} from '../support/fixtures';
import { call, newTenant, operatorToken, testApp, uniqueSlug } from '../support/harness';

let local: LocalApp;
let op: string;
beforeAll(async () => {
  local = await testApp();
  op = await operatorToken(local);
});

type Onboarded = { tenant: Tenant; admin: User; temporaryPassword: string };

const tenantBody = (slug = uniqueSlug('pemda')) => ({
  name: `Pemerintah Kota ${slug}`,
  slug,
  kind: 'kota',
  timeZone: 'Asia/Makassar',
  adminEmail: `admin@${slug}.go.id`,
  adminName: 'Admin Kota',
});

const onboard = (body: Record<string, unknown>, lang?: string) =>
  call<Onboarded>(local, 'POST', '/api/platform/tenants', { token: op, body, lang });

describe('onboarding a Pemda', () => {
  it('201 with the tenant, its first admin and a one-time password that leads to a working token', async () => {
    const body = tenantBody();
    const res = await onboard(body);
    expect(res.status, res.text).toBe(201);
    expect(res.body.tenant).toMatchObject({
      slug: body.slug,
      name: body.name,
      kind: 'kota',
      timeZone: 'Asia/Makassar',
      status: 'active',
      version: 1,
    });
    expect(res.body.admin).toMatchObject({
      email: body.adminEmail,
      name: 'Admin Kota',
      role: 'tenant-admin',
    });
    expect(typeof res.body.temporaryPassword).toBe('string');

    const first = await call(local, 'POST', '/api/auth/token', {
      body: { email: body.adminEmail, password: res.body.temporaryPassword },
    });
    expectProblem(first, 403, 'password-change-required');
    const changed = await call<{ access_token: string }>(local, 'POST', '/api/auth/password', {
      body: {
        email: body.adminEmail,
        password: res.body.temporaryPassword,
        newPassword: 'sandi-admin-kota-1',
      },
    });
    expect(changed.status, changed.text).toBe(200);
    const me = await call<{ role: string; tenant: Tenant }>(local, 'GET', '/api/me', {
      token: changed.body.access_token,
    });
    expect(me.body.role).toBe('tenant-admin');
    expect(me.body.tenant.id).toBe(res.body.tenant.id);

    const got = await call<Tenant>(local, 'GET', `/api/platform/tenants/${res.body.tenant.id}`, {
      token: op,
    });
    expect(got.body).toEqual(res.body.tenant);
    expect((await call(local, 'GET', `/api/public/${body.slug}`)).status).toBe(200);
  });

  it('the kind defaults to kabupaten', async () => {
    const { kind: _, adminName: __, ...body } = tenantBody();
    const res = await onboard(body);
    expect(res.status, res.text).toBe(201);
    expect(res.body.tenant.kind).toBe('kabupaten');
  });

  it('the registry lists it, page by page', async () => {
    const created = (await onboard(tenantBody())).body.tenant;
    let cursor: string | null = null;
    const ids: string[] = [];
    for (let page = 0; page < 1000; page++) {
      const q: string = cursor ? `?limit=100&cursor=${encodeURIComponent(cursor)}` : '?limit=100';
      const res: { status: number; body: { items: Tenant[]; nextCursor: string | null } } = await call(
        local,
        'GET',
        `/api/platform/tenants${q}`,
        { token: op },
      );
      expect(res.status).toBe(200);
      ids.push(...res.body.items.map((x) => x.id));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(ids).toContain(created.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a cursor of a tenant partition is 400 invalid-cursor on the registry', async () => {
    const t = await newTenant(local);
    const res = await call(
      local,
      'GET',
      `/api/platform/tenants?cursor=${forgeCursor({ PK: `T#${t.tenant.id}#META`, SK: 'PROFILE' })}`,
      { token: op },
    );
    expectProblem(res, 400, 'invalid-cursor');
  });

  it('a taken slug is 409 naming slug; the refused admin email stays free', async () => {
    const body = tenantBody();
    expect((await onboard(body)).status).toBe(201);
    const again = { ...tenantBody(), slug: body.slug };
    const res = await onboard(again);
    expectProblem(res, 409, 'already-exists');
    expect(errorPaths(res)).toEqual(['slug']);
    expect(await scanByPrefix(local, `P#CRED#${again.adminEmail}`)).toEqual([]);
  });

  it('two simultaneous onboardings of one slug: one 201, one 409 naming slug', async () => {
    const slug = uniqueSlug('serentak');
    const [a, b] = await Promise.all([
      onboard(tenantBody(slug)),
      onboard({ ...tenantBody(slug), adminEmail: `kedua@${slug}.go.id` }),
    ]);
    expect([a.status, b.status].sort(), `${a.text}\n${b.text}`).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expectProblem(loser, 409, 'already-exists');
    expect(errorPaths(loser)).toEqual(['slug']);
    // The loser's admin was not left in the directory.
    const loserEmail = a.status === 409 ? `admin@${slug}.go.id` : `kedua@${slug}.go.id`;
    expect(await scanByPrefix(local, `P#CRED#${loserEmail}`)).toEqual([]);
  });

  it('an admin email already registered is 409 naming adminEmail; the slug stays free', async () => {
    const existing = await newTenant(local);
    const body = { ...tenantBody(), adminEmail: existing.admin.email };
    const res = await onboard(body);
    expectProblem(res, 409, 'already-exists');
    expect(errorPaths(res)).toEqual(['adminEmail']);
    expect(await scanByPrefix(local, `P#SLUG#${body.slug}`)).toEqual([]);
    expectProblem(await call(local, 'GET', `/api/public/${body.slug}`), 404);
    // The existing admin is untouched and the slug can be used with another email.
    expect((await call(local, 'GET', '/api/me', { token: existing.adminToken })).status).toBe(200);
    expect((await onboard({ ...body, adminEmail: `lain@${body.slug}.go.id` })).status).toBe(201);
  });

  it.each([
    ['Kab-Sukamaju'],
    ['kab sukamaju'],
    ['ab'],
    ['kab--sukamaju'],
    ['-kab'],
    ['admin'],
    ['api'],
    ['x'.repeat(41)],
  ])('an invalid slug %j is 400 naming slug', async (slug) => {
    const res = await onboard({ ...tenantBody(), slug });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['slug']);
  });

  it.each([['bukan-email'], ['admin@'], [''], ['@sukamaju.go.id']])(
    'a bad admin email %j is 400 naming adminEmail',
    async (adminEmail) => {
      const res = await onboard({ ...tenantBody(), adminEmail });
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['adminEmail']);
    },
  );

  it('an unknown field is 400 naming it', async () => {
    const res = await onboard({ ...tenantBody(), status: 'suspended', tenantId: newId() });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res).sort()).toEqual(['status', 'tenantId']);
  });

  it('a time zone outside Indonesia, or a missing name, is 400 naming it', async () => {
    const { name: _, ...noName } = tenantBody();
    const res = await onboard({ ...noName, timeZone: 'Europe/Amsterdam' });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res).sort()).toEqual(['name', 'timeZone']);
  });
});

describe('export', () => {
  it("returns the tenant's items as JSON lines, and only that tenant's", async () => {
    const t = await newTenant(local);
    const other = await newTenant(local);
    const unit = await createUnit(local, t, { name: 'Dinas Kesehatan' });
    const svc = await createService(local, t, unit.id);
    await putMaklumat(local, t, unit.id);
    const otherUnit = await createUnit(local, other, { name: 'Dinas Milik Tenant Lain' });

    const res = await call(local, 'GET', `/api/platform/tenants/${t.tenant.id}/export`, { token: op });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = res.text
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const types = lines.map((l) => l.entity);
    expect(types).toEqual(
      expect.arrayContaining(['Tenant', 'Settings', 'SlaPolicy', 'Calendar', 'User', 'Unit']),
    );
    expect(lines.find((l) => l.entity === 'Unit')).toMatchObject({ id: unit.id, name: 'Dinas Kesehatan' });
    expect(lines.find((l) => l.entity === 'Service')).toMatchObject({ id: svc.id });
    expect(lines.find((l) => l.entity === 'Maklumat')).toMatchObject({ unitId: unit.id });
    expect(lines.filter((l) => l.entity === 'Unit')).toHaveLength(1);
    // Every line is this tenant's: its partitions, or its own registry and slug entries.
    for (const l of lines) {
      const pk = String(l.PK);
      const ours =
        pk.startsWith(`T#${t.tenant.id}#`) ||
        (pk === 'P#TENANTS' && l.SK === `TENANT#${t.tenant.id}`) ||
        pk === `P#SLUG#${t.tenant.slug}`;
      expect(ours, pk).toBe(true);
    }
    expect(res.text).not.toContain(other.tenant.id);
    expect(res.text).not.toContain(otherUnit.id);
    // Exactly what is stored under the tenant's partitions, plus the two registry entries.
    expect(lines).toHaveLength((await scanByPrefix(local, `T#${t.tenant.id}#`)).length + 2);
  });

  it('a tenant that does not exist is 404', async () => {
    expectProblem(await call(local, 'GET', `/api/platform/tenants/${newId()}/export`, { token: op }), 404);
  });
});

describe('deleting a tenant', () => {
  it('requires ?confirm=<slug>, then removes every item and directory entry of it, and nothing else', async () => {
    const t = await newTenant(local);
    const other = await newTenant(local);
    const unit = await createUnit(local, t);
    await createService(local, t, unit.id);
    await putMaklumat(local, t, unit.id);
    const { user } = await inviteUser(local, t, {
      email: `rina@${t.tenant.slug}.go.id`,
      name: 'Rina',
      role: 'analyst',
    });
    await createUnit(local, other);
    const otherBefore = await tenantFingerprint(local, other.tenant.id);
    const before = await scanByPrefix(local, `T#${t.tenant.id}#`);
    expect(before.length).toBeGreaterThan(0);
    const path = `/api/platform/tenants/${t.tenant.id}`;

    const missing = await call(local, 'DELETE', path, { token: op });
    expectProblem(missing, 400, 'validation');
    expect(errorPaths(missing)).toEqual(['confirm']);
    for (const confirm of ['salah-slug', other.tenant.slug, t.tenant.id]) {
      const res = await call(local, 'DELETE', `${path}?confirm=${encodeURIComponent(confirm)}`, {
        token: op,
      });
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['confirm']);
    }
    expect(await scanByPrefix(local, `T#${t.tenant.id}#`)).toHaveLength(before.length);
    expect((await call(local, 'GET', '/api/units', { token: t.adminToken })).status).toBe(200);

    const res = await call<{ deleted: number }>(local, 'DELETE', `${path}?confirm=${t.tenant.slug}`, {
      token: op,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.deleted).toBe(before.length + 2);

    expect(await scanByPrefix(local, `T#${t.tenant.id}#`)).toEqual([]);
    expect(await scanByPrefix(local, `P#SLUG#${t.tenant.slug}`)).toEqual([]);
    expect(await scanByPrefix(local, `P#CRED#${t.admin.email}`)).toEqual([]);
    expect(await scanByPrefix(local, `P#CRED#${user.email}`)).toEqual([]);
    const registry = (await scanByPrefix(local, 'P#TENANTS')).filter((i) => i.SK === `TENANT#${t.tenant.id}`);
    expect(registry).toEqual([]);

    // The other tenant is untouched.
    expect(await tenantFingerprint(local, other.tenant.id)).toEqual(otherBefore);
    expect((await call(local, 'GET', '/api/units', { token: other.adminToken })).status).toBe(200);

    // The tenant is gone everywhere a user would look.
    expectProblem(await call(local, 'GET', path, { token: op }), 404);
    expectProblem(await call(local, 'GET', `${path}/export`, { token: op }), 404);
    expectProblem(await call(local, 'DELETE', `${path}?confirm=${t.tenant.slug}`, { token: op }), 404);
    expectProblem(await call(local, 'GET', `/api/public/${t.tenant.slug}`), 404);
    expectProblem(await call(local, 'GET', '/api/units', { token: t.adminToken }), 401, 'invalid-token');

    // Its slug and its admin's email can be used again.
    const reused = await onboard({ ...tenantBody(t.tenant.slug), adminEmail: t.admin.email });
    expect(reused.status, reused.text).toBe(201);
    expect(reused.body.tenant.id).not.toBe(t.tenant.id);
  });
});
