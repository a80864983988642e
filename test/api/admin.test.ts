import type { Maklumat, Service, Unit } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { newId } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createService,
  createUnit,
  errorPaths,
  expectProblem,
  forgeCursor,
  MAKLUMAT_TEXT,
  putMaklumat,
  tenantFingerprint,
} from '../support/fixtures';
import { call, newTenant, testApp } from '../support/harness';

let local: LocalApp;
beforeAll(async () => {
  local = await testApp();
});

type Page<T> = { items: T[]; nextCursor: string | null };

describe('units (OPD)', () => {
  it('create, read, change, list', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t, {
      name: '  Dinas Kesehatan  ',
      shortName: 'Dinkes',
      kind: 'dinas',
      email: ' Dinkes@Sukamaju.GO.ID',
    });
    expect(unit).toMatchObject({
      name: 'Dinas Kesehatan',
      shortName: 'Dinkes',
      kind: 'dinas',
      email: 'dinkes@sukamaju.go.id',
      headName: null,
      address: null,
      phone: null,
      archived: false,
      version: 1,
    });
    expect(unit.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);

    const got = await call<Unit>(local, 'GET', `/api/units/${unit.id}`, { token: t.adminToken });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(unit);

    const changed = await call<Unit>(local, 'PATCH', `/api/units/${unit.id}`, {
      token: t.adminToken,
      body: { headName: 'dr. Sari Wulandari', phone: '+62 21 555 0101', version: 1 },
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({
      headName: 'dr. Sari Wulandari',
      phone: '+62 21 555 0101',
      name: 'Dinas Kesehatan',
      version: 2,
    });

    const list = await call<Page<Unit>>(local, 'GET', '/api/units', { token: t.adminToken });
    expect(list.body.items).toEqual([changed.body]);
    expect(list.body.nextCursor).toBeNull();
  });

  it('readers see units; every tenant role can list them', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    for (const role of ['coordinator', 'analyst'] as const) {
      const { token } = await t.user(role);
      const list = await call<Page<Unit>>(local, 'GET', '/api/units', { token });
      expect(list.body.items.map((u) => u.id)).toEqual([unit.id]);
    }
    const { token } = await t.user('unit-officer', [unit.id]);
    expect((await call(local, 'GET', `/api/units/${unit.id}`, { token })).status).toBe(200);
  });

  it('archive: the unit stays for the admin, disappears from the public pages', async () => {
    const t = await newTenant(local);
    const keep = await createUnit(local, t, { name: 'Dinas Pendidikan' });
    const gone = await createUnit(local, t, { name: 'Dinas Pariwisata' });
    const archived = await call<Unit>(local, 'PATCH', `/api/units/${gone.id}`, {
      token: t.adminToken,
      body: { archived: true, version: 1 },
    });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, version: 2, name: 'Dinas Pariwisata' });

    const adminList = await call<Page<Unit>>(local, 'GET', '/api/units', { token: t.adminToken });
    expect(adminList.body.items.map((u) => u.id).sort()).toEqual([keep.id, gone.id].sort());

    const pub = await call<{ items: { id: string }[] }>(local, 'GET', `/api/public/${t.tenant.slug}/units`);
    expect(pub.body.items.map((u) => u.id)).toEqual([keep.id]);
    expectProblem(await call(local, 'GET', `/api/public/${t.tenant.slug}/units/${gone.id}`), 404);

    const restored = await call<Unit>(local, 'PATCH', `/api/units/${gone.id}`, {
      token: t.adminToken,
      body: { archived: false, version: 2 },
    });
    expect(restored.body.archived).toBe(false);
    expect((await call(local, 'GET', `/api/public/${t.tenant.slug}/units/${gone.id}`)).status).toBe(200);
  });

  it('a stale version is 409 with the current version, and changes nothing', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    await call(local, 'PATCH', `/api/units/${unit.id}`, {
      token: t.adminToken,
      body: { headName: 'Pertama', version: 1 },
    });
    const stale = await call<{ currentVersion: number }>(local, 'PATCH', `/api/units/${unit.id}`, {
      token: t.adminToken,
      body: { headName: 'Kedua', version: 1 },
    });
    expectProblem(stale, 409, 'version-conflict');
    expect(stale.body.currentVersion).toBe(2);
    const got = await call<Unit>(local, 'GET', `/api/units/${unit.id}`, { token: t.adminToken });
    expect(got.body).toMatchObject({ headName: 'Pertama', version: 2 });
  });

  it('a unit that does not exist is 404 to read and to change', async () => {
    const t = await newTenant(local);
    const id = newId();
    expectProblem(await call(local, 'GET', `/api/units/${id}`, { token: t.adminToken }), 404, 'not-found');
    expectProblem(
      await call(local, 'PATCH', `/api/units/${id}`, {
        token: t.adminToken,
        body: { headName: 'X Y', version: 1 },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await call(local, 'GET', '/api/units/not-an-id', { token: t.adminToken }),
      400,
      'validation',
    );
  });
});

