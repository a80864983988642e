/**
 * Follow-up plans (rencana tindak lanjut) from a weak unsur: validation (owner of the tenant, deadline not in the
 * past, an element of the template), versions, unit scope, and lists by unit and by campaign.
 */
import type { LocalApp } from '@prima/local';
import { newId } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUnit, errorPaths, expectProblem, tenantFingerprint } from '../support/fixtures';
import { call, newTenant, type TestTenant, testApp } from '../support/harness';
import { type Campaign, openCampaign } from './support';

const local: LocalApp = await testApp();

interface Plan {
  id: string;
  unitId: string;
  campaignId: string | null;
  templateId: string;
  unsurCode: string;
  unsurName: { id: string; en: string };
  period: string | null;
  ownerId: string;
  ownerName: string;
  deadline: string;
  status: string;
  completedAt: string | null;
  overdue: boolean;
  version: number;
}

let t: TestTenant;
let unitId: string;
let otherUnitId: string;
let campaign: Campaign;
let ownerId: string;
const nextYear = `${new Date().getUTCFullYear() + 1}-03-31`;

beforeAll(async () => {
  t = await newTenant(local);
  unitId = (await createUnit(local, t)).id;
  otherUnitId = (await createUnit(local, t, { name: 'Dinas Kesehatan' })).id;
  campaign = await openCampaign(local, t, { unitId });
  ownerId = (await t.user('unit-officer', [unitId])).user.id;
});

const create = (body: Record<string, unknown>, token = t.adminToken) =>
  call<Plan>(local, 'POST', '/api/surveys/follow-ups', {
    token,
    body: {
      action: 'Menambah petugas loket pada jam sibuk',
      ownerId,
      deadline: nextYear,
      unsurCode: 'U3',
      ...body,
    },
  });

describe('recording a plan', () => {
  it('from a campaign’s weak unsur: unit, template and period come from the campaign', async () => {
    const res = await create({ campaignId: campaign.id });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      unitId,
      campaignId: campaign.id,
      templateId: 'skm-2017',
      unsurCode: 'U3',
      unsurName: { id: 'Waktu Penyelesaian', en: 'Completion time' },
      period: '2026-Q1',
      ownerId,
      ownerName: 'Uji unit-officer',
      deadline: nextYear,
      status: 'planned',
      completedAt: null,
      overdue: false,
      version: 1,
    });
  });

  it.each([
    ['an owner who is not a user of the tenant', { unitId: 'UNIT', ownerId: newId() }, 'ownerId'],
    ['a deadline in the past', { unitId: 'UNIT', deadline: '2020-01-01' }, 'deadline'],
    ['a malformed deadline', { unitId: 'UNIT', deadline: '31-12-2030' }, 'deadline'],
    ['an unsur the template does not have', { unitId: 'UNIT', unsurCode: 'U12' }, 'unsurCode'],
    ['an unknown campaign', { campaignId: newId() }, 'campaignId'],
    ['a unit other than the campaign’s', { campaignId: 'CAMPAIGN', unitId: 'OTHER' }, 'unitId'],
    ['neither unit nor campaign', {}, 'unitId'],
    ['an unknown status', { unitId: 'UNIT', status: 'batal' }, 'status'],
    ['an action too short', { unitId: 'UNIT', action: 'ok' }, 'action'],
  ] as const)('%s is a 400 naming the field, nothing stored', async (_, body, path) => {
    const before = await tenantFingerprint(local, t.tenant.id);
    const resolved = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [
        k,
        v === 'CAMPAIGN' ? campaign.id : v === 'OTHER' ? otherUnitId : v === 'UNIT' ? unitId : v,
      ]),
    );
    const res = await create(resolved);
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toContain(path);
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });

  it('an owner of another tenant is refused', async () => {
    const other = await newTenant(local);
    const res = await create({ unitId, ownerId: other.admin.id });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['ownerId']);
  });

  it('for SERVQUAL the element is a dimension; for trust, a driver', async () => {
    const sq = await openCampaign(local, t, { unitId, templateId: 'servqual' });
    const ok = await create({ campaignId: sq.id, unsurCode: 'responsiveness' });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.unsurName.id).toBe('Daya tanggap');
    expectProblem(await create({ campaignId: sq.id, unsurCode: 'U3' }), 400, 'validation');
    const tr = await create({ unitId, templateId: 'trust', unsurCode: 'integrity' });
    expect(tr.status, tr.text).toBe(201);
  });
});

