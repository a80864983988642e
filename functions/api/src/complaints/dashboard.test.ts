import { describe, expect, it } from 'vitest';
import { computeDashboard, type DashboardInput, monthsEndingAt } from './dashboard';

const CAT_A = '01JD7Q9X4ZB8F6M2N3P5R7S9TA';
const CAT_B = '01JD7Q9X4ZB8F6M2N3P5R7S9TB';
const CAT_C = '01JD7Q9X4ZB8F6M2N3P5R7S9TC';
const UNIT_1 = '01JD7Q9X4ZB8F6M2N3P5R7S9U1';
const UNIT_2 = '01JD7Q9X4ZB8F6M2N3P5R7S9U2';

const base: DashboardInput = {
  months: ['2026-10', '2026-11'],
  monthCounters: {},
  snapshot: {},
  overdue: 0,
  categories: [
    { id: CAT_A, name: 'Jalan rusak' },
    { id: CAT_B, name: 'Lampu jalan' },
    { id: CAT_C, name: 'Sampah' },
  ],
  units: [
    { id: UNIT_1, name: 'Dinas PUPR', shortName: 'PUPR' },
    { id: UNIT_2, name: 'Dinas Lingkungan Hidup', shortName: 'DLH' },
  ],
};

describe('computeDashboard', () => {
  it('is all zeros and nulls without any complaint', () => {
    const d = computeDashboard(base);
    expect(d).toMatchObject({
      period: { from: '2026-10', to: '2026-11', months: 2 },
      open: 0,
      overdue: 0,
      received: 0,
      onTimeRate: null,
      medianHoursToFirstResponse: null,
      medianHoursToClose: null,
      pareto: [],
      byUnit: [],
      uncategorised: 0,
    });
    expect(d.trend).toEqual([
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
        received: 0,
        responded: 0,
        respondedOnTime: 0,
        closed: 0,
        medianHoursToFirstResponse: null,
      },
    ]);
  });

  it('sums the months, takes medians of the merged histograms and rates first responses', () => {
    const d = computeDashboard({
      ...base,
      monthCounters: {
        '2026-10': {
          received: 6,
          'byChannel.web': 4,
          'byChannel.phone': 2,
          [`byCategory.${CAT_A}`]: 3,
          [`byCategory.${CAT_B}`]: 2,
          responded: 3,
          respondedOnTime: 2,
          respondedLate: 1,
          'firstResponseHours.2': 1,
          'firstResponseHours.5': 1,
          'firstResponseHours.40': 1,
          closed: 2,
          'closeHours.30': 1,
          'closeHours.100': 1,
          [`byUnit.${UNIT_1}.received`]: 3,
          [`byUnit.${UNIT_1}.responded`]: 3,
          [`byUnit.${UNIT_1}.respondedOnTime`]: 2,
          [`byUnit.${UNIT_1}.closed`]: 2,
        },
        '2026-11': {
          received: 4,
          'byChannel.web': 4,
          [`byCategory.${CAT_A}`]: 4,
          responded: 1,
          respondedOnTime: 1,
          'firstResponseHours.7': 1,
          closed: 1,
          'closeHours.50': 1,
          reopened: 1,
          [`byUnit.${UNIT_2}.received`]: 2,
          [`byUnit.${UNIT_2}.responded`]: 1,
          [`byUnit.${UNIT_2}.respondedOnTime`]: 1,
          [`byUnit.${UNIT_2}.closed`]: 1,
        },
        '2026-09': { received: 99 },
      },
      snapshot: {
        open: 7,
        'byStatus.diterima': 3,
        'byStatus.didisposisikan': 4,
        'byStatus.selesai': 0,
        [`openByUnit.${UNIT_1}`]: 1,
        [`openByUnit.${UNIT_2}`]: 3,
      },
      overdue: 2,
    });
    expect(d.received).toBe(10); // 2026-09 is outside the period
    expect(d.responded).toBe(4);
    expect(d.respondedOnTime).toBe(3);
    expect(d.onTimeRate).toBe(0.75);
    expect(d.closed).toBe(3);
    expect(d.reopened).toBe(1);
    expect(d.open).toBe(7);
    expect(d.overdue).toBe(2);
    expect(d.openByStatus).toEqual({ diterima: 3, didisposisikan: 4 });
    // First responses at 2, 5, 7, 40 hours: the lower median is 5. Closures at 30, 50, 100: 50.
    expect(d.medianHoursToFirstResponse).toBe(5);
    expect(d.medianHoursToClose).toBe(50);
    expect(d.byChannel).toEqual({ web: 8, phone: 2 });
    expect(d.trend.map((t) => [t.month, t.received, t.responded, t.closed])).toEqual([
      ['2026-10', 6, 3, 2],
      ['2026-11', 4, 1, 1],
    ]);
    expect(d.trend[0]!.medianHoursToFirstResponse).toBe(5);
  });

  it('ranks categories as a Pareto with names, cumulative shares and the vital few', () => {
    const d = computeDashboard({
      ...base,
      monthCounters: {
        '2026-11': {
          received: 12,
          [`byCategory.${CAT_A}`]: 6,
          [`byCategory.${CAT_B}`]: 3,
          [`byCategory.${CAT_C}`]: 1,
          'byCategory.01JD7Q9X4ZB8F6M2N3P5R7S9ZZ': 0,
        },
      },
    });
    expect(d.pareto).toEqual([
      { categoryId: CAT_A, name: 'Jalan rusak', count: 6, share: 0.6, cumulativeShare: 0.6, vital: true },
      { categoryId: CAT_B, name: 'Lampu jalan', count: 3, share: 0.3, cumulativeShare: 0.9, vital: true },
      { categoryId: CAT_C, name: 'Sampah', count: 1, share: 0.1, cumulativeShare: 1, vital: false },
    ]);
    expect(d.uncategorised).toBe(2);
  });

  it('lists every unit that received, answered or holds open complaints, busiest first, names resolved', () => {
    const unknown = '01JD7Q9X4ZB8F6M2N3P5R7S9U9';
    const d = computeDashboard({
      ...base,
      monthCounters: {
        '2026-11': {
          [`byUnit.${UNIT_1}.received`]: 1,
          [`byUnit.${UNIT_2}.received`]: 4,
          [`byUnit.${UNIT_2}.responded`]: 4,
          [`byUnit.${UNIT_2}.respondedOnTime`]: 3,
          [`byUnit.${UNIT_2}.closed`]: 2,
        },
      },
      snapshot: { [`openByUnit.${UNIT_1}`]: 1, [`openByUnit.${unknown}`]: 2, [`openByUnit.${UNIT_2}`]: 0 },
    });
    expect(d.byUnit).toEqual([
      {
        unitId: UNIT_2,
        name: 'Dinas Lingkungan Hidup',
        shortName: 'DLH',
        received: 4,
        responded: 4,
        respondedOnTime: 3,
        onTimeRate: 0.75,
        closed: 2,
        open: 0,
      },
      {
        unitId: UNIT_1,
        name: 'Dinas PUPR',
        shortName: 'PUPR',
        received: 1,
        responded: 0,
        respondedOnTime: 0,
        onTimeRate: null,
        closed: 0,
        open: 1,
      },
      {
        unitId: unknown,
        name: null,
        shortName: null,
        received: 0,
        responded: 0,
        respondedOnTime: 0,
        onTimeRate: null,
        closed: 0,
        open: 2,
      },
    ]);
  });
});

describe('monthsEndingAt', () => {
  it('counts back across the year end in the tenant’s time zone', () => {
    // 2027-01-01 01:00 in Jayapura is still 2026-12-31 in UTC.
    const now = new Date('2026-12-31T16:00:00Z');
    expect(monthsEndingAt(now, 3, 'Asia/Jayapura')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsEndingAt(now, 3, 'Asia/Jakarta')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsEndingAt(new Date('2026-03-10T00:00:00Z'), 1, 'Asia/Jakarta')).toEqual(['2026-03']);
    expect(monthsEndingAt(new Date('2026-03-10T00:00:00Z'), 24, 'Asia/Jakarta')[0]).toBe('2024-04');
  });
});
