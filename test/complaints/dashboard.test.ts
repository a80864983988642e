/**
 * The complaints dashboard on a hand-built scenario, its public (anonymised) twin, the public list of complaints,
 * and the read cost of the dashboard, which must not grow with the history.
 */
import { loadTenantContext, submitComplaint } from '@prima/api';
import { createLocalApp, type LocalApp } from '@prima/local';
import type { CommandObservation } from '@prima/store';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem } from '../support/fixtures';
import { call, operatorToken, TEST_TABLE, testApp, uniqueSlug } from '../support/harness';
import {
  DAY,
  DESCRIPTION,
  fileComplaint,
  HOUR,
  MONDAY,
  newClock,
  officialsWorld,
  ok,
} from './officials-fixtures';

const clock = newClock();
let local: LocalApp;
beforeAll(async () => {
  local = await testApp({ now: clock.now });
});

const MINUTE = 60_000;

/**
 * Monday 2 Nov 09:00, a minute apart: c1 (Jalan rusak, phone), c2 (Jalan rusak, sms), c3 (Sampah, walk-in, rahasia),
 * c4 (Jalan rusak, phone), c5 (no category, email). Then c1, c2 → unit1 (c2 on the 2-working-day tier), c3 → unit2;
 * c5 rejected. Two hours later c1 is answered and closed; five days later c2 is answered, late. c4 is never
 * verified: overdue since the end of Thursday.
 */
async function scenario() {
  clock.advance(MONDAY - clock.ms);
  const w = await officialsWorld(local);
  const sampah = await call<{ id: string }>(local, 'POST', '/api/categories', {
    token: w.admin,
    body: { name: 'Sampah', unitId: w.unit2 },
  });
  const codes: string[] = [];
  const file = async (body: Record<string, unknown>) => {
    const c = await fileComplaint(local, w, body);
    codes.push(c.trackingCode);
    clock.advance(MINUTE);
    return c;
  };
  let c1 = await file({ channel: 'phone', title: 'Jalan berlubang satu' });
  let c2 = await file({ channel: 'sms', title: 'Jalan berlubang dua' });
  let c3 = await file({
    channel: 'walk-in',
    title: 'Sampah rahasia menumpuk',
    categoryId: sampah.body.id,
    rahasia: true,
  });
  let c4 = await file({ channel: 'phone', title: 'Jalan berlubang empat' });
  let c5 = await file({ channel: 'email', title: 'Pertanyaan di luar kewenangan', categoryId: null });
  const coordinator = w.coordinator;
  c1 = await ok(local, coordinator, c1, { action: 'verify' });
  c1 = await ok(local, coordinator, c1, { action: 'dispatch', unitId: w.unit1 });
  c1 = await ok(local, coordinator, c1, { action: 'note', note: 'Catatan internal rahasia' });
  c2 = await ok(local, coordinator, c2, { action: 'verify' });
  c2 = await ok(local, coordinator, c2, { action: 'dispatch', unitId: w.unit1, tier: 'ringan' });
  c3 = await ok(local, coordinator, c3, { action: 'verify' });
  c3 = await ok(local, coordinator, c3, { action: 'dispatch' });
  c4 = await ok(local, coordinator, c4, { action: 'reply', note: 'Laporan sedang kami pelajari.' });
  c5 = await ok(local, coordinator, c5, { action: 'reject', note: 'Silakan hubungi instansi vertikal.' });
  clock.advance(2 * HOUR);
  c1 = await ok(local, w.officer1, c1, { action: 'respond', note: 'Lubang sudah ditambal.' });
  c1 = await ok(local, coordinator, c1, { action: 'close' });
  clock.advance(5 * DAY);
  c2 = await ok(local, w.officer1, c2, { action: 'respond', note: 'Maaf, baru sempat ditambal.' });
  return { w, c1, c2, c3, c4, c5, codes, sampahId: sampah.body.id };
}

interface Dashboard {
  [k: string]: unknown;
  byUnit: { unitId: string }[];
}

describe('the dashboard', () => {
  it('computes the figures of a hand-built scenario', async () => {
    const { w, sampahId } = await scenario();
    const res = await call<Dashboard>(local, 'GET', '/api/complaints/dashboard?months=2', {
      token: w.analyst,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      period: { from: '2026-10', to: '2026-11', months: 2 },
      open: 3,
      overdue: 1,
      openByStatus: { diterima: 1, didisposisikan: 1, ditindaklanjuti: 1 },
      received: 5,
      responded: 2,
      respondedOnTime: 1,
      closed: 2,
      reopened: 0,
      onTimeRate: 0.5,
      medianHoursToFirstResponse: 2,
      medianHoursToClose: 0,
      byChannel: { phone: 2, sms: 1, 'walk-in': 1, email: 1 },
      pareto: [
        {
          categoryId: w.categoryId,
          name: 'Jalan rusak',
          count: 3,
          share: 0.75,
          cumulativeShare: 0.75,
          vital: true,
        },
        { categoryId: sampahId, name: 'Sampah', count: 1, share: 0.25, cumulativeShare: 1, vital: true },
      ],
      uncategorised: 1,
      trend: [
        {
          month: '2026-10',
          received: 0,
          responded: 0,
          respondedOnTime: 0,
          closed: 0,
          medianHoursToFirstResponse: null,
        },
        {
          month: '2026-11',
          received: 5,
          responded: 2,
          respondedOnTime: 1,
          closed: 2,
          medianHoursToFirstResponse: 2,
        },
      ],
      byUnit: [
        {
          unitId: w.unit1,
          name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
          shortName: null,
          received: 2,
          responded: 2,
          respondedOnTime: 1,
          onTimeRate: 0.5,
          closed: 1,
          open: 1,
        },
        {
          unitId: w.unit2,
          name: 'Dinas Lingkungan Hidup',
          shortName: null,
          received: 1,
          responded: 0,
          respondedOnTime: 0,
          onTimeRate: null,
          closed: 0,
          open: 1,
        },
      ],
    });
    // Every official reads it; the default period is twelve months, at most twenty-four.
    for (const token of [w.admin, w.coordinator, w.officer1]) {
      const d = await call<{ period: { months: number } }>(local, 'GET', '/api/complaints/dashboard', {
        token,
      });
      expect(d.status).toBe(200);
      expect(d.body.period).toEqual({ from: '2025-12', to: '2026-11', months: 12 });
    }
    expectProblem(await call(local, 'GET', '/api/complaints/dashboard?months=25', { token: w.admin }), 400);
  });
});