describe('changing a plan', () => {
  it('moves through planned → in-progress → done with versions; a stale version is a 409', async () => {
    const plan = (await create({ unitId })).body;
    const patch = (body: Record<string, unknown>) =>
      call<Plan>(local, 'PATCH', `/api/surveys/follow-ups/${plan.id}`, { token: t.adminToken, body });
    const started = await patch({ status: 'in-progress', version: 1 });
    expect(started.body).toMatchObject({ status: 'in-progress', version: 2, completedAt: null });
    expectProblem(await patch({ status: 'done', version: 1 }), 409, 'version-conflict');
    const done = await patch({ status: 'done', note: 'Petugas tambahan sudah bertugas', version: 2 });
    expect(done.body.status).toBe('done');
    expect(done.body.completedAt).toBeTruthy();
    const past = await patch({ deadline: '2021-05-01', version: 3 });
    expectProblem(past, 400, 'validation');
    expect(errorPaths(past)).toEqual(['deadline']);
    const stranger = await patch({ ownerId: newId(), version: 3 });
    expect(errorPaths(stranger)).toEqual(['ownerId']);
    expectProblem(
      await call(local, 'DELETE', `/api/surveys/follow-ups/${plan.id}?version=2`, { token: t.adminToken }),
      409,
    );
    expect(
      (await call(local, 'DELETE', `/api/surveys/follow-ups/${plan.id}?version=3`, { token: t.adminToken }))
        .status,
    ).toBe(204);
    expectProblem(
      await call(local, 'GET', `/api/surveys/follow-ups/${plan.id}`, { token: t.adminToken }),
      404,
    );
  });

  it('a unit officer writes plans of its own units only; an analyst reads them', async () => {
    const { token: officer } = await t.user('unit-officer', [unitId]);
    const { token: analyst } = await t.user('analyst');
    expect((await create({ unitId }, officer)).status).toBe(201);
    expectProblem(await create({ unitId: otherUnitId }, officer), 403, 'forbidden');
    expectProblem(await create({ unitId }, analyst), 403, 'forbidden');
    const list = await call<{ items: Plan[] }>(local, 'GET', `/api/surveys/follow-ups?unitId=${unitId}`, {
      token: analyst,
    });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
  });
});

describe('listing plans', () => {
  it('by unit and by campaign, by deadline, optionally of one status', async () => {
    const tt = await newTenant(local);
    const u = (await createUnit(local, tt)).id;
    const c = await openCampaign(local, tt, { unitId: u });
    const owner = tt.admin.id;
    const mk = async (deadline: string, body: Record<string, unknown>) => {
      const res = await call<Plan>(local, 'POST', '/api/surveys/follow-ups', {
        token: tt.adminToken,
        body: { action: 'Perbaikan alur layanan', ownerId: owner, unsurCode: 'U2', deadline, ...body },
      });
      expect(res.status, res.text).toBe(201);
      return res.body;
    };
    const late = await mk(`${new Date().getUTCFullYear() + 2}-01-01`, { campaignId: c.id });
    const soon = await mk(nextYear, { unitId: u, status: 'in-progress' });
    const list = async (q: string) =>
      (await call<{ items: Plan[] }>(local, 'GET', `/api/surveys/follow-ups?${q}`, { token: tt.adminToken }))
        .body.items;
    expect((await list(`unitId=${u}`)).map((p) => p.id)).toEqual([soon.id, late.id]);
    expect((await list(`campaignId=${c.id}`)).map((p) => p.id)).toEqual([late.id]);
    expect((await list(`unitId=${u}&status=in-progress`)).map((p) => p.id)).toEqual([soon.id]);
    expectProblem(
      await call(local, 'GET', '/api/surveys/follow-ups', { token: tt.adminToken }),
      400,
      'validation',
    );
  });
});
