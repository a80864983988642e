/**
 * Survey campaigns over HTTP: creation (template from the tenant's setting, required sample from the population),
 * versions, the status lifecycle draft → open → paused ↔ open → closed, filters, and who may do what.
 */
import { krejcieMorgan } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { describe, expect, it } from 'vitest';
import { createService, createUnit, errorPaths, expectProblem, tenantFingerprint } from '../support/fixtures';
import { call, newTenant, testApp } from '../support/harness';
import { type Campaign, createCampaign, PROFILE, setStatus, skm, submit } from './support';

const local: LocalApp = await testApp();

describe('a campaign’s lifecycle', () => {
  it('is created as a draft with the tenant’s template and the Krejcie & Morgan sample, then opened, paused, resumed and closed', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const created = await createCampaign(local, t, { unitId: unit.id, population: 1000 });
    expect(created).toMatchObject({
      status: 'draft',
      version: 1,
      templateId: 'skm-2017',
      unitId: unit.id,
      serviceId: null,
      population: 1000,
      requiredSample: krejcieMorgan(1000),
      period: {
        kind: 'triwulan',
        key: '2026-Q1',
        start: '2026-01-01',
        end: '2026-03-31',
        label: { id: 'Triwulan I 2026', en: 'Q1 2026' },
      },
      progress: { responses: 0, required: 278, remaining: 278, reached: false },
      openedAt: null,
      closedAt: null,
    });

    // A draft cannot be paused or closed; it opens.
    for (const status of ['paused', 'closed'] as const) {
      const res = await call(local, 'POST', `/api/surveys/campaigns/${created.id}/status`, {
        token: t.adminToken,
        body: { status, version: 1 },
      });
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['status']);
    }
    const opened = await setStatus(local, t, created, 'open');
    expect(opened).toMatchObject({ status: 'open', version: 2 });
    expect(opened.openedAt).toBeTruthy();

    // Stale version: 409 naming the current one.
    const stale = await call(local, 'POST', `/api/surveys/campaigns/${created.id}/status`, {
      token: t.adminToken,
      body: { status: 'paused', version: 1 },
    });
    expectProblem(stale, 409, 'version-conflict');
    expect((stale.body as { currentVersion: number }).currentVersion).toBe(2);

    const paused = await setStatus(local, t, opened, 'paused');
    const resumed = await setStatus(local, t, paused, 'open');
    expect(resumed.openedAt).toBe(opened.openedAt);
    const closed = await setStatus(local, t, resumed, 'closed');
    expect(closed).toMatchObject({ status: 'closed', version: 5 });
    expect(closed.closedAt).toBeTruthy();

    // Closed is final.
    const reopen = await call(local, 'POST', `/api/surveys/campaigns/${created.id}/status`, {
      token: t.adminToken,
      body: { status: 'open', version: 5 },
    });
    expectProblem(reopen, 400, 'validation');
  });

  it('changes with versions; unit, service and template only while a draft; the population moves the sample', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const other = await createUnit(local, t, { name: 'Dinas Kesehatan' });
    const c = await createCampaign(local, t, { unitId: unit.id, population: 100 });
    expect(c.requiredSample).toBe(80);

    const patch = (body: Record<string, unknown>) =>
      call<Campaign>(local, 'PATCH', `/api/surveys/campaigns/${c.id}`, { token: t.adminToken, body });
    const changed = await patch({
      title: 'SKM Semester 1',
      population: 10,
      period: { kind: 'semester', year: 2026, number: 1 },
      unitId: other.id,
      templateId: 'ikm-2004',
      version: 1,
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({
      title: 'SKM Semester 1',
      version: 2,
      unitId: other.id,
      templateId: 'ikm-2004',
      // The 2004 rule surveys a population smaller than 150 in full.
      requiredSample: 10,
      period: { kind: 'semester', key: '2026-S1', end: '2026-06-30' },
    });
    expectProblem(await patch({ title: 'Lama', version: 1 }), 409, 'version-conflict');

    const open = await setStatus(local, t, changed.body, 'open');
    const locked = await patch({ templateId: 'skm-2017', version: open.version });
    expectProblem(locked, 400, 'validation');
    expect(errorPaths(locked)).toEqual(['templateId']);
    const moved = await patch({ unitId: unit.id, version: open.version });
    expectProblem(moved, 400, 'validation');
    // The title and the population may still change.
    const renamed = await patch({ title: 'SKM Semester 1 2026', population: 1000000, version: open.version });
    expect(renamed.body).toMatchObject({ title: 'SKM Semester 1 2026', requiredSample: 150 });
  });

  it('only a draft is deleted', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const draft = await createCampaign(local, t, { unitId: unit.id });
    expectProblem(
      await call(local, 'DELETE', `/api/surveys/campaigns/${draft.id}?version=7`, { token: t.adminToken }),
      409,
      'version-conflict',
    );
    const del = await call(local, 'DELETE', `/api/surveys/campaigns/${draft.id}?version=1`, {
      token: t.adminToken,
    });
    expect(del.status, del.text).toBe(204);
    expectProblem(
      await call(local, 'GET', `/api/surveys/campaigns/${draft.id}`, { token: t.adminToken }),
      404,
    );

    const open = await setStatus(local, t, await createCampaign(local, t, { unitId: unit.id }), 'open');
    const refused = await call(local, 'DELETE', `/api/surveys/campaigns/${open.id}?version=${open.version}`, {
      token: t.adminToken,
    });
    expectProblem(refused, 400, 'validation');
    expect(
      (await call(local, 'GET', `/api/surveys/campaigns/${open.id}`, { token: t.adminToken })).status,
    ).toBe(200);
  });
});

