/**
 * The officials' inbox: sorted by deadline, filtered by status, unit, category, channel, period, text, overdue and
 * due soon (against a clock the test moves), paged with a cursor; unit officers see only their units.
 */
import type { Complaint } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../support/fixtures';
import { type CallResult, call, testApp } from '../support/harness';
import {
  DAY,
  fileComplaint,
  HOUR,
  longToken,
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

interface Item {
  id: string;
  title: string;
  status: string;
  dueAt: string | null;
  deadline: string | null;
}
type InboxPage = { items: Item[]; nextCursor: string | null };

const inbox = (token: string, query = ''): Promise<CallResult<InboxPage>> =>
  call<InboxPage>(local, 'GET', `/api/complaints${query}`, { token });

/**
 * Monday 2 Nov: A (phone). Tuesday 3 Nov, a minute apart: B (sms, other category, "lampu"), C (walk-in, dispatched to
 * unit2 on the 60-working-day tier), D (dispatched to unit1, 5 working days), E (rejected).
 * Open deadlines: A Thu 5 Nov, B Fri 6 Nov, D Tue 10 Nov, C late January.
 */
async function scenario() {
  clock.advance(MONDAY - clock.ms);
  const w = await officialsWorld(local);
  const A = await fileComplaint(local, w, { title: 'Jalan berlubang dekat sekolah' });
  clock.advance(DAY);
  const B = await fileComplaint(local, w, {
    channel: 'sms',
    title: 'Lampu jalan padam',
    categoryId: w.otherCategoryId,
  });
  clock.advance(60_000);
  let C = await fileComplaint(local, w, { channel: 'walk-in', title: 'Saluran air tersumbat' });
  C = await ok(local, w.coordinator, C, { action: 'verify' });
  C = await ok(local, w.coordinator, C, { action: 'dispatch', unitId: w.unit2, tier: 'dengan-pemeriksaan' });
  clock.advance(60_000);
  let D = await fileComplaint(local, w, { title: 'Trotoar rusak di alun-alun' });
  D = await ok(local, w.coordinator, D, { action: 'verify' });
  D = await ok(local, w.coordinator, D, { action: 'dispatch', unitId: w.unit1 });
  clock.advance(60_000);
  let E = await fileComplaint(local, w, { title: 'Laporan tidak jelas sama sekali' });
  E = await ok(local, w.coordinator, E, { action: 'reject', note: 'Bukan kewenangan pemda.' });
  return { w, A, B, C, D, E };
}

const ids = (res: CallResult<InboxPage>) => {
  expect(res.status, res.text).toBe(200);
  return res.body.items.map((i) => i.id);
};

describe('the inbox', () => {
  it('lists open complaints by deadline, soonest first, and filters them', async () => {
    const { w, A, B, C, D, E } = await scenario();
    expect(A.dueAt! < B.dueAt! && B.dueAt! < D.dueAt! && D.dueAt! < C.dueAt!).toBe(true);
    const t = w.coordinator;
    expect(ids(await inbox(t))).toEqual([A.id, B.id, D.id, C.id]);
    expect(ids(await inbox(w.analyst))).toEqual([A.id, B.id, D.id, C.id]);
    expect(ids(await inbox(t, '?status=didisposisikan'))).toEqual([D.id, C.id]);
    expect(ids(await inbox(t, `?unitId=${w.unit1}`))).toEqual([D.id]);
    expect(ids(await inbox(t, `?unitId=${w.unit2}`))).toEqual([C.id]);
    expect(ids(await inbox(t, `?categoryId=${w.otherCategoryId}`))).toEqual([B.id]);
    expect(ids(await inbox(t, `?categoryId=${w.categoryId}&channel=walk-in`))).toEqual([C.id]);
    expect(ids(await inbox(t, '?channel=sms'))).toEqual([B.id]);
    expect(ids(await inbox(t, '?q=LAMPU'))).toEqual([B.id]);
    expect(ids(await inbox(t, `?q=${A.trackingCode.toLowerCase()}`))).toEqual([A.id]);
    expect(ids(await inbox(t, '?q=tidak-ada-yang-cocok'))).toEqual([]);
    // Closed complaints: this month's closings, or by status.
    expect(ids(await inbox(t, '?state=closed'))).toEqual([E.id]);
    expect(ids(await inbox(t, '?status=ditolak'))).toEqual([E.id]);
    expect(ids(await inbox(t, '?state=closed&closedMonth=2026-10'))).toEqual([]);
    // A period (month of submission): every state, newest first.
    expect(ids(await inbox(t, '?period=2026-11'))).toEqual([E.id, D.id, C.id, B.id, A.id]);
    expect(ids(await inbox(t, '?period=2026-11&state=open'))).toEqual([D.id, C.id, B.id, A.id]);
    expect(ids(await inbox(t, `?period=2026-11&unitId=${w.unit1}`))).toEqual([D.id]);
    expect(ids(await inbox(t, '?period=2026-10'))).toEqual([]);

    const items = (await inbox(t)).body.items;
    expect(items[0]).toMatchObject({ id: A.id, title: A.title, status: 'diterima', deadline: 'on-track' });
    expect(JSON.stringify(items)).not.toMatch(/Siti|5550|siti@example/);
    expect(JSON.stringify(items)).not.toContain(A.trackingCode);

    for (const [q, field] of [
      ['?state=all', 'state'],
      ['?period=2026-13', 'period'],
      ['?status=baru', 'status'],
      ['?overdue=ya', 'overdue'],
      ['?unitId=bukan-id', 'unitId'],
      ['?q=a', 'q'],
    ]) {
      const res = await inbox(t, q);
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res), q).toEqual([field]);
    }
  });

  it('pages with a cursor that belongs to one list only', async () => {
    const { w, A, B, C, D } = await scenario();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: CallResult<InboxPage> = await inbox(
        w.coordinator,
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...ids(res));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([A.id, B.id, D.id, C.id]);

    const first = await inbox(w.coordinator, '?limit=1');
    expect(first.body.nextCursor).not.toBeNull();
    expectProblem(
      await inbox(w.coordinator, `?unitId=${w.unit1}&cursor=${first.body.nextCursor}`),
      400,
      'invalid-cursor',
    );
    expectProblem(await inbox(w.coordinator, '?cursor=bm90LWEta2V5'), 400, 'invalid-cursor');
  });

  it('marks and filters what is overdue and due soon as the clock moves', async () => {
    const { w, A, B, C, D } = await scenario();
    // Thursday 5 Nov, 10:00 in Jakarta: A and B fall due by the end of Friday (one working day).
    clock.advance(MONDAY + 3 * DAY + HOUR - clock.ms);
    expect(ids(await inbox(w.coordinator, '?overdue=true'))).toEqual([]);
    expect(ids(await inbox(w.coordinator, '?dueSoon=true'))).toEqual([A.id, B.id]);
    // Friday: A is overdue, B due today, D (Tuesday) is beyond the next working day (Monday).
    clock.advance(DAY);
    expect(ids(await inbox(w.coordinator, '?overdue=true'))).toEqual([A.id]);
    expect(ids(await inbox(w.coordinator, '?dueSoon=true'))).toEqual([B.id]);
    expect(ids(await inbox(w.coordinator, '?overdue=true&dueSoon=true'))).toEqual([A.id, B.id]);
    const badges = Object.fromEntries((await inbox(w.coordinator)).body.items.map((i) => [i.id, i.deadline]));
    expect(badges).toEqual({ [A.id]: 'overdue', [B.id]: 'due-soon', [D.id]: 'on-track', [C.id]: 'on-track' });
    // The complaint page shows the same badge.
    const page = await call<{ deadline: { state: string } }>(local, 'GET', `/api/complaints/${A.id}`, {
      token: w.coordinator,
    });
    expect(page.body.deadline.state).toBe('overdue');
    // A unit's queue answers the same questions for the unit.
    clock.advance(3 * DAY); // Monday 9 Nov: D is due tomorrow
    expect(ids(await inbox(w.officer1, '?dueSoon=true'))).toEqual([D.id]);
    expect(ids(await inbox(w.officer2, '?dueSoon=true'))).toEqual([]);
  });

  it('leaves out a report waiting for the reporter: its completion window is not an officials’ deadline', async () => {
    clock.advance(MONDAY - clock.ms);
    const w = await officialsWorld(local);
    let waiting = await fileComplaint(local, w, { title: 'Kurang lengkap lokasinya' });
    waiting = await ok(local, w.coordinator, waiting, {
      action: 'request-info',
      note: 'Mohon sebutkan alamat lengkap.',
    });
    const late = await fileComplaint(local, w, { title: 'Belum diverifikasi' });
    clock.advance(31 * DAY); // past the 30-day completion window and the 3-working-day verification deadline
    expect(ids(await inbox(w.coordinator))).toEqual([late.id, waiting.id]);
    expect(ids(await inbox(w.coordinator, '?overdue=true'))).toEqual([late.id]);
    const items = (await inbox(w.coordinator)).body.items;
    expect(items.find((i) => i.id === waiting.id)!.deadline).toBeNull();
  });
});

