/**
 * PDCA cycles driven by the data: a cycle started from a weak SKM unsur takes its baseline from the live counters,
 * and after new survey responses in a later period its Check shows the re-measured value, before and after on one
 * series. Then Do, Check, Act (frozen result, standardised service standard with history), closed; the next cycle
 * linked; the executive view and the public page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createService, createUnit, errorPaths, expectProblem } from '../support/fixtures';
import { call, newTenant, type TestTenant } from '../support/harness';
import { createCampaign, setStatus, submit } from '../surveys/support';
import { as, type CycleView, clockedApp, ok, type Person, PROFILE, skm, tokenOf } from './support';

// 10:00 WIB on 10 February 2026: triwulan I.
const { local, clock } = await clockedApp('2026-02-10T03:00:00Z');

let t: TestTenant;
let unitId: string;
let serviceId: string;
let admin: Person;
let officer: Person;
let officerName: string;
let weak: CycleView;

/** The hand-computed example of the survey suites: four respondents in triwulan I. */
const Q1 = [
  skm(4, 4, 4, 4, 4, 4, 4, 4, 4),
  skm(3, 3, 3, 3, 3, 3, 3, 3, 3),
  skm(4, 4, 3, 4, 4, 4, 4, 3, 2),
  skm(3, 3, 2, 4, 3, 4, 4, 3, 1),
];
// U9: (4 + 3 + 2 + 1) / 4 = 2.5 → NRR × 25 = 62.5 (the weakest). U3: (4 + 3 + 3 + 2) / 4 = 3 → 75.
// Triwulan II: two respondents. U9: (4 + 3) / 2 = 3.5 → 87.5. U3: (3 + 4) / 2 = 3.5 → 87.5.
const Q2 = [skm(4, 4, 3, 4, 4, 4, 4, 4, 4), skm(4, 4, 4, 4, 4, 4, 4, 4, 3)];

const adminCall = <T = CycleView>(method: string, path: string, body?: unknown) =>
  as<T>(local, t, admin, method, path, body);

async function answer(campaignId: string, answers: Record<string, number>) {
  const res = await submit(local, t.tenant.slug, campaignId, {
    templateId: 'skm-2017',
    answers,
    profile: PROFILE,
  });
  expect(res.status, res.text).toBe(201);
}

async function stage(cycle: { id: string; version: number }, to: string) {
  return ok(adminCall(`POST`, `/api/improvement/cycles/${cycle.id}/stage`, { to, version: cycle.version }));
}

beforeAll(async () => {
  t = await newTenant(local);
  admin = { id: t.admin.id, email: t.admin.email, role: 'tenant-admin' };
  unitId = (await createUnit(local, t, { name: 'Dinas Kependudukan dan Pencatatan Sipil' })).id;
  serviceId = (
    await createService(local, t, unitId, {
      name: 'Penerbitan KTP-el',
      standard: { prosedur: 'Pemohon antre di satu loket' },
    })
  ).id;
  const o = await t.user('unit-officer', [unitId]);
  officer = { id: o.user.id, email: o.user.email, role: 'unit-officer' };
  officerName = o.user.name;
  const q1 = await setStatus(local, t, await createCampaign(local, t, { unitId }), 'open');
  for (const a of Q1) await answer(q1.id, a);
});

