/**
 * Tenant isolation, generated from the route table. Every operation of the API's own OpenAPI document is called by
 * tenant A's users with every reference pointing at tenant B's data; none may succeed against B, none may show any
 * of B's data, and B's data must be unchanged afterwards. A new route is covered the moment it is documented, and a
 * route that is registered but not documented fails the coverage test, so no route escapes this suite.
 */
import type { LocalApp } from '@prima/local';
import { newId, uploads } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createService,
  createUnit,
  forgeCursor,
  inviteUser,
  MAKLUMAT_TEXT,
  putMaklumat,
  tenantFingerprint,
} from '../support/fixtures';
import { type CallResult, call, newTenant, type TestTenant, testApp, uniqueSlug } from '../support/harness';
import {
  type DocumentedOperation,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  type SampleContext,
  sample,
} from '../support/openapi';
import { surveyIsolationWorld, surveySnapshot } from '../surveys/isolation-world';
import { tqmIsolationWorld, tqmSnapshot } from '../tqm/isolation-world';

const local: LocalApp = await testApp();
const doc = (await (await local.app.request('/api/openapi.json')).json()) as OpenApiDocument;
const operations = operationsOf(doc);

const YEAR = new Date().getUTCFullYear();
const THIS_FILE = 'test/isolation/routes.test.ts';

/** One tenant's resources, as the suite refers to them. */
interface World {
  t: TestTenant;
  unitId: string;
  serviceId: string;
  /** A user who is not the caller: the target of user routes. */
  userId: string;
  slug: string;
  /** An open survey campaign with one answer, a follow-up plan, and the texts that must not leak. */
  campaignId: string;
  planId: string;
  surveySecrets: string[];
  categoryId: string;
  cannedReplyId: string;
  complaintId: string;
  attachmentId: string;
  /** The tracking code of the complaint (citizens' routes) and an upload started on the public form. */
  trackingCode: string;
  uploadId: string;
  /** An Open311 API key (its id; the key itself is never listed). */
  apiKeyId: string;
  /** A public PDCA improvement cycle of the unit, its action, and the texts that must not leak. */
  cycleId: string;
  actionId: string;
  tqmSecrets: string[];
}

/**
 * How to fill each path parameter: with B's resource for the attack, with A's own for the variant that puts B's ids
 * in the body only. A parameter missing here fails the suite: add it, with B's resource of that kind.
 */
const PATH_PARAMS: Record<string, (w: { own: World; foreign: World }) => string> = {
  unitId: ({ foreign }) => foreign.unitId,
  serviceId: ({ foreign }) => foreign.serviceId,
  userId: ({ foreign }) => foreign.userId,
  campaignId: ({ foreign }) => foreign.campaignId,
  planId: ({ foreign }) => foreign.planId,
  tenantId: ({ foreign }) => foreign.t.tenant.id,
  categoryId: ({ foreign }) => foreign.categoryId,
  cannedReplyId: ({ foreign }) => foreign.cannedReplyId,
  complaintId: ({ foreign }) => foreign.complaintId,
  attachmentId: ({ foreign }) => foreign.attachmentId,
  trackingCode: ({ foreign }) => foreign.trackingCode,
  uploadId: ({ foreign }) => foreign.uploadId,
  apiKeyId: ({ foreign }) => foreign.apiKeyId,
  cycleId: ({ foreign }) => foreign.cycleId,
  actionId: ({ foreign }) => foreign.actionId,
  // Public routes name the tenant by slug: the caller's own tenant, with B's ids in the rest of the path.
  slug: ({ own }) => own.slug,
  year: () => String(YEAR),
};
/** Path parameters that name the caller's own scope, not a resource of B. */
const NOT_A_REFERENCE = new Set(['slug', 'year']);

/** Query parameters: required ones must be here; optional ones here are sent too. */
const QUERY_PARAMS: Record<string, (w: { own: World; foreign: World }) => string> = {
  unitId: ({ foreign }) => foreign.unitId,
  confirm: ({ foreign }) => foreign.slug,
  period: () => String(YEAR),
  version: () => '1',
  categoryId: ({ foreign }) => foreign.categoryId,
  month: () => new Date().toISOString().slice(0, 7),
};