describe('the public transparency page', () => {
  it('shows the same figures without a token, and lists public complaints without private data', async () => {
    const { w, c1, c2, c3, c4, c5, codes } = await scenario();
    const slug = w.t.tenant.slug;
    const official = await call(local, 'GET', '/api/complaints/dashboard?months=6', { token: w.analyst });
    const pub = await call(local, 'GET', `/api/public/${slug}/transparency?months=6`);
    expect(pub.status, pub.text).toBe(200);
    expect(pub.body).toEqual(official.body);

    type Item = { id: string; title: string; status: string; publicReplies: number; category: unknown };
    const all: Item[] = [];
    let cursor: string | null = null;
    const texts: string[] = [];
    for (let i = 0; i < 10; i++) {
      const page: { status: number; text: string; body: { items: Item[]; nextCursor: string | null } } =
        await call(
          local,
          'GET',
          `/api/public/${slug}/complaints?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
      expect(page.status, page.text).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      all.push(...page.body.items);
      texts.push(page.text);
      cursor = page.body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    // Newest first; the rahasia report is not listed.
    expect(all.map((x) => x.id)).toEqual([c5.id, c4.id, c2.id, c1.id]);
    expect(all.map((x) => x.publicReplies)).toEqual([1, 1, 1, 1]);
    expect(all[2]).toMatchObject({
      title: 'Jalan berlubang dua',
      status: 'ditindaklanjuti',
      category: { id: w.categoryId, name: 'Jalan rusak' },
    });
    const text = texts.join('\n');
    for (const secret of [
      c3.id,
      'Sampah rahasia',
      'Siti',
      'siti@example.com',
      '5550',
      'Catatan internal rahasia',
      DESCRIPTION.slice(0, 30),
      ...codes,
    ])
      expect(text).not.toContain(secret);

    expectProblem(
      await call(local, 'GET', `/api/public/${slug}/complaints?cursor=bm90LWEta2V5`),
      400,
      'invalid-cursor',
    );
  });

  it('is 404 for an unknown or invalid slug and 403 for a suspended Pemda', async () => {
    const { w } = await scenario();
    for (const path of ['transparency', 'complaints']) {
      expectProblem(
        await call(local, 'GET', `/api/public/${uniqueSlug('tidak-ada')}/${path}`),
        404,
        'not-found',
      );
      expectProblem(await call(local, 'GET', `/api/public/Bukan_Slug!/${path}`), 404, 'not-found');
    }
    const suspend = await call(local, 'POST', `/api/platform/tenants/${w.t.tenant.id}/suspend`, {
      token: await operatorToken(local),
    });
    expect(suspend.status, suspend.text).toBe(200);
    for (const path of ['transparency', 'complaints'])
      expectProblem(
        await call(local, 'GET', `/api/public/${w.t.tenant.slug}/${path}`),
        403,
        'tenant-suspended',
      );
  });
});

describe('read cost', () => {
  it('is the same for 5 and for 50 complaints: counters, not history', async () => {
    let seen: CommandObservation[] | null = null;
    const observed = await createLocalApp({
      endpoint: inject('ddbEndpoint'),
      tableName: TEST_TABLE,
      baseUrl: 'http://localhost:3000',
      logLevel: 'SILENT',
      now: clock.now,
      observe: (o) => seen?.push(o),
    });
    clock.advance(MONDAY - clock.ms);
    const measure = async (n: number, months: number) => {
      const w = await officialsWorld(observed);
      const ctx = await loadTenantContext(w.t.db);
      for (let i = 0; i < n; i += 10) {
        await Promise.all(
          Array.from({ length: Math.min(10, n - i) }, () =>
            submitComplaint(
              ctx,
              {
                type: 'pengaduan',
                categoryId: w.categoryId,
                serviceId: null,
                title: 'Jalan berlubang',
                description: DESCRIPTION,
                location: null,
                reporter: {},
                anonim: false,
                rahasia: false,
                attachmentIds: [],
                serviceDate: null,
              },
              { channel: 'web', actor: { kind: 'reporter', userId: null, name: null }, now: clock.now() },
            ),
          ),
        );
      }
      seen = [];
      const res = await call<{ received: number }>(
        observed,
        'GET',
        `/api/complaints/dashboard?months=${months}`,
        {
          token: w.analyst,
        },
      );
      const log: CommandObservation[] = seen;
      seen = null;
      expect(res.status).toBe(200);
      expect(res.body.received).toBe(n);
      return {
        requests: log.length,
        capacity: log.reduce((s, o) => s + o.capacityUnits, 0),
      };
    };
    const five = await measure(5, 12);
    const fifty = await measure(50, 12);
    expect(fifty).toEqual(five);
    // Linear in the months asked for, not in the history: 12 more months are 12 more counter reads.
    const longer = await measure(5, 24);
    expect(longer.requests).toBe(five.requests + 12);
  });
});
