import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createService,
  createUnit,
  errorPaths,
  expectProblem,
  scanByPrefix,
  tenantFingerprint,
} from '../support/fixtures';
import {
  type CallResult,
  call,
  newTenant,
  operatorToken,
  type TestTenant,
  testApp,
  uniqueSlug,
} from '../support/harness';

let local: LocalApp;
beforeAll(async () => {
  local = await testApp();
});

type Problem = { type: string; title: string; errors?: { path: string; message: string }[] };

/**
 * Runs a bad request against a fresh tenant holding a unit and a service, and asserts the tenant's stored items are
 * exactly what they were: a refused request writes nothing.
 */
async function refusedWithoutWriting(
  send: (t: TestTenant, ids: { unitId: string; serviceId: string }) => Promise<CallResult>,
): Promise<CallResult> {
  const t = await newTenant(local);
  const unit = await createUnit(local, t);
  const service = await createService(local, t, unit.id);
  const before = await tenantFingerprint(local, t.tenant.id);
  const res = await send(t, { unitId: unit.id, serviceId: service.id });
  expect(res.status, res.text).toBeGreaterThanOrEqual(400);
  expect(res.status, res.text).toBeLessThan(500);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  return res;
}

describe('malformed JSON', () => {
  it.each([
    ['POST', '/api/units', '{"name": "Dinas'],
    ['POST', '/api/units', ''],
    ['POST', '/api/units', "{'name': 'Dinas Baru'}"],
    ['POST', '/api/services', '{"unitId": }'],
    ['PATCH', '/api/settings', 'version=1'],
    ['POST', '/api/users', '{"email": "a@b.id",}'],
  ])('%s %s %j → 400 malformed-json', async (method, path, rawBody) => {
    const res = await refusedWithoutWriting((t) =>
      call(local, method, path, { token: t.adminToken, rawBody }),
    );
    expectProblem(res, 400, 'malformed-json');
  });

  it('PATCH of a unit with a broken body', async () => {
    const res = await refusedWithoutWriting((t, { unitId }) =>
      call(local, 'PATCH', `/api/units/${unitId}`, { token: t.adminToken, rawBody: '{"version": 1' }),
    );
    expectProblem(res, 400, 'malformed-json');
  });

  it('a body that is not JSON at all is 415', async () => {
    const res = await refusedWithoutWriting((t) =>
      call(local, 'POST', '/api/units', {
        token: t.adminToken,
        rawBody: 'name=Dinas+Baru&kind=dinas',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expectProblem(res, 415, 'unsupported-media-type');
  });
});

describe('unknown fields are 400 naming each', () => {
  it.each([
    ['POST', '/api/units', { name: 'Dinas Baru', kind: 'dinas', tenantId: 'x' }, ['tenantId']],
    ['POST', '/api/units', { name: 'Dinas Baru', kind: 'dinas', PK: 'T#x#META', id: 'y' }, ['PK', 'id']],
    ['PATCH', '/api/settings', { version: 1, status: 'suspended' }, ['status']],
    ['POST', '/api/users', { email: 'a@b.id', name: 'Rina', role: 'analyst', password: 'x' }, ['password']],
  ])('%s %s', async (method, path, body, paths) => {
    const res = await refusedWithoutWriting((t) => call(local, method, path, { token: t.adminToken, body }));
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res).sort()).toEqual([...paths].sort());
  });

  it('inside a nested object', async () => {
    const res = await refusedWithoutWriting((t, { serviceId }) =>
      call(local, 'PATCH', `/api/services/${serviceId}`, {
        token: t.adminToken,
        body: { standard: { biaya: 'Gratis', rahasia: 'x' }, version: 1 },
      }),
    );
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['standard.rahasia']);
  });

  it('on a change of a unit, including stored fields', async () => {
    const res = await refusedWithoutWriting((t, { unitId }) =>
      call(local, 'PATCH', `/api/units/${unitId}`, {
        token: t.adminToken,
        body: { headName: 'Baru', createdAt: '2000-01-01', version: 1 },
      }),
    );
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['createdAt']);
  });
});

describe('an oversized body', () => {
  it('over 256 KiB is 413', async () => {
    const res = await refusedWithoutWriting((t) =>
      call(local, 'POST', '/api/units', {
        token: t.adminToken,
        body: { name: 'Dinas Besar', kind: 'dinas', address: 'x'.repeat(300 * 1024) },
      }),
    );
    expectProblem(res, 413, 'payload-too-large');
  });

  it('on a public route too, without a token', async () => {
    const res = await call(local, 'POST', '/api/auth/token', {
      body: { email: 'a@b.id', password: 'x'.repeat(300 * 1024) },
    });
    expectProblem(res, 413, 'payload-too-large');
  });
});

