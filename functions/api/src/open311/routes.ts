import { idSchema, isoInZone, type Localized } from '@prima/domain';
import { apiKeys, complaints, settings } from '@prima/store';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { loadTenantContext } from '../complaints/context';
import { ComplaintInputError, submitComplaint } from '../complaints/service';
import type { Env } from '../env';
import { ERRORS, Open311Error, open311Error, renderError } from './errors';
import { type Format, formatOfPath, render, splitFormat } from './format';
import { type Jurisdiction, jurisdictionOf } from './jurisdiction';
import { isPublic, parseRequestQuery, requestsByIds, searchRequests, toRequests } from './requests';
import {
  changesetOf,
  DEFINITIONS_CHANGED,
  loadCatalogue,
  serviceByCode,
  serviceDefinition,
  serviceEntry,
} from './services';
import { field, readForm, toSubmission } from './submit';

/**
 * Open311 GeoReport v2, mounted at /open311/v2: discovery, services, service definitions, POST and GET requests,
 * tokens; each in `.json` and `.xml`. `jurisdiction_id` is the tenant's slug. Reading needs no key; creating a
 * request needs a per-tenant API key (`api_key`), issued by the tenant admin under /api/api-keys.
 *
 * None of the /api middleware applies here (no bearer token, no problem+json): this sub-app brings its own CORS
 * (any origin: the GETs are public data for civic apps and maps, and a key is sent in the form, never as a cookie or
 * credential header), its own body limit, and errors in the spec's `{code, description}` list, in the format asked.
 *
 * `service_request_id` is the complaint's id (a ULID), not its tracking code. The tracking code is a bearer secret:
 * whoever holds it can follow the report and act as the reporter (supply information, reopen, rate). The GETs are
 * public, so the code never appears in them; it is given once, in the `service_notice` of the POST response, to the
 * client that filed the report for the citizen, who has no other way to learn it when they left no contact.
 */
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
const FORMATS: readonly Format[] = ['json', 'xml'];
/** A form of the spec's fields fits easily: a description is at most 4,000 characters. */
const MAX_BODY_BYTES = 64 * 1024;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;
/** A file part of the path: `<name>.json` or `<name>.xml`. */
const FILE = ':file{[^/]+\\.(?:json|xml)}';

const now = (c: Context<Env>) => c.var.deps.now?.() ?? new Date();
const query = (c: Context<Env>, name: string) => c.req.query(name);
const localized = (c: Context<Env>, text: Localized) => text[c.var.locale ?? 'id'];

/** `<name>.<format>` of the path's last segment; a path without one of ours is not a resource (404). */
function fileOf(c: Context<Env>): { name: string; format: Format } {
  const file = splitFormat(c.req.param('file') ?? '');
  if (!file) throw open311Error(404, ERRORS.notFound);
  return file;
}

const jurisdictionFromQuery = (c: Context<Env>): Promise<Jurisdiction> =>
  jurisdictionOf(c, query(c, 'jurisdiction_id'));