describe('creating a campaign: what it surveys', () => {
  it('a service names its unit; a service of another unit, an unknown unit, or nothing at all is a 400 storing nothing', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const other = await createUnit(local, t, { name: 'Dinas Kesehatan' });
    const service = await createService(local, t, unit.id);
    const byService = await createCampaign(local, t, { serviceId: service.id, templateId: 'servqual' });
    expect(byService).toMatchObject({ unitId: unit.id, serviceId: service.id, templateId: 'servqual' });

    const before = await tenantFingerprint(local, t.tenant.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ unitId: other.id, serviceId: service.id }, 'serviceId'],
      [{ unitId: '01JD7Q9X4ZB8F6M2N3P5R7S9TV' }, 'unitId'],
      [{}, 'unitId'],
      [{ unitId: unit.id, period: { kind: 'custom', start: '2026-05-01', end: '2026-04-30' } }, 'period.end'],
      [{ unitId: unit.id, period: { kind: 'triwulan', year: 2026, number: 5 } }, 'period.number'],
      [{ unitId: unit.id, population: 0 }, 'population'],
      [{ unitId: unit.id, templateId: 'skm-2099' }, 'templateId'],
    ];
    for (const [body, path] of cases) {
      const res = await call(local, 'POST', '/api/surveys/campaigns', {
        token: t.adminToken,
        body: { title: 'SKM 2026', period: { kind: 'tahun', year: 2026 }, population: 50, ...body },
      });
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res), JSON.stringify(body)).toContain(path);
    }
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });

  it('the template defaults to the tenant’s setting', async () => {
    const t = await newTenant(local);
    const unit = await createUnit(local, t);
    const settings = await call<{ version: number }>(local, 'GET', '/api/settings', { token: t.adminToken });
    await call(local, 'PATCH', '/api/settings', {
      token: t.adminToken,
      body: { surveyTemplate: 'skm-2014', version: settings.body.version },
    });
    const c = await createCampaign(local, t, { unitId: unit.id, population: 15 });
    expect(c).toMatchObject({ templateId: 'skm-2014', requiredSample: 14 });
  });
});

