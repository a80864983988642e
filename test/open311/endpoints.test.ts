/**
 * Open311 GeoReport v2: every endpoint, in JSON and in XML, carries every field the specification lists, with the
 * spec's content types and the XML declaration; jurisdiction_id is required and must name an active tenant.
 */
import type { LocalApp } from '@prima/local';
import { tenants } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/harness';
import {
  DESCRIPTION,
  expectErrors,
  fieldsOf,
  itemsOf,
  makeWorld,
  o311,
  postRequest,
  type World,
} from './support';

const local: LocalApp = await testApp();
let w: World;
beforeAll(async () => {
  w = await makeWorld(local);
});

const W3 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];

/** A scalar as the format carries it: XML text is a string, an empty element ''. */
const scalar = (format: 'json' | 'xml', v: unknown) => (format === 'xml' ? (v === null ? '' : String(v)) : v);

describe.each(['json', 'xml'] as const)('every endpoint in %s', (format) => {
  const contentType = format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8';
  const s = (v: unknown) => scalar(format, v);

  it('GET discovery: changeset, contact, key_service and this endpoint with its formats', async () => {
    for (const path of [`/discovery.${format}`, `/discovery.${format}?jurisdiction_id=${w.slug}`]) {
      const res = await o311(local, 'GET', path);
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get('content-type')).toBe(contentType);
      const d = (format === 'json' ? res.body : (res.body as { discovery: unknown }).discovery) as Record<
        string,
        unknown
      >;
      expect(fieldsOf(d)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
      for (const f of ['changeset', 'contact', 'key_service']) expect(String(d[f]).length).toBeGreaterThan(5);
      const endpoints =
        format === 'json' ? (d.endpoints as unknown[]) : (d.endpoints as { endpoint: unknown[] }).endpoint;
      expect(endpoints).toHaveLength(1);
      const e = endpoints[0] as Record<string, unknown>;
      expect(fieldsOf(e)).toEqual(['specification', 'url', 'changeset', 'type', 'formats']);
      expect(e.specification).toBe('http://wiki.open311.org/GeoReport_v2');
      expect(e.url).toBe('http://localhost/open311/v2');
      expect(e.type).toBe('production');
      const formats = format === 'json' ? e.formats : (e.formats as { format: unknown }).format;
      expect(formats).toEqual(['text/xml', 'application/json']);
    }
    const named = await o311(local, 'GET', `/discovery.json?jurisdiction_id=${w.slug}`);
    expect((named.body as { contact: string }).contact).toContain(w.t.tenant.name);
  });

  it('GET services: the leaf categories, each with every field of the spec', async () => {
    const res = await o311(local, 'GET', `/services.${format}?jurisdiction_id=${w.slug}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentType);
    const services = itemsOf(res, 'services', 'service');
    for (const svc of services)
      expect(fieldsOf(svc)).toEqual([
        'service_code',
        'service_name',
        'description',
        'metadata',
        'type',
        'keywords',
        'group',
      ]);
    const byCode = new Map(services.map((x) => [x.service_code, x]));
    // The parent category groups its children and is not a service itself.
    expect([...byCode.keys()].sort()).toEqual([w.lampu.id, w.jalan.id, w.sampah.id].sort());
    expect(byCode.get(w.lampu.id)).toEqual({
      service_code: w.lampu.id,
      service_name: 'Lampu jalan padam',
      description: 'Penerangan jalan umum yang mati atau berkedip',
      metadata: s(true),
      type: 'realtime',
      keywords: `Infrastruktur, DPU, ${w.unitName}`,
      group: 'Infrastruktur',
    });
    // Jalan rusak has no OPD of its own: it routes through its parent's.
    expect(byCode.get(w.jalan.id)).toMatchObject({ group: 'Infrastruktur', description: s(null) });
    // A top-level service is grouped under its OPD.
    expect(byCode.get(w.sampah.id)).toMatchObject({ group: w.unitName, keywords: `DPU, ${w.unitName}` });
  });

  it('GET service definition: the attributes with every field of the spec', async () => {
    const res = await o311(local, 'GET', `/services/${w.lampu.id}.${format}?jurisdiction_id=${w.slug}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toBe(contentType);
    const def = (
      format === 'json' ? res.body : (res.body as { service_definition: unknown }).service_definition
    ) as {
      service_code: string;
      attributes: unknown;
    };
    expect(fieldsOf(def)).toEqual(['service_code', 'attributes']);
    expect(def.service_code).toBe(w.lampu.id);
    const attributes = (
      format === 'json' ? def.attributes : (def.attributes as { attribute: unknown[] }).attribute
    ) as Record<string, unknown>[];
    expect(attributes.map((a) => a.code)).toEqual(['jenis', 'anonim', 'rahasia', 'tanggal_layanan']);
    for (const a of attributes) {
      const base = [
        'variable',
        'code',
        'datatype',
        'required',
        'datatype_description',
        'order',
        'description',
      ];
      expect(fieldsOf(a)).toEqual(a.datatype === 'singlevaluelist' ? [...base, 'values'] : base);
      expect(a.variable).toBe(s(true));
      expect(a.required).toBe(s(false));
    }
    expect(attributes.map((a) => a.order)).toEqual([1, 2, 3, 4].map(s));
    const values = (a: Record<string, unknown>) =>
      (format === 'json' ? a.values : (a.values as { value: unknown[] }).value) as {
        key: string;
        name: string;
      }[];
    expect(values(attributes[0]!).map((v) => v.key)).toEqual([
      'pengaduan',
      'aspirasi',
      'permintaan-informasi',
    ]);
    expect(values(attributes[1]!)).toEqual([
      { key: 'false', name: 'Tidak' },
      { key: 'true', name: 'Ya' },
    ]);
    expect(values(attributes[2]!).map((v) => v.key)).toEqual(['false', 'true']);
    expect(attributes[3]!.datatype).toBe('datetime');
  });

  it('POST request, then GET requests, GET request and GET token: every field of the spec', async () => {
    const post = await o311(local, 'POST', `/requests.${format}`, {
      form: {
        api_key: w.apiKey,
        jurisdiction_id: w.slug,
        service_code: w.lampu.id,
        lat: '-6.5971',
        long: '106.806',
        address_string: 'Jl. Pajajaran No. 10, Sukamaju',
        description: DESCRIPTION,
        media_url: 'https://foto.example.org/lampu.jpg',
      },
    });
    expect(post.status, post.text).toBe(200);
    expect(post.headers.get('content-type')).toBe(contentType);
    const created = itemsOf(post, 'service_requests', 'request');
    expect(created).toHaveLength(1);
    expect(fieldsOf(created[0])).toEqual(['service_request_id', 'service_notice', 'account_id']);
    const id = created[0]!.service_request_id as string;
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(created[0]!.service_notice).toMatch(/PRM-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(created[0]!.account_id).toBe(s(null));

    const list = await o311(local, 'GET', `/requests.${format}?jurisdiction_id=${w.slug}`);
    const one = await o311(local, 'GET', `/requests/${id}.${format}?jurisdiction_id=${w.slug}`);
    for (const res of [list, one]) {
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get('content-type')).toBe(contentType);
      const r = itemsOf(res, 'service_requests', 'request').find((x) => x.service_request_id === id)!;
      expect(fieldsOf(r)).toEqual(REQUEST_FIELDS);
      expect(r).toMatchObject({
        status: 'open',
        status_notes: s(null),
        service_name: 'Lampu jalan padam',
        service_code: w.lampu.id,
        description: DESCRIPTION,
        agency_responsible: w.t.tenant.name,
        address: 'Jl. Pajajaran No. 10, Sukamaju',
        address_id: s(null),
        zipcode: s(null),
        lat: s(-6.5971),
        long: s(106.806),
        media_url: 'https://foto.example.org/lampu.jpg',
      });
      expect(String(r.service_notice).length).toBeGreaterThan(5);
      for (const f of ['requested_datetime', 'updated_datetime', 'expected_datetime'])
        expect(r[f], f).toMatch(/\+07:00$/);
      for (const f of ['requested_datetime', 'updated_datetime', 'expected_datetime'])
        expect(r[f]).toMatch(W3);
      // The tracking code is a bearer secret of the reporter: never in a GET.
      expect(res.text).not.toMatch(/PRM-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    }

    const token = await o311(local, 'GET', `/tokens/${id}.${format}?jurisdiction_id=${w.slug}`);
    expect(token.status, token.text).toBe(200);
    const t = itemsOf(token, 'service_requests', 'request');
    expect(t).toEqual([{ service_request_id: id, token: id }]);
  });

  it('errors are a list of {code, description} in the format asked', async () => {
    expectErrors(await o311(local, 'GET', `/services.${format}`), 400, format);
    expectErrors(
      await o311(local, 'GET', `/services.${format}?jurisdiction_id=kab-tidak-ada-sama-sekali`),
      404,
      format,
    );
    expectErrors(await o311(local, 'GET', `/nothing-here.${format}`), 404, format);
  });
});

describe('jurisdiction_id', () => {
  const paths = (w: World, id: string) => [
    '/services.json',
    `/services/${w.lampu.id}.json`,
    '/requests.json',
    `/requests/${id}.json`,
    `/tokens/${id}.json`,
  ];

  it('is required (400) on every resource but discovery, empty counting as missing, and must exist (404)', async () => {
    const id = await postRequest(local, w);
    for (const path of paths(w, id)) {
      expectErrors(await o311(local, 'GET', path), 400);
      expectErrors(await o311(local, 'GET', `${path}?jurisdiction_id=`), 400);
      expectErrors(await o311(local, 'GET', `${path}?jurisdiction_id=kab-tidak-ada-sama-sekali`), 404);
      expectErrors(await o311(local, 'GET', `${path}?jurisdiction_id=BUKAN%20SLUG`), 404);
    }
    const missing = await o311(local, 'POST', '/requests.json', {
      form: {
        api_key: w.apiKey,
        service_code: w.lampu.id,
        description: DESCRIPTION,
        lat: '-6.5',
        long: '106.8',
      },
    });
    expect(expectErrors(missing, 400)[0]).toMatch(/jurisdiction_id/);
    const unknown = await o311(local, 'POST', '/requests.xml', {
      form: { api_key: w.apiKey, jurisdiction_id: 'kab-tidak-ada-sama-sekali', service_code: w.lampu.id },
    });
    expect(expectErrors(unknown, 404, 'xml')[0]).toMatch(/jurisdiction_id/);
    expectErrors(await o311(local, 'GET', '/discovery.json?jurisdiction_id=kab-tidak-ada-sama-sekali'), 404);
  });

  it('of a suspended tenant is refused (403)', async () => {
    const other = await makeWorld(local, 'suspended');
    const id = await postRequest(local, other);
    await tenants.setStatus(
      local.store.forPlatform([other.t.tenant.id]),
      other.t.tenant.id,
      'suspended',
      new Date().toISOString(),
    );
    for (const path of paths(other, id))
      expectErrors(await o311(local, 'GET', `${path}?jurisdiction_id=${other.slug}`), 403);
    const post = await o311(local, 'POST', '/requests.json', {
      form: {
        api_key: other.apiKey,
        jurisdiction_id: other.slug,
        service_code: other.lampu.id,
        description: DESCRIPTION,
        lat: '-6.5',
        long: '106.8',
      },
    });
    expectErrors(post, 403);
  });

  it('errors speak the caller’s language', async () => {
    const id = expectErrors(await o311(local, 'GET', '/services.json'), 400);
    const en = expectErrors(await o311(local, 'GET', '/services.json', { lang: 'en' }), 400);
    expect(id[0]).toMatch(/wajib/);
    expect(en[0]).toMatch(/not provided/);
  });
});

describe('the Open311 sub-app', () => {
  it('answers CORS preflights from any origin, and takes no bearer token', async () => {
    const res = await local.app.request('/open311/v2/requests.json', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://peta-warga.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const get = await local.app.request(`/open311/v2/services.json?jurisdiction_id=${w.slug}`, {
      headers: { origin: 'https://peta-warga.example.org' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a body over 64 KB with 413 in the spec’s error format', async () => {
    const res = await o311(local, 'POST', '/requests.xml', {
      form: { api_key: w.apiKey, jurisdiction_id: w.slug, description: 'x'.repeat(70 * 1024) },
    });
    expectErrors(res, 413, 'xml');
  });

  it('drops characters XML cannot carry, and escapes the rest', async () => {
    const description = `${DESCRIPTION} <b>&amp;</b> "kutip" \u0001\u0008 selesai.`;
    const id = await postRequest(local, w, { description });
    const res = await o311(local, 'GET', `/requests/${id}.xml?jurisdiction_id=${w.slug}`);
    expect(res.status).toBe(200);
    expect(itemsOf(res, 'service_requests', 'request')[0]!.description).toBe(
      `${DESCRIPTION} <b>&amp;</b> "kutip"  selesai.`,
    );
  });
});
