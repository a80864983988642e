import {
  type Complaint,
  type ComplaintStatus,
  endOfLocalDay,
  idSchema,
  isOpen,
  isoInZone,
  type Locale,
  type Localized,
  monthOf,
  type Tenant,
} from '@prima/domain';
import { complaintQueues, complaints, type TenantDb } from '@prima/store';
import { ERRORS, fieldProblem, Open311Error, type Open311ErrorItem, open311Error } from './errors';
import type { Value } from './format';
import type { Catalogue } from './services';

/**
 * Service requests as GeoReport v2 shows them, and the queries that find them.
 *
 * What is public here is what the transparency page may show: never a `rahasia` report (it is left out of every list
 * and is a 404 by id), never anything about the reporter (no name, contact, account or device: an `anonim` reporter's
 * identity is thus never shown, and no one else's either), never an internal note, never the tracking code (a bearer
 * secret that lets its holder act as the reporter). `service_request_id` is the complaint's id.
 */

/** How `media_url` of an Open311 submission is kept: a last line of the description (Prima stores attachments, not links). */
export const MEDIA_MARKER = '\n\nmedia_url: ';

export const withMedia = (description: string, mediaUrl: string | null) =>
  mediaUrl ? `${description}${MEDIA_MARKER}${mediaUrl}` : description;

/** The description and the media link of a complaint, the link split off again for Open311 submissions. */
export function splitMedia(c: Pick<Complaint, 'channel' | 'description'>): {
  description: string;
  mediaUrl: string | null;
} {
  const i = c.channel === 'open311' ? c.description.lastIndexOf(MEDIA_MARKER) : -1;
  const url = i >= 0 ? c.description.slice(i + MEDIA_MARKER.length) : '';
  if (!/^https?:\/\/\S+$/.test(url)) return { description: c.description, mediaUrl: null };
  return { description: c.description.slice(0, i), mediaUrl: url };
}

/** What happens next, by Prima status: the request's `service_notice`. */
const NOTICES: Record<ComplaintStatus, Localized> = {
  diterima: {
    id: 'Diterima; menunggu verifikasi koordinator pengaduan',
    en: 'Received; awaiting verification by the complaints coordinator',
  },
  'perlu-dilengkapi': {
    id: 'Menunggu pelapor melengkapi informasi',
    en: 'Waiting for the reporter to supply more information',
  },
  diverifikasi: {
    id: 'Terverifikasi; menunggu disposisi ke OPD yang berwenang',
    en: 'Verified; awaiting dispatch to the responsible unit',
  },
  didisposisikan: {
    id: 'Diteruskan ke OPD untuk ditindaklanjuti',
    en: 'Dispatched to the responsible unit for follow-up',
  },
  ditindaklanjuti: {
    id: 'OPD telah menindaklanjuti; menunggu tanggapan pelapor',
    en: "The unit has followed up; awaiting the reporter's response",
  },
  selesai: { id: 'Selesai ditangani', en: 'Resolved' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  diarsipkan: { id: 'Diarsipkan', en: 'Archived' },
  'dibuka-kembali': {
    id: 'Dibuka kembali oleh pelapor; ditangani ulang',
    en: 'Reopened by the reporter; being handled again',
  },
};

/** Never shown here: a rahasia report. */
export const isPublic = (c: Complaint) => !c.rahasia;

/**
 * The latest note officials made public on the timeline (a reply, a request for information, the reason for closing
 * or rejecting): the request's `status_notes`. Notes of the reporter and internal notes are never taken.
 */
export async function statusNotes(db: TenantDb, complaintId: string): Promise<string | null> {
  const events = await complaints.timeline(db, complaintId);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.visibility === 'public' && e.actor.kind !== 'reporter' && e.note?.trim()) return e.note;
  }
  return null;
}

export interface RequestView {
  tenant: Tenant;
  catalogue: Catalogue;
  locale: Locale;
}