/** Service Discovery: this endpoint, its formats, and whom to ask for a key; the Pemda's own when named. */
async function discovery(c: Context<Env>, format: Format) {
  const url = `${new URL(c.req.url).origin}${c.req.path.replace(/\/discovery\.(?:json|xml)$/, '')}`;
  let changeset = DEFINITIONS_CHANGED;
  let contact: Localized = {
    id: 'Prima, manajemen mutu pelayanan publik pemerintah daerah. Sertakan jurisdiction_id (slug pemda) untuk kontak pemerintah daerah tersebut.',
    en: 'Prima, public-service quality management for regional governments. Add jurisdiction_id (the slug) for the contact of that government.',
  };
  if (query(c, 'jurisdiction_id')?.trim()) {
    const { db, tenant } = await jurisdictionFromQuery(c);
    const [catalogue, s] = await Promise.all([loadCatalogue(db), settings.get(db)]);
    changeset = isoInZone(changesetOf(catalogue), tenant.timeZone);
    const reach = [s?.contactEmail, s?.contactPhone, s?.address].filter(Boolean).join(', ');
    contact = reach
      ? { id: `${tenant.name}: ${reach}`, en: `${tenant.name}: ${reach}` }
      : {
          id: `${tenant.name}, melalui halaman publiknya di Prima`,
          en: `${tenant.name}, through its public pages on Prima`,
        };
  }
  return render(c, format, 200, 'discovery', {
    changeset,
    contact: localized(c, contact),
    key_service: localized(c, {
      id: 'Kunci API (api_key) untuk membuat laporan diterbitkan oleh admin Prima pemerintah daerah, satu kunci per aplikasi; hubungi kontak di atas. Membaca tidak memerlukan kunci.',
      en: "An API key (api_key) to create requests is issued by the regional government's Prima admin, one per application; ask the contact above. Reading needs no key.",
    }),
    endpoints: [
      {
        specification: SPECIFICATION,
        url,
        changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  });
}

async function serviceList(c: Context<Env>, format: Format) {
  const { db } = await jurisdictionFromQuery(c);
  const catalogue = await loadCatalogue(db);
  return render(
    c,
    format,
    200,
    'services',
    catalogue.services.map((s) => serviceEntry(s, catalogue)),
  );
}

async function definition(c: Context<Env>) {
  const { name: code, format } = fileOf(c);
  const { db } = await jurisdictionFromQuery(c);
  const service = serviceByCode(await loadCatalogue(db), code);
  if (!service) throw open311Error(404, ERRORS.serviceCodeUnknown);
  return render(c, format, 200, 'service_definition', serviceDefinition(service.id, c.var.locale ?? 'id'));
}

/** POST Service Request: the api_key, then the service, then the form; one complaint through `submitComplaint`. */
async function createRequest(c: Context<Env>, format: Format) {
  const form = await readForm(c);
  const { db, tenant } = await jurisdictionOf(c, field(form, 'jurisdiction_id'));
  const secret = field(form, 'api_key');
  if (!secret) throw open311Error(403, ERRORS.apiKeyMissing);
  const at = now(c);
  const key = await apiKeys.verify(db, secret, at.toISOString());
  if (!key) throw open311Error(403, ERRORS.apiKeyInvalid);

  const code = field(form, 'service_code');
  if (!code) throw open311Error(400, ERRORS.serviceCodeMissing);
  const service = serviceByCode(await loadCatalogue(db), code);
  if (!service) throw open311Error(404, ERRORS.serviceCodeUnknown);
  const input = toSubmission(form, service.id, tenant.timeZone);

  const idem = c.req.header('idempotency-key');
  if (idem !== undefined && !IDEMPOTENCY_KEY.test(idem))
    throw open311Error(400, {
      id: 'Idempotency-Key: 8 sampai 100 huruf, angka, - atau _',
      en: 'Idempotency-Key: 8 to 100 letters, digits, - or _',
    });
  const ctx = await loadTenantContext(db, tenant);
  let complaint: Awaited<ReturnType<typeof submitComplaint>>['complaint'];
  try {
    ({ complaint } = await submitComplaint(ctx, input, {
      channel: 'open311',
      // The reporter files it through a client; the timeline records no name (the reporter may be anonim).
      actor: { kind: 'reporter', userId: null, name: null },
      now: at,
      // Scoped to the key: one client's retries never meet another client's complaint.
      idempotencyKey: idem ? `open311:${key.id}:${idem}` : undefined,
    }));
  } catch (e) {
    if (e instanceof ComplaintInputError && e.field === 'categoryId')
      throw open311Error(404, ERRORS.serviceCodeUnknown);
    throw e;
  }

  const due = complaint.dueAt ? isoInZone(new Date(complaint.dueAt), tenant.timeZone) : null;
  const notice: Localized = {
    id: [
      `Laporan diterima dengan kode lacak ${complaint.trackingCode}. Berikan kode ini kepada pelapor: hanya dengan kode ini laporan dapat diikuti dan ditanggapi di halaman pelacakan ${tenant.name}.`,
      due ? `Laporan diverifikasi paling lambat ${due}.` : '',
      complaint.rahasia ? 'Laporan ini rahasia: tidak ditampilkan di API ini maupun di halaman publik.' : '',
    ]
      .filter(Boolean)
      .join(' '),
    en: [
      `Request received with tracking code ${complaint.trackingCode}. Give this code to the reporter: only with it can the request be followed and answered on the tracking page of ${tenant.name}.`,
      due ? `It will be verified by ${due}.` : '',
      complaint.rahasia
        ? 'This request is confidential: it is shown neither by this API nor on public pages.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
  return render(c, format, 200, 'service_requests', [
    { service_request_id: complaint.id, service_notice: localized(c, notice), account_id: null },
  ]);
}

async function listRequests(c: Context<Env>, format: Format) {
  const { db, tenant } = await jurisdictionFromQuery(c);
  const q = parseRequestQuery((name) => c.req.queries(name), now(c), tenant.timeZone);
  const [found, catalogue] = await Promise.all([
    q.kind === 'ids' ? requestsByIds(db, q.ids) : searchRequests(db, tenant.timeZone, q),
    loadCatalogue(db),
  ]);
  const view = { tenant, catalogue, locale: c.var.locale ?? 'id' };
  return render(c, format, 200, 'service_requests', await toRequests(db, found, view));
}

/** A public complaint of this jurisdiction by id; anything else (another tenant's, rahasia, malformed) is 404. */
async function publicComplaint(db: Jurisdiction['db'], id: string, notFound: Localized) {
  const complaint = idSchema.safeParse(id).success ? await complaints.get(db, id) : null;
  if (!complaint || !isPublic(complaint)) throw open311Error(404, notFound);
  return complaint;
}

async function oneRequest(c: Context<Env>) {
  const { name: id, format } = fileOf(c);
  const { db, tenant } = await jurisdictionFromQuery(c);
  const complaint = await publicComplaint(db, id, ERRORS.requestNotFound);
  const view = { tenant, catalogue: await loadCatalogue(db), locale: c.var.locale ?? 'id' };
  return render(c, format, 200, 'service_requests', await toRequests(db, [complaint], view));
}

/**
 * GET service_request_id from a token. Every service is `realtime`: POST answers with the request's id at once and
 * never with a token. A client that asks anyway gets the id back for a token that is an id.
 */
async function token(c: Context<Env>) {
  const { name: tokenId, format } = fileOf(c);
  const { db } = await jurisdictionFromQuery(c);
  const complaint = await publicComplaint(db, tokenId, ERRORS.tokenNotFound);
  return render(c, format, 200, 'service_requests', [{ service_request_id: complaint.id, token: tokenId }]);
}

export const open311Routes = new Hono<Env>();

open311Routes.use(
  '*',
  cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['content-type', 'accept-language', 'idempotency-key'],
    exposeHeaders: ['x-request-id'],
    maxAge: 600,
  }),
);
open311Routes.use(
  '*',
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw open311Error(413, ERRORS.tooLarge);
    },
  }),
);
open311Routes.onError((err, c) => {
  const format = formatOfPath(c.req.path);
  if (err instanceof Open311Error) return renderError(c, format, err);
  c.var.log.error('open311: unhandled error', err);
  return renderError(c, format, open311Error(500, ERRORS.internal));
});

for (const format of FORMATS) {
  open311Routes.get(`/discovery.${format}`, (c) => discovery(c, format));
  open311Routes.get(`/services.${format}`, (c) => serviceList(c, format));
  open311Routes.post(`/requests.${format}`, (c) => createRequest(c, format));
  open311Routes.get(`/requests.${format}`, (c) => listRequests(c, format));
}
open311Routes.get(`/services/${FILE}`, definition);
open311Routes.get(`/requests/${FILE}`, oneRequest);
open311Routes.get(`/tokens/${FILE}`, token);
// Anything else under /open311/v2 is not a resource of the spec: a 404 in its error format, not problem+json.
open311Routes.all('*', (c) => renderError(c, formatOfPath(c.req.path), open311Error(404, ERRORS.notFound)));