describe('Maklumat Pelayanan', () => {
  it('is published without a version, then replaced with the version read', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    expectProblem(await call(local, 'GET', `/api/units/${unit.id}/maklumat`, { token: t.adminToken }), 404);

    const first = await putMaklumat(local, t, unit.id);
    expect(first).toMatchObject({ unitId: unit.id, text: MAKLUMAT_TEXT, version: 1, signedOn: '2026-01-05' });

    const again = await call(local, 'PUT', `/api/units/${unit.id}/maklumat`, {
      token: t.adminToken,
      body: { text: MAKLUMAT_TEXT, signedBy: 'Orang Lain', signedOn: '2026-01-06' },
    });
    expectProblem(again, 409, 'version-conflict');

    const replaced = await call<Maklumat>(local, 'PUT', `/api/units/${unit.id}/maklumat`, {
      token: t.adminToken,
      body: {
        text: `${MAKLUMAT_TEXT} Diperbarui.`,
        signedBy: 'dr. Sari Wulandari',
        signedOn: '2026-07-01',
        version: 1,
      },
    });
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.body).toMatchObject({
      signedBy: 'dr. Sari Wulandari',
      version: 2,
      signedOn: '2026-07-01',
    });

    const stale = await call(local, 'PUT', `/api/units/${unit.id}/maklumat`, {
      token: t.adminToken,
      body: { text: MAKLUMAT_TEXT, signedBy: 'Orang Lain', signedOn: '2026-01-06', version: 1 },
    });
    expectProblem(stale, 409, 'version-conflict');

    const got = await call<Maklumat>(local, 'GET', `/api/units/${unit.id}/maklumat`, { token: t.adminToken });
    expect(got.body).toEqual(replaced.body);
    // Citizens see it on the unit's public page.
    const pub = await call<{ maklumat: Maklumat }>(
      local,
      'GET',
      `/api/public/${t.tenant.slug}/units/${unit.id}`,
    );
    expect(pub.body.maklumat.text).toBe(`${MAKLUMAT_TEXT} Diperbarui.`);
  });

  it('a unit officer publishes the maklumat of its own unit', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const { token } = await t.user('unit-officer', [unit.id]);
    const res = await call<Maklumat>(local, 'PUT', `/api/units/${unit.id}/maklumat`, {
      token,
      body: { text: MAKLUMAT_TEXT, signedBy: 'Kepala Dinas', signedOn: '2026-02-02' },
    });
    expect(res.status, res.text).toBe(200);
  });

  it('needs an existing unit and a real signing date', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    expectProblem(
      await call(local, 'PUT', `/api/units/${newId()}/maklumat`, {
        token: t.adminToken,
        body: { text: MAKLUMAT_TEXT, signedBy: 'Kepala Dinas', signedOn: '2026-02-02' },
      }),
      404,
    );
    const bad = await call(local, 'PUT', `/api/units/${unit.id}/maklumat`, {
      token: t.adminToken,
      body: { text: 'terlalu pendek', signedBy: 'Kepala Dinas', signedOn: '2026-02-30' },
    });
    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad)).toEqual(expect.arrayContaining(['text', 'signedOn']));
  });
});

