/**
 * Quality tools on complaints computed by hand: the Pareto of categories (Pemda-wide from the counters, per unit
 * from the complaints), XmR charts of handling time and daily volume with their limits, the IKM trend with its
 * target line; and a cycle started from the head of the Pareto.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ok as act,
  fileComplaint,
  HOUR,
  MONDAY,
  type OfficialsWorld,
  officialsWorld,
} from '../complaints/officials-fixtures';
import { errorPaths, expectProblem } from '../support/fixtures';
import { type CallResult, call } from '../support/harness';
import { clockedApp, ok } from './support';

const { local, clock } = await clockedApp(new Date(MONDAY).toISOString());

let w: OfficialsWorld;
const ids: string[] = [];

interface Xmr {
  unit: { id: string } | null;
  chart: {
    n: number;
    mean: number;
    mrBar: number;
    ucl: number;
    lcl: number;
    lclUnclamped: number;
    mrUcl: number;
    points: { value: number; label: string; outOfControl: boolean }[];
    signals: unknown[];
  };
  refs: (string | null)[];
  truncated: boolean;
}

const get = <T>(path: string, token = w.coordinator): Promise<CallResult<T>> =>
  call<T>(local, 'GET', path, { token });

/** Files a complaint now, and resolves it `hours` later (verify, dispatch to unit1, respond, close). */
async function resolvedAfter(hours: number) {
  let c = await fileComplaint(local, w);
  ids.push(c.id);
  clock.advance(hours * HOUR);
  c = await act(local, w.coordinator, c, { action: 'verify' });
  c = await act(local, w.coordinator, c, { action: 'dispatch', unitId: w.unit1 });
  c = await act(local, w.officer1, c, { action: 'respond', note: 'Lubang jalan sudah ditambal oleh tim.' });
  await act(local, w.coordinator, c, { action: 'close' });
}

beforeAll(async () => {
  w = await officialsWorld(local);
  // Monday 2 Nov 09:00 WIB: resolved after 10 h; 19:00: after 20 h; Tue 15:00: after 6 h. Tue 21:00: one more,
  // in the category routed nowhere, left open. Today is Tuesday 3 November.
  await resolvedAfter(10);
  await resolvedAfter(20);
  await resolvedAfter(6);
  await fileComplaint(local, w, { categoryId: w.otherCategoryId });
});

describe('Pareto of complaint categories', () => {
  it('Pemda-wide, from the counters: 3 and 1 of 4, cumulative 75 % and 100 %', async () => {
    const p = await ok(
      get<{
        total: number;
        received: number;
        bars: Record<string, unknown>[];
        vitalFew: string[];
        source: string;
      }>('/api/improvement/tools/pareto?period=2026-11'),
    );
    expect(p).toMatchObject({ total: 4, received: 4, source: 'counters' });
    expect(p.bars).toEqual([
      expect.objectContaining({
        categoryId: w.categoryId,
        name: 'Jalan rusak',
        count: 3,
        percent: 75,
        cumulativePercent: 75,
      }),
      expect.objectContaining({
        categoryId: w.otherCategoryId,
        count: 1,
        percent: 25,
        cumulativePercent: 100,
      }),
    ]);
    // The second category starts at 75 % < 80 %: both are among the vital few.
    expect(p.vitalFew).toEqual([w.categoryId, w.otherCategoryId]);
  });

  it('of one unit, from its complaints', async () => {
    const p = await ok(
      get<{
        unit: { id: string };
        total: number;
        bars: { count: number; cumulativePercent: number }[];
        source: string;
      }>(`/api/improvement/tools/pareto?period=2026-11&unitId=${w.unit1}`),
    );
    expect(p).toMatchObject({ unit: { id: w.unit1 }, total: 3, source: 'complaints' });
    expect(p.bars).toEqual([expect.objectContaining({ count: 3, cumulativePercent: 100 })]);
  });

  it('an unknown unit is a 404; a period that is not one a 400', async () => {
    expectProblem(await get(`/api/improvement/tools/pareto?period=2026-11&unitId=${w.users.admin!.id}`), 404);
    const bad = await get('/api/improvement/tools/pareto?period=2026-13');
    expectProblem(bad, 400);
    expect(errorPaths(bad)).toEqual(['period']);
  });
});

