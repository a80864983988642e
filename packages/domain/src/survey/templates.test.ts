import { describe, expect, it } from 'vitest';
import type { Localized } from '../common';
import { SURVEY_TEMPLATE_IDS } from '../settings';
import { roundHalfUp } from './rounding';
import { SERVQUAL_TEMPLATE } from './servqual-template';
import {
  ALL_SURVEY_TEMPLATE_IDS,
  IKM_2004,
  IKM_TEMPLATES,
  SKM_2014,
  SKM_2017,
  SURVEY_TEMPLATES,
} from './templates';
import { TRUST_DRIVERS, TRUST_TEMPLATE } from './trust-template';

const filled = (l: Localized) => l.id.trim().length > 0 && l.en.trim().length > 0;

describe('IKM templates', () => {
  it('2017: nine unsur U1–U9, each with four answer labels in both languages', () => {
    expect(SKM_2017.unsur.map((u) => u.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(SKM_2017.unsur.map((u) => u.name.id)).toContain('Penanganan Pengaduan, Saran dan Masukan');
    for (const u of SKM_2017.unsur) {
      expect(u.answers).toHaveLength(4);
      expect([u.name, ...u.answers].every(filled)).toBe(true);
    }
    expect(SKM_2017.unsur[3]!.answers.map((a) => a.id)).toEqual([
      'sangat mahal',
      'cukup mahal',
      'murah',
      'gratis',
    ]);
    expect(SKM_2017.unsur[6]!.answers[0].id).toBe('tidak sopan dan ramah');
    expect(SKM_2017.weights).toEqual({ exact: 1 / 9, legacy: 0.111 });
  });

  it('2014 differs from 2017 only in U8 (Maklumat Pelayanan)', () => {
    expect(SKM_2014.unsur[7]!.name.id).toBe('Maklumat Pelayanan');
    expect(SKM_2014.unsur.filter((_, i) => i !== 7)).toEqual(SKM_2017.unsur.filter((_, i) => i !== 7));
    expect(SKM_2014.bands).toEqual(SKM_2017.bands);
  });

  it('2004: fourteen unsur on 1–4 with weight 1/14 (legacy 0.071) and strict bands', () => {
    expect(IKM_2004.unsur).toHaveLength(14);
    expect(IKM_2004.unsur[13]!.name.id).toBe('Keamanan pelayanan');
    expect(IKM_2004.weights).toEqual({ exact: 1 / 14, legacy: 0.071 });
    expect(IKM_2004.bands.map((b) => [b.mutu, b.from, b.fromInclusive])).toEqual([
      ['A', 81.25, false],
      ['B', 62.5, false],
      ['C', 43.75, false],
      ['D', 25, true],
    ]);
    expect(IKM_2004.unsur.every((u) => u.answers.length === 4 && [u.name, ...u.answers].every(filled))).toBe(
      true,
    );
  });

  it('the IKM template ids are the ones a tenant can pick in settings', () => {
    expect(Object.keys(IKM_TEMPLATES)).toEqual([...SURVEY_TEMPLATE_IDS]);
    for (const [id, t] of Object.entries(SURVEY_TEMPLATES)) expect(t.id).toBe(id);
    expect(Object.keys(SURVEY_TEMPLATES)).toEqual([...ALL_SURVEY_TEMPLATE_IDS]);
  });
});

describe('SERVQUAL template', () => {
  it('22 items on the published dimension ranges, E and P worded in both languages', () => {
    expect(SERVQUAL_TEMPLATE.items).toHaveLength(22);
    const ranges = SERVQUAL_TEMPLATE.dimensions.map((d) => d.items.map((c) => Number(c.slice(1))));
    expect(ranges).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10, 11, 12, 13],
      [14, 15, 16, 17],
      [18, 19, 20, 21, 22],
    ]);
    expect(SERVQUAL_TEMPLATE.items.every((i) => filled(i.expectation) && filled(i.perception))).toBe(true);
    expect(SERVQUAL_TEMPLATE.scale).toMatchObject({ min: 1, max: 7 });
    expect(SERVQUAL_TEMPLATE.weights).toEqual({ kind: 'allocation', points: 100 });
  });
});

describe('trust template', () => {
  it('0–10 items: political trust, every driver, and the single social trust item', () => {
    const { items } = TRUST_TEMPLATE;
    expect(TRUST_TEMPLATE.scale).toEqual({ min: 0, max: 10 });
    expect(items.filter((i) => i.section === 'political').length).toBeGreaterThanOrEqual(3);
    for (const d of TRUST_DRIVERS)
      expect(
        items.some((i) => i.driver === d),
        d,
      ).toBe(true);
    const social = items.filter((i) => i.section === 'social');
    expect(social.map((i) => i.text.en)).toEqual(['In general, how much do you trust most people?']);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    expect(TRUST_TEMPLATE.drivers.map((d) => [d.key, d.group])).toEqual([
      ['responsiveness', 'competence'],
      ['reliability', 'competence'],
      ['integrity', 'values'],
      ['openness', 'values'],
      ['fairness', 'values'],
    ]);
  });

  it('the bands cover 0–10 once: low 0–4, neutral 5, high 6–10', () => {
    for (let v = 0; v <= 10; v++) {
      expect(TRUST_TEMPLATE.bands.filter((b) => v >= b.from && v <= b.to)).toHaveLength(1);
    }
  });
});

describe('roundHalfUp', () => {
  it('rounds the decimal the value stands for, half away from zero', () => {
    // Math.round(x * 100) / 100 gives 1, 88.3 and 2.67 for the first three.
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(88.305)).toBe(88.31);
    expect(roundHalfUp(2.675)).toBe(2.68);
    expect(roundHalfUp(-1.005)).toBe(-1.01);
    expect(roundHalfUp(-0.001)).toBe(0);
    expect(roundHalfUp(1.2345, 3)).toBe(1.235);
    expect(roundHalfUp(7.5, 0)).toBe(8);
    expect(roundHalfUp(88.3049)).toBe(88.3);
  });
});
