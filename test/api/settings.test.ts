import type { HolidayCalendar, Settings, SlaPolicy } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem, tenantFingerprint } from '../support/fixtures';
import { call, newTenant, testApp } from '../support/harness';

let local: LocalApp;
beforeAll(async () => {
  local = await testApp();
});

/** The year now in the tenant's time zone: onboarding seeds this year's calendar. */
const yearIn = (timeZone: string) =>
  Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(new Date()));

const SLA = {
  verifyWorkingDays: 2,
  followUpWorkingDays: 4,
  autoCloseWorkingDays: 7,
  resolutionCeilingDays: 45,
  completionWindowDays: 20,
  reopenWindowWorkingDays: 5,
  dueSoonWorkingDays: 2,
  tiers: [
    { key: 'ringan', label: 'Ringan', workingDays: 1 },
    { key: 'berat', label: 'Berat', workingDays: 30 },
  ],
};

describe('settings', () => {
  it('start with the defaults and change with the version read', async () => {
    const t = await newTenant(local);
    const initial = await call<Settings>(local, 'GET', '/api/settings', { token: t.adminToken });
    expect(initial.body).toMatchObject({
      defaultLocale: 'id',
      surveyTemplate: 'skm-2017',
      ikmWeighting: 'exact',
      contactEmail: null,
      contactPhone: null,
      address: null,
      version: 1,
    });

    const changed = await call<Settings>(local, 'PATCH', '/api/settings', {
      token: t.adminToken,
      body: {
        contactEmail: '  Pengaduan@Sukamaju.GO.ID ',
        contactPhone: '+62 21 555 0101',
        address: 'Jl. Merdeka No. 1',
        ikmWeighting: 'legacy',
        version: 1,
      },
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({
      contactEmail: 'pengaduan@sukamaju.go.id',
      contactPhone: '+62 21 555 0101',
      address: 'Jl. Merdeka No. 1',
      ikmWeighting: 'legacy',
      defaultLocale: 'id',
      version: 2,
    });
    const got = await call<Settings>(local, 'GET', '/api/settings', { token: t.adminToken });
    expect(got.body).toEqual(changed.body);

    // Citizens see the contact details on the Pemda's public page.
    const pub = await call<Record<string, unknown>>(local, 'GET', `/api/public/${t.tenant.slug}`);
    expect(pub.body).toMatchObject({
      slug: t.tenant.slug,
      contactEmail: 'pengaduan@sukamaju.go.id',
      contactPhone: '+62 21 555 0101',
      address: 'Jl. Merdeka No. 1',
    });

    const cleared = await call<Settings>(local, 'PATCH', '/api/settings', {
      token: t.adminToken,
      body: { contactPhone: null, version: 2 },
    });
    expect(cleared.body).toMatchObject({
      contactPhone: null,
      contactEmail: 'pengaduan@sukamaju.go.id',
      version: 3,
    });
  });

  it('a stale version is 409; an invalid value is 400 naming it; nothing changes', async () => {
    const t = await newTenant(local);
    await call(local, 'PATCH', '/api/settings', {
      token: t.adminToken,
      body: { address: 'Pertama', version: 1 },
    });
    const before = await tenantFingerprint(local, t.tenant.id);
    expectProblem(
      await call(local, 'PATCH', '/api/settings', {
        token: t.adminToken,
        body: { address: 'Kedua', version: 1 },
      }),
      409,
      'version-conflict',
    );
    const bad = await call(local, 'PATCH', '/api/settings', {
      token: t.adminToken,
      body: { surveyTemplate: 'skm-2030', contactPhone: 'telepon kami', version: 2 },
    });
    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad).sort()).toEqual(['contactPhone', 'surveyTemplate']);
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });

  it('every role reads them, only the admin writes them', async () => {
    const t = await newTenant(local);
    for (const role of ['coordinator', 'analyst'] as const) {
      const { token } = await t.user(role);
      expect((await call(local, 'GET', '/api/settings', { token })).status).toBe(200);
      expect((await call(local, 'GET', '/api/sla-policy', { token })).status).toBe(200);
      expectProblem(
        await call(local, 'PATCH', '/api/settings', { token, body: { address: 'X', version: 1 } }),
        403,
        'forbidden',
      );
      expectProblem(
        await call(local, 'PUT', '/api/sla-policy', { token, body: { ...SLA, version: 1 } }),
        403,
        'forbidden',
      );
    }
  });
});

