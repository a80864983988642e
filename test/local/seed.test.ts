import { problemTypeUri } from '@prima/api';
import { type Service, STANDARD_COMPONENT_KEYS, TENANT_ROLES, type Unit, type User } from '@prima/domain';
import {
  createLocalApp,
  DEMO_OPERATOR,
  DEMO_PASSWORD,
  DEMO_TENANT,
  DEMO_USERS,
  ensureTable,
  type LocalApp,
  SEED_UNITS,
  seedDemo,
} from '@prima/local';
import { calendars, maklumat, queryAll, services, settings, units, users } from '@prima/store';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { call } from '../support/harness';
import { itemsWithPk } from './support';

/**
 * A table of its own: the demo slug is global, so the seed runs where nothing else does. The Pemda's set-up only:
 * its months of activity have their own suite (seed-activity.test.ts).
 */
let local: LocalApp;
beforeAll(async () => {
  const tableName = `seed-${Date.now().toString(36)}`;
  await ensureTable(inject('ddbEndpoint'), tableName);
  local = await createLocalApp({
    endpoint: inject('ddbEndpoint'),
    tableName,
    baseUrl: 'http://localhost:3000',
    logLevel: 'SILENT',
  });
});

describe('the demo seed', () => {
  it('seeds a realistic Pemda once, with a login per role, and never twice', async () => {
    const started = Date.now();
    const first = await seedDemo(local.store, local.identity, { activity: false });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(first).toMatchObject({ seeded: true, slug: DEMO_TENANT.slug });
    const db = local.store.forTenant(first.tenantId);

    const allUnits: Unit[] = await units.all(db);
    expect(allUnits.length).toBeGreaterThanOrEqual(8);
    for (const u of allUnits) {
      expect(u.shortName && u.headName && u.address && u.phone).toBeTruthy();
      const m = await maklumat.get(db, u.id);
      expect(m?.signedBy).toBe(u.headName);
      expect(m?.text).toContain('menyatakan sanggup');
    }

    const allServices = await queryAll<Service>(db, { pk: `T#${first.tenantId}#META`, skPrefix: 'SERVICE#' });
    expect(allServices.length).toBeGreaterThanOrEqual(25);
    expect(new Set(allServices.map((s) => s.unitId)).size).toBe(allUnits.length);
    for (const s of allServices) {
      for (const k of STANDARD_COMPONENT_KEYS) expect(s.standard[k].trim(), `${s.name}: ${k}`).not.toBe('');
    }
    // The unit index answers "services of a unit" for the seeded items too.
    const disdukcapil = allUnits.find((u) => u.shortName === 'Disdukcapil')!;
    const ofUnit = await services.list(db, { limit: 100 }, disdukcapil.id);
    expect(ofUnit.items.map((s) => s.name)).toContain('Penerbitan KTP-el');

    const people = (await users.list(db, { limit: 100 })).items as User[];
    expect(people.map((u) => u.role).sort()).toEqual([...TENANT_ROLES, 'unit-officer'].sort());
    const officers = people.filter((u) => u.role === 'unit-officer');
    const unitNames = officers.map((o) => allUnits.find((u) => u.id === o.unitIds[0])?.shortName).sort();
    expect(unitNames).toEqual(['Dinkes', 'Disdukcapil']);

    expect((await settings.get(db))?.contactEmail).toBe('layanan@sukamaju.go.id');
    const year = new Date().getFullYear();
    expect((await calendars.get(db, year))?.days.some((d) => d.kind === 'daerah')).toBe(true);

    const before = (await itemsWithPk(local.store, `T#${first.tenantId}#`)).length;
    const second = await seedDemo(local.store, local.identity, { activity: false });
    expect(second).toMatchObject({ seeded: false, tenantId: first.tenantId });
    expect(await itemsWithPk(local.store, `T#${first.tenantId}#`)).toHaveLength(before);
  });

  it('gives every demo login its known password, no change required', async () => {
    await seedDemo(local.store, local.identity, { activity: false });
    for (const email of [...DEMO_USERS.map((u) => u.email), DEMO_OPERATOR.email]) {
      const res = await call<{ access_token?: string; type?: string }>(local, 'POST', '/api/auth/token', {
        body: { email, password: DEMO_PASSWORD },
      });
      expect(res.status, `${email}: ${res.body.type}`).toBe(200);
      const me = await call<{ role: string }>(local, 'GET', '/api/me', { token: res.body.access_token });
      expect(me.status).toBe(200);
      expect(me.body.role).toBe(DEMO_USERS.find((u) => u.email === email)?.role ?? 'platform-operator');
    }
    const wrong = await call<{ type: string }>(local, 'POST', '/api/auth/token', {
      body: { email: DEMO_OPERATOR.email, password: 'Salah-Sandi-2026' },
    });
    expect(wrong.body.type).toBe(problemTypeUri('invalid-credentials'));
  });

  it('shows the demo Pemda on its public page', async () => {
    await seedDemo(local.store, local.identity, { activity: false });
    const page = await call<{ name: string }>(local, 'GET', `/api/public/${DEMO_TENANT.slug}`);
    expect(page.body.name).toBe(DEMO_TENANT.name);
    const published = await call<{ items: unknown[] }>(local, 'GET', `/api/public/${DEMO_TENANT.slug}/units`);
    expect(published.body.items).toHaveLength(SEED_UNITS.length);
  });
});

describe('the demo seed data', () => {
  const all = SEED_UNITS.flatMap((u) => u.services.map((s) => ({ unit: u, service: s })));

  it('states jangka waktu and biaya in the text as the numbers say', () => {
    for (const { service: s } of all) {
      const { jangkaWaktu, biaya } = s.standard;
      if (s.durationWorkingDays === 0) expect(jangkaWaktu, s.name).toMatch(/hari yang sama/i);
      else
        expect(jangkaWaktu, s.name).toMatch(
          new RegExp(`^(Paling lama )?${s.durationWorkingDays} \\([a-z ]+\\) hari kerja`),
        );
      if (s.feeRupiah === 0) expect(biaya, s.name).toMatch(/tidak dipungut biaya/i);
      else if (s.feeRupiah === null) expect(biaya, s.name).toMatch(/dihitung/);
      else expect(biaya, s.name).toContain(`Rp ${s.feeRupiah.toLocaleString('id-ID')}`);
    }
  });

  it('covers the services a kabupaten is asked about most', () => {
    const names = all.map((x) => x.service.name).join('\n');
    for (const word of [
      'KTP-el',
      'Kartu Keluarga',
      'Akta Kelahiran',
      'Akta Kematian',
      'Pindah Datang',
      'NIB',
      'PBG',
      'SIP',
      'Imunisasi',
      'Rawat Jalan',
      'Rujukan',
      'DTKS',
      'Ijazah',
      'Mutasi',
      'Sampah',
      'KIR',
    ])
      expect(names).toContain(word);
    expect(new Set(all.map((x) => x.service.name)).size).toBe(all.length);
  });
});
