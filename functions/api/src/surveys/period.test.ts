import { describe, expect, it } from 'vitest';
import { campaignPeriod, campaignPeriodLabel } from './period';

describe('campaign periods', () => {
  it('a custom period reads as its dates; a semester becomes its period key and days', () => {
    expect(
      campaignPeriodLabel(campaignPeriod({ kind: 'custom', start: '2026-03-01', end: '2026-05-31' })),
    ).toEqual({
      id: '1 Maret 2026 – 31 Mei 2026',
      en: '1 March 2026 – 31 May 2026',
    });
    expect(campaignPeriod({ kind: 'semester', year: 2026, number: 1 })).toEqual({
      kind: 'semester',
      key: '2026-S1',
      start: '2026-01-01',
      end: '2026-06-30',
    });
  });
});
