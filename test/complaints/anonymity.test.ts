/**
 * An `anonim` reporter's identity appears in no response of any route, officials included (UU 25/2009 art. 42).
 * A report is filed anonymously with a distinctive name, email and phone, taken through its lifecycle (officials'
 * actions over HTTP, the reporter's steps on the public routes, the workers), and at two moments (open, then
 * closed and rated) every GET operation of the API's own OpenAPI document is called with the real ids, by each
 * official role and by an anonymous citizen, and by the platform operator. None of the identity strings may appear
 * in any answer, nor may a search by them find the report. Routes added later are covered the moment they are
 * documented; a new path parameter naming a complaint, tracking code or attachment must be added here.
 */
import { monthOf } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { complaints, newId } from '@prima/store';
import { sendPending, sweep, workerLogger } from '@prima/workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../support/fixtures';
import { type CallResult, call, operatorToken, testApp } from '../support/harness';
import { type OpenApiDocument, operationsOf, type Parameter, sample } from '../support/openapi';
import { jpegWithGps, type PublicWorld, publicWorld, report, upload } from './public-support';

const local: LocalApp = await testApp();
const doc = (await (await local.app.request('/api/openapi.json')).json()) as OpenApiDocument;
const gets = operationsOf(doc).filter((o) => o.method === 'get');

const NAME = 'Zulkarnaen Qwertyuiop';
const EMAIL = 'zulkarnaen.qwertyuiop@anon-contoh.id';
const PHONE = '+62 811 9988 7766';
/** Every form the identity might take in an answer. */
const IDENTITY = [
  NAME,
  'Zulkarnaen',
  'Qwertyuiop',
  EMAIL,
  'zulkarnaen.qwertyuiop',
  PHONE,
  '+6281199887766',
  '81199887766',
  '811 9988 7766',
];
const THIS_FILE = 'test/complaints/anonymity.test.ts';
/** Path parameters whose name says they point at a complaint: they must be filled with the real one. */
const COMPLAINT_LIKE = /complaint|tracking|attachment|upload|report/i;

let w: PublicWorld;
let code: string;
let complaintId: string;
let uploadId: string;
let serviceId: string;
let callers: { name: string; token?: string; routes: 'secured' | 'public' }[];

function pathParam(name: string, path: string): string {
  const known: Record<string, string> = {
    slug: w.slug,
    complaintId,
    trackingCode: code,
    attachmentId: uploadId,
    uploadId,
    unitId: w.unitId,
    serviceId,
    categoryId: w.categoryId,
    userId: w.officer.id,
    tenantId: w.t.tenant.id,
    year: String(new Date().getUTCFullYear()),
  };
  if (name in known) return known[name]!;
  if (COMPLAINT_LIKE.test(name))
    throw new Error(
      `Path parameter {${name}} of GET ${path} names a complaint but is unknown to ${THIS_FILE}: add it to pathParam() with the anonymous report's value.`,
    );
  // Another kind of resource (a survey campaign, a follow-up plan): this test's tenant has none of them.
  return newId();
}

const month = () => monthOf(new Date().toISOString(), 'Asia/Jakarta');

function queryValue(p: Parameter): string | undefined {
  const known: Record<string, string> = {
    unitId: w.unitId,
    serviceId,
    categoryId: w.categoryId,
    month: month(),
    closedMonth: month(),
    period: month().slice(0, 4),
  };
  if (p.name in known) return known[p.name];
  if (!p.required) return undefined;
  try {
    return String(
      sample(doc, p.schema ?? {}, {
        idFor: () => newId(),
        isIdField: () => false,
        year: new Date().getUTCFullYear(),
        hint: THIS_FILE,
      }),
    );
  } catch {
    return 'x';
  }
}

