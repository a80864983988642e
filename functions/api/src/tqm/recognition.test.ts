import type { CycleAction, ImprovementCycle } from '@prima/domain';
import { describe, expect, it } from 'vitest';
import { activeIn, completedIn, contributions, type Official } from './recognition';

const TZ = 'Asia/Jakarta';

const action = (over: Partial<CycleAction>): CycleAction => ({
  id: 'a',
  title: 'Tindakan',
  ownerId: 'rina',
  ownerName: 'Rina',
  deadline: '2026-03-31',
  status: 'planned',
  completedAt: null,
  note: null,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  ...over,
});

const cycle = (over: Partial<ImprovementCycle>): ImprovementCycle => ({
  id: 'c',
  unitId: 'u1',
  title: 'Siklus',
  problem: 'Masalah yang diukur',
  source: { kind: 'missed-deadlines', unitId: 'u1', period: '2026-Q1' },
  metric: {
    kind: 'missed-deadlines',
    name: { id: 'Tepat waktu', en: 'On time' },
    unit: { id: '%', en: '%' },
    direction: 'higher-is-better',
    scale: { min: 0, max: 100 },
  },
  baseline: { value: 60, period: '2026-Q1', sample: 10, measuredAt: '', reference: '', complete: true },
  target: 80,
  checkPeriod: '2026-Q2',
  checkResult: null,
  rootCause: { categorySet: 'public-service', whys: [], causes: [] },
  actions: [],
  stage: 'plan',
  history: [],
  standardChanges: [],
  previousCycleId: null,
  nextCycleId: null,
  public: false,
  ownerId: 'rina',
  ownerName: 'Rina',
  notes: null,
  closedAt: null,
  createdBy: 'rina',
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 1,
  ...over,
});

const officials: Official[] = [
  { id: 'rina', name: 'Rina', role: 'unit-officer', unitIds: ['u1'], status: 'active' },
  { id: 'budi', name: 'Budi', role: 'coordinator', unitIds: [], status: 'active' },
  { id: 'sari', name: 'Sari', role: 'unit-officer', unitIds: ['u2'], status: 'active' },
  { id: 'gone', name: 'Lama', role: 'analyst', unitIds: [], status: 'deactivated' },
];

describe('contributions, by hand', () => {
  const measured = (value: number) => ({
    value,
    period: '2026-Q2',
    sample: 8,
    measuredAt: '2026-07-02T03:00:00.000Z',
    reference: '',
    complete: true,
  });
  const cycles = [
    // Rina led it; re-measured in July 2026: 60 → 85 against 80, improved and met.
    cycle({
      id: 'c1',
      stage: 'closed',
      checkResult: measured(85),
      closedAt: '2026-07-03T03:00:00.000Z',
      actions: [
        // Done on 31 March 23:00 WIB (16:00 UTC): on time. Done on 1 April 08:00 WIB: late. Cancelled: not counted.
        action({ id: 'a1', status: 'done', completedAt: '2026-03-31T16:00:00.000Z' }),
        action({ id: 'a2', status: 'done', completedAt: '2026-04-01T01:00:00.000Z' }),
        action({ id: 'a3', status: 'cancelled' }),
        action({ id: 'a4', ownerId: 'budi', status: 'in-progress', deadline: '2026-09-30' }),
      ],
    }),
    // Budi leads one in Act, re-measured worse: 60 → 55.
    cycle({ id: 'c2', unitId: 'u2', ownerId: 'budi', stage: 'act', checkResult: measured(55) }),
    // Rina's cycle closed in 2025: not active in 2026.
    cycle({
      id: 'c3',
      createdAt: '2025-03-01T00:00:00.000Z',
      closedAt: '2025-12-01T00:00:00.000Z',
      stage: 'closed',
    }),
  ];

  it('counts cycles led and completed, their effect, and actions done on time, in the year', () => {
    const rows = contributions(cycles, officials, { year: 2026, timeZone: TZ });
    const rina = rows.find((r) => r.userId === 'rina')!;
    expect(rina).toMatchObject({
      cyclesLed: 1,
      cyclesCompleted: 1,
      cyclesImproved: 1,
      cyclesTargetMet: 1,
      actionsOwned: 2,
      actionsDone: 2,
      actionsOnTime: 1,
      onTimeRate: 0.5,
    });
    expect(rina.effects[0]!.comparison).toMatchObject({
      baseline: 60,
      current: 85,
      absoluteChange: 25,
      targetMet: true,
    });
    const budi = rows.find((r) => r.userId === 'budi')!;
    expect(budi).toMatchObject({
      cyclesLed: 1,
      cyclesCompleted: 1,
      cyclesImproved: 0,
      actionsOwned: 1,
      actionsDone: 0,
    });
    expect(budi.onTimeRate).toBeNull();
    // Sari, active but without contributions, is listed; the deactivated official without any is not.
    expect(rows.map((r) => r.userId)).toEqual(['rina', 'budi', 'sari']);
  });

  it('per unit: only that unit’s cycles, and its own officials', () => {
    const rows = contributions(cycles, officials, { year: 2026, timeZone: TZ, unitId: 'u2' });
    expect(rows.map((r) => [r.userId, r.cyclesLed, r.actionsOwned])).toEqual([
      ['budi', 1, 0],
      ['sari', 0, 0],
    ]);
  });

  it('a cycle is active from its creation until it closes; completed in the year it was re-measured', () => {
    expect(activeIn(cycles[2]!, 2025, TZ)).toBe(true);
    expect(activeIn(cycles[2]!, 2026, TZ)).toBe(false);
    expect(completedIn(cycles[0]!, 2026, TZ)).toBe(true);
    expect(completedIn(cycles[0]!, 2027, TZ)).toBe(false);
  });
});