describe('a cycle from a weak unsur', () => {
  it('is offered among the opportunities of the period: the weakest unsur with its value', async () => {
    const o = await ok<{
      items: {
        source: Record<string, unknown>;
        value: number;
        sample: number;
        unit: { id: string } | null;
      }[];
    }>(adminCall('GET', '/api/improvement/opportunities?period=2026-Q1'));
    const skmItems = o.items.filter((i) => i.source.kind === 'skm-unsur');
    // The unit's and the Pemda's weakest unsur: the same four answers.
    expect(skmItems).toEqual([
      expect.objectContaining({
        source: { kind: 'skm-unsur', unitId, period: '2026-Q1', templateId: 'skm-2017', unsurCode: 'U9' },
        value: 62.5,
        sample: 4,
        unit: expect.objectContaining({ id: unitId }),
      }),
      expect.objectContaining({
        source: expect.objectContaining({ unitId: null, unsurCode: 'U9' }),
        value: 62.5,
      }),
    ]);
  });

  it('takes its baseline from the live counters of the period, with the source named', async () => {
    weak = await ok(
      adminCall('POST', '/api/improvement/cycles', {
        title: 'Penanganan pengaduan di loket KTP',
        problem: 'Unsur U9 (penanganan pengaduan) paling rendah pada SKM triwulan I 2026.',
        source: { kind: 'skm-unsur', unitId, period: '2026-Q1', unsurCode: 'U9' },
        target: 75,
        actions: [
          {
            title: 'Menyediakan kotak dan nomor WhatsApp pengaduan',
            ownerId: officer.id,
            deadline: '2026-03-31',
          },
        ],
        rootCause: {
          categorySet: 'public-service',
          whys: ['Warga tidak tahu ke mana mengadu', 'Saluran pengaduan tidak diumumkan'],
          causes: [{ category: 'prosedur', text: 'Tidak ada alur pengaduan tertulis' }],
        },
        public: true,
        notes: 'Catatan internal rahasia',
      }),
      201,
    );
    expect(weak).toMatchObject({
      stage: 'plan',
      unit: { id: unitId, name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      source: { kind: 'skm-unsur', unitId, period: '2026-Q1', templateId: 'skm-2017', unsurCode: 'U9' },
      metric: { kind: 'skm-unsur', direction: 'higher-is-better' },
      baseline: { value: 62.5, period: '2026-Q1', sample: 4, complete: false },
      target: 75,
      checkPeriod: '2026-Q2',
      current: null,
      comparison: { status: 'no-data', current: null },
      availableStages: ['do'],
      ownerId: admin.id,
    });
    expect(weak.baseline.reference).toContain('U9');
    expect(weak.actions[0]).toMatchObject({ ownerId: officer.id, ownerName: officerName, status: 'planned' });
    expect(weak.history).toEqual([expect.objectContaining({ stage: 'plan' })]);
  });

  it('after new responses in a later period, Check shows the re-measured value beside the baseline', async () => {
    clock.advance(Date.parse('2026-05-12T03:00:00Z') - clock.ms); // triwulan II
    const token = await tokenOf(local, t, admin);
    const q2 = await setStatus(
      local,
      t,
      await createCampaign(
        local,
        t,
        { unitId, title: 'SKM Triwulan II 2026', period: { kind: 'triwulan', year: 2026, number: 2 } },
        token,
      ),
      'open',
      token,
    );
    for (const a of Q2) await answer(q2.id, a);
    const cycle = await ok(adminCall('GET', `/api/improvement/cycles/${weak.id}`));
    expect(cycle.current).toMatchObject({ value: 87.5, period: '2026-Q2', sample: 2, complete: false });
    expect(cycle.currentSource).toBe('live');
    expect(cycle.comparison).toMatchObject({
      status: 'improved',
      absoluteChange: 25,
      relativeChange: 0.4,
      improvement: 25,
      targetMet: true,
    });
    expect(cycle.series).toEqual([
      expect.objectContaining({ period: '2026-Q1', value: 62.5, phase: 'baseline' }),
      expect.objectContaining({ period: '2026-Q2', value: 87.5, phase: 'check' }),
    ]);
    // The baseline stays what it was when the cycle started.
    expect(cycle.baseline.value).toBe(62.5);
    weak = cycle;
  });
});

describe('from Plan to Act and closed', () => {
  it('moves one stage at a time, with its rules, and refuses a stale version', async () => {
    const skip = await adminCall('POST', `/api/improvement/cycles/${weak.id}/stage`, {
      to: 'check',
      version: weak.version,
    });
    expectProblem(skip, 400, 'validation');
    expect(errorPaths(skip)).toEqual(['to']);

    weak = await stage(weak, 'do');
    expect(weak.stage).toBe('do');
    const stale = await adminCall('POST', `/api/improvement/cycles/${weak.id}/stage`, {
      to: 'check',
      version: weak.version - 1,
    });
    expectProblem(stale, 409, 'version-conflict');

    const open = await adminCall('POST', `/api/improvement/cycles/${weak.id}/stage`, {
      to: 'check',
      version: weak.version,
    });
    expectProblem(open, 400);
    expect((open.body as unknown as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /tindakan/i,
    );
  });

  it('records action progress: done after the deadline is late, done before it on time', async () => {
    weak = await ok(
      adminCall('POST', `/api/improvement/cycles/${weak.id}/actions`, {
        title: 'Mengumumkan alur pengaduan di ruang tunggu',
        ownerId: officer.id,
        deadline: '2026-06-30',
        version: weak.version,
      }),
      201,
    );
    for (const a of weak.actions) {
      weak = await ok(
        as<CycleView>(local, t, officer, 'PATCH', `/api/improvement/cycles/${weak.id}/actions/${a.id}`, {
          status: 'done',
          note: 'Selesai',
          version: weak.version,
        }),
      );
    }
    expect(weak.actions.map((a) => [a.status, a.onTime])).toEqual([
      ['done', false],
      ['done', true],
    ]);
    expect(weak.progress).toMatchObject({ total: 2, done: 2, share: 1 });
  });

  it('Check, then Act freezes the re-measurement; later answers no longer move it', async () => {
    weak = await stage(weak, 'check');
    weak = await stage(weak, 'act');
    expect(weak.checkResult).toMatchObject({ value: 87.5, period: '2026-Q2' });
    expect(weak.currentSource).toBe('frozen');
    const q2 = await ok<{ items: { id: string; period: { key: string } }[] }>(
      adminCall('GET', `/api/surveys/campaigns?unitId=${unitId}&limit=10`),
    );
    const q2Id = q2.items.find((x) => x.period.key === '2026-Q2')!.id;
    await answer(q2Id, { U9: 1 });
    const again = await ok(adminCall('GET', `/api/improvement/cycles/${weak.id}`));
    expect(again.current?.value).toBe(87.5);
    expect(again.comparison.status).toBe('improved');
  });

  it('cannot close before standardising or starting a next cycle', async () => {
    const res = await adminCall('POST', `/api/improvement/cycles/${weak.id}/stage`, {
      to: 'closed',
      version: weak.version,
    });
    expectProblem(res, 400);
    expect(errorPaths(res)).toEqual(['to']);
  });

  it('standardises the service standard, recording the text before and after; a stale service version is a 409', async () => {
    const service = await ok<{ version: number; standard: { prosedur: string } }>(
      adminCall('GET', `/api/services/${serviceId}`),
    );
    const stale = await adminCall('POST', `/api/improvement/cycles/${weak.id}/standardise`, {
      change: {
        kind: 'service',
        serviceId,
        component: 'pengaduan',
        text: 'Pengaduan diterima di loket 2, melalui WhatsApp 0812-0000-0000, dan kotak pengaduan.',
        serviceVersion: service.version + 5,
      },
      version: weak.version,
    });
    expectProblem(stale, 409, 'version-conflict');
    expect((await ok(adminCall('GET', `/api/improvement/cycles/${weak.id}`))).version).toBe(weak.version);

    const res = await ok<{ cycle: CycleView; change: Record<string, unknown> }>(
      adminCall('POST', `/api/improvement/cycles/${weak.id}/standardise`, {
        change: {
          kind: 'service',
          serviceId,
          component: 'prosedur',
          text: 'Pemohon mengambil nomor antrean; dua loket buka pukul 08.00–11.00',
          serviceVersion: service.version,
        },
        note: 'Hasil siklus PDCA U9',
        version: weak.version,
      }),
    );
    expect(res.change).toMatchObject({
      kind: 'service',
      serviceId,
      component: 'prosedur',
      before: 'Pemohon antre di satu loket',
      after: 'Pemohon mengambil nomor antrean; dua loket buka pukul 08.00–11.00',
      cycleId: weak.id,
    });
    weak = res.cycle;
    expect(weak.standardChanges).toHaveLength(1);
    const after = await ok<{ version: number; standard: { prosedur: string } }>(
      adminCall('GET', `/api/services/${serviceId}`),
    );
    expect(after.standard.prosedur).toBe('Pemohon mengambil nomor antrean; dua loket buka pukul 08.00–11.00');
    expect(after.version).toBe(service.version + 1);
    const history = await ok<{ items: { before: string; after: string }[] }>(
      adminCall('GET', `/api/improvement/standard-changes?serviceId=${serviceId}`),
    );
    expect(history.items).toHaveLength(1);
    expect(history.items[0]!.before).toBe('Pemohon antre di satu loket');

    weak = await stage(weak, 'closed');
    expect(weak.stage).toBe('closed');
    expect(weak.availableStages).toEqual([]);
  });

  it('a closed cycle changes only its visibility and notes', async () => {
    const res = await adminCall('PATCH', `/api/improvement/cycles/${weak.id}`, {
      target: 80,
      version: weak.version,
    });
    expectProblem(res, 400);
    weak = await ok(
      adminCall('PATCH', `/api/improvement/cycles/${weak.id}`, {
        notes: 'Catatan internal rahasia 2',
        version: weak.version,
      }),
    );
    expect(weak.notes).toBe('Catatan internal rahasia 2');
  });
});

describe('the next cycle', () => {
  it('starts from the check period’s live value, linked both ways', async () => {
    let u3 = await ok(
      adminCall('POST', '/api/improvement/cycles', {
        title: 'Mempercepat penyelesaian',
        problem: 'Unsur U3 (waktu penyelesaian) di bawah unsur lain pada triwulan I.',
        source: { kind: 'skm-unsur', unitId, period: '2026-Q1', unsurCode: 'U3' },
        target: 80,
        actions: [{ title: 'Menambah petugas verifikasi', ownerId: officer.id, deadline: '2026-06-30' }],
      }),
      201,
    );
    expect(u3.baseline).toMatchObject({ value: 75, period: '2026-Q1', complete: true });
    expect(u3.current).toMatchObject({ value: 87.5, period: '2026-Q2' });
    u3 = await stage(u3, 'do');
    u3 = await ok(
      adminCall('PATCH', `/api/improvement/cycles/${u3.id}/actions/${u3.actions[0]!.id}`, {
        status: 'done',
        version: u3.version,
      }),
    );
    u3 = await stage(await stage(u3, 'check'), 'act');
    // Act may also standardise the unit's Maklumat: created here (the unit had none), with its history.
    const pledge = 'Kami sanggup menyelesaikan KTP-el paling lama satu hari kerja sejak berkas lengkap.';
    const mak = await ok<{ cycle: CycleView; change: Record<string, unknown> }>(
      adminCall('POST', `/api/improvement/cycles/${u3.id}/standardise`, {
        change: {
          kind: 'maklumat',
          text: pledge,
          signedBy: 'Drs. Budi Santoso, M.Si.',
          signedOn: '2026-05-12',
        },
        version: u3.version,
      }),
    );
    expect(mak.change).toMatchObject({ kind: 'maklumat', unitId, before: '', after: pledge });
    u3 = mak.cycle;
    expect((await ok<{ text: string }>(adminCall('GET', `/api/units/${unitId}/maklumat`))).text).toBe(pledge);
    const conflict = await adminCall('POST', `/api/improvement/cycles/${u3.id}/standardise`, {
      change: {
        kind: 'maklumat',
        text: `${pledge} Tanpa biaya.`,
        signedBy: 'Drs. Budi Santoso, M.Si.',
        signedOn: '2026-05-12',
      },
      version: u3.version,
    });
    expectProblem(conflict, 409, 'version-conflict');
    const history = await ok<{ items: { after: string }[] }>(
      adminCall('GET', `/api/improvement/standard-changes?unitId=${unitId}`),
    );
    expect(history.items.map((i) => i.after)).toEqual([pledge]);
    const res = await ok<{ previous: CycleView; next: CycleView }>(
      adminCall('POST', `/api/improvement/cycles/${u3.id}/next`, { target: 95, version: u3.version }),
      201,
    );
    expect(res.next).toMatchObject({
      stage: 'plan',
      previousCycleId: u3.id,
      baseline: { value: 87.5, period: '2026-Q2' },
      checkPeriod: '2026-Q3',
      source: { kind: 'skm-unsur', period: '2026-Q2', unsurCode: 'U3' },
      target: 95,
    });
    expect(res.previous.nextCycleId).toBe(res.next.id);
    const again = await adminCall('POST', `/api/improvement/cycles/${u3.id}/next`, {
      target: 95,
      version: res.previous.version,
    });
    expectProblem(again, 400);
    const closed = await stage(res.previous, 'closed');
    expect(closed.stage).toBe('closed');
  });
});

describe('the board, the executive view and the public page', () => {
  it('the board groups the cycles by stage', async () => {
    const board = await ok<{ stages: { stage: string; cycles: { id: string }[] }[]; followUps: unknown[] }>(
      adminCall('GET', '/api/improvement/board'),
    );
    const by = Object.fromEntries(board.stages.map((s) => [s.stage, s.cycles.length]));
    expect(by).toEqual({ plan: 1, do: 0, check: 0, act: 0, closed: 2 });
    expect(board.followUps).toEqual([]);
  });

  it('the executive view puts the unit’s IKM, complaints and cycles with their effect side by side', async () => {
    const view = await ok<{
      units: {
        unit: { id: string };
        ikm: { value: number | null; respondents: number };
        complaints: { received: number; onTimeRate: number | null };
        cycles: { open: number; completed: number; improved: number; targetMet: number; effects: unknown[] };
      }[];
    }>(adminCall('GET', '/api/improvement/executive?period=2026-Q2'));
    const row = view.units.find((u) => u.unit.id === unitId)!;
    // Triwulan II: U1–U8 but U3 at 4 (2 answers), U3 3.5, U9 (4 + 3 + 1) / 3: Σ NRR = 28 + 3.5 + 8/3 = 34.1667;
    // IKM = 34.1667 / 9 × 25 = 94.907 → 94.91.
    expect(row.ikm).toEqual({ value: 94.91, mutu: 'A', respondents: 3 });
    expect(row.complaints).toMatchObject({ received: 0, onTimeRate: null });
    expect(row.cycles).toMatchObject({ open: 1, completed: 2, improved: 2, targetMet: 2 });
    const drill = await ok<{ ikmUnsur: { code: string; weakest: boolean }[]; cycles: unknown[] }>(
      adminCall('GET', `/api/improvement/executive/units/${unitId}?period=2026-Q2`),
    );
    expect(drill.ikmUnsur.find((u) => u.weakest)!.code).toBe('U9');
    expect(drill.cycles).toHaveLength(3);
  });

  it('the public page shows public cycles with their effect, and no names or internal notes', async () => {
    const res = await call<{
      items: {
        id: string;
        unit: { name: string };
        stage: string;
        result: { value: number };
        comparison: { status: string };
      }[];
    }>(local, 'GET', `/api/public/${t.tenant.slug}/improvement`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.items.map((i) => i.id)).toEqual([weak.id]);
    expect(res.body.items[0]).toMatchObject({
      unit: { name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      stage: 'closed',
      result: { value: 87.5 },
      comparison: { status: 'improved' },
    });
    for (const secret of [
      'Catatan internal',
      officerName,
      officer.id,
      admin.id,
      t.admin.name,
      'Warga tidak tahu',
    ])
      expect(res.text).not.toContain(secret);
  });
});