/** The query strings to call an operation with: the base one, and one per value of a list-shaping enum. */
function queries(params: Parameter[]): string[] {
  const base = new URLSearchParams();
  for (const p of params) {
    const v = queryValue(p);
    if (v !== undefined) base.set(p.name, v);
  }
  const out = [base.toString()];
  for (const p of params) {
    if (!['state', 'status'].includes(p.name) || !p.schema?.enum) continue;
    for (const value of p.schema.enum) {
      const q = new URLSearchParams(base);
      q.set(p.name, String(value));
      out.push(q.toString());
    }
  }
  return [...new Set(out)];
}

const visibleText = (res: CallResult) => res.text;
/** The platform operator's full-data export of a tenant: a known gap, pinned by the last test. */
const isFullExport = (path: string) => path === '/api/platform/tenants/{tenantId}/export';

interface Leak {
  what: string;
  found: string;
  excerpt: string;
}

/** Calls every documented GET as every caller; returns the leaks found and how many answers were 200. */
async function callEverything(skip: (path: string) => boolean = () => false) {
  const leaks: Leak[] = [];
  let ok = 0;
  let calls = 0;
  for (const o of gets) {
    if (skip(o.path)) continue;
    const path = o.path.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(pathParam(n, o.path)));
    const params = (o.op.parameters ?? []).filter((p) => p.in === 'query');
    const secured = (o.op.security ?? []).length > 0;
    for (const caller of callers) {
      if ((caller.routes === 'public') === secured) continue;
      for (const q of queries(params)) {
        const url = q ? `${path}?${q}` : path;
        const res = await call(local, 'GET', url, { token: caller.token });
        calls++;
        if (res.status === 200) ok++;
        const text = visibleText(res);
        for (const s of IDENTITY) {
          const at = text.indexOf(s);
          if (at >= 0)
            leaks.push({
              what: `GET ${url} as ${caller.name} → ${res.status}`,
              found: s,
              excerpt: text.slice(Math.max(0, at - 120), at + 60),
            });
        }
      }
    }
  }
  return { leaks, ok, calls };
}

