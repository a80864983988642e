import { describe, expect, it } from 'vitest';
import { parsePeriodKey, periodKeysOfDate, periodLabel, periodSeries } from './periods';

describe('reporting periods', () => {
  it('parses year, semester, triwulan and month keys with their first and last day', () => {
    expect(parsePeriodKey('2026')).toMatchObject({ type: 'year', start: '2026-01-01', end: '2026-12-31' });
    expect(parsePeriodKey('2026-S2')).toMatchObject({
      type: 'semester',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(parsePeriodKey('2026-Q1')).toMatchObject({
      type: 'quarter',
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(parsePeriodKey('2028-02')).toMatchObject({
      type: 'month',
      start: '2028-02-01',
      end: '2028-02-29',
    });
    for (const bad of ['2026-Q5', '2026-S3', '2026-13', '26', '1999', '2026-q1', '']) {
      expect(parsePeriodKey(bad), bad).toBeNull();
    }
  });

  it('a date counts in its month, triwulan, semester and year', () => {
    expect(periodKeysOfDate('2026-08-17')).toEqual(['2026-08', '2026-Q3', '2026-S2', '2026']);
  });

  it('series run back across years, oldest first', () => {
    expect(periodSeries(parsePeriodKey('2026-Q2')!, 4).map((p) => p.key)).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
    expect(periodSeries(parsePeriodKey('2026-01')!, 2).map((p) => p.key)).toEqual(['2025-12', '2026-01']);
  });

  it('labels in Bahasa Indonesia and English', () => {
    expect(periodLabel(parsePeriodKey('2026-Q3')!)).toEqual({ id: 'Triwulan III 2026', en: 'Q3 2026' });
    expect(periodLabel(parsePeriodKey('2026-05')!)).toEqual({ id: 'Mei 2026', en: 'May 2026' });
  });
});