describe('who may run campaigns', () => {
  it('a unit officer runs its own units’ campaigns only; an analyst reads; every role lists', async () => {
    const t = await newTenant(local);
    const mine = await createUnit(local, t);
    const theirs = await createUnit(local, t, { name: 'Dinas Kesehatan' });
    const { token: officer } = await t.user('unit-officer', [mine.id]);
    const { token: analyst } = await t.user('analyst');
    const { token: coordinator } = await t.user('coordinator');

    const own = await createCampaign(local, t, { unitId: mine.id }, officer);
    const foreign = await call(local, 'POST', '/api/surveys/campaigns', {
      token: officer,
      body: { title: 'SKM', unitId: theirs.id, period: { kind: 'tahun', year: 2026 }, population: 10 },
    });
    expectProblem(foreign, 403, 'forbidden');
    const theirCampaign = await createCampaign(local, t, { unitId: theirs.id }, coordinator);
    expectProblem(
      await call(local, 'POST', `/api/surveys/campaigns/${theirCampaign.id}/status`, {
        token: officer,
        body: { status: 'open', version: 1 },
      }),
      403,
      'forbidden',
    );
    await setStatus(local, t, own, 'open', officer);

    expectProblem(
      await call(local, 'POST', '/api/surveys/campaigns', {
        token: analyst,
        body: { title: 'SKM', unitId: mine.id, period: { kind: 'tahun', year: 2026 }, population: 10 },
      }),
      403,
      'forbidden',
    );
    for (const token of [analyst, officer, coordinator]) {
      const list = await call<{ items: Campaign[] }>(local, 'GET', '/api/surveys/campaigns', { token });
      expect(list.status).toBe(200);
      expect(list.body.items.map((i) => i.id).sort()).toEqual([own.id, theirCampaign.id].sort());
    }
  });
});

describe('listing campaigns', () => {
  it('filters by unit, status and period, newest period first, and shows responses so far against the sample', async () => {
    const t = await newTenant(local);
    const a = await createUnit(local, t);
    const b = await createUnit(local, t, { name: 'Dinas Kesehatan' });
    const q1 = await openCampaign4(t, a.id, { kind: 'triwulan', year: 2026, number: 1 });
    const q2 = await createCampaign(local, t, {
      unitId: a.id,
      period: { kind: 'triwulan', year: 2026, number: 2 },
    });
    const year = await createCampaign(local, t, { unitId: b.id, period: { kind: 'tahun', year: 2026 } });
    const old = await createCampaign(local, t, { unitId: b.id, period: { kind: 'tahun', year: 2025 } });

    for (let i = 0; i < 3; i++) {
      const res = await submit(local, t.tenant.slug, q1.id, {
        templateId: 'skm-2017',
        answers: skm(4, 4, 4, 4, 4, 4, 4, 4, 4),
        profile: PROFILE,
      });
      expect(res.status, res.text).toBe(201);
    }

    const list = async (query: string) =>
      (
        await call<{ items: Campaign[] }>(local, 'GET', `/api/surveys/campaigns${query}`, {
          token: t.adminToken,
        })
      ).body.items;
    const ids = (cs: Campaign[]) => cs.map((c) => c.id);
    expect(ids(await list(''))).toEqual([year.id, q2.id, q1.id, old.id]);
    expect(ids(await list(`?unitId=${a.id}`))).toEqual([q2.id, q1.id]);
    expect(ids(await list('?status=open'))).toEqual([q1.id]);
    expect(ids(await list(`?unitId=${a.id}&status=draft`))).toEqual([q2.id]);
    expect(ids(await list('?period=2026-Q2'))).toEqual([year.id, q2.id]);
    expect(ids(await list('?period=2025'))).toEqual([old.id]);
    expect(ids(await list('?templateId=servqual'))).toEqual([]);
    const shown = (await list('?status=open'))[0]!;
    expect(shown.progress).toEqual({ responses: 3, required: 278, remaining: 275, reached: false });

    const page1 = await call<{ items: Campaign[]; nextCursor: string }>(
      local,
      'GET',
      '/api/surveys/campaigns?limit=2',
      { token: t.adminToken },
    );
    expect(ids(page1.body.items)).toEqual([year.id, q2.id]);
    const page2 = await call<{ items: Campaign[]; nextCursor: string | null }>(
      local,
      'GET',
      `/api/surveys/campaigns?limit=2&cursor=${page1.body.nextCursor}`,
      { token: t.adminToken },
    );
    expect(ids(page2.body.items)).toEqual([q1.id, old.id]);
    expectProblem(
      await call(local, 'GET', '/api/surveys/campaigns?period=2026-Q9', { token: t.adminToken }),
      400,
      'validation',
    );
  });
});

async function openCampaign4(
  t: Awaited<ReturnType<typeof newTenant>>,
  unitId: string,
  period: Record<string, unknown>,
): Promise<Campaign> {
  return setStatus(local, t, await createCampaign(local, t, { unitId, period }), 'open');
}
