import { createApp } from '@prima/api';
import type { LocalApp } from '@prima/local';
import { newId } from '@prima/store';
import {
  type CryptoKey,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService, createUnit, expectProblem, manualClock } from '../support/fixtures';
import { call, newTenant, operatorToken, testApp } from '../support/harness';

let local: LocalApp;
beforeAll(async () => {
  local = await testApp();
});

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const parts = (token: string) => {
  const [h, p, s] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>,
    signature: s!,
  };
};

/**
 * The same API, trusting a key this test holds, so it can sign tokens that are valid in every respect but one
 * (issuer, audience, token_use, missing claims). The store and the user directory are the run's.
 */
async function appTrustingOwnKey(base: LocalApp) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-key-1';
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const issuer = 'https://issuer.test.prima.id';
  const audience = 'prima-test-web';
  const app = createApp({
    store: base.store,
    tokens: { getKey: createLocalJWKSet(jwks), issuer, audience },
    identity: base.identity,
    blobs: base.blobs,
    corsOrigins: ['http://localhost:3000'],
    logLevel: 'SILENT',
  });
  const trusted: LocalApp = { ...base, app };
  const sign = (
    payload: JWTPayload,
    opts: { iss?: string; aud?: string; exp?: number | null; key?: CryptoKey; kid?: string } = {},
  ) => {
    const now = Math.floor(Date.now() / 1000);
    let jwt = new SignJWT({ token_use: 'id', ...payload })
      .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? kid })
      .setIssuer(opts.iss ?? issuer)
      .setAudience(opts.aud ?? audience)
      .setIssuedAt(now);
    if (opts.exp !== null) jwt = jwt.setExpirationTime(opts.exp ?? now + 600);
    return jwt.sign(opts.key ?? privateKey);
  };
  return { trusted, sign, issuer, audience };
}

const claimsOf = (t: { tenant: { id: string }; admin: { id: string; email: string } }) => ({
  sub: t.admin.id,
  email: t.admin.email,
  'custom:tenantId': t.tenant.id,
  'cognito:groups': ['tenant-admin'],
});