/** Body fields that hold ids, filled with B's. */
const BODY_ID_FIELDS: Record<string, (b: World) => string> = {
  unitId: (b) => b.unitId,
  unitIds: (b) => b.unitId,
  serviceId: (b) => b.serviceId,
  userId: (b) => b.userId,
  tenantId: (b) => b.t.tenant.id,
  campaignId: (b) => b.campaignId,
  ownerId: (b) => b.userId,
  categoryId: (b) => b.categoryId,
  parentId: (b) => b.categoryId,
  duplicateOf: (b) => b.complaintId,
};

/** Fills `{param}`s, or throws a message telling the developer what to add. */
function fillPath(path: string, fill: (name: string) => string | undefined): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = fill(name);
    if (value === undefined)
      throw new Error(
        `Path parameter {${name}} of ${path} is unknown to the isolation suite: add it to PATH_PARAMS in ${THIS_FILE} (mapped to tenant B's resource of that kind), so the route is tested against another tenant.`,
      );
    return encodeURIComponent(value);
  });
}

const isPublic = (op: Operation) => !op.security || op.security.length === 0;
const pathParams = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

let A: World;
let B: World;
/** B's ids, names and emails: none may appear in any answer to A. */
let secrets: string[];
let callers: { name: string; token: string }[];
let snapshotB: () => Promise<unknown>;
let bBefore: { api: unknown; stored: string[] };

async function makeWorld(label: string): Promise<World> {
  const slug = uniqueSlug(`iso${label.toLowerCase()}`);
  const t = await newTenant(local, {
    slug,
    name: `Kabupaten Rahasia ${label} ${slug}`,
    adminName: `Admin ${slug}`,
  });
  const unit = await createUnit(local, t, { name: `Dinas Rahasia ${slug}`, shortName: `DR${label}` });
  const service = await createService(local, t, unit.id, {
    name: `Layanan Rahasia ${slug}`,
    standard: { persyaratan: `Syarat rahasia ${slug}`, dasarHukum: `Dasar rahasia ${slug}` },
  });
  await putMaklumat(local, t, unit.id, {
    text: `${MAKLUMAT_TEXT} Maklumat ${slug}.`,
    signedBy: `Kepala ${slug}`,
  });
  const { user } = await inviteUser(local, t, {
    email: `analis@${slug}.go.id`,
    name: `Analis ${slug}`,
    role: 'analyst',
  });
  const category = await call<{ id: string }>(local, 'POST', '/api/categories', {
    token: t.adminToken,
    body: { name: `Kategori Rahasia ${slug}`, unitId: unit.id },
  });
  const canned = await call<{ id: string }>(local, 'POST', '/api/canned-replies', {
    token: t.adminToken,
    body: { title: `Balasan Rahasia ${slug}`, text: `Teks balasan rahasia ${slug}` },
  });
  const attachmentId = newId();
  await uploads.put(t.db, {
    id: attachmentId,
    name: `lampiran-rahasia-${slug}.jpg`,
    contentType: 'image/jpeg',
    size: 3,
    objectKey: `${t.tenant.id}/attachments/${attachmentId}`,
    ready: true,
    createdAt: new Date().toISOString(),
  });
  const complaint = await call<{ id: string; trackingCode: string }>(local, 'POST', '/api/complaints', {
    token: t.adminToken,
    body: {
      channel: 'phone',
      title: `Pengaduan Rahasia ${slug}`,
      description: `Uraian pengaduan rahasia ${slug} yang cukup panjang untuk diterima.`,
      categoryId: category.body.id,
      attachmentIds: [attachmentId],
      reporter: { name: `Pelapor Rahasia ${slug}`, phone: '+62 812 5550 1234' },
    },
  });
  expect(complaint.status, complaint.text).toBe(201);
  const upload = await call<{ uploadId: string }>(local, 'POST', `/api/public/${slug}/attachments`, {
    body: { name: `foto-rahasia-${slug}.jpg`, contentType: 'image/jpeg', size: 1000 },
  });
  expect(upload.status, upload.text).toBe(201);
  const apiKey = await call<{ apiKey: { id: string } }>(local, 'POST', '/api/api-keys', {
    token: t.adminToken,
    body: { name: `Kunci Rahasia ${slug}` },
  });
  expect(apiKey.status, apiKey.text).toBe(201);
  const survey = await surveyIsolationWorld(local, t, { unitId: unit.id, userId: user.id, slug });
  const tqm = await tqmIsolationWorld(local, t, { unitId: unit.id, userId: user.id, slug });
  return {
    t,
    unitId: unit.id,
    serviceId: service.id,
    userId: user.id,
    slug,
    ...survey,
    categoryId: category.body.id,
    cannedReplyId: canned.body.id,
    complaintId: complaint.body.id,
    attachmentId,
    trackingCode: complaint.body.trackingCode,
    uploadId: upload.body.uploadId,
    apiKeyId: apiKey.body.apiKey.id,
    ...tqm,
  };
}