describe('XmR charts', () => {
  it('handling time: 10, 20, 6 hours → X̄ 12, MR̄ 12, UCL 43.92, LCL 0, MR limit 39.204', async () => {
    for (const unit of ['', `&unitId=${w.unit1}`]) {
      const x = await ok(get<Xmr>(`/api/improvement/tools/xmr/handling-time?period=2026-11${unit}`));
      expect(x.chart.points.map((p) => p.value)).toEqual([10, 20, 6]);
      expect(x.refs).toEqual(ids);
      expect(x.chart.mean).toBe(12);
      expect(x.chart.mrBar).toBe(12);
      expect(x.chart.ucl).toBeCloseTo(43.92, 10);
      expect(x.chart.lclUnclamped).toBeCloseTo(-19.92, 10);
      expect(x.chart.lcl).toBe(0);
      expect(x.chart.mrUcl).toBeCloseTo(39.204, 10);
      expect(x.chart.signals).toEqual([]);
      expect(x.chart.points.map((p) => p.label)).toEqual(['2026-11-02', '2026-11-03', '2026-11-03']);
    }
  });

  it('daily volume: 0, 2, 2 complaints (Pemda), 0, 2, 1 (unit), days up to today', async () => {
    const all = await ok(get<Xmr>('/api/improvement/tools/xmr/daily-volume?period=2026-11'));
    expect(all.chart.points.map((p) => [p.label, p.value])).toEqual([
      ['2026-11-01', 0],
      ['2026-11-02', 2],
      ['2026-11-03', 2],
    ]);
    // X̄ = 4/3; MRs 2, 0 → MR̄ 1; UCL = 4/3 + 2.66.
    expect(all.chart.mean).toBeCloseTo(4 / 3, 12);
    expect(all.chart.ucl).toBeCloseTo(4 / 3 + 2.66, 12);
    const unit = await ok(
      get<Xmr>(`/api/improvement/tools/xmr/daily-volume?period=2026-11&unitId=${w.unit1}`),
    );
    expect(unit.chart.points.map((p) => p.value)).toEqual([0, 2, 1]);
    expect(unit.chart.mrBar).toBe(1.5);
    expect(unit.chart.ucl).toBeCloseTo(1 + 2.66 * 1.5, 12);
  });
});

describe('IKM trend', () => {
  it('has the target line of grade A by default, or the one asked for', async () => {
    const trend = await ok(
      get<{ target: number; targetSource: string; points: { period: string; ikm: number | null }[] }>(
        `/api/improvement/tools/ikm-trend?unitId=${w.unit1}&periodType=quarter&count=4&until=2026-Q4`,
      ),
    );
    expect(trend).toMatchObject({ target: 88.31, targetSource: 'grade-a' });
    expect(trend.points.map((p) => [p.period, p.ikm])).toEqual([
      ['2026-Q1', null],
      ['2026-Q2', null],
      ['2026-Q3', null],
      ['2026-Q4', null],
    ]);
    const set = await ok(get<{ target: number }>('/api/improvement/tools/ikm-trend?target=80'));
    expect(set.target).toBe(80);
    expectProblem(await get('/api/improvement/tools/ikm-trend?target=banyak'), 400);
  });
});

describe('a cycle from the head of the Pareto', () => {
  it('the head of the Pareto is offered among the opportunities; no late responses are', async () => {
    const o = await ok(
      get<{
        items: {
          source: { kind: string; categoryId?: string };
          value: number;
          unit: { id: string } | null;
        }[];
      }>('/api/improvement/opportunities?period=2026-11'),
    );
    expect(o.items.map((i) => [i.source.kind, i.source.categoryId, i.value, i.unit?.id ?? null])).toEqual([
      ['complaint-category', w.categoryId, 3, w.unit1],
      ['complaint-category', w.otherCategoryId, 1, null],
    ]);
  });

  it('takes the category count as its baseline and the category’s unit as its unit', async () => {
    const cycle = await ok<{
      unit: { id: string };
      baseline: { value: number; sample: number };
      metric: { direction: string };
    }>(
      call(local, 'POST', '/api/improvement/cycles', {
        token: w.coordinator,
        body: {
          title: 'Mengurangi pengaduan jalan rusak',
          problem: 'Kategori jalan rusak memimpin Pareto pengaduan bulan November.',
          source: { kind: 'complaint-category', categoryId: w.categoryId, period: '2026-11' },
          target: 1,
        },
      }),
      201,
    );
    expect(cycle).toMatchObject({
      unit: { id: w.unit1 },
      baseline: { value: 3, sample: 4 },
      metric: { direction: 'lower-is-better' },
    });
  });

  it('missed deadlines at 100 % on time leave nothing to improve: the target is refused', async () => {
    const res = await call(local, 'POST', '/api/improvement/cycles', {
      token: w.coordinator,
      body: {
        title: 'Tanggapan tepat waktu',
        problem: 'Tanggapan pertama harus tepat waktu untuk semua pengaduan.',
        source: { kind: 'missed-deadlines', unitId: w.unit1, period: '2026-11' },
        target: 100,
      },
    });
    expectProblem(res, 400);
    expect(errorPaths(res)).toEqual(['target']);
  });
});