describe('unit officers', () => {
  it('see only their units’ complaints', async () => {
    const { w, C, D } = await scenario();
    expect(ids(await inbox(w.officer1))).toEqual([D.id]);
    expect(ids(await inbox(w.officer1, `?unitId=${w.unit1}`))).toEqual([D.id]);
    expect(ids(await inbox(w.officer2))).toEqual([C.id]);
    expect(ids(await inbox(w.officer1, '?period=2026-11'))).toEqual([D.id]);
    expect(ids(await inbox(w.officer1, '?q=lampu'))).toEqual([]);
    expect(ids(await inbox(w.officer1, '?q=trotoar'))).toEqual([D.id]);
    expect(ids(await inbox(w.officer1, '?state=closed'))).toEqual([]);
    expectProblem(await inbox(w.officer1, `?unitId=${w.unit2}`), 403, 'forbidden');
    expectProblem(await call(local, 'GET', `/api/complaints/${C.id}`, { token: w.officer1 }), 403);

    // An officer of two units names the one to read.
    const { user } = await w.t.user('unit-officer', [w.unit1, w.unit2]);
    const both = await longToken(local, w.t, user);
    const res = await inbox(both);
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['unitId']);
    expect(ids(await inbox(both, `?unitId=${w.unit2}`))).toEqual([C.id]);
    expect(ids(await inbox(both, `?unitId=${w.unit1}`))).toEqual([D.id]);
  });

  it('keep seeing a complaint re-routed to them, and stop seeing one re-routed away', async () => {
    const { w, D } = await scenario();
    const moved: Complaint = await ok(local, w.coordinator, D, {
      action: 'reroute',
      unitId: w.unit2,
      note: 'Ini urusan lingkungan hidup.',
    });
    expect(moved.unitId).toBe(w.unit2);
    expect(ids(await inbox(w.officer1))).toEqual([]);
    expect(ids(await inbox(w.officer2))).toContain(D.id);
  });
});
