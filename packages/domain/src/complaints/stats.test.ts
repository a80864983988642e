import { describe, expect, it } from 'vitest';
import {
  type ComplaintFacts,
  histogramMedian,
  mergeHistograms,
  monthOf,
  pareto,
  snapshotDelta,
  submissionDelta,
  transitionDelta,
} from './stats';

const facts = (over: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  status: 'diterima',
  unitId: null,
  categoryId: 'CAT1',
  channel: 'web',
  submittedAt: '2026-11-23T03:00:00.000Z',
  firstResponseAt: null,
  closedAt: null,
  dueAt: '2026-11-26T16:59:59.999Z',
  ...over,
});

describe('counters on write', () => {
  it('a submission counts as received, by channel and category', () => {
    expect(submissionDelta(facts())).toEqual({ received: 1, 'byChannel.web': 1, 'byCategory.CAT1': 1 });
  });
  it('a first response on time counts its hours and the unit', () => {
    const before = facts({ status: 'didisposisikan', unitId: 'U1' });
    const after = {
      ...before,
      status: 'ditindaklanjuti' as const,
      firstResponseAt: '2026-11-24T05:30:00.000Z',
    };
    expect(transitionDelta(before, after)).toEqual({
      responded: 1,
      'firstResponseHours.26': 1,
      respondedOnTime: 1,
      'byUnit.U1.responded': 1,
      'byUnit.U1.respondedOnTime': 1,
    });
  });
  it('a late first response is counted late', () => {
    const before = facts({ status: 'didisposisikan', unitId: 'U1' });
    const after = {
      ...before,
      status: 'ditindaklanjuti' as const,
      firstResponseAt: '2026-11-27T03:00:00.000Z',
    };
    expect(transitionDelta(before, after)).toMatchObject({ respondedLate: 1 });
  });
  it('closing counts hours to close; dispatch counts the unit', () => {
    const before = facts({
      status: 'ditindaklanjuti',
      unitId: 'U1',
      firstResponseAt: '2026-11-24T03:00:00.000Z',
    });
    expect(
      transitionDelta(before, { ...before, status: 'selesai', closedAt: '2026-11-25T03:00:00.000Z' }),
    ).toEqual({
      closed: 1,
      'closeHours.48': 1,
      'byUnit.U1.closed': 1,
    });
    const v = facts({ status: 'diverifikasi' });
    expect(transitionDelta(v, { ...v, status: 'didisposisikan', unitId: 'U2' })).toEqual({
      'byUnit.U2.received': 1,
    });
  });
  it('the snapshot moves a complaint between statuses and units', () => {
    expect(snapshotDelta(null, facts())).toEqual({ open: 1, 'byStatus.diterima': 1 });
    const d = facts({ status: 'diverifikasi' });
    expect(snapshotDelta(d, { ...d, status: 'didisposisikan', unitId: 'U1' })).toEqual({
      'byStatus.diverifikasi': -1,
      'byStatus.didisposisikan': 1,
      'openByUnit.U1': 1,
    });
    const t = facts({ status: 'ditindaklanjuti', unitId: 'U1' });
    expect(snapshotDelta(t, { ...t, status: 'selesai' })).toEqual({
      open: -1,
      'byStatus.ditindaklanjuti': -1,
      'openByUnit.U1': -1,
    });
  });
});

describe('histogram median', () => {
  it('is the lower median, exact to the bucket', () => {
    expect(histogramMedian({})).toBeNull();
    expect(histogramMedian({ 5: 1 })).toBe(5);
    expect(histogramMedian({ 1: 1, 3: 1, 10: 1 })).toBe(3);
    expect(histogramMedian({ 1: 2, 3: 2 })).toBe(1);
    expect(histogramMedian({ 24: 3, 2: 1, 100: 1 })).toBe(24);
  });
  it('merges months', () => {
    expect(
      mergeHistograms([
        { 1: 1, 2: 2 },
        { 2: 1, 5: 4 },
      ]),
    ).toEqual({ 1: 1, 2: 3, 5: 4 });
  });
});

describe('pareto', () => {
  it('sorts, accumulates and marks the vital few up to 80 %', () => {
    const rows = pareto({ jalan: 50, lampu: 25, sampah: 15, air: 6, lain: 4 });
    expect(rows.map((r) => r.key)).toEqual(['jalan', 'lampu', 'sampah', 'air', 'lain']);
    expect(rows.map((r) => r.cumulativeShare)).toEqual([0.5, 0.75, 0.9, 0.96, 1]);
    expect(rows.map((r) => r.vital)).toEqual([true, true, true, false, false]);
  });
});

describe('monthOf', () => {
  it('uses the tenant time zone', () => {
    expect(monthOf('2026-11-30T18:00:00.000Z', 'Asia/Jakarta')).toBe('2026-12');
    expect(monthOf('2026-11-30T16:00:00.000Z', 'Asia/Jakarta')).toBe('2026-11');
  });
});
