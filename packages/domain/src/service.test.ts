import { describe, expect, it } from 'vitest';
import {
  emptyStandard,
  PUBLIC_COMPONENT_KEYS,
  publicStandard,
  STANDARD_COMPONENT_KEYS,
  type Standard,
  standardCompleteness,
} from './service';

const PUBLIC = ['persyaratan', 'prosedur', 'jangkaWaktu', 'biaya', 'produk', 'pengaduan'];

/** A standard with every component filled with its own name. */
const fullStandard = (): Standard =>
  Object.fromEntries(STANDARD_COMPONENT_KEYS.map((k) => [k, `isi ${k}`])) as Standard;

describe('Standar Pelayanan', () => {
  it('has the 14 components of PermenPAN-RB 15/2014', () => {
    expect(STANDARD_COMPONENT_KEYS).toHaveLength(14);
    expect(new Set(STANDARD_COMPONENT_KEYS).size).toBe(14);
  });

  it('six of them are published: the service-delivery components', () => {
    expect([...PUBLIC_COMPONENT_KEYS].sort()).toEqual([...PUBLIC].sort());
  });

  it('emptyStandard has every component, each empty', () => {
    const s = emptyStandard();
    expect(Object.keys(s).sort()).toEqual([...STANDARD_COMPONENT_KEYS].sort());
    expect(Object.values(s).every((v) => v === '')).toBe(true);
  });

  it('emptyStandard gives a new object each time', () => {
    const a = emptyStandard();
    a.biaya = 'Gratis';
    expect(emptyStandard().biaya).toBe('');
  });
});

describe('standardCompleteness', () => {
  it('is 0 for an empty standard and 1 for a full one', () => {
    expect(standardCompleteness(emptyStandard())).toBe(0);
    expect(standardCompleteness(fullStandard())).toBe(1);
  });

  it('is the share of filled components', () => {
    const s = emptyStandard();
    for (const k of STANDARD_COMPONENT_KEYS.slice(0, 7)) s[k] = 'terisi';
    expect(standardCompleteness(s)).toBe(0.5);
    const one = { ...emptyStandard(), persyaratan: 'KTP-el' };
    expect(standardCompleteness(one)).toBeCloseTo(1 / 14, 10);
  });

  it('does not count a component holding only spaces', () => {
    expect(standardCompleteness({ ...emptyStandard(), biaya: '   \n\t' })).toBe(0);
  });
});

describe('publicStandard', () => {
  it('returns exactly the six public components with their text', () => {
    const full = fullStandard();
    const pub = publicStandard(full);
    expect(Object.keys(pub).sort()).toEqual([...PUBLIC].sort());
    for (const k of PUBLIC) expect(pub[k as keyof Standard]).toBe(`isi ${k}`);
  });

  it('never carries an internal component', () => {
    const pub = publicStandard(fullStandard()) as Record<string, unknown>;
    for (const internal of ['dasarHukum', 'sarana', 'kompetensi', 'pengawasan', 'jumlahPelaksana']) {
      expect(pub).not.toHaveProperty(internal);
    }
    expect(pub).not.toHaveProperty('jaminanPelayanan');
    expect(pub).not.toHaveProperty('jaminanKeamanan');
    expect(pub).not.toHaveProperty('evaluasi');
    expect(JSON.stringify(pub)).not.toContain('isi dasarHukum');
  });

  it('keeps empty public components (not yet drawn up) as empty', () => {
    expect(publicStandard(emptyStandard())).toEqual(Object.fromEntries(PUBLIC.map((k) => [k, ''])));
  });
});
