/**
 * Who may see and change improvement cycles: a unit officer sees and edits only its own unit's cycles (never a
 * Pemda-wide one), coordinators and admins all, analysts read; recognition is an officer's own record only; the
 * executive view is for admins, coordinators and analysts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createUnit, expectProblem } from '../support/fixtures';
import { newTenant, type TestTenant } from '../support/harness';
import { as, type CycleView, clockedApp, ok, type Person } from './support';

const { local } = await clockedApp('2026-03-10T03:00:00Z');

let t: TestTenant;
let unit1: string;
let unit2: string;
let admin: Person;
let coordinator: Person;
let officer1: Person;
let officer2: Person;
let analyst: Person;
let mine: CycleView;
let theirs: CycleView;
let pemda: CycleView;

const person = async (
  role: 'coordinator' | 'unit-officer' | 'analyst',
  units: string[] = [],
): Promise<Person> => {
  const { user } = await t.user(role, units);
  return { id: user.id, email: user.email, role };
};

const manual = (unitId: string | null, ownerId: string) => ({
  title: 'Waktu tunggu di loket',
  problem: 'Warga menunggu terlalu lama di loket pada jam sibuk.',
  source: {
    kind: 'manual',
    metricName: 'Waktu tunggu rata-rata (menit)',
    metricUnit: 'menit',
    direction: 'lower-is-better',
    baselineValue: 45,
    baselinePeriod: 'Februari 2026',
  },
  unitId,
  target: 20,
  actions: [{ title: 'Membuka loket kedua', ownerId, deadline: '2026-04-30' }],
});

beforeAll(async () => {
  t = await newTenant(local);
  admin = { id: t.admin.id, email: t.admin.email, role: 'tenant-admin' };
  unit1 = (await createUnit(local, t, { name: 'Dinas Kesehatan' })).id;
  unit2 = (await createUnit(local, t, { name: 'Dinas Pendidikan' })).id;
  [coordinator, officer1, officer2, analyst] = await Promise.all([
    person('coordinator'),
    person('unit-officer', [unit1]),
    person('unit-officer', [unit2]),
    person('analyst'),
  ]);
});

describe('unit officers', () => {
  it('start cycles in their own unit only, never Pemda-wide', async () => {
    mine = await ok(
      as(local, t, officer1, 'POST', '/api/improvement/cycles', manual(unit1, officer1.id)),
      201,
    );
    expect(mine.unit?.id).toBe(unit1);
    expectProblem(
      await as(local, t, officer1, 'POST', '/api/improvement/cycles', manual(unit2, officer1.id)),
      403,
    );
    expectProblem(
      await as(local, t, officer1, 'POST', '/api/improvement/cycles', manual(null, officer1.id)),
      403,
    );
    theirs = await ok(
      as(local, t, coordinator, 'POST', '/api/improvement/cycles', manual(unit2, officer2.id)),
      201,
    );
    pemda = await ok(
      as(local, t, admin, 'POST', '/api/improvement/cycles', manual(null, coordinator.id)),
      201,
    );
  });

  it("see only their unit's cycles: lists, board, detail", async () => {
    const list = await ok<{ items: { id: string }[] }>(
      as(local, t, officer1, 'GET', '/api/improvement/cycles'),
    );
    expect(list.items.map((c) => c.id)).toEqual([mine.id]);
    expectProblem(await as(local, t, officer1, 'GET', `/api/improvement/cycles?unitId=${unit2}`), 403);
    expectProblem(await as(local, t, officer1, 'GET', `/api/improvement/cycles/${theirs.id}`), 403);
    expectProblem(await as(local, t, officer1, 'GET', `/api/improvement/cycles/${pemda.id}`), 403);
    const board = await ok<{ stages: { cycles: { id: string }[] }[] }>(
      as(local, t, officer1, 'GET', '/api/improvement/board'),
    );
    expect(board.stages.flatMap((s) => s.cycles.map((c) => c.id))).toEqual([mine.id]);
    expectProblem(await as(local, t, officer1, 'GET', `/api/improvement/board?unitId=${unit2}`), 403);
  });

  it("edit only their unit's cycles", async () => {
    mine = await ok(
      as(local, t, officer1, 'PATCH', `/api/improvement/cycles/${mine.id}`, {
        target: 15,
        version: mine.version,
      }),
    );
    expect(mine.target).toBe(15);
    for (const [method, path, body] of [
      ['PATCH', `/api/improvement/cycles/${theirs.id}`, { target: 15, version: theirs.version }],
      ['POST', `/api/improvement/cycles/${theirs.id}/stage`, { to: 'do', version: theirs.version }],
      [
        'PATCH',
        `/api/improvement/cycles/${theirs.id}/actions/${theirs.actions[0]!.id}`,
        { status: 'done', version: theirs.version },
      ],
      ['POST', `/api/improvement/cycles/${pemda.id}/stage`, { to: 'do', version: pemda.version }],
    ] as const) {
      expectProblem(await as(local, t, officer1, method, path, body), 403);
    }
    const still = await ok<CycleView>(as(local, t, admin, 'GET', `/api/improvement/cycles/${theirs.id}`));
    expect(still.version).toBe(theirs.version);
  });
});

describe('a manual metric', () => {
  it('is re-measured by hand: Act needs the entered result, compared in the metric’s direction', async () => {
    const step = async (to: string) => {
      mine = await ok(
        as(local, t, officer1, 'POST', `/api/improvement/cycles/${mine.id}/stage`, {
          to,
          version: mine.version,
        }),
      );
    };
    await step('do');
    mine = await ok(
      as(local, t, officer1, 'PATCH', `/api/improvement/cycles/${mine.id}/actions/${mine.actions[0]!.id}`, {
        status: 'done',
        version: mine.version,
      }),
    );
    await step('check');
    const early = await as(local, t, officer1, 'POST', `/api/improvement/cycles/${mine.id}/stage`, {
      to: 'act',
      version: mine.version,
    });
    expectProblem(early, 400);
    mine = await ok(
      as(local, t, officer1, 'PATCH', `/api/improvement/cycles/${mine.id}`, {
        manualResult: { value: 18, period: '2026-03' },
        version: mine.version,
      }),
    );
    // 45 → 18 minutes, lower is better: −27 (−60 %), improved; the target of 15 is not met yet.
    expect(mine.comparison).toMatchObject({
      status: 'improved',
      absoluteChange: -27,
      relativeChange: -0.6,
      improvement: 27,
      targetMet: false,
    });
    expect(mine.currentSource).toBe('manual');
    await step('act');
    expect(mine.checkResult).toMatchObject({ value: 18, period: '2026-03' });
    const change = await as(local, t, officer1, 'PATCH', `/api/improvement/cycles/${mine.id}`, {
      manualResult: { value: 10, period: '2026-03' },
      version: mine.version,
    });
    expectProblem(change, 400);
  });
});

describe('coordinators, admins and analysts', () => {
  it('coordinators and admins see and change every cycle', async () => {
    const list = await ok<{ items: { id: string }[] }>(
      as(local, t, coordinator, 'GET', '/api/improvement/cycles'),
    );
    expect(list.items.map((c) => c.id).sort()).toEqual([mine.id, theirs.id, pemda.id].sort());
    theirs = await ok(
      as(local, t, admin, 'POST', `/api/improvement/cycles/${theirs.id}/stage`, {
        to: 'do',
        version: theirs.version,
      }),
    );
    expect(theirs.stage).toBe('do');
  });

  it('analysts read but do not change', async () => {
    await ok(as(local, t, analyst, 'GET', `/api/improvement/cycles/${theirs.id}`));
    await ok(as(local, t, analyst, 'GET', '/api/improvement/board'));
    expectProblem(
      await as(local, t, analyst, 'POST', '/api/improvement/cycles', manual(unit1, analyst.id)),
      403,
    );
    expectProblem(
      await as(local, t, analyst, 'PATCH', `/api/improvement/cycles/${mine.id}`, {
        target: 10,
        version: mine.version,
      }),
      403,
    );
  });
});

describe('recognition and the executive view', () => {
  it('an officer sees its own contributions only; a coordinator everyone’s', async () => {
    const own = await ok<{ items: { userId: string; cyclesLed: number; actionsOwned: number }[] }>(
      as(local, t, officer1, 'GET', '/api/improvement/recognition?year=2026'),
    );
    expect(own.items).toEqual([
      expect.objectContaining({ userId: officer1.id, cyclesLed: 1, actionsOwned: 1 }),
    ]);
    await ok(as(local, t, officer1, 'GET', `/api/improvement/recognition/${officer1.id}?year=2026`));
    expectProblem(await as(local, t, officer1, 'GET', `/api/improvement/recognition/${officer2.id}`), 403);
    const all = await ok<{ items: { userId: string; cyclesLed: number; actionsOwned: number }[] }>(
      as(local, t, coordinator, 'GET', '/api/improvement/recognition?year=2026'),
    );
    const row = (id: string) => all.items.find((r) => r.userId === id);
    expect(row(officer2.id)).toMatchObject({ cyclesLed: 0, actionsOwned: 1 });
    expect(row(coordinator.id)).toMatchObject({ cyclesLed: 1, actionsOwned: 1 });
    expectProblem(await as(local, t, analyst, 'GET', '/api/improvement/recognition'), 403);
  });

  it('the executive view is for admins, coordinators and analysts', async () => {
    await ok(as(local, t, analyst, 'GET', '/api/improvement/executive'));
    await ok(as(local, t, coordinator, 'GET', `/api/improvement/executive/units/${unit1}`));
    expectProblem(await as(local, t, officer1, 'GET', '/api/improvement/executive'), 403);
  });
});