describe('services and their Standar Pelayanan', () => {
  it('create fills the missing components empty; update merges a partial standard', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const svc = await createService(local, t, unit.id, {
      name: 'Penerbitan Akta Kelahiran',
      feeRupiah: 0,
      durationWorkingDays: 1,
      standard: { persyaratan: 'Surat keterangan kelahiran; KK', dasarHukum: 'UU 24/2013' },
    });
    expect(Object.keys(svc.standard)).toHaveLength(14);
    expect(svc.standard).toMatchObject({
      persyaratan: 'Surat keterangan kelahiran; KK',
      dasarHukum: 'UU 24/2013',
      biaya: '',
      prosedur: '',
    });
    expect(svc).toMatchObject({ unitId: unit.id, description: null, archived: false, version: 1 });

    const upd = await call<Service>(local, 'PATCH', `/api/services/${svc.id}`, {
      token: t.adminToken,
      body: {
        standard: { biaya: 'Tidak dipungut biaya', persyaratan: 'Surat keterangan kelahiran; KK; KTP-el' },
        version: 1,
      },
    });
    expect(upd.status, upd.text).toBe(200);
    expect(upd.body.standard).toMatchObject({
      biaya: 'Tidak dipungut biaya',
      persyaratan: 'Surat keterangan kelahiran; KK; KTP-el',
      dasarHukum: 'UU 24/2013',
      prosedur: '',
    });
    expect(upd.body).toMatchObject({ name: 'Penerbitan Akta Kelahiran', feeRupiah: 0, version: 2 });

    // A change of other fields leaves the standard as it was.
    const renamed = await call<Service>(local, 'PATCH', `/api/services/${svc.id}`, {
      token: t.adminToken,
      body: { description: 'Untuk bayi baru lahir', version: 2 },
    });
    expect(renamed.body.standard).toEqual(upd.body.standard);
    const got = await call<Service>(local, 'GET', `/api/services/${svc.id}`, { token: t.adminToken });
    expect(got.body).toEqual(renamed.body);
  });

  it('lists the services of one unit, by name, and follows a service moved to another unit', async () => {
    const t = await newTenant(local);
    const dukcapil = await createUnit(local, t, { name: 'Dinas Dukcapil' });
    const dinkes = await createUnit(local, t, { name: 'Dinas Kesehatan' });
    const ktp = await createService(local, t, dukcapil.id, { name: 'Penerbitan KTP-el' });
    const akta = await createService(local, t, dukcapil.id, { name: 'Akta Kelahiran' });
    const izin = await createService(local, t, dinkes.id, { name: 'Izin Praktik Bidan' });

    const names = async (unitId: string) =>
      (
        await call<Page<Service>>(local, 'GET', `/api/services?unitId=${unitId}`, { token: t.adminToken })
      ).body.items.map((s) => s.name);
    expect(await names(dukcapil.id)).toEqual(['Akta Kelahiran', 'Penerbitan KTP-el']);
    expect(await names(dinkes.id)).toEqual(['Izin Praktik Bidan']);
    const all = await call<Page<Service>>(local, 'GET', '/api/services', { token: t.adminToken });
    expect(all.body.items.map((s) => s.id).sort()).toEqual([ktp.id, akta.id, izin.id].sort());

    const moved = await call<Service>(local, 'PATCH', `/api/services/${akta.id}`, {
      token: t.adminToken,
      body: { unitId: dinkes.id, name: 'Surat Keterangan Lahir', version: 1 },
    });
    expect(moved.status, moved.text).toBe(200);
    expect(await names(dukcapil.id)).toEqual(['Penerbitan KTP-el']);
    expect(await names(dinkes.id)).toEqual(['Izin Praktik Bidan', 'Surat Keterangan Lahir']);
  });

  it('a unit that is not a unit of this tenant is 400 naming unitId, and nothing is written', async () => {
    const t = await newTenant(local);
    const other = await newTenant(local);
    const foreign = await createUnit(local, other);
    const unit = await createUnit(local, t);
    const svc = await createService(local, t, unit.id);
    const before = await tenantFingerprint(local, t.tenant.id);

    for (const unitId of [newId(), foreign.id]) {
      const created = await call(local, 'POST', '/api/services', {
        token: t.adminToken,
        body: { unitId, name: 'Layanan Salah Unit' },
      });
      expectProblem(created, 400, 'validation');
      expect(errorPaths(created)).toEqual(['unitId']);
      const moved = await call(local, 'PATCH', `/api/services/${svc.id}`, {
        token: t.adminToken,
        body: { unitId, version: 1 },
      });
      expectProblem(moved, 400, 'validation');
      expect(errorPaths(moved)).toEqual(['unitId']);
    }
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });

  it('citizens see only the six public components of a standard', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const full = Object.fromEntries(
      [
        'dasarHukum',
        'persyaratan',
        'prosedur',
        'jangkaWaktu',
        'biaya',
        'produk',
        'sarana',
        'kompetensi',
        'pengawasan',
        'pengaduan',
        'jumlahPelaksana',
        'jaminanPelayanan',
        'jaminanKeamanan',
        'evaluasi',
      ].map((k) => [k, `RAHASIA-${k}`]),
    );
    const svc = await createService(local, t, unit.id, { standard: full });
    const pub = await call<{ items: { id: string; standard: Record<string, string> }[] }>(
      local,
      'GET',
      `/api/public/${t.tenant.slug}/services`,
    );
    const item = pub.body.items.find((s) => s.id === svc.id)!;
    expect(Object.keys(item.standard).sort()).toEqual(
      ['biaya', 'jangkaWaktu', 'pengaduan', 'persyaratan', 'produk', 'prosedur'].sort(),
    );
    for (const internal of [
      'dasarHukum',
      'sarana',
      'kompetensi',
      'pengawasan',
      'jumlahPelaksana',
      'evaluasi',
    ]) {
      expect(pub.text).not.toContain(`RAHASIA-${internal}`);
    }
    const unitPage = await call(local, 'GET', `/api/public/${t.tenant.slug}/units/${unit.id}`);
    expect(unitPage.text).toContain('RAHASIA-persyaratan');
    expect(unitPage.text).not.toContain('RAHASIA-dasarHukum');
    expect(unitPage.text).not.toContain('RAHASIA-jaminanKeamanan');
  });

  it('archived services leave the public pages', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const svc = await createService(local, t, unit.id);
    await call(local, 'PATCH', `/api/services/${svc.id}`, {
      token: t.adminToken,
      body: { archived: true, version: 1 },
    });
    const pub = await call<{ items: unknown[] }>(local, 'GET', `/api/public/${t.tenant.slug}/services`);
    expect(pub.body.items).toEqual([]);
  });
});