describe('an anonim reporter’s identity', () => {
  beforeAll(async () => {
    w = await publicWorld(local);
    serviceId = (await createService(local, w.t, w.unitId, { name: 'Penerangan jalan' })).id;
    callers = [
      { name: 'the tenant admin', token: w.tokens.admin, routes: 'secured' },
      { name: 'the coordinator', token: w.tokens.coordinator, routes: 'secured' },
      { name: "the unit's officer", token: w.tokens.officer, routes: 'secured' },
      { name: 'the analyst', token: w.tokens.analyst, routes: 'secured' },
      { name: 'the platform operator', token: await operatorToken(local), routes: 'secured' },
      { name: 'an anonymous citizen', routes: 'public' },
    ];
    const photo = await upload(local, w.slug, jpegWithGps(), { name: 'foto.jpg', contentType: 'image/jpeg' });
    expect(photo.complete.status, photo.complete.text).toBe(200);
    uploadId = photo.uploadId;
    const filed = await call<{ trackingCode: string }>(local, 'POST', `/api/public/${w.slug}/complaints`, {
      body: report({
        anonim: true,
        categoryId: w.categoryId,
        serviceId,
        attachmentIds: [uploadId],
        reporter: { name: NAME, email: EMAIL, phone: PHONE },
      }),
      headers: { 'idempotency-key': `anon-${newId()}` },
    });
    expect(filed.status, filed.text).toBe(201);
    for (const s of IDENTITY) expect(filed.text).not.toContain(s);
    code = filed.body.trackingCode;
    complaintId = (await complaints.idByTrackingCode(w.t.db, code))!;
    // The contact is kept (for notifications), apart from the report.
    expect(await complaints.reporter(w.t.db, complaintId)).toMatchObject({ name: NAME, email: EMAIL });
  });

  /** An official's action over HTTP, at the complaint's current version; its answer must not leak either. */
  async function act(token: string, body: Record<string, unknown>) {
    const current = (await complaints.get(w.t.db, complaintId, true))!;
    const res = await call(local, 'POST', `/api/complaints/${complaintId}/actions`, {
      token,
      body: { ...body, version: current.version },
    });
    expect(res.status, res.text).toBe(200);
    for (const s of IDENTITY) expect(res.text, `action ${String(body.action)}`).not.toContain(s);
  }

  async function reporterStep(path: string, body: Record<string, unknown>) {
    const res = await call(local, 'POST', `/api/public/${w.slug}/complaints/${code}/${path}`, { body });
    expect(res.status, res.text).toBe(200);
    for (const s of IDENTITY) expect(res.text).not.toContain(s);
  }

  const workers = async () => {
    const only = { tenantIds: [w.t.tenant.id] };
    const log = workerLogger('SILENT');
    await sweep({ store: local.store, log }, only);
    await sendPending(
      { store: local.store, notifier: { send: async () => {} }, baseUrl: 'http://localhost:3000', log },
      only,
    );
  };

  it('appears in no answer while the report is open', async () => {
    await act(w.tokens.coordinator, { action: 'verify', note: 'Laporan lengkap' });
    await act(w.tokens.coordinator, { action: 'dispatch', unitId: w.unitId, note: 'Mohon ditangani' });
    await act(w.tokens.officer, { action: 'note', note: 'Akan dicek ke lokasi' });
    await act(w.tokens.officer, { action: 'respond', note: 'Sudah kami tangani' });
    await workers();
    const { leaks, ok, calls } = await callEverything(isFullExport);
    expect(leaks).toEqual([]);
    expect(calls).toBeGreaterThan(gets.length);
    expect(ok).toBeGreaterThan(gets.length / 2);
  });

  it('appears in no answer once the report is answered, closed, rated and reopened', async () => {
    await reporterStep('actions', { action: 'reporter-reply', note: 'Masih padam di ujung jalan.' });
    await act(w.tokens.officer, { action: 'respond', note: 'Sudah diganti semua.' });
    await reporterStep('actions', { action: 'confirm' });
    await reporterStep('rating', { score: 5, comment: 'Terima kasih.' });
    await workers();
    const closed = await callEverything(isFullExport);
    expect(closed.leaks).toEqual([]);
    await reporterStep('actions', { action: 'reopen', note: 'Padam lagi.' });
    await act(w.tokens.coordinator, { action: 'dispatch', unitId: w.unitId });
    const reopened = await callEverything(isFullExport);
    expect(reopened.leaks).toEqual([]);
  });

  it('cannot be searched for: a search by the reporter’s name or email does not find the report', async () => {
    const searchable = gets.filter((o) =>
      (o.op.parameters ?? []).some((p) => p.in === 'query' && ['q', 'text', 'search'].includes(p.name)),
    );
    expect(searchable.length).toBeGreaterThan(0);
    for (const o of searchable) {
      const name = (o.op.parameters ?? []).find((p) => ['q', 'text', 'search'].includes(p.name))!.name;
      for (const term of [NAME, 'Zulkarnaen', EMAIL]) {
        for (const state of ['open', 'closed', 'all']) {
          const q = new URLSearchParams({ [name]: term, state, closedMonth: month(), period: month() });
          const res = await call(local, 'GET', `${o.path}?${q}`, { token: w.tokens.coordinator });
          expect(res.text).not.toContain(code);
          expect(res.text).not.toContain(complaintId);
        }
      }
    }
  });

  // Known gap, reported: the platform operator's export of a whole tenant (for offboarding) writes every stored
  // item as it is, the reporter item of an anonim report and the sent notifications' addresses included. When it
  // redacts them, this test fails: turn it into a plain `it` asserting no leak.
  it('…nor in the platform operator’s full export of the tenant', async () => {
    const op = callers.find((c) => c.name === 'the platform operator')!;
    const res = await call(local, 'GET', `/api/platform/tenants/${w.t.tenant.id}/export`, {
      token: op.token,
    });
    expect(res.status).toBe(200);
    for (const s of IDENTITY) expect(res.text).not.toContain(s);
  });
});
