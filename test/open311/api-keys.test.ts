/**
 * Open311 API keys, managed by the tenant admin under /api/api-keys: the key is shown once and stored only as a hash,
 * the list never shows it, a revoked key is refused by Open311; other roles may not manage keys.
 */
import { createHash } from 'node:crypto';
import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, scanByPrefix } from '../support/fixtures';
import { call, newTenant, type TestTenant, testApp } from '../support/harness';
import { DESCRIPTION, expectErrors, makeWorld, o311, type World } from './support';

const local: LocalApp = await testApp();

interface ApiKeyBody {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
  revokedAt: string | null;
}

const KEY_FIELDS = [
  'createdAt',
  'createdBy',
  'hint',
  'id',
  'lastUsedAt',
  'name',
  'revokedAt',
  'revoked',
].sort();

let w: World;
beforeAll(async () => {
  w = await makeWorld(local, 'keys');
});

const submit = (key: string) =>
  o311(local, 'POST', '/requests.json', {
    form: {
      api_key: key,
      jurisdiction_id: w.slug,
      service_code: w.lampu.id,
      address_string: 'Jl. Merdeka No. 1',
      description: DESCRIPTION,
    },
  });

describe('API keys', () => {
  it('are created by the tenant admin and shown once; only a hash is stored', async () => {
    const res = await call<{ apiKey: ApiKeyBody; key: string }>(local, 'POST', '/api/api-keys', {
      token: w.t.adminToken,
      body: { name: '  Aplikasi Peta Warga  ' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { apiKey, key } = res.body;
    expect(key).toMatch(/^p311_[A-Za-z0-9_-]{43}$/);
    expect(Object.keys(apiKey).sort()).toEqual(KEY_FIELDS);
    expect(apiKey).toMatchObject({
      name: 'Aplikasi Peta Warga',
      hint: key.slice(-4),
      createdBy: w.t.admin.id,
      lastUsedAt: null,
      revoked: false,
      revokedAt: null,
    });

    const stored = JSON.stringify(await scanByPrefix(local, `T#${w.t.tenant.id}#`));
    expect(stored).not.toContain(key);
    expect(stored).toContain(createHash('sha256').update(key).digest('hex'));

    expect((await submit(key)).status).toBe(200);
  });

  it('are listed without the key or its hash, newest first', async () => {
    const created = await call<{ apiKey: ApiKeyBody; key: string }>(local, 'POST', '/api/api-keys', {
      token: w.t.adminToken,
      body: { name: 'Pusat panggilan mitra' },
    });
    const list = await call<{ items: ApiKeyBody[] }>(local, 'GET', '/api/api-keys', {
      token: w.t.adminToken,
    });
    expect(list.status).toBe(200);
    expect(list.body.items[0]!.id).toBe(created.body.apiKey.id);
    expect(list.body.items.map((k) => k.id)).toContain(w.apiKeyId);
    for (const k of list.body.items) expect(Object.keys(k).sort()).toEqual(KEY_FIELDS);
    expect(list.text).not.toContain(created.body.key);
    expect(list.text).not.toContain(w.apiKey);
    expect(list.text).not.toContain(createHash('sha256').update(created.body.key).digest('hex'));
  });

  it('are revoked: Open311 refuses the key from then on; revoking again changes nothing', async () => {
    const { body } = await call<{ apiKey: ApiKeyBody; key: string }>(local, 'POST', '/api/api-keys', {
      token: w.t.adminToken,
      body: { name: 'Kunci yang akan dicabut' },
    });
    expect((await submit(body.key)).status).toBe(200);
    const revoked = await call<ApiKeyBody>(local, 'POST', `/api/api-keys/${body.apiKey.id}/revoke`, {
      token: w.t.adminToken,
    });
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body).toMatchObject({ id: body.apiKey.id, revoked: true });
    expect(revoked.body.revokedAt).not.toBeNull();
    expect(revoked.body.lastUsedAt).not.toBeNull();
    expectErrors(await submit(body.key), 403);

    const again = await call<ApiKeyBody>(local, 'POST', `/api/api-keys/${body.apiKey.id}/revoke`, {
      token: w.t.adminToken,
    });
    expect(again.status).toBe(200);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    // The other keys still work.
    expect((await submit(w.apiKey)).status).toBe(200);
  });

  it('refuse bad input: a missing or short name, unknown fields, an unknown or malformed id', async () => {
    const post = (body: unknown) => call(local, 'POST', '/api/api-keys', { token: w.t.adminToken, body });
    expectProblem(await post({}), 400, 'validation');
    expectProblem(await post({ name: 'ab' }), 400, 'validation');
    expectProblem(await post({ name: 'Aplikasi', key: 'p311_pilihan_sendiri' }), 400, 'validation');
    expectProblem(
      await call(local, 'POST', '/api/api-keys/01JD7Q9X4ZB8F6M2N3P5R7S9TV/revoke', { token: w.t.adminToken }),
      404,
      'not-found',
    );
    expectProblem(
      await call(local, 'POST', '/api/api-keys/bukan-id/revoke', { token: w.t.adminToken }),
      400,
      'validation',
    );
  });

  it('are limited to 20 active keys per tenant', async () => {
    const t = await newTenant(local);
    const create = (name: string) =>
      call(local, 'POST', '/api/api-keys', { token: t.adminToken, body: { name } });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await create(`Klien nomor ${i}`);
      expect(res.status, res.text).toBe(201);
      ids.push((res.body as { apiKey: { id: string } }).apiKey.id);
    }
    expectProblem(await create('Klien kelebihan'), 400, 'validation');
    await call(local, 'POST', `/api/api-keys/${ids[0]}/revoke`, { token: t.adminToken });
    expect((await create('Klien pengganti')).status).toBe(201);
  });
});

describe('who may manage API keys', () => {
  let t: TestTenant;
  let keyId: string;
  beforeAll(async () => {
    t = await newTenant(local);
    const res = await call<{ apiKey: { id: string } }>(local, 'POST', '/api/api-keys', {
      token: t.adminToken,
      body: { name: 'Aplikasi mitra' },
    });
    keyId = res.body.apiKey.id;
  });

  it.each(['coordinator', 'unit-officer', 'analyst'] as const)('a %s may not (403)', async (role) => {
    const { token } = await t.user(role);
    expectProblem(await call(local, 'GET', '/api/api-keys', { token }), 403, 'forbidden');
    expectProblem(
      await call(local, 'POST', '/api/api-keys', { token, body: { name: 'Aplikasi saya' } }),
      403,
      'forbidden',
    );
    expectProblem(await call(local, 'POST', `/api/api-keys/${keyId}/revoke`, { token }), 403, 'forbidden');
    const list = await call<{ items: ApiKeyBody[] }>(local, 'GET', '/api/api-keys', { token: t.adminToken });
    expect(list.body.items.map((k) => [k.id, k.revoked])).toEqual([[keyId, false]]);
  });

  it('nobody without a token (401)', async () => {
    expectProblem(await call(local, 'GET', '/api/api-keys'), 401);
    expectProblem(await call(local, 'POST', '/api/api-keys', { body: { name: 'Aplikasi' } }), 401);
  });

  it("another tenant's admin cannot see or revoke them (404)", async () => {
    const other = await newTenant(local);
    const list = await call<{ items: ApiKeyBody[] }>(local, 'GET', '/api/api-keys', {
      token: other.adminToken,
    });
    expect(list.body.items).toEqual([]);
    expectProblem(
      await call(local, 'POST', `/api/api-keys/${keyId}/revoke`, { token: other.adminToken }),
      404,
    );
    const mine = await call<{ items: ApiKeyBody[] }>(local, 'GET', '/api/api-keys', { token: t.adminToken });
    expect(mine.body.items[0]!.revoked).toBe(false);
  });
});
