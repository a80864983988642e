/**
 * Bad input to the improvement cycles: a target that is not a number, a deadline in the past, an action owner from
 * another tenant, a metric with no data. Each is a clear 4xx naming the field, and nothing is stored.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createUnit, errorPaths, expectProblem, tenantFingerprint } from '../support/fixtures';
import { type CallResult, newTenant, type TestTenant } from '../support/harness';
import { createCampaign, setStatus, submit } from '../surveys/support';
import { as, clockedApp, ok, type Person, PROFILE, skm } from './support';

// 10:00 WIB on 10 March 2026: triwulan I.
const { local } = await clockedApp('2026-03-10T03:00:00Z');

let t: TestTenant;
let other: TestTenant;
let unitId: string;
let admin: Person;
let ownerId: string;
let foreignUserId: string;

beforeAll(async () => {
  [t, other] = await Promise.all([newTenant(local), newTenant(local)]);
  admin = { id: t.admin.id, email: t.admin.email, role: 'tenant-admin' };
  unitId = (await createUnit(local, t)).id;
  ownerId = (await t.user('unit-officer', [unitId])).user.id;
  foreignUserId = (await other.user('coordinator')).user.id;
  const campaign = await setStatus(local, t, await createCampaign(local, t, { unitId }), 'open');
  const res = await submit(local, t.tenant.slug, campaign.id, {
    templateId: 'skm-2017',
    answers: skm(3, 3, 2, 4, 3, 4, 4, 3, 2),
    profile: PROFILE,
  });
  expect(res.status, res.text).toBe(201);
});

const VALID = () => ({
  title: 'Mempercepat penyelesaian',
  problem: 'Unsur waktu penyelesaian paling rendah pada triwulan I.',
  source: { kind: 'skm-unsur', unitId, period: '2026-Q1', unsurCode: 'U3' },
  target: 75,
  actions: [{ title: 'Menambah petugas verifikasi', ownerId, deadline: '2026-04-30' }],
});

/** Posts a cycle and asserts a 4xx problem that names `paths`, with nothing stored for the tenant. */
async function refused(body: Record<string, unknown>, status: number, paths: string[]): Promise<CallResult> {
  const before = await tenantFingerprint(local, t.tenant.id);
  const res = await as(local, t, admin, 'POST', '/api/improvement/cycles', body);
  expectProblem(res, status);
  expect(errorPaths(res)).toEqual(paths);
  expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  return res;
}

describe('refused, with nothing half-saved', () => {
  it('the valid cycle is accepted (the baseline: U3 = 2 → 50)', async () => {
    const cycle = await ok<{ baseline: { value: number } }>(
      as(local, t, admin, 'POST', '/api/improvement/cycles', VALID()),
      201,
    );
    expect(cycle.baseline.value).toBe(50);
  });

  it('a target that is not a number', async () => {
    const res = await refused({ ...VALID(), target: 'tujuh puluh lima' }, 400, ['target']);
    expect(res.text).toContain('Target harus berupa angka');
  });

  it('a target off the scale, or no better than the baseline', async () => {
    await refused({ ...VALID(), target: 120 }, 400, ['target']);
    const res = await refused({ ...VALID(), target: 40 }, 400, ['target']);
    expect(res.text).toMatch(/lebih baik/);
  });

  it('a deadline in the past', async () => {
    await refused({ ...VALID(), actions: [{ title: 'Terlambat', ownerId, deadline: '2026-03-09' }] }, 400, [
      'actions.0.deadline',
    ]);
  });

  it('an action owner, or a cycle owner, from another tenant', async () => {
    await refused(
      {
        ...VALID(),
        actions: [{ title: 'Milik tenant lain', ownerId: foreignUserId, deadline: '2026-04-30' }],
      },
      400,
      ['actions.0.ownerId'],
    );
    await refused({ ...VALID(), ownerId: foreignUserId }, 400, ['ownerId']);
  });

  it('a metric with no data: an explained 400, and an empty state from the preview', async () => {
    const res = await refused(
      { ...VALID(), source: { kind: 'skm-unsur', unitId, period: '2025-Q4', unsurCode: 'U3' } },
      400,
      ['source.period'],
    );
    expect(res.text).toMatch(/Belum ada data/);
    await refused(
      { ...VALID(), source: { kind: 'missed-deadlines', unitId, period: '2026-Q1' }, target: 90 },
      400,
      ['source.period'],
    );
    await refused(
      {
        ...VALID(),
        source: { kind: 'servqual-gap', unitId, period: '2026-Q1', dimension: 'empathy' },
        target: 0,
      },
      400,
      ['source.period'],
    );
    const preview = await ok<{ available: boolean; reason: { en: string } | null; measurement: unknown }>(
      as(local, t, admin, 'POST', '/api/improvement/baseline', {
        source: { kind: 'missed-deadlines', period: '2026-Q1' },
      }),
    );
    expect(preview).toMatchObject({ available: false, measurement: null });
    expect(preview.reason?.en).toMatch(/no data/);
  });

  it('an unknown unsur, an unknown unit, a period that is not one', async () => {
    await refused({ ...VALID(), source: { ...VALID().source, unsurCode: 'U12' } }, 400, ['source.unsurCode']);
    await refused({ ...VALID(), source: { ...VALID().source, unitId: foreignUserId } }, 400, [
      'source.unitId',
    ]);
    await refused({ ...VALID(), source: { ...VALID().source, period: '2026-Q5' } }, 400, ['source.period']);
    await refused({ ...VALID(), checkPeriod: '2026-Q1' }, 400, ['checkPeriod']);
  });

  it('a cause outside the chosen fishbone categories', async () => {
    await refused(
      {
        ...VALID(),
        rootCause: { categorySet: 'six-m', causes: [{ category: 'petugas', text: 'Kurang petugas' }] },
      },
      400,
      ['rootCause.causes.0.category'],
    );
  });

  it('adding an action with a past deadline or a foreign owner changes nothing', async () => {
    const cycle = await ok<{ id: string; version: number }>(
      as(local, t, admin, 'POST', '/api/improvement/cycles', VALID()),
      201,
    );
    const before = await tenantFingerprint(local, t.tenant.id);
    for (const [body, path] of [
      [{ title: 'Lama', ownerId, deadline: '2025-12-31' }, 'deadline'],
      [{ title: 'Asing', ownerId: foreignUserId, deadline: '2026-12-31' }, 'ownerId'],
    ] as const) {
      const res = await as(local, t, admin, 'POST', `/api/improvement/cycles/${cycle.id}/actions`, {
        ...body,
        version: cycle.version,
      });
      expectProblem(res, 400);
      expect(errorPaths(res)).toEqual([path]);
    }
    const patch = await as(local, t, admin, 'PATCH', `/api/improvement/cycles/${cycle.id}`, {
      target: 'delapan puluh',
      version: cycle.version,
    });
    expectProblem(patch, 400);
    expect(errorPaths(patch)).toEqual(['target']);
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });
});