describe('401: a request without a valid token', () => {
  it('no token', async () => {
    const res = await call(local, 'GET', '/api/units');
    expectProblem(res, 401, 'unauthorized');
  });

  it.each([
    'Basic YWRtaW46YWRtaW4=',
    'Bearer',
    'Bearer ',
    'Bearer two tokens',
    'Token abc.def.ghi',
    'abc.def.ghi',
  ])('malformed authorization header %j', async (authorization) => {
    const res = await call(local, 'GET', '/api/units', { headers: { authorization } });
    expectProblem(res, 401);
  });

  it('a bearer value that is not a JWT', async () => {
    expectProblem(await call(local, 'GET', '/api/units', { token: 'not-a-jwt' }), 401, 'invalid-token');
    expectProblem(await call(local, 'GET', '/api/units', { token: 'a.b.c' }), 401, 'invalid-token');
  });

  it('an expired token: valid until its 15 minutes are up, then 401', async () => {
    const clock = manualClock();
    const timed = await testApp({ now: clock.now });
    const t = await newTenant(timed);
    const token = await timed.issuer.sign({
      sub: t.admin.id,
      email: t.admin.email,
      tenantId: t.tenant.id,
      role: 'tenant-admin',
    });
    expect((await call(timed, 'GET', '/api/units', { token })).status).toBe(200);
    clock.advance(14 * 60_000);
    expect((await call(timed, 'GET', '/api/units', { token })).status).toBe(200);
    clock.advance(2 * 60_000);
    expectProblem(await call(timed, 'GET', '/api/units', { token }), 401, 'invalid-token');
  });

  it('a token that expired long ago', async () => {
    const t = await newTenant(local);
    const token = await local.issuer.sign(
      { sub: t.admin.id, email: t.admin.email, tenantId: t.tenant.id, role: 'tenant-admin' },
      -3600,
    );
    expectProblem(await call(local, 'GET', '/api/units', { token }), 401, 'invalid-token');
  });

  it('alg none: header.payload. with an empty signature', async () => {
    const t = await newTenant(local);
    const { payload } = parts(t.adminToken);
    for (const alg of ['none', 'None', 'NONE']) {
      const token = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}.`;
      expectProblem(await call(local, 'GET', '/api/units', { token }), 401, 'invalid-token');
    }
    // The real header with the signature stripped.
    const [h, p] = t.adminToken.split('.');
    expectProblem(await call(local, 'GET', '/api/units', { token: `${h}.${p}.` }), 401, 'invalid-token');
  });

  it("tampered claims: another tenant's id under the original signature", async () => {
    const a = await newTenant(local);
    const b = await newTenant(local);
    await createUnit(local, b, { name: 'Unit Rahasia Tenant B' });
    const [h, , s] = a.adminToken.split('.');
    const { payload } = parts(a.adminToken);
    for (const change of [
      { 'custom:tenantId': b.tenant.id },
      { sub: b.admin.id, 'custom:tenantId': b.tenant.id },
      { 'cognito:groups': ['platform-operator'] },
      { exp: Number(payload.exp) + 86_400 },
    ]) {
      const token = `${h}.${b64({ ...payload, ...change })}.${s}`;
      const res = await call(local, 'GET', '/api/units', { token });
      expectProblem(res, 401, 'invalid-token');
      expect(res.text).not.toContain('Unit Rahasia Tenant B');
    }
  });

  it('a token signed by another key under the same kid', async () => {
    const t = await newTenant(local);
    const kid = local.issuer.jwks.keys[0]!.kid!;
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      email: t.admin.email,
      token_use: 'id',
      'cognito:groups': ['tenant-admin'],
      'custom:tenantId': t.tenant.id,
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject(t.admin.id)
      .setIssuer(local.issuer.issuer)
      .setAudience(local.issuer.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(privateKey);
    expectProblem(await call(local, 'GET', '/api/units', { token }), 401, 'invalid-token');
  });

  it('an HMAC token keyed with the public key (algorithm confusion)', async () => {
    const t = await newTenant(local);
    const jwk = local.issuer.jwks.keys[0]!;
    const secret = new TextEncoder().encode(JSON.stringify(jwk));
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ ...claimsOf(t), token_use: 'id' })
      .setProtectedHeader({ alg: 'HS256', kid: jwk.kid! })
      .setIssuer(local.issuer.issuer)
      .setAudience(local.issuer.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(secret);
    expectProblem(await call(local, 'GET', '/api/units', { token }), 401, 'invalid-token');
  });

  it('a token for a user id that does not exist in the tenant', async () => {
    const a = await newTenant(local);
    const b = await newTenant(local);
    const ghost = await local.issuer.sign({
      sub: newId(),
      email: 'ghost@nowhere.go.id',
      tenantId: a.tenant.id,
      role: 'tenant-admin',
    });
    expectProblem(await call(local, 'GET', '/api/units', { token: ghost }), 401, 'invalid-token');
    // A real user of tenant A, presented as a user of tenant B.
    const crossed = await local.issuer.sign({
      sub: a.admin.id,
      email: a.admin.email,
      tenantId: b.tenant.id,
      role: 'tenant-admin',
    });
    expectProblem(await call(local, 'GET', '/api/units', { token: crossed }), 401, 'invalid-token');
  });

  it('a token naming a tenant that does not exist, or no tenant without being the operator', async () => {
    const t = await newTenant(local);
    const noTenant = await local.issuer.sign({
      sub: t.admin.id,
      email: t.admin.email,
      tenantId: newId(),
      role: 'tenant-admin',
    });
    expectProblem(await call(local, 'GET', '/api/units', { token: noTenant }), 401, 'invalid-token');
    const tenantless = await local.issuer.sign({
      sub: t.admin.id,
      email: t.admin.email,
      tenantId: null,
      role: 'tenant-admin',
    });
    expectProblem(await call(local, 'GET', '/api/units', { token: tenantless }), 401, 'invalid-token');
  });

  describe('tokens signed by a trusted key but wrong in one claim', () => {
    it('the control: a correct token is accepted', async () => {
      const { trusted, sign } = await appTrustingOwnKey(local);
      const t = await newTenant(local);
      expect((await call(trusted, 'GET', '/api/units', { token: await sign(claimsOf(t)) })).status).toBe(200);
    });

    it('wrong issuer', async () => {
      const { trusted, sign } = await appTrustingOwnKey(local);
      const t = await newTenant(local);
      const token = await sign(claimsOf(t), { iss: 'https://evil.example.com' });
      expectProblem(await call(trusted, 'GET', '/api/units', { token }), 401, 'invalid-token');
    });

    it('wrong audience', async () => {
      const { trusted, sign } = await appTrustingOwnKey(local);
      const t = await newTenant(local);
      const token = await sign(claimsOf(t), { aud: 'another-app-client' });
      expectProblem(await call(trusted, 'GET', '/api/units', { token }), 401, 'invalid-token');
    });

    it.each([['access'], ['refresh'], [''], [null]])('token_use %j', async (use) => {
      const { trusted, sign } = await appTrustingOwnKey(local);
      const t = await newTenant(local);
      const token = await sign({ ...claimsOf(t), token_use: use });
      expectProblem(await call(trusted, 'GET', '/api/units', { token }), 401, 'invalid-token');
    });

    it('no token_use at all', async () => {
      const { trusted, sign } = await appTrustingOwnKey(local);
      const t = await newTenant(local);
      const token = await sign({ ...claimsOf(t), token_use: undefined });
      expectProblem(await call(trusted, 'GET', '/api/units', { token }), 401, 'invalid-token');
    });

    it('no expiry', async () => {
      const { trusted, sign } = await appTrustingOwnKey(local);
      const t = await newTenant(local);
      const token = await sign(claimsOf(t), { exp: null });
      expectProblem(await call(trusted, 'GET', '/api/units', { token }), 401, 'invalid-token');
    });

    it('a tenant id that is not an id', async () => {
      const { trusted, sign } = await appTrustingOwnKey(local);
      const t = await newTenant(local);
      const token = await sign({ ...claimsOf(t), 'custom:tenantId': `${t.tenant.id}#META` });
      expectProblem(await call(trusted, 'GET', '/api/units', { token }), 401, 'invalid-token');
    });
  });
});