/** One service request, every field of the spec in its order; null where Prima has nothing (address_id, zipcode). */
export function toRequest(c: Complaint, notes: string | null, view: RequestView): Value {
  const tz = view.tenant.timeZone;
  const at = (iso: string | null) => (iso ? isoInZone(new Date(iso), tz) : null);
  const open = isOpen(c.status);
  const category = c.categoryId ? view.catalogue.byId.get(c.categoryId) : undefined;
  const unit = c.unitId ? view.catalogue.units.get(c.unitId) : undefined;
  const { description, mediaUrl } = splitMedia(c);
  return {
    service_request_id: c.id,
    status: open ? 'open' : 'closed',
    status_notes: notes,
    service_name: category?.name ?? null,
    service_code: c.categoryId,
    description,
    // The OPD it is dispatched to; until then the Pemda's complaints coordinator answers for it.
    agency_responsible: unit?.name ?? view.tenant.name,
    service_notice: NOTICES[c.status][view.locale],
    requested_datetime: at(c.submittedAt),
    updated_datetime: at(open ? c.updatedAt : (c.closedAt ?? c.updatedAt)),
    expected_datetime: open ? at(c.dueAt) : null,
    address: c.location?.address ?? null,
    address_id: null,
    zipcode: null,
    lat: c.location?.lat ?? null,
    long: c.location?.lng ?? null,
    media_url: mediaUrl,
  };
}

/** Requests with their status notes, reading timelines a few at a time. */
export async function toRequests(
  db: TenantDb,
  list: readonly Complaint[],
  view: RequestView,
): Promise<Value[]> {
  const notes: (string | null)[] = [];
  for (let i = 0; i < list.length; i += NOTES_CONCURRENCY) {
    notes.push(
      ...(await Promise.all(list.slice(i, i + NOTES_CONCURRENCY).map((c) => statusNotes(db, c.id)))),
    );
  }
  return list.map((c, i) => toRequest(c, notes[i] ?? null, view));
}

const NOTES_CONCURRENCY = 10;

// ---- GET Service Requests -------------------------------------------------------------------------------------

/** The spec's window: a search spans at most 90 days and defaults to the most recent 90. */
const WINDOW_MS = 90 * 24 * 3600 * 1000;
/** The spec's volume: the first 1,000 requests of a window; `page`/`page_size` (the common extension) page them. */
export const MAX_DEPTH = 1000;
export const MAX_PAGE_SIZE = 100;
export const MAX_IDS = 100;
/** Work cap per search: complaints read from the month queues, in batches. */
export const MAX_EVALUATED = 5000;
const BATCH = 250;

export type RequestQuery =
  | { kind: 'ids'; ids: string[] }
  | {
      kind: 'search';
      serviceCodes: ReadonlySet<string> | null;
      statuses: ReadonlySet<'open' | 'closed'> | null;
      start: Date;
      end: Date;
      page: number;
      pageSize: number;
    };

/** Values of a repeatable, comma-delimited argument; empty when absent (an empty argument counts as absent). */
const listOf = (values: readonly string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const W3_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A w3 datetime with its time zone (required by the spec). A bare date is taken as the whole day in the tenant's
 * time zone: its start for `start_date`, its end for `end_date`.
 */
function parseDate(value: string, timeZone: string, edge: 'start' | 'end'): Date | null {
  if (W3_DATETIME.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : new Date(t);
  }
  if (DATE_ONLY.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || !day.toISOString().startsWith(value)) return null;
    if (edge === 'end') return endOfLocalDay(value, timeZone);
    day.setUTCDate(day.getUTCDate() - 1);
    return new Date(endOfLocalDay(day.toISOString().slice(0, 10), timeZone).getTime() + 1);
  }
  return null;
}

function positiveInt(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  return /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
}

