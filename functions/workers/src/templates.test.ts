import type { Notification } from '@prima/store';
import { describe, expect, it } from 'vitest';
import { formatInstant, render, TEMPLATE_KEYS, templateOf, trackingPath } from './templates';

const base: Notification = {
  complaintId: '01JD7Q9X4ZB8F6M2N3P5R7S9TV',
  trackingCode: 'PRM-4K7Q-9XD2',
  template: 'submitted',
  locale: 'id',
  data: {
    title: 'Lampu jalan padam',
    status: 'diterima',
    tenantName: 'Kabupaten Sukamaju',
    slug: 'kab-sukamaju',
    dueAt: '2026-11-05T16:59:59.999Z',
    dueKind: 'verify',
    note: 'Catatan petugas',
    unitName: 'Dinas PU',
    action: 'reopen',
  },
};
const ctx = { baseUrl: 'https://prima.example.id/', timeZone: 'Asia/Jakarta' };

describe('notification texts', () => {
  it('every template renders in both languages, with the tenant, the code and no empty placeholder', () => {
    for (const template of TEMPLATE_KEYS) {
      for (const locale of ['id', 'en'] as const) {
        const r = render({ ...base, template, locale }, ctx);
        expect(r.template).toBe(template);
        expect(r.subject).toContain('Kabupaten Sukamaju');
        expect(r.subject).toContain('PRM-4K7Q-9XD2');
        expect(r.body).not.toMatch(/undefined|null|""|\$\{/);
        expect(r.sms.length).toBeLessThan(200);
        expect(r.body).toContain(locale === 'id' ? 'Salam' : 'Regards');
      }
    }
  });

  it('links to the tracking page (citizens) or to the admin page (officials)', () => {
    const citizen = render(base, ctx);
    expect(citizen.body).toContain(
      `https://prima.example.id${trackingPath('kab-sukamaju', 'PRM-4K7Q-9XD2')}`,
    );
    const official = render({ ...base, template: 'escalated', audience: 'coordinators' }, ctx);
    expect(official.body).toContain('https://prima.example.id/complaints/01JD7Q9X4ZB8F6M2N3P5R7S9TV');
    expect(official.body).not.toContain('/lacak/');
  });

  it('a status change into some statuses has a text of its own', () => {
    const of = (status: string) => templateOf({ template: 'status-changed', data: { status } });
    expect(of('perlu-dilengkapi')).toBe('request-info');
    expect(of('selesai')).toBe('closed');
    expect(of('dibuka-kembali')).toBe('reopened');
    expect(of('didisposisikan')).toBe('status-changed');
    expect(templateOf({ template: 'something-new', data: {} })).toBe('status-changed');
  });

  it('dates read as in the tenant’s time zone', () => {
    expect(formatInstant('2026-11-05T16:59:59.999Z', 'id', 'Asia/Jakarta')).toBe(
      '5 November 2026 pukul 23.59 WIB',
    );
    expect(formatInstant('2026-11-05T16:59:59.999Z', 'en', 'Asia/Jayapura')).toBe(
      '6 November 2026 at 01:59 WIT',
    );
    expect(formatInstant(undefined, 'id', 'Asia/Jakarta')).toBe('');
  });
});