describe('SLA policy', () => {
  it('starts with the defaults and is replaced as a whole', async () => {
    const t = await newTenant(local);
    const initial = await call<SlaPolicy>(local, 'GET', '/api/sla-policy', { token: t.adminToken });
    expect(initial.body).toMatchObject({
      verifyWorkingDays: 3,
      followUpWorkingDays: 5,
      autoCloseWorkingDays: 10,
      resolutionCeilingDays: 60,
      completionWindowDays: 30,
      version: 1,
    });
    expect(initial.body.tiers.map((x) => x.key)).toEqual([
      'ringan',
      'normatif',
      'tanpa-pemeriksaan',
      'dengan-pemeriksaan',
    ]);

    const put = await call<SlaPolicy>(local, 'PUT', '/api/sla-policy', {
      token: t.adminToken,
      body: { ...SLA, version: 1 },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ ...SLA, version: 2 });
    const got = await call<SlaPolicy>(local, 'GET', '/api/sla-policy', { token: t.adminToken });
    expect(got.body).toEqual(put.body);

    expectProblem(
      await call(local, 'PUT', '/api/sla-policy', { token: t.adminToken, body: { ...SLA, version: 1 } }),
      409,
      'version-conflict',
    );
  });

  it('a missing field or a bad tier is 400 naming it', async () => {
    const t = await newTenant(local);
    const before = await tenantFingerprint(local, t.tenant.id);
    const { verifyWorkingDays: _, ...missing } = SLA;
    const res = await call(local, 'PUT', '/api/sla-policy', {
      token: t.adminToken,
      body: { ...missing, version: 1 },
    });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['verifyWorkingDays']);

    const tier = await call(local, 'PUT', '/api/sla-policy', {
      token: t.adminToken,
      body: { ...SLA, tiers: [{ key: 'Tingkat Berat!', label: 'Berat', workingDays: 90 }], version: 1 },
    });
    expectProblem(tier, 400, 'validation');
    expect(errorPaths(tier).sort()).toEqual(['tiers.0.key', 'tiers.0.workingDays']);
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });
});

describe('holiday calendars', () => {
  const day = (date: string, name = 'Hari Jadi Kabupaten', kind = 'daerah') => ({ date, name, kind });

  it("onboarding seeds the current year's calendar", async () => {
    const t = await newTenant(local);
    const year = yearIn(t.tenant.timeZone);
    const list = await call<{ items: HolidayCalendar[] }>(local, 'GET', '/api/calendars', {
      token: t.adminToken,
    });
    expect(list.status).toBe(200);
    const current = list.body.items.find((c) => c.year === year);
    expect(current, `calendar ${year}`).toBeDefined();
    expect(current!.days.map((d) => d.date)).toEqual(
      expect.arrayContaining([`${year}-01-01`, `${year}-08-17`, `${year}-12-25`]),
    );
    const one = await call<HolidayCalendar>(local, 'GET', `/api/calendars/${year}`, { token: t.adminToken });
    expect(one.body).toEqual(current);
  });

  it('a new year is created without a version, then replaced with the version read', async () => {
    const t = await newTenant(local);
    const year = yearIn(t.tenant.timeZone) + 3;
    expectProblem(await call(local, 'GET', `/api/calendars/${year}`, { token: t.adminToken }), 404);

    const created = await call<HolidayCalendar>(local, 'PUT', `/api/calendars/${year}`, {
      token: t.adminToken,
      body: { days: [day(`${year}-08-17`, 'Hari Kemerdekaan', 'nasional'), day(`${year}-03-09`)] },
    });
    expect(created.status, created.text).toBe(200);
    expect(created.body).toMatchObject({ year, version: 1 });
    // Kept in date order.
    expect(created.body.days.map((d) => d.date)).toEqual([`${year}-03-09`, `${year}-08-17`]);

    const again = await call(local, 'PUT', `/api/calendars/${year}`, {
      token: t.adminToken,
      body: { days: [] },
    });
    expectProblem(again, 409, 'version-conflict');

    const replaced = await call<HolidayCalendar>(local, 'PUT', `/api/calendars/${year}`, {
      token: t.adminToken,
      body: { days: [day(`${year}-01-01`, 'Tahun Baru', 'nasional')], version: 1 },
    });
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.body).toMatchObject({ year, version: 2, days: [{ date: `${year}-01-01` }] });

    const stale = await call(local, 'PUT', `/api/calendars/${year}`, {
      token: t.adminToken,
      body: { days: [], version: 1 },
    });
    expectProblem(stale, 409, 'version-conflict');

    const list = await call<{ items: HolidayCalendar[] }>(local, 'GET', '/api/calendars', {
      token: t.adminToken,
    });
    expect(list.body.items.map((c) => c.year)).toEqual(
      expect.arrayContaining([yearIn(t.tenant.timeZone), year]),
    );
  });

  it('a date outside the year is 400 naming days.N.date', async () => {
    const t = await newTenant(local);
    const year = yearIn(t.tenant.timeZone) + 4;
    const before = await tenantFingerprint(local, t.tenant.id);
    const res = await call(local, 'PUT', `/api/calendars/${year}`, {
      token: t.adminToken,
      body: { days: [day(`${year}-05-01`), day(`${year}-06-01`), day(`${year + 1}-01-01`)] },
    });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['days.2.date']);
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });

  it('duplicate dates are 400 naming the repeated one', async () => {
    const t = await newTenant(local);
    const year = yearIn(t.tenant.timeZone) + 5;
    const res = await call(local, 'PUT', `/api/calendars/${year}`, {
      token: t.adminToken,
      body: { days: [day(`${year}-05-01`), day(`${year}-05-01`, 'Lagi')] },
    });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['days.1.date']);
  });

  it('a year outside 2000..2100 is 400; only the admin writes calendars', async () => {
    const t = await newTenant(local);
    for (const y of ['1999', '2101', 'tahun']) {
      const res = await call(local, 'PUT', `/api/calendars/${y}`, {
        token: t.adminToken,
        body: { days: [] },
      });
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['year']);
    }
    const { token } = await t.user('coordinator');
    expect((await call(local, 'GET', '/api/calendars', { token })).status).toBe(200);
    expectProblem(
      await call(local, 'PUT', `/api/calendars/${yearIn(t.tenant.timeZone) + 6}`, {
        token,
        body: { days: [] },
      }),
      403,
      'forbidden',
    );
  });
});