describe('invalid values', () => {
  it('an invalid email when inviting: 400 naming email, no directory entry', async () => {
    for (const email of ['bukan-email', 'rina@', 'rina @sukamaju.go.id']) {
      const res = await refusedWithoutWriting((t) =>
        call(local, 'POST', '/api/users', {
          token: t.adminToken,
          body: { email, name: 'Rina', role: 'analyst' },
        }),
      );
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['email']);
      expect(await scanByPrefix(local, `P#CRED#${email}`)).toEqual([]);
    }
  });

  it('a role that does not exist: 400 naming role', async () => {
    for (const role of ['superadmin', 'platform-operator', 'Tenant-Admin', '']) {
      const email = `peran-${uniqueSlug()}@sukamaju.go.id`;
      const res = await refusedWithoutWriting((t) =>
        call(local, 'POST', '/api/users', { token: t.adminToken, body: { email, name: 'Rina', role } }),
      );
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['role']);
      expect(await scanByPrefix(local, `P#CRED#${email}`)).toEqual([]);
    }
  });

  it('wrong types: 400 naming each field', async () => {
    const cases: [string, (ids: { unitId: string; serviceId: string }) => string, unknown, string[]][] = [
      ['POST', () => '/api/units', { name: 123, kind: 'dinas' }, ['name']],
      ['POST', () => '/api/units', { name: 'Dinas Baru', kind: ['dinas'] }, ['kind']],
      ['POST', ({ unitId }) => `/api/services?x=${unitId}`, { unitId: 42, name: 'Layanan' }, ['unitId']],
      [
        'PATCH',
        ({ unitId }) => `/api/units/${unitId}`,
        { archived: 'yes', version: '1' },
        ['archived', 'version'],
      ],
      [
        'PATCH',
        ({ serviceId }) => `/api/services/${serviceId}`,
        { feeRupiah: '5000', version: 1 },
        ['feeRupiah'],
      ],
      [
        'PATCH',
        ({ serviceId }) => `/api/services/${serviceId}`,
        { feeRupiah: 1.5, version: 1 },
        ['feeRupiah'],
      ],
      [
        'PATCH',
        ({ serviceId }) => `/api/services/${serviceId}`,
        { feeRupiah: -1, version: 1 },
        ['feeRupiah'],
      ],
      ['PATCH', () => '/api/settings', { defaultLocale: 'fr', version: 1 }, ['defaultLocale']],
      ['PATCH', () => '/api/settings', { version: null }, ['version']],
      ['POST', () => '/api/units', [], ['']],
      ['POST', () => '/api/units', 'Dinas Baru', ['']],
    ];
    for (const [method, path, body, paths] of cases) {
      const res = await refusedWithoutWriting((t, ids) =>
        call(local, method, path(ids), { token: t.adminToken, body }),
      );
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res).sort(), `${method} ${JSON.stringify(body)}`).toEqual([...paths].sort());
    }
  });

  it('an invalid slug on onboarding: 400 naming slug, nothing registered', async () => {
    const op = await operatorToken(local);
    const slug = `Kab ${uniqueSlug()}`;
    const res = await call(local, 'POST', '/api/platform/tenants', {
      token: op,
      body: {
        name: 'Kabupaten Uji',
        slug,
        timeZone: 'Asia/Jakarta',
        adminEmail: `admin@${uniqueSlug()}.go.id`,
      },
    });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['slug']);
    expect(await scanByPrefix(local, `P#SLUG#${slug}`)).toEqual([]);
  });

  it('a taken slug on onboarding: 409 naming slug, the first tenant untouched', async () => {
    const op = await operatorToken(local);
    const t = await newTenant(local);
    const before = await tenantFingerprint(local, t.tenant.id);
    const adminEmail = `admin@${uniqueSlug()}.go.id`;
    const res = await call(local, 'POST', '/api/platform/tenants', {
      token: op,
      body: { name: 'Kabupaten Kembar', slug: t.tenant.slug, timeZone: 'Asia/Jakarta', adminEmail },
    });
    expectProblem(res, 409, 'already-exists');
    expect(errorPaths(res)).toEqual(['slug']);
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
    expect(await scanByPrefix(local, `P#CRED#${adminEmail}`)).toEqual([]);
  });
});