describe('403: a valid token without the right to act', () => {
  it('an analyst may not create a unit', async () => {
    const t = await newTenant(local);
    const { token } = await t.user('analyst');
    const res = await call(local, 'POST', '/api/units', {
      token,
      body: { name: 'Dinas Baru', kind: 'dinas' },
    });
    expectProblem(res, 403, 'forbidden');
    const list = await call<{ items: unknown[] }>(local, 'GET', '/api/units', { token });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });

  it('a coordinator may not change the settings', async () => {
    const t = await newTenant(local);
    const { token } = await t.user('coordinator');
    const res = await call(local, 'PATCH', '/api/settings', {
      token,
      body: { address: 'Jl. Lain', version: 1 },
    });
    expectProblem(res, 403, 'forbidden');
    const settings = await call<{ address: string | null; version: number }>(local, 'GET', '/api/settings', {
      token,
    });
    expect(settings.body).toMatchObject({ address: null, version: 1 });
  });

  it("a unit officer changes its own unit's services, not another unit's", async () => {
    const t = await newTenant(local);
    const own = await createUnit(local, t, { name: 'Dinas Kesehatan' });
    const other = await createUnit(local, t, { name: 'Dinas Pendidikan' });
    const ownService = await createService(local, t, own.id, { name: 'Izin Praktik Bidan' });
    const otherService = await createService(local, t, other.id, { name: 'Legalisir Ijazah' });
    const { token } = await t.user('unit-officer', [own.id]);

    const denied = await call(local, 'PATCH', `/api/services/${otherService.id}`, {
      token,
      body: { feeRupiah: 5000, version: 1 },
    });
    expectProblem(denied, 403, 'forbidden');
    const allowed = await call<{ feeRupiah: number }>(local, 'PATCH', `/api/services/${ownService.id}`, {
      token,
      body: { feeRupiah: 5000, version: 1 },
    });
    expect(allowed.status, allowed.text).toBe(200);
    expect(allowed.body.feeRupiah).toBe(5000);

    // Moving its own service into a unit it is not scoped to is just as forbidden.
    const moved = await call(local, 'PATCH', `/api/services/${ownService.id}`, {
      token,
      body: { unitId: other.id, version: 2 },
    });
    expectProblem(moved, 403, 'forbidden');
    // Creating a service or a maklumat in the other unit too.
    expectProblem(
      await call(local, 'POST', '/api/services', { token, body: { unitId: other.id, name: 'Layanan Baru' } }),
      403,
      'forbidden',
    );
    expectProblem(
      await call(local, 'PUT', `/api/units/${other.id}/maklumat`, {
        token,
        body: { text: 'x'.repeat(30), signedBy: 'Kepala Dinas', signedOn: '2026-01-05' },
      }),
      403,
      'forbidden',
    );
    const untouched = await call<{ feeRupiah: number | null; version: number }>(
      local,
      'GET',
      `/api/services/${otherService.id}`,
      { token: t.adminToken },
    );
    expect(untouched.body).toMatchObject({ feeRupiah: null, version: 1 });
  });

  it('a tenant admin may not use the platform routes', async () => {
    const t = await newTenant(local);
    expectProblem(
      await call(local, 'GET', '/api/platform/tenants', { token: t.adminToken }),
      403,
      'forbidden',
    );
    expectProblem(
      await call(local, 'POST', '/api/platform/tenants', {
        token: t.adminToken,
        body: {
          name: 'Kota Lain',
          slug: 'kota-lain-x',
          timeZone: 'Asia/Jakarta',
          adminEmail: 'a@lain.go.id',
        },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await call(local, 'POST', `/api/platform/tenants/${t.tenant.id}/suspend`, { token: t.adminToken }),
      403,
      'forbidden',
    );
  });

  it('the platform operator may not use tenant routes', async () => {
    const token = await operatorToken(local);
    expectProblem(await call(local, 'GET', '/api/units', { token }), 403, 'forbidden');
    expectProblem(
      await call(local, 'POST', '/api/units', { token, body: { name: 'Dinas Baru', kind: 'dinas' } }),
      403,
      'forbidden',
    );
    expectProblem(await call(local, 'GET', '/api/settings', { token }), 403, 'forbidden');
  });

  it('a deactivated user is refused at the next request, with its old token', async () => {
    const t = await newTenant(local);
    const { user, token } = await t.user('coordinator');
    expect((await call(local, 'GET', '/api/units', { token })).status).toBe(200);
    const off = await call(local, 'PATCH', `/api/users/${user.id}`, {
      token: t.adminToken,
      body: { status: 'deactivated', version: user.version },
    });
    expect(off.status, off.text).toBe(200);
    expectProblem(await call(local, 'GET', '/api/units', { token }), 403, 'account-deactivated');
    expectProblem(await call(local, 'GET', '/api/me', { token }), 403, 'account-deactivated');
    // Reactivated, the same token works again.
    const on = await call(local, 'PATCH', `/api/users/${user.id}`, {
      token: t.adminToken,
      body: { status: 'active', version: user.version + 1 },
    });
    expect(on.status, on.text).toBe(200);
    expect((await call(local, 'GET', '/api/units', { token })).status).toBe(200);
  });

  it('a suspended tenant: its users and its public pages are refused until it is resumed', async () => {
    const t = await newTenant(local);
    const other = await newTenant(local);
    const { token: analyst } = await t.user('analyst');
    const op = await operatorToken(local);
    const slug = t.tenant.slug;
    expect((await call(local, 'GET', `/api/public/${slug}`)).status).toBe(200);

    const suspended = await call<{ status: string }>(
      local,
      'POST',
      `/api/platform/tenants/${t.tenant.id}/suspend`,
      {
        token: op,
      },
    );
    expect(suspended.status, suspended.text).toBe(200);
    expect(suspended.body.status).toBe('suspended');

    expectProblem(await call(local, 'GET', '/api/units', { token: t.adminToken }), 403, 'tenant-suspended');
    expectProblem(await call(local, 'GET', '/api/me', { token: analyst }), 403, 'tenant-suspended');
    expectProblem(
      await call(local, 'POST', '/api/units', {
        token: t.adminToken,
        body: { name: 'Dinas Baru', kind: 'dinas' },
      }),
      403,
      'tenant-suspended',
    );
    expectProblem(await call(local, 'GET', `/api/public/${slug}`), 403, 'tenant-suspended');
    expectProblem(await call(local, 'GET', `/api/public/${slug}/units`), 403, 'tenant-suspended');
    expectProblem(await call(local, 'GET', `/api/public/${slug}/services`), 403, 'tenant-suspended');
    // Another tenant is not affected.
    expect((await call(local, 'GET', '/api/units', { token: other.adminToken })).status).toBe(200);
    // The operator still sees it, as suspended.
    const seen = await call<{ status: string }>(local, 'GET', `/api/platform/tenants/${t.tenant.id}`, {
      token: op,
    });
    expect(seen.body.status).toBe('suspended');

    const resumed = await call<{ status: string }>(
      local,
      'POST',
      `/api/platform/tenants/${t.tenant.id}/resume`,
      {
        token: op,
      },
    );
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe('active');
    expect((await call(local, 'GET', '/api/units', { token: t.adminToken })).status).toBe(200);
    expect((await call(local, 'GET', '/api/me', { token: analyst })).status).toBe(200);
    expect((await call(local, 'GET', `/api/public/${slug}`)).status).toBe(200);
  });

  it('suspending or resuming a tenant that does not exist is 404', async () => {
    const op = await operatorToken(local);
    expectProblem(await call(local, 'POST', `/api/platform/tenants/${newId()}/suspend`, { token: op }), 404);
    expectProblem(await call(local, 'POST', `/api/platform/tenants/${newId()}/resume`, { token: op }), 404);
  });
});
