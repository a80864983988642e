/**
 * The demo Pemda's recent activity (packages/local/src/seed-activity.ts): what the dashboards, the quality tools,
 * the improvement board, the executive view and the public pages show a newcomer right after the first start.
 * The seed runs once, on a table of its own, at a fixed "now" early in a year, so its window reaches back into
 * the previous year (whose holiday calendar the seed adds) and the test reads the same every day it runs.
 */
import {
  createLocalApp,
  DEMO_PASSWORD,
  DEMO_TENANT,
  demoTenantId,
  devNotifier,
  ensureTable,
  type LocalApp,
  type SeedResult,
  seedDemo,
} from '@prima/local';
import { calendars, newId, outbox, profile } from '@prima/store';
import { sendForTenant, sweepTenant, workerLogger } from '@prima/workers';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { call } from '../support/harness';
import { itemsWithPk } from './support';

/** Wednesday 10 February 2027, 10:00 in Jakarta. */
const NOW = new Date('2027-02-10T03:00:00Z');
/** The last whole triwulan, and the one before the oldest in the seed. */
const LAST_QUARTER = '2026-Q4';
const OLDEST_QUARTER = '2026-Q2';
const slug = DEMO_TENANT.slug;

async function localOn(table: string): Promise<LocalApp> {
  await ensureTable(inject('ddbEndpoint'), table);
  return createLocalApp({
    endpoint: inject('ddbEndpoint'),
    tableName: table,
    baseUrl: 'http://localhost:3000',
    logLevel: 'SILENT',
    now: () => NOW,
  });
}

let local: LocalApp;
let seeded: SeedResult;
let token: string;
const get = async <T>(path: string): Promise<T> => {
  const res = await call<T>(local, 'GET', path, { token });
  expect(res.status, `${path}: ${res.text}`).toBe(200);
  return res.body;
};
const unitIdOf = async (shortName: string) =>
  (await get<{ items: { id: string; shortName: string }[] }>('/api/units')).items.find(
    (u) => u.shortName === shortName,
  )!.id;

beforeAll(async () => {
  local = await localOn(`seed-activity-${Date.now().toString(36)}`);
  seeded = await seedDemo(local.store, local.identity, { now: NOW });
  const signIn = await call<{ access_token: string }>(local, 'POST', '/api/auth/token', {
    body: { email: DEMO_TENANT.adminEmail, password: DEMO_PASSWORD },
  });
  token = signIn.body.access_token;
}, 240_000);

