import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { problemTypeUri } from '@prima/api';
import type { Tenant, User } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { credentials } from '@prima/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, newTenant, testApp, uniqueSlug } from '../support/harness';
import { itemsWithPk, prima } from './support';

let local: LocalApp;
let tmp: string;
beforeAll(async () => {
  local = await testApp();
  tmp = mkdtempSync(join(tmpdir(), 'prima-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NEW_PASSWORD = 'Kata-Sandi-Baru-2026';

interface Created {
  tenant: Tenant;
  admin: User;
  temporaryPassword: string;
}

/** `tenant create --json` for a fresh slug; the parsed output. */
async function createTenant(slug = uniqueSlug('cli')): Promise<Created> {
  const run = await prima(
    local,
    'tenant',
    'create',
    '--name',
    `Pemerintah Kota ${slug}`,
    '--slug',
    slug,
    '--admin-email',
    `admin@${slug}.go.id`,
    '--timezone',
    'Asia/Makassar',
    '--kind',
    'kota',
    '--admin-name',
    'Admin Uji',
    '--json',
  );
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as Created;
}

/** Replaces the one-time password as the web app does at first sign-in; returns a token. */
async function firstSignIn(email: string, temporaryPassword: string): Promise<string> {
  const res = await call<{ access_token: string }>(local, 'POST', '/api/auth/password', {
    body: { email, password: temporaryPassword, newPassword: NEW_PASSWORD },
  });
  expect(res.status).toBe(200);
  return res.body.access_token;
}

describe('pnpm prima tenant create', () => {
  it('onboards a Pemda whose admin signs in after replacing the one-time password', async () => {
    const { tenant, admin, temporaryPassword } = await createTenant();
    expect(tenant).toMatchObject({ kind: 'kota', timeZone: 'Asia/Makassar', status: 'active' });
    expect(admin).toMatchObject({ role: 'tenant-admin', name: 'Admin Uji' });
    expect(temporaryPassword).toMatch(/^\S{12,}$/);

    const refused = await call<{ type: string }>(local, 'POST', '/api/auth/token', {
      body: { email: admin.email, password: temporaryPassword },
    });
    expect(refused.body.type).toBe(problemTypeUri('password-change-required'));

    const token = await firstSignIn(admin.email, temporaryPassword);
    const me = await call<{ role: string; tenant: Tenant }>(local, 'GET', '/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('tenant-admin');
    expect(me.body.tenant.slug).toBe(tenant.slug);
  });

  it('prints a readable summary with the one-time password without --json', async () => {
    const slug = uniqueSlug('cli');
    const run = await prima(
      local,
      'tenant',
      'create',
      '--name',
      'Pemerintah Provinsi Uji',
      '--slug',
      slug,
      '--admin-email',
      `admin@${slug}.go.id`,
      '--timezone',
      'Asia/Jayapura',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('Onboarded Pemerintah Provinsi Uji');
    expect(run.out).toContain(`admin@${slug}.go.id`);
    expect(run.out).toMatch(/one-time password: \S{12,}/);
  });

  it('refuses an invalid slug with exit code 2, naming the field', async () => {
    const run = await prima(
      local,
      'tenant',
      'create',
      '--name',
      'Pemerintah Kabupaten Salah',
      '--slug',
      'Bad Slug!',
      '--admin-email',
      'admin@salah.go.id',
      '--timezone',
      'Asia/Jakarta',
    );
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('--slug: A slug may hold lowercase letters, digits and single hyphens');
    expect(run.err).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('names every missing or invalid field', async () => {
    const run = await prima(local, 'tenant', 'create', '--timezone', 'Asia/Tokyo', '--kind', 'desa');
    expect(run.code).toBe(2);
    for (const flag of [
      '--name is required',
      '--slug is required',
      '--admin-email is required',
      '--timezone:',
      '--kind:',
    ])
      expect(run.err).toContain(flag);
  });

  it('refuses a taken slug with exit code 2, naming the field', async () => {
    const { tenant } = await createTenant();
    const run = await prima(
      local,
      'tenant',
      'create',
      '--name',
      'Pemerintah Kabupaten Kembar',
      '--slug',
      tenant.slug,
      '--admin-email',
      `other@${tenant.slug}.go.id`,
      '--timezone',
      'Asia/Jakarta',
    );
    expect(run.code).toBe(2);
    expect(run.err.trim()).toBe('--slug: This slug is already taken');
  });

  it('refuses an admin email that already has a login', async () => {
    const { admin } = await createTenant();
    const slug = uniqueSlug('cli');
    const run = await prima(
      local,
      'tenant',
      'create',
      '--name',
      'Pemerintah Kabupaten Lain',
      '--slug',
      slug,
      '--admin-email',
      admin.email,
      '--timezone',
      'Asia/Jakarta',
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('--admin-email');
    expect((await prima(local, 'tenant', 'suspend', slug)).code).toBe(2); // nothing was created
  });
});

describe('pnpm prima tenant list', () => {
  it('shows the tenants, as a table and as JSON', async () => {
    const { tenant } = await createTenant();
    const text = await prima(local, 'tenant', 'list');
    expect(text.code).toBe(0);
    const row = text.out.split('\n').find((l) => l.startsWith(`${tenant.slug} `));
    expect(row).toContain('active');
    expect(row).toContain(tenant.id);
    expect(row).toContain(tenant.name);

    const asJson = await prima(local, 'tenant', 'list', '--json');
    const list = JSON.parse(asJson.out) as Tenant[];
    expect(list.find((t) => t.id === tenant.id)).toMatchObject({ slug: tenant.slug, status: 'active' });
  });
});

describe('pnpm prima tenant suspend / resume', () => {
  it("locks the tenant's users and public pages out, then lets them in again", async () => {
    const { tenant, admin, temporaryPassword } = await createTenant();
    const token = await firstSignIn(admin.email, temporaryPassword);
    const suspendedType = problemTypeUri('tenant-suspended');

    const suspend = await prima(local, 'tenant', 'suspend', tenant.slug);
    expect(suspend.code).toBe(0);
    expect(suspend.out).toContain('Suspended');
    const units = await call<{ type: string }>(local, 'GET', '/api/units', { token });
    expect(units.status).toBe(403);
    expect(units.body.type).toBe(suspendedType);
    const page = await call<{ type: string }>(local, 'GET', `/api/public/${tenant.slug}`);
    expect(page.status).toBe(403);
    expect(page.body.type).toBe(suspendedType);
    expect((await prima(local, 'tenant', 'list', '--json')).out).toContain('"suspended"');

    const again = await prima(local, 'tenant', 'suspend', tenant.id);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already suspended');

    const resume = await prima(local, 'tenant', 'resume', tenant.id);
    expect(resume.code).toBe(0);
    expect((await call(local, 'GET', '/api/units', { token })).status).toBe(200);
    expect((await call(local, 'GET', `/api/public/${tenant.slug}`)).status).toBe(200);
  });

  it('refuses an unknown tenant with exit code 2', async () => {
    const run = await prima(local, 'tenant', 'suspend', 'tidak-ada-pemda');
    expect(run.code).toBe(2);
    expect(run.err).toContain('No tenant with slug or id "tidak-ada-pemda"');
  });
});

describe('pnpm prima tenant export', () => {
  it('writes every item of the tenant as JSON lines, to stdout or a file', async () => {
    const { tenant, admin, temporaryPassword } = await createTenant();
    const token = await firstSignIn(admin.email, temporaryPassword);
    for (const name of ['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Kesehatan']) {
      const res = await call(local, 'POST', '/api/units', { token, body: { name, kind: 'dinas' } });
      expect(res.status).toBe(201);
    }

    const run = await prima(local, 'tenant', 'export', tenant.slug);
    expect(run.code).toBe(0);
    const items = run.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { PK: string; entity: string; name?: string });
    expect(items.filter((i) => i.entity === 'Unit').map((i) => i.name)).toEqual(
      expect.arrayContaining(['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Kesehatan']),
    );
    expect(items.map((i) => i.entity)).toEqual(
      expect.arrayContaining(['Tenant', 'Settings', 'User', 'Slug']),
    );
    for (const i of items) expect(i.PK.startsWith(`T#${tenant.id}#`) || i.PK.startsWith('P#')).toBe(true);

    const file = join(tmp, `${tenant.slug}.jsonl`);
    const toFile = await prima(local, 'tenant', 'export', tenant.id, '--out', file);
    expect(toFile.code).toBe(0);
    expect(toFile.out).toContain(`Exported ${items.length} items`);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(items.length);
  });
});

describe('pnpm prima tenant delete', () => {
  it('refuses without --yes', async () => {
    const { tenant } = await createTenant();
    const run = await prima(local, 'tenant', 'delete', tenant.slug);
    expect(run.code).toBe(2);
    expect(run.err).toContain('without --yes');
    expect((await itemsWithPk(local.store, `T#${tenant.id}#`)).length).toBeGreaterThan(0);
  });

  it("removes every item of the tenant and its logins, and nothing of another tenant's", async () => {
    const { tenant, admin, temporaryPassword } = await createTenant();
    const token = await firstSignIn(admin.email, temporaryPassword);
    await call(local, 'POST', '/api/units', { token, body: { name: 'Dinas Sosial', kind: 'dinas' } });
    const other = await newTenant(local);
    await call(local, 'POST', '/api/units', {
      token: other.adminToken,
      body: { name: 'RSUD', kind: 'rsud' },
    });
    const otherBefore = await itemsWithPk(local.store, `T#${other.tenant.id}#`);
    expect(otherBefore.length).toBeGreaterThan(0);

    const run = await prima(local, 'tenant', 'delete', tenant.slug, '--yes');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Deleted ${tenant.name}`);

    expect(await itemsWithPk(local.store, `T#${tenant.id}#`)).toHaveLength(0);
    const client = local.store.adminClient();
    try {
      for (const key of [
        { PK: `P#SLUG#${tenant.slug}`, SK: 'ITEM' },
        { PK: 'P#TENANTS', SK: `TENANT#${tenant.id}` },
      ]) {
        const res = await client.send(
          new GetItemCommand({
            TableName: local.store.tableName,
            Key: { PK: { S: key.PK }, SK: { S: key.SK } },
            ConsistentRead: true,
          }),
        );
        expect(res.Item).toBeUndefined();
      }
    } finally {
      client.destroy();
    }
    expect(await credentials.get(local.store.forPlatform(), admin.email)).toBeNull();
    expect((await prima(local, 'tenant', 'list', '--json')).out).not.toContain(tenant.id);

    const otherAfter = await itemsWithPk(local.store, `T#${other.tenant.id}#`);
    expect(otherAfter).toHaveLength(otherBefore.length);
    expect((await call(local, 'GET', '/api/units', { token: other.adminToken })).status).toBe(200);
  });
});

describe('pnpm prima operator create', () => {
  it('creates an operator who manages tenants after replacing the one-time password', async () => {
    const email = `operator-${uniqueSlug('op')}@prima.local`;
    const run = await prima(local, 'operator', 'create', '--email', email, '--json');
    expect(run.code).toBe(0);
    const { temporaryPassword } = JSON.parse(run.out) as { temporaryPassword: string };
    const token = await firstSignIn(email, temporaryPassword);
    expect((await call(local, 'GET', '/api/platform/tenants', { token })).status).toBe(200);

    const twice = await prima(local, 'operator', 'create', '--email', email);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('--email');
    const invalid = await prima(local, 'operator', 'create', '--email', 'bukan-email');
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('--email:');
  });
});

describe('pnpm prima usage', () => {
  it('prints help with exit code 0 and rejects unknown commands with exit code 2', async () => {
    const help = await prima(local, '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('tenant');
    const unknown = await prima(local, 'tenant', 'rename', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'rename'");
  });
});
