import { describe, expect, it } from 'vitest';
import { Open311Error } from './errors';
import { toXml } from './format';
import { monthsBetween, parseRequestQuery, splitMedia, withMedia } from './requests';
import { type Open311Form, titleFrom, toSubmission } from './submit';

const CATEGORY = '01JD7Q9X4ZB8F6M2N3P5R7S9TV';
const DESCRIPTION =
  'Sudah tiga minggu lampu penerangan jalan di depan SDN 2 Sukamaju padam sehingga jalan gelap dan rawan kecelakaan.';

const form = (fields: Record<string, string>, attributes: Record<string, string[]> = {}): Open311Form => ({
  fields: new Map(Object.entries(fields)),
  attributes: new Map(Object.entries(attributes)),
});

const problems = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof Open311Error) return e.errors.map((x) => x.description.en);
    throw e;
  }
  throw new Error('expected an Open311Error');
};

describe('toSubmission', () => {
  it('maps the spec’s fields and attributes onto a Prima submission', () => {
    const input = toSubmission(
      form(
        {
          lat: '-6.5971',
          long: '106.806',
          address_string: 'Jl. Pajajaran No. 10',
          description: `  ${DESCRIPTION}  `,
          first_name: 'Siti',
          last_name: 'Aminah',
          email: 'Siti@Example.com',
          phone: '+62 812 555 0101',
          media_url: 'https://foto.example.org/a.jpg',
          device_id: 'dev-1',
          account_id: 'acc-1',
        },
        {
          jenis: ['aspirasi'],
          anonim: ['TRUE'],
          rahasia: ['false'],
          tanggal_layanan: ['2026-11-17T20:00:00Z'],
        },
      ),
      CATEGORY,
      'Asia/Jakarta',
    );
    expect(input).toEqual({
      type: 'aspirasi',
      categoryId: CATEGORY,
      serviceId: null,
      title: 'Sudah tiga minggu lampu penerangan jalan di depan SDN 2…',
      description: `${DESCRIPTION}\n\nmedia_url: https://foto.example.org/a.jpg`,
      location: { lat: -6.5971, lng: 106.806, address: 'Jl. Pajajaran No. 10' },
      reporter: { name: 'Siti Aminah', email: 'siti@example.com', phone: '+62 812 555 0101' },
      anonim: true,
      rahasia: false,
      attachmentIds: [],
      // 20:00 UTC is the next morning in Jakarta.
      serviceDate: '2026-11-18',
    });
  });

  it('defaults: a pengaduan, neither anonim nor rahasia, no reporter', () => {
    const input = toSubmission(
      form({ address_string: 'Pasar Sukamaju', description: DESCRIPTION }),
      CATEGORY,
      'Asia/Jayapura',
    );
    expect(input).toMatchObject({
      type: 'pengaduan',
      anonim: false,
      rahasia: false,
      reporter: {},
      serviceDate: null,
    });
    expect(input.location).toEqual({ address: 'Pasar Sukamaju' });
  });

  it('lists every problem, naming the Open311 field', () => {
    expect(
      problems(() =>
        toSubmission(
          form(
            { lat: '12', description: 'pendek', email: 'x', media_url: 'javascript:alert(1)' },
            { warna: ['merah'] },
          ),
          CATEGORY,
          'Asia/Jakarta',
        ),
      ).map((m) => m.split(':')[0]),
    ).toEqual(['long', 'description', 'media_url', 'email', 'attribute[warna]']);
    expect(
      problems(() =>
        toSubmission(form({ address_id: '123', description: DESCRIPTION }), CATEGORY, 'Asia/Jakarta'),
      )[0],
    ).toMatch(/^address_id: /);
    expect(
      problems(() => toSubmission(form({ description: DESCRIPTION }), CATEGORY, 'Asia/Jakarta'))[0],
    ).toMatch(/location/);
    expect(
      problems(() =>
        toSubmission(form({ lat: '1e2', long: '0', description: DESCRIPTION }), CATEGORY, 'Asia/Jakarta'),
      )[0],
    ).toMatch(/^lat: /);
  });
});

describe('titleFrom', () => {
  it('keeps a short description whole, and cuts a long one at a word', () => {
    expect(titleFrom('Jalan berlubang  di\ndepan pasar')).toBe('Jalan berlubang di depan pasar');
    expect(titleFrom(`${'a'.repeat(80)} b`)).toBe(`${'a'.repeat(59)}…`);
    expect(titleFrom(DESCRIPTION).length).toBeLessThanOrEqual(61);
  });
});

describe('media_url in the description', () => {
  it('round-trips for Open311 submissions only', () => {
    const description = withMedia('Uraian', 'https://x.example/a.jpg');
    expect(splitMedia({ channel: 'open311', description })).toEqual({
      description: 'Uraian',
      mediaUrl: 'https://x.example/a.jpg',
    });
    expect(splitMedia({ channel: 'web', description })).toEqual({ description, mediaUrl: null });
  });
});

describe('parseRequestQuery', () => {
  const now = new Date('2026-11-20T03:00:00Z');
  const q = (args: Record<string, string[]>) => parseRequestQuery((n) => args[n], now, 'Asia/Jakarta');

  it('defaults to the last 90 days, the first page of 100', () => {
    expect(q({})).toEqual({
      kind: 'search',
      serviceCodes: null,
      statuses: null,
      start: new Date(now.getTime() - 90 * 86_400_000),
      end: now,
      page: 1,
      pageSize: 100,
    });
  });

  it('takes a bare date as the whole local day', () => {
    const r = q({ start_date: ['2026-11-01'], end_date: ['2026-11-02'] });
    expect(r).toMatchObject({
      start: new Date('2026-10-31T17:00:00.000Z'),
      end: new Date('2026-11-02T16:59:59.999Z'),
    });
  });

  it('lets an id list override everything else', () => {
    expect(q({ service_request_id: ['a,b', 'a'], status: ['nonsense'] })).toEqual({
      kind: 'ids',
      ids: ['a', 'b'],
    });
  });
});

describe('monthsBetween', () => {
  it('walks back across a year end, in the tenant’s time zone', () => {
    expect(
      monthsBetween(new Date('2026-10-31T18:00:00Z'), new Date('2027-01-02T00:00:00Z'), 'Asia/Jakarta'),
    ).toEqual(['2027-01', '2026-12', '2026-11']);
  });
});

describe('toXml', () => {
  it('writes lists by the Spark convention, nulls as empty elements, after the declaration', () => {
    expect(toXml('errors', [{ code: 400, description: 'a & b' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<errors>\n  <error>\n    <code>400</code>\n    <description>a &amp; b</description>\n  </error>\n</errors>\n',
    );
    expect(toXml('service_requests', [{ service_request_id: 'x', account_id: null }])).toContain(
      '<account_id/>',
    );
    expect(toXml('services', [])).toMatch(/<services(\/>|><\/services>)/);
  });
});