describe('the demo Pemda after its first start', () => {
  it('reports what it played through the API', () => {
    expect(seeded.seeded).toBe(true);
    expect(seeded.activity).toMatchObject({ cycles: 4, assessments: 12, campaigns: 13 });
    expect(seeded.activity!.complaints).toBeGreaterThanOrEqual(90);
    expect(seeded.activity!.surveyResponses).toBeGreaterThanOrEqual(150);
  });

  it('has complaints in every month of the last half year, in every state, with a Pareto and on-time figures', async () => {
    const d = await get<{
      open: number;
      overdue: number;
      received: number;
      closed: number;
      reopened: number;
      onTimeRate: number;
      byChannel: Record<string, number>;
      pareto: { count: number; vital: boolean }[];
      trend: { month: string; received: number; closed: number }[];
      byUnit: { received: number }[];
    }>('/api/complaints/dashboard?months=6');
    expect(d.trend.map((m) => m.month)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    for (const m of d.trend) expect(m.received, m.month).toBeGreaterThan(0);
    expect(d.open).toBeGreaterThan(0);
    expect(d.overdue).toBeGreaterThanOrEqual(2);
    expect(d.closed).toBeGreaterThan(d.received / 2);
    expect(d.reopened).toBeGreaterThan(0);
    // Some first responses came after their deadline, most did not.
    expect(d.onTimeRate).toBeGreaterThan(0.6);
    expect(d.onTimeRate).toBeLessThan(0.97);
    expect(Object.keys(d.byChannel)).toEqual(expect.arrayContaining(['web', 'walk-in', 'phone']));
    expect(d.pareto.length).toBeGreaterThanOrEqual(5);
    expect(d.pareto.filter((p) => p.vital).length).toBeGreaterThanOrEqual(2);
    expect(d.byUnit.filter((u) => u.received > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('feeds the quality tools: Pareto and XmR of the last triwulan', async () => {
    const pareto = await get<{ bars: unknown[]; total: number }>(
      `/api/improvement/tools/pareto?period=${LAST_QUARTER}`,
    );
    expect(pareto.bars.length).toBeGreaterThanOrEqual(3);
    const xmr = await get<{ refs: unknown[] }>(
      `/api/improvement/tools/xmr/handling-time?period=${LAST_QUARTER}`,
    );
    expect(xmr.refs.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps each step in the timeline: late answers escalated by the sweeper, ratings by citizens', async () => {
    let late: { id: string } | undefined;
    for (const month of ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']) {
      const filed = await get<{ items: { id: string; escalated: boolean; status: string }[] }>(
        `/api/complaints?period=${month}&limit=100`,
      );
      late ??= filed.items.find((c) => c.escalated && c.status === 'selesai');
    }
    expect(late).toBeDefined();
    const page = await get<{
      complaint: { rating: unknown };
      timeline: { action: string; actor: { kind: string } }[];
    }>(`/api/complaints/${late!.id}`);
    expect(page.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['submit', 'verify', 'dispatch', 'escalate', 'respond']),
    );
    expect(page.timeline.find((e) => e.action === 'escalate')?.actor.kind).toBe('system');
    const stored = await itemsWithPk(local.store, `T#${seeded.tenantId}#C#`);
    const rated = stored.filter((i) => (i as { rating?: { M?: unknown } }).rating?.M);
    expect(rated.length).toBeGreaterThanOrEqual(5);
    // The public list reaches back over the months (the Pemda joined before them), rahasia reports left out.
    const listed: { submittedAt: string }[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const res: { status: number; body: { items: { submittedAt: string }[]; nextCursor: string | null } } =
        await call(
          local,
          'GET',
          `/api/public/${slug}/complaints?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
        );
      expect(res.status).toBe(200);
      listed.push(...res.body.items);
      cursor = res.body.nextCursor;
    }
    expect(listed.some((i) => i.submittedAt < '2026-10')).toBe(true);
    expect(listed.length).toBeGreaterThan(seeded.activity!.complaints * 0.8);
    expect(listed.length).toBeLessThan(seeded.activity!.complaints);
  });

  it('leaves nothing for the workers to catch up on when the platform starts', async () => {
    const db = local.store.forTenant(seeded.tenantId);
    const tenant = (await profile.get(db))!;
    const log = workerLogger('SILENT');
    const later = () => new Date(NOW.getTime() + 60_000);
    expect(await outbox.pending(db, 10)).toEqual([]);
    const swept = await sweepTenant({ store: local.store, now: later, log }, tenant);
    expect(swept).toMatchObject({ escalated: 0, autoClosed: 0, withdrawn: 0 });
    const sent = await sendForTenant(
      { store: local.store, notifier: devNotifier, baseUrl: 'http://localhost:3000', now: later, log },
      tenant,
    );
    expect(sent).toMatchObject({ sent: swept.reminded, retried: 0, failed: 0, discarded: 0 });
    // What was sent went out over the months, as the sender would have sent it.
    const mail = await (await local.app.request(`/dev/mailbox?slug=${slug}&limit=200`)).json();
    const months = new Set((mail as { items: { sentAt: string }[] }).items.map((m) => m.sentAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(2);
  });

  it('has SKM results per triwulan, with a weak unsur, and publishes them', async () => {
    const disdukcapil = await unitIdOf('Disdukcapil');
    const puskesmas = await unitIdOf('Puskesmas Sukamaju');
    const oldest = await get<{ respondents: number; ikm: { weakest: string[] } }>(
      `/api/surveys/results?unitId=${disdukcapil}&period=${OLDEST_QUARTER}`,
    );
    expect(oldest.respondents).toBeGreaterThanOrEqual(15);
    expect(oldest.ikm.weakest).toContain('U3');
    const last = await get<{ respondents: number; ikm: { weakest: string[] } }>(
      `/api/surveys/results?unitId=${puskesmas}&period=${LAST_QUARTER}`,
    );
    expect(last.respondents).toBeGreaterThanOrEqual(12);
    expect(last.ikm.weakest).toContain('U8');
    const published = await call<{ items: { respondents: number; followUps: unknown[] }[] }>(
      local,
      'GET',
      `/api/public/${slug}/ikm`,
    );
    expect(published.body.items).toHaveLength(3);
    expect(published.body.items.some((i) => i.followUps.length > 0)).toBe(true);
  });

  it('shows PDCA cycles in several stages, one overdue action and the follow-up plans', async () => {
    const board = await get<{
      stages: { stage: string; cycles: { overdueActions: number }[] }[];
      followUps: unknown[];
    }>('/api/improvement/board');
    const filled = board.stages.filter((s) => s.cycles.length > 0).map((s) => s.stage);
    expect(filled).toEqual(['plan', 'do', 'check', 'closed']);
    expect(board.stages.flatMap((s) => s.cycles).some((c) => c.overdueActions > 0)).toBe(true);
    expect(board.followUps.length).toBeGreaterThanOrEqual(2);
  });

  it('publishes the re-measured cycle with its effect on the public page', async () => {
    const res = await call<{
      items: {
        stage: string;
        comparison: { status: string; targetMet: boolean | null };
        standardised: unknown[];
      }[];
    }>(local, 'GET', `/api/public/${slug}/improvement`);
    expect(res.status).toBe(200);
    const done = res.body.items.find((i) => i.stage === 'closed');
    expect(done).toMatchObject({ comparison: { status: 'improved', targetMet: true } });
    expect(done!.standardised).toHaveLength(1);
  });

  it('gives the executive view IKM, complaint handling and trust for several units', async () => {
    const view = await get<{
      units: {
        unit: { shortName: string };
        ikm: { value: number | null };
        complaints: { received: number };
        trust: { high: number | null } | null;
      }[];
    }>(`/api/improvement/executive?period=${LAST_QUARTER}`);
    expect(view.units.filter((u) => u.ikm.value !== null).length).toBeGreaterThanOrEqual(3);
    expect(view.units.filter((u) => u.complaints.received > 0).length).toBeGreaterThanOrEqual(5);
    expect(view.units.find((u) => u.unit.shortName === 'Disdukcapil')?.trust?.high).toBeGreaterThan(0);
  });

  it('has self-assessments by three officials in two periods, so the radar shows a change', async () => {
    const disdukcapil = await unitIdOf('Disdukcapil');
    const r = await get<{
      instruments: {
        respondents: number;
        overall: number;
        previous: { respondents: number; overall: number } | null;
      }[];
    }>(`/api/improvement/assessments/results?unitId=${disdukcapil}&period=2027-Q1`);
    expect(r.instruments).toHaveLength(2);
    for (const i of r.instruments) {
      expect(i.respondents).toBe(3);
      expect(i.previous?.respondents).toBe(3);
      expect(i.overall).toBeGreaterThan(i.previous!.overall);
    }
  });

  it('joined before its activity, and keeps a holiday calendar for every year the activity covers', async () => {
    const db = local.store.forTenant(seeded.tenantId);
    const tenant = await profile.get(db);
    expect(tenant!.createdAt < '2026-07-01').toBe(true);
    for (const year of [2026, 2027]) {
      const cal = await calendars.get(db, year);
      expect(
        cal?.days.some((d) => d.kind === 'daerah'),
        String(year),
      ).toBe(true);
    }
  });

  it('does nothing the second time', async () => {
    const before = (await itemsWithPk(local.store, `T#${seeded.tenantId}#`)).length;
    const again = await seedDemo(local.store, local.identity, { now: NOW });
    expect(again).toMatchObject({ seeded: false, tenantId: seeded.tenantId, activity: null });
    expect(await itemsWithPk(local.store, `T#${seeded.tenantId}#`)).toHaveLength(before);
  });
});

describe('a seed that fails half-way through the activity', () => {
  it('leaves no half-seeded Pemda behind, so the next start tries again', async () => {
    const other = await localOn(`seed-fail-${Date.now().toString(36)}`);
    // One of the officials the activity invites already has a login elsewhere: the invitation fails.
    await other.identity.createUser({
      email: 'rina.marlina@sukamaju.go.id',
      userId: newId(),
      tenantId: null,
      role: 'platform-operator',
      name: 'Rina',
    });
    await expect(seedDemo(other.store, other.identity, { now: NOW })).rejects.toThrow(/api\/users/);
    expect(await demoTenantId(other.store)).toBeNull();
  });
});