/** The response text with the `instance` member removed when it only echoes the path the caller sent. */
function visibleText(res: CallResult, requestPath: string): string {
  if (res.body && typeof res.body === 'object' && !Array.isArray(res.body)) {
    const { instance, ...rest } = res.body as Record<string, unknown>;
    if (instance === requestPath.split('?')[0]) return JSON.stringify(rest);
  }
  return res.text;
}

function expectNoSecrets(res: CallResult, requestPath: string, what: string) {
  const text = visibleText(res, requestPath);
  for (const s of secrets)
    expect(text.includes(s), `${what} leaked "${s}": ${text.slice(0, 400)}`).toBe(false);
}

function sampleContext(foreign: World): SampleContext {
  return {
    idFor: (field) => BODY_ID_FIELDS[field]?.(foreign),
    isIdField: (field) => field in BODY_ID_FIELDS,
    year: YEAR,
    hint: `BODY_ID_FIELDS in ${THIS_FILE}`,
  };
}

/** The request body for an operation, B's ids in every id field. */
function bodyFor(o: DocumentedOperation, foreign: World): Record<string, unknown> | undefined {
  const schema = o.op.requestBody?.content?.['application/json']?.schema;
  if (!schema) return undefined;
  const body = sample(doc, schema, sampleContext(foreign)) as Record<string, unknown>;
  // A role field next to unit ids: make it the role that may hold units, so the request reaches the unit lookup
  // instead of stopping at the unit-scope rule.
  if (Array.isArray(body.unitIds) && body.unitIds.length > 0 && 'role' in body) body.role = 'unit-officer';
  return body;
}

const bodyReferencesB = (body: unknown) =>
  body !== undefined && Object.keys(BODY_ID_FIELDS).some((f) => f in (body as Record<string, unknown>));

