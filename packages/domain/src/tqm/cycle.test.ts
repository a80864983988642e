import { describe, expect, it } from 'vitest';
import {
  actionOnTime,
  createCycleSchema,
  cycleProgress,
  metricOf,
  rootCauseSchema,
  stageProblem,
  targetProblem,
} from './cycle';

const ID = '01JD7Q9X4ZB8F6M2N3P5R7S9TA';

describe('metrics and targets', () => {
  it('each source measures its own metric, with its direction', () => {
    expect(
      metricOf({ kind: 'skm-unsur', unitId: ID, period: '2026-Q1', templateId: 'skm-2017', unsurCode: 'U3' }),
    ).toMatchObject({ direction: 'higher-is-better', scale: { min: 25, max: 100 } });
    expect(metricOf({ kind: 'complaint-category', categoryId: ID, period: '2026-Q1' }).direction).toBe(
      'lower-is-better',
    );
    expect(
      metricOf({
        kind: 'manual',
        metricName: 'Waktu tunggu',
        metricUnit: 'menit',
        direction: 'lower-is-better',
        baselineValue: 40,
        baselinePeriod: 'Maret 2026',
      }),
    ).toMatchObject({ name: { id: 'Waktu tunggu' }, direction: 'lower-is-better', scale: null });
  });

  it('a target lies on the scale and asks for improvement', () => {
    const skm = metricOf({
      kind: 'skm-unsur',
      unitId: null,
      period: '2026',
      templateId: 'skm-2017',
      unsurCode: 'U1',
    });
    expect(targetProblem(skm, 62.5, 80)).toBeNull();
    expect(targetProblem(skm, 62.5, 101)).toBe('cycle.targetRange');
    expect(targetProblem(skm, 62.5, 60)).toBe('cycle.targetNotBetter');
    const count = metricOf({ kind: 'complaint-category', categoryId: ID, period: '2026' });
    expect(targetProblem(count, 12, 6)).toBeNull();
    expect(targetProblem(count, 12, 12)).toBe('cycle.targetNotBetter');
    expect(targetProblem(count, 12, -1)).toBe('cycle.targetRange');
  });

  it('a target given as text is refused with its own message', () => {
    const r = createCycleSchema.safeParse({
      title: 'Mempercepat KTP',
      problem: 'Waktu penyelesaian paling rendah',
      source: { kind: 'missed-deadlines', period: '2026-Q1' },
      target: 'delapan puluh',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === 'target')?.message).toBe('cycle.targetNumber');
  });
});

describe('root cause', () => {
  it('cause categories belong to the chosen set', () => {
    expect(
      rootCauseSchema.safeParse({ categorySet: 'six-m', causes: [{ category: 'method', text: 'x' }] })
        .success,
    ).toBe(true);
    const wrong = rootCauseSchema.safeParse({
      categorySet: 'six-m',
      causes: [{ category: 'petugas', text: 'x' }],
    });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({
      message: 'cycle.causeCategory',
      path: ['causes', 0, 'category'],
    });
    expect(rootCauseSchema.parse({})).toEqual({ categorySet: 'public-service', whys: [], causes: [] });
  });
});

describe('stages', () => {
  const base = { actions: [], checkValue: null, standardChanges: 0, nextCycleId: null };

  it('moves one step forward or back, never skips', () => {
    expect(stageProblem({ ...base, from: 'plan', to: 'check' })).toBe('cycle.stageNotAllowed');
    expect(stageProblem({ ...base, from: 'closed', to: 'act' })).toBe('cycle.stageNotAllowed');
    expect(stageProblem({ ...base, from: 'check', to: 'do' })).toBeNull();
    expect(stageProblem({ ...base, from: 'do', to: 'plan' })).toBeNull();
  });

  it('Do needs an action; Check needs every action done or cancelled', () => {
    expect(stageProblem({ ...base, from: 'plan', to: 'do' })).toBe('cycle.needsActions');
    expect(stageProblem({ ...base, from: 'plan', to: 'do', actions: [{ status: 'cancelled' }] })).toBe(
      'cycle.needsActions',
    );
    expect(stageProblem({ ...base, from: 'plan', to: 'do', actions: [{ status: 'planned' }] })).toBeNull();
    const open = [{ status: 'done' as const }, { status: 'in-progress' as const }];
    expect(stageProblem({ ...base, from: 'do', to: 'check', actions: open })).toBe('cycle.actionsOpen');
    const finished = [{ status: 'done' as const }, { status: 'cancelled' as const }];
    expect(stageProblem({ ...base, from: 'do', to: 'check', actions: finished })).toBeNull();
  });

  it('Act needs the re-measurement; closing needs a standard change or a next cycle', () => {
    expect(stageProblem({ ...base, from: 'check', to: 'act' })).toBe('cycle.noMeasurement');
    expect(stageProblem({ ...base, from: 'check', to: 'act', checkValue: 0 })).toBeNull();
    expect(stageProblem({ ...base, from: 'act', to: 'closed' })).toBe('cycle.needsDecision');
    expect(stageProblem({ ...base, from: 'act', to: 'closed', standardChanges: 1 })).toBeNull();
    expect(stageProblem({ ...base, from: 'act', to: 'closed', nextCycleId: ID })).toBeNull();
  });

  it('progress counts done over the actions that were not cancelled', () => {
    expect(
      cycleProgress([
        { status: 'done' },
        { status: 'in-progress' },
        { status: 'cancelled' },
        { status: 'done' },
      ]),
    ).toEqual({ total: 3, planned: 0, inProgress: 1, done: 2, cancelled: 1, share: 2 / 3 });
    expect(cycleProgress([]).share).toBeNull();
  });

  it('an action is on time when done by its deadline', () => {
    expect(actionOnTime({ status: 'done', deadline: '2026-03-31' }, '2026-03-31')).toBe(true);
    expect(actionOnTime({ status: 'done', deadline: '2026-03-31' }, '2026-04-01')).toBe(false);
    expect(actionOnTime({ status: 'in-progress', deadline: '2026-03-31' }, null)).toBe(false);
  });
});
