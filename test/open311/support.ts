/**
 * Helpers of the Open311 suites: requests in the spec's shape (form-encoded POST, `.json`/`.xml` resources), an XML
 * parser independent of the server's builder, and a world of one tenant with an OPD, a small category tree and an
 * API key.
 */
import type { Category } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { categories } from '@prima/store';
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import { createUnit } from '../support/fixtures';
import { call, newTenant, type TestTenant } from '../support/harness';

export const BASE = '/open311/v2';

/** Elements that are lists in the spec: always arrays after parsing, even with one item. */
const LIST_ITEMS = new Set(['service', 'attribute', 'value', 'endpoint', 'format', 'request', 'error']);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LIST_ITEMS.has(name),
});

export interface O311Result {
  status: number;
  headers: Headers;
  text: string;
  /** The JSON body, or the XML parsed (root element included). */
  body: unknown;
}

/** One Open311 request. `form` is sent as application/x-www-form-urlencoded. */
export async function o311(
  local: LocalApp,
  method: 'GET' | 'POST',
  path: string,
  opts: {
    form?: Record<string, string | string[]> | URLSearchParams;
    lang?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<O311Result> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.lang) headers['accept-language'] = opts.lang;
  let body: string | undefined;
  if (opts.form) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded; charset=utf-8';
    body = (opts.form instanceof URLSearchParams ? opts.form : toForm(opts.form)).toString();
  }
  const res = await local.app.request(`${BASE}${path}`, { method, headers, body });
  const text = await res.text();
  const isXml = (res.headers.get('content-type') ?? '').startsWith('text/xml');
  let parsed: unknown = text;
  if (isXml) {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), text.slice(0, 80)).toBe(true);
    parsed = parser.parse(text);
  } else if (text) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, text, body: parsed };
}

export function toForm(fields: Record<string, string | string[]>): URLSearchParams {
  const f = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
}

/** The items of a list response: the JSON array, or the XML root's item elements. */
export function itemsOf(res: O311Result, root: string, item: string): Record<string, unknown>[] {
  if (Array.isArray(res.body)) return res.body as Record<string, unknown>[];
  const r = (res.body as Record<string, unknown>)[root];
  if (r === '' || r === undefined) return [];
  return ((r as Record<string, unknown>)[item] ?? []) as Record<string, unknown>[];
}

/** Asserts an error response of the spec: HTTP status, and a list of `{code, description}` in the format asked. */
export function expectErrors(res: O311Result, status: number, format: 'json' | 'xml' = 'json'): string[] {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toBe(
    format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8',
  );
  const errors = itemsOf(res, 'errors', 'error');
  expect(errors.length, res.text).toBeGreaterThan(0);
  for (const e of errors) {
    expect(Object.keys(e).sort()).toEqual(['code', 'description']);
    expect(String(e.code)).toBe(String(status));
    expect(typeof e.description).toBe('string');
    expect((e.description as string).length).toBeGreaterThan(5);
  }
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  return errors.map((e) => e.description as string);
}

/** Keys of an object in order, for comparing with the spec's field lists. */
export const fieldsOf = (o: unknown) => Object.keys(o as object);

export interface World {
  t: TestTenant;
  slug: string;
  unitId: string;
  unitName: string;
  parent: Category;
  /** Leaves: the services. */
  lampu: Category;
  jalan: Category;
  /** A top-level leaf routed to the OPD: grouped under the OPD. */
  sampah: Category;
  apiKey: string;
  apiKeyId: string;
}

export async function createApiKey(local: LocalApp, t: TestTenant, name = 'Aplikasi Lapor Warga') {
  const res = await call<{ apiKey: { id: string }; key: string }>(local, 'POST', '/api/api-keys', {
    token: t.adminToken,
    body: { name },
  });
  expect(res.status, res.text).toBe(201);
  return { id: res.body.apiKey.id, key: res.body.key };
}

/** A tenant with an OPD, the categories Infrastruktur > {Lampu jalan padam, Jalan rusak} and Sampah, and a key. */
export async function makeWorld(local: LocalApp, label = 'o311'): Promise<World> {
  const t = await newTenant(local);
  const unitName = `Dinas Pekerjaan Umum ${label}`;
  const unit = await createUnit(local, t, { name: unitName, shortName: 'DPU', kind: 'dinas' });
  const now = new Date().toISOString();
  const parent = await categories.create(
    t.db,
    { name: 'Infrastruktur', parentId: null, unitId: unit.id, description: null },
    now,
  );
  const lampu = await categories.create(
    t.db,
    {
      name: 'Lampu jalan padam',
      parentId: parent.id,
      unitId: unit.id,
      description: 'Penerangan jalan umum yang mati atau berkedip',
    },
    now,
  );
  const jalan = await categories.create(
    t.db,
    { name: 'Jalan rusak', parentId: parent.id, unitId: null, description: null },
    now,
  );
  const sampah = await categories.create(
    t.db,
    { name: 'Sampah menumpuk', parentId: null, unitId: unit.id, description: 'Sampah tidak diangkut' },
    now,
  );
  const key = await createApiKey(local, t);
  return {
    t,
    slug: t.tenant.slug,
    unitId: unit.id,
    unitName,
    parent,
    lampu,
    jalan,
    sampah,
    apiKey: key.key,
    apiKeyId: key.id,
  };
}

export const DESCRIPTION =
  'Sudah tiga minggu lampu penerangan jalan di depan SDN 2 Sukamaju padam sehingga jalan gelap dan rawan kecelakaan.';

/** Files a request through POST /requests.json; returns its id. */
export async function postRequest(
  local: LocalApp,
  w: World,
  fields: Record<string, string | string[]> = {},
): Promise<string> {
  const res = await o311(local, 'POST', '/requests.json', {
    form: {
      api_key: w.apiKey,
      jurisdiction_id: w.slug,
      service_code: w.lampu.id,
      lat: '-6.5971',
      long: '106.806',
      description: DESCRIPTION,
      ...fields,
    },
  });
  expect(res.status, res.text).toBe(200);
  return (res.body as { service_request_id: string }[])[0]!.service_request_id;
}