function queryFor(o: DocumentedOperation, own: World, foreign: World, extra: Record<string, string> = {}) {
  const q = new URLSearchParams();
  for (const p of o.op.parameters ?? []) {
    if (p.in !== 'query') continue;
    const fill = QUERY_PARAMS[p.name];
    if (!fill && p.required)
      throw new Error(
        `Required query parameter ${p.name} of ${o.method.toUpperCase()} ${o.path} is unknown to the isolation suite: add it to QUERY_PARAMS in ${THIS_FILE}.`,
      );
    if (fill) q.set(p.name, fill({ own, foreign }));
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

describe('tenant isolation over every documented operation', () => {
  beforeAll(async () => {
    [A, B] = await Promise.all([makeWorld('A'), makeWorld('B')]);
    const { token: coordinator } = await A.t.user('coordinator');
    const { token: officer } = await A.t.user('unit-officer', [A.unitId]);
    callers = [
      { name: "A's tenant-admin", token: A.t.adminToken },
      { name: "A's coordinator", token: coordinator },
      { name: "A's unit-officer", token: officer },
    ];
    const bUser = await call<{ email: string; name: string }>(local, 'GET', `/api/users/${B.userId}`, {
      token: B.t.adminToken,
    });
    secrets = [
      B.t.tenant.id,
      B.t.tenant.name,
      B.slug,
      B.t.admin.id,
      B.t.admin.email,
      B.t.admin.name,
      B.unitId,
      `Dinas Rahasia ${B.slug}`,
      B.serviceId,
      `Layanan Rahasia ${B.slug}`,
      `Syarat rahasia ${B.slug}`,
      `Maklumat ${B.slug}`,
      `Kepala ${B.slug}`,
      B.userId,
      bUser.body.email,
      bUser.body.name,
      ...B.surveySecrets,
      B.categoryId,
      `Kategori Rahasia ${B.slug}`,
      B.cannedReplyId,
      `Balasan Rahasia ${B.slug}`,
      B.complaintId,
      `Pengaduan Rahasia ${B.slug}`,
      `Pelapor Rahasia ${B.slug}`,
      B.attachmentId,
      B.apiKeyId,
      ...B.tqmSecrets,
      `Kunci Rahasia ${B.slug}`,
    ];
    snapshotB = async () => {
      const get = async (path: string) => (await call(local, 'GET', path, { token: B.t.adminToken })).body;
      return {
        me: await get('/api/me'),
        settings: await get('/api/settings'),
        sla: await get('/api/sla-policy'),
        calendars: await get('/api/calendars'),
        units: await get('/api/units?limit=100'),
        unit: await get(`/api/units/${B.unitId}`),
        maklumat: await get(`/api/units/${B.unitId}/maklumat`),
        services: await get('/api/services?limit=100'),
        service: await get(`/api/services/${B.serviceId}`),
        users: await get('/api/users?limit=100'),
        user: await get(`/api/users/${B.userId}`),
        categories: await get('/api/categories?includeArchived=true'),
        cannedReplies: await get('/api/canned-replies'),
        complaint: await get(`/api/complaints/${B.complaintId}`),
        apiKeys: await get('/api/api-keys'),
        public: (await call(local, 'GET', `/api/public/${B.slug}`)).body,
        surveys: await surveySnapshot(local, B.t, B),
        improvement: await tqmSnapshot(local, B.t, B),
      };
    };
    bBefore = { api: await snapshotB(), stored: await tenantFingerprint(local, B.t.tenant.id) };
  });

  it('the document has operations to test', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  for (const o of operations) {
    const label = `${o.method.toUpperCase()} ${o.path}`;

    it(`${label}: refuses tenant A every reference to tenant B`, async () => {
      const params = pathParams(o.path);
      const unknown = params.filter((p) => !(p in PATH_PARAMS));
      expect(
        unknown,
        `Path parameter(s) ${unknown.map((p) => `{${p}}`).join(', ')} of ${label} unknown to the isolation suite: add them to PATH_PARAMS in ${THIS_FILE}.`,
      ).toEqual([]);
      const pathRefsB = params.some((p) => !NOT_A_REFERENCE.has(p));
      const who = isPublic(o.op) ? [{ name: 'an anonymous citizen', token: undefined }] : callers;

      for (const caller of who) {
        // 1. Every path parameter and body id is B's.
        const body = bodyFor(o, B);
        const bodyRefsB = bodyReferencesB(body);
        const path =
          fillPath(o.path, (name) => PATH_PARAMS[name]?.({ own: A, foreign: B })) + queryFor(o, A, B);
        const res = await call(local, o.method.toUpperCase(), path, { token: caller.token, body });
        const what = `${label} as ${caller.name} (${path})`;
        expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 300)}`).toBeLessThan(500);
        if (pathRefsB || bodyRefsB) {
          const allowed = bodyRefsB ? [400, 403, 404] : [403, 404];
          expect(allowed, `${what} must be refused, got ${res.status} ${res.text.slice(0, 300)}`).toContain(
            res.status,
          );
        }
        expectNoSecrets(res, path, what);

        // 2. A's own resource in the path, B's ids in the body.
        if (bodyRefsB && pathRefsB) {
          const ownPath =
            fillPath(o.path, (name) => PATH_PARAMS[name]?.({ own: A, foreign: A })) + queryFor(o, A, A);
          const own = await call(local, o.method.toUpperCase(), ownPath, {
            token: caller.token,
            body: bodyFor(o, B),
          });
          const ownWhat = `${label} as ${caller.name} with B's ids in the body (${ownPath})`;
          expect(
            [400, 403, 404],
            `${ownWhat} must be refused, got ${own.status} ${own.text.slice(0, 300)}`,
          ).toContain(own.status);
          expectNoSecrets(own, ownPath, ownWhat);
        }

        // 3. A cursor forged from B's keys.
        if ((o.op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'cursor')) {
          for (const key of [
            { PK: `T#${B.t.tenant.id}#META`, SK: `UNIT#${B.unitId}` },
            {
              PK: `T#${B.t.tenant.id}#META`,
              SK: `SERVICE#${B.serviceId}`,
              GSI1PK: `T#${B.t.tenant.id}#UNIT#${B.unitId}#SERVICES`,
              GSI1SK: 'a',
            },
          ]) {
            const cursorPath =
              fillPath(o.path, (name) => PATH_PARAMS[name]?.({ own: A, foreign: A })) +
              queryFor(o, A, A, { cursor: forgeCursor(key) });
            const res3 = await call(local, o.method.toUpperCase(), cursorPath, { token: caller.token });
            const what3 = `${label} as ${caller.name} with B's cursor`;
            expect(
              [400, 403, 404],
              `${what3} must be refused, got ${res3.status} ${res3.text.slice(0, 300)}`,
            ).toContain(res3.status);
            expectNoSecrets(res3, cursorPath, what3);
          }
        }
      }
    });
  }

  it("tenant B's data is unchanged", async () => {
    expect(await snapshotB()).toEqual(bBefore.api);
    expect(await tenantFingerprint(local, B.t.tenant.id)).toEqual(bBefore.stored);
  });
});