describe('language of problems', () => {
  const badUnit = { name: 'ab', kind: 'kantor', extra: true };

  it('Accept-Language en gives English title and messages', async () => {
    const t = await newTenant(local);
    const res = await call<Problem>(local, 'POST', '/api/units', {
      token: t.adminToken,
      body: badUnit,
      lang: 'en',
    });
    expectProblem(res, 400, 'validation');
    expect(res.body.title).toBe('The request is not valid');
    expect(errorPaths(res).sort()).toEqual(['extra', 'kind', 'name']);
    const byPath = Object.fromEntries(res.body.errors!.map((e) => [e.path, e.message]));
    expect(byPath.name).toMatch(/too small|at least|>=3/i);
    expect(byPath.kind).toMatch(/invalid option/i);
    expect(byPath.extra).toMatch(/unrecognized key/i);
  });

  it.each([['id'], ['id-ID,id;q=0.9'], [undefined], ['fr-FR']])(
    'Accept-Language %j gives Bahasa Indonesia',
    async (lang) => {
      const t = await newTenant(local);
      const res = await call<Problem>(local, 'POST', '/api/units', {
        token: t.adminToken,
        body: badUnit,
        lang,
      });
      expectProblem(res, 400, 'validation');
      expect(res.body.title).toBe('Data yang dikirim tidak valid');
      for (const e of res.body.errors!) {
        expect(e.message, e.path).not.toMatch(/invalid|expected|unrecognized|too small/i);
      }
    },
  );

  it('the domain rules speak both languages', async () => {
    const op = await operatorToken(local);
    const body = {
      name: 'Kabupaten Uji',
      slug: 'admin',
      timeZone: 'Asia/Jakarta',
      adminEmail: 'a@uji.go.id',
    };
    const en = await call<Problem>(local, 'POST', '/api/platform/tenants', { token: op, body, lang: 'en' });
    expect(en.body.errors).toEqual([{ path: 'slug', message: 'This slug is reserved' }]);
    const id = await call<Problem>(local, 'POST', '/api/platform/tenants', { token: op, body, lang: 'id' });
    expect(id.body.errors).toEqual([{ path: 'slug', message: 'Slug ini dicadangkan sistem' }]);
  });

  it('checks against stored data speak both languages', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const body = { email: t.admin.email, name: 'Kembar', role: 'analyst' };
    const en = await call<Problem>(local, 'POST', '/api/users', { token: t.adminToken, body, lang: 'en' });
    expect(en.body.title).toBe('This value is already taken');
    expect(en.body.errors).toEqual([{ path: 'email', message: 'This email is already registered' }]);
    const id = await call<Problem>(local, 'POST', '/api/users', { token: t.adminToken, body });
    expect(id.body.errors).toEqual([{ path: 'email', message: 'Email ini sudah terdaftar' }]);

    const cal = await call<Problem>(local, 'PUT', '/api/calendars/2040', {
      token: t.adminToken,
      body: { days: [{ date: '2041-01-01', name: 'Tahun Baru', kind: 'nasional' }] },
      lang: 'en',
    });
    expect(cal.body.errors).toEqual([
      { path: 'days.0.date', message: "The date must fall in this calendar's year" },
    ]);
    const svc = await call<Problem>(local, 'PATCH', `/api/units/${unit.id}`, {
      token: t.adminToken,
      body: { version: 9 },
      lang: 'en',
    });
    expect(svc.body.title).toBe('Someone else changed this; reload and try again');
  });

  it('a wrong type is described correctly in Bahasa Indonesia (the type received is named)', async () => {
    const t = await newTenant(local);
    const res = await call<Problem>(local, 'POST', '/api/units', {
      token: t.adminToken,
      body: { name: 12345, kind: 'dinas' },
    });
    expectProblem(res, 400, 'validation');
    const en = await call<Problem>(local, 'POST', '/api/units', {
      token: t.adminToken,
      body: { name: 12345, kind: 'dinas' },
      lang: 'en',
    });
    expect(en.body.errors![0]!.message).toMatch(/received number/);
    const message = res.body.errors![0]!.message;
    expect(message).toMatch(/diterima number|diterima angka/);
    expect(message).not.toMatch(/undefined/);
  });

  it('problems of the auth layer are translated too', async () => {
    const en = await call<Problem>(local, 'GET', '/api/units', { lang: 'en' });
    expect(en.body.title).toBe('Sign-in required');
    const id = await call<Problem>(local, 'GET', '/api/units');
    expect(id.body.title).toBe('Anda perlu masuk terlebih dahulu');
    const nf = await call<Problem>(local, 'GET', '/api/tidak-ada', { lang: 'en' });
    expect(nf.status).toBeGreaterThanOrEqual(400);
  });
});