/** Reads the arguments of GET Service Requests; every problem at once, as a 400. */
export function parseRequestQuery(
  args: (name: string) => string[] | undefined,
  now: Date,
  timeZone: string,
): RequestQuery {
  const problems: Open311ErrorItem[] = [];
  const ids = listOf(args('service_request_id'));
  if (ids.length > 0) {
    // The spec: a list of ids overrides every other argument.
    if (ids.length > MAX_IDS)
      throw new Open311Error(400, [fieldProblem('service_request_id', ERRORS.tooManyIds)]);
    return { kind: 'ids', ids: [...new Set(ids)] };
  }
  const first = (name: string) =>
    args(name)
      ?.find((v) => v.trim() !== '')
      ?.trim();

  const statusValues = listOf(args('status')).map((s) => s.toLowerCase());
  if (statusValues.some((s) => s !== 'open' && s !== 'closed'))
    problems.push(fieldProblem('status', ERRORS.statusValue));
  const codes = listOf(args('service_code'));

  const startArg = first('start_date');
  const endArg = first('end_date');
  let start = startArg ? parseDate(startArg, timeZone, 'start') : undefined;
  let end = endArg ? parseDate(endArg, timeZone, 'end') : undefined;
  if (start === null) problems.push(fieldProblem('start_date', ERRORS.dateFormat));
  if (end === null) problems.push(fieldProblem('end_date', ERRORS.dateFormat));

  const page = positiveInt(first('page'));
  const pageSize = positiveInt(first('page_size'));
  if (page !== null && !(page >= 1)) problems.push(fieldProblem('page', ERRORS.pageValue));
  if (pageSize !== null && !(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE))
    problems.push(fieldProblem('page_size', ERRORS.pageSize));
  if (problems.length) throw new Open311Error(400, problems);

  if (start && end) {
    if (start.getTime() > end.getTime()) throw open311Error(400, ERRORS.dateOrder);
    if (end.getTime() - start.getTime() > WINDOW_MS) throw open311Error(400, ERRORS.dateSpan);
  } else if (start) end = new Date(start.getTime() + WINDOW_MS);
  else if (end) start = new Date(end.getTime() - WINDOW_MS);
  else {
    end = now;
    start = new Date(now.getTime() - WINDOW_MS);
  }
  const size = pageSize ?? MAX_PAGE_SIZE;
  const p = page ?? 1;
  if (p * size > MAX_DEPTH) throw open311Error(400, ERRORS.pageDepth);
  return {
    kind: 'search',
    serviceCodes: codes.length ? new Set(codes) : null,
    statuses: statusValues.length ? new Set(statusValues as ('open' | 'closed')[]) : null,
    start: start as Date,
    end: end as Date,
    page: p,
    pageSize: size,
  };
}

/** Public complaints with these ids, in the order asked; unknown, malformed and rahasia ids are left out. */
export async function requestsByIds(db: TenantDb, ids: readonly string[]): Promise<Complaint[]> {
  const valid = ids.filter((id) => idSchema.safeParse(id).success);
  const found: (Complaint | null)[] = [];
  for (let i = 0; i < valid.length; i += 25) {
    found.push(...(await Promise.all(valid.slice(i, i + 25).map((id) => complaints.get(db, id)))));
  }
  return found.filter((c): c is Complaint => c !== null && isPublic(c));
}

/** The months (YYYY-MM, tenant time zone) from the one of `end` back to the one of `start`. */
export function monthsBetween(start: Date, end: Date, timeZone: string): string[] {
  const first = monthOf(start.toISOString(), timeZone);
  const out: string[] = [];
  for (let m = monthOf(end.toISOString(), timeZone); m >= first; m = previousMonth(m)) out.push(m);
  return out;
}

const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * One page of public complaints submitted in the window, newest first, filtered by service code and open/closed.
 * Served from the month queues (GSI3: complaints by month of submission, newest first): at most four months for a
 * 90-day window, read until the page is full or the window's start is passed. A search that would read more than
 * MAX_EVALUATED complaints to fill its page is refused (400, narrow the dates) rather than answered partially.
 */
export async function searchRequests(
  db: TenantDb,
  timeZone: string,
  q: Extract<RequestQuery, { kind: 'search' }>,
): Promise<Complaint[]> {
  const need = q.page * q.pageSize;
  const start = q.start.getTime();
  const end = q.end.getTime();
  const matched: Complaint[] = [];
  let evaluated = 0;
  search: for (const month of monthsBetween(q.start, q.end, timeZone)) {
    let cursor: string | undefined;
    do {
      if (evaluated >= MAX_EVALUATED) throw open311Error(400, ERRORS.tooBroad);
      const res = await complaintQueues.byMonth(db, month, { limit: BATCH, cursor });
      evaluated += res.items.length;
      for (const c of res.items) {
        const at = Date.parse(c.submittedAt);
        if (at > end) continue;
        if (at < start) break search; // newest first: everything after this is older still
        if (!isPublic(c)) continue;
        if (q.serviceCodes && !(c.categoryId && q.serviceCodes.has(c.categoryId))) continue;
        if (q.statuses && !q.statuses.has(isOpen(c.status) ? 'open' : 'closed')) continue;
        matched.push(c);
        if (matched.length >= need) break search;
      }
      cursor = res.nextCursor ?? undefined;
    } while (cursor);
  }
  return matched.slice((q.page - 1) * q.pageSize, need);
}