describe('optimistic concurrency', () => {
  it('two simultaneous changes of the same version: one wins, one gets 409, the winner is stored', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const [a, b] = await Promise.all([
      call<Unit>(local, 'PATCH', `/api/units/${unit.id}`, {
        token: t.adminToken,
        body: { headName: 'Kepala A', version: 1 },
      }),
      call<Unit>(local, 'PATCH', `/api/units/${unit.id}`, {
        token: t.adminToken,
        body: { headName: 'Kepala B', version: 1 },
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expectProblem(loser, 409, 'version-conflict');
    const stored = await call<Unit>(local, 'GET', `/api/units/${unit.id}`, { token: t.adminToken });
    expect(stored.body.headName).toBe(winner.body.headName);
    expect(stored.body.version).toBe(2);
  });

  it('the same holds for a service standard', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const svc = await createService(local, t, unit.id);
    const results = await Promise.all(
      ['Satu', 'Dua', 'Tiga'].map((v) =>
        call<Service>(local, 'PATCH', `/api/services/${svc.id}`, {
          token: t.adminToken,
          body: { standard: { biaya: v }, version: 1 },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(2);
    const winner = results.find((r) => r.status === 200)!;
    const stored = await call<Service>(local, 'GET', `/api/services/${svc.id}`, { token: t.adminToken });
    expect(stored.body.standard.biaya).toBe(winner.body.standard.biaya);
  });
});

describe('pagination', () => {
  it('30 units, 10 a page: every unit exactly once', async () => {
    const t = await newTenant(local);
    const created: string[] = [];
    for (let i = 0; i < 30; i++) {
      created.push(
        (await createUnit(local, t, { name: `Kelurahan ${String(i).padStart(2, '0')}`, kind: 'kelurahan' }))
          .id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `?limit=10&cursor=${encodeURIComponent(cursor)}` : '?limit=10';
      const page: { status: number; body: Page<Unit> } = await call<Page<Unit>>(
        local,
        'GET',
        `/api/units${q}`,
        {
          token: t.adminToken,
        },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(10);
      seen.push(...page.body.items.map((u) => u.id));
      cursor = page.body.nextCursor;
      pages++;
      expect(pages).toBeLessThan(10);
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it('a limit outside 1..100 is 400 naming limit', async () => {
    const t = await newTenant(local);
    for (const limit of ['0', '101', 'abc', '-1']) {
      const res = await call(local, 'GET', `/api/units?limit=${limit}`, { token: t.adminToken });
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['limit']);
    }
  });

  describe('a cursor this list did not issue is 400 invalid-cursor, never data', () => {
    it("another tenant's key", async () => {
      const a = await newTenant(local);
      const b = await newTenant(local);
      const secret = await createUnit(local, b, { name: 'Unit Rahasia Milik B' });
      await createUnit(local, a);
      for (const key of [
        { PK: `T#${b.tenant.id}#META`, SK: `UNIT#${secret.id}` },
        { PK: `T#${b.tenant.id}#META`, SK: 'UNIT#' },
        { PK: `T#${b.tenant.id}#META`, SK: `UNIT#${secret.id}`, extra: `T#${a.tenant.id}#META` },
      ]) {
        const res = await call(local, 'GET', `/api/units?cursor=${forgeCursor(key)}`, {
          token: a.adminToken,
        });
        expectProblem(res, 400, 'invalid-cursor');
        expect(res.text).not.toContain(secret.id);
        expect(res.text).not.toContain('Unit Rahasia');
      }
      const svc = await call(
        local,
        'GET',
        `/api/services?unitId=${secret.id}&cursor=${forgeCursor({
          PK: `T#${b.tenant.id}#META`,
          SK: `SERVICE#${newId()}`,
          GSI1PK: `T#${b.tenant.id}#UNIT#${secret.id}#SERVICES`,
          GSI1SK: 'a',
        })}`,
        { token: a.adminToken },
      );
      expectProblem(svc, 400, 'invalid-cursor');
    });

    it('garbage', async () => {
      const t = await newTenant(local);
      for (const cursor of [
        'garbage',
        '%%%',
        forgeCursor([1, 2]),
        forgeCursor('x'),
        forgeCursor(null),
        'eyJ',
      ]) {
        const res = await call(local, 'GET', `/api/units?cursor=${encodeURIComponent(cursor)}`, {
          token: t.adminToken,
        });
        expectProblem(res, 400, 'invalid-cursor');
      }
    });

    it('a platform key', async () => {
      const t = await newTenant(local);
      const res = await call(
        local,
        'GET',
        `/api/users?cursor=${forgeCursor({ PK: 'P#TENANTS', SK: 'TENANT#' })}`,
        {
          token: t.adminToken,
        },
      );
      expectProblem(res, 400, 'invalid-cursor');
    });

    it("a cursor of the tenant's own partition that points outside the list (users cursor on units)", async () => {
      const t = await newTenant(local);
      await createUnit(local, t);
      const res = await call(
        local,
        'GET',
        `/api/units?cursor=${forgeCursor({ PK: `T#${t.tenant.id}#META`, SK: `USER#${t.admin.id}` })}`,
        { token: t.adminToken },
      );
      expectProblem(res, 400, 'invalid-cursor');
    });

    it('a cursor of the right partition without its sort key, or with keys of another index', async () => {
      const t = await newTenant(local);
      await createUnit(local, t);
      for (const key of [
        { PK: `T#${t.tenant.id}#META` },
        { PK: `T#${t.tenant.id}#META`, SK: 'UNIT#0', GSI1PK: `T#${t.tenant.id}#X` },
      ]) {
        const res = await call(local, 'GET', `/api/units?cursor=${forgeCursor(key)}`, {
          token: t.adminToken,
        });
        expectProblem(res, 400, 'invalid-cursor');
      }
    });
  });
});