describe('the suite cannot be escaped', () => {
  it('every route registered in the app is in the document, and the other way round', () => {
    // Not tenant routes: the document itself, the issuer's keys, and the local blob store's signed URLs (a token
    // signed by the server names the one object it grants; there are no ids to swap).
    // The local development mailbox (/dev/mailbox) is not an API route and does not exist in AWS.
    const IGNORED = new Set([
      '/api/openapi.json',
      '/.well-known/jwks.json',
      '/local-blobs/:token',
      '/dev/mailbox',
    ]);
    // Open311 GeoReport v2 (/open311/v2) is not in the OpenAPI document: it follows its own specification, and its
    // tenant isolation is tested in test/open311/isolation.test.ts.
    const registered = new Set(
      local.app.routes
        .filter((r) => r.method !== 'ALL' && !IGNORED.has(r.path) && !r.path.startsWith('/open311/'))
        .map((r) => `${r.method.toUpperCase()} ${r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`),
    );
    const documented = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`));
    const undocumented = [...registered].filter((r) => !documented.has(r));
    expect(
      undocumented,
      'Routes registered without an OpenAPI operation escape the isolation suite: define them with createRoute/openapi()',
    ).toEqual([]);
    expect([...documented].filter((d) => !registered.has(d))).toEqual([]);
  });

  it('a path parameter the suite does not know fails, telling the developer what to add', () => {
    expect(() =>
      fillPath('/api/widgets/{widgetId}', (n) => PATH_PARAMS[n]?.({ own: A, foreign: B })),
    ).toThrow(/\{widgetId\}.*add it to PATH_PARAMS/);
  });

  it('an id field in a body the suite does not know fails, telling the developer what to add', () => {
    const schema = {
      type: 'object',
      properties: { complaintId: { type: 'string', pattern: '^[0-9A-HJKMNP-TV-Z]{26}$' } },
      required: ['complaintId'],
    };
    expect(() => sample(doc, schema, sampleContext(B))).toThrow(/complaintId.*BODY_ID_FIELDS/);
  });
});
