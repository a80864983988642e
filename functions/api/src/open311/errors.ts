import type { Locale, Localized } from '@prima/domain';
import type { Context } from 'hono';
import type { Env } from '../env';
import { type Format, render } from './format';

/**
 * GeoReport v2 errors: an HTTP status (404 for what does not exist, 403 for a missing or wrong api_key, 400 for any
 * other request that cannot be fulfilled) and a body listing `{code, description}`, several at once when several
 * fields are wrong. The code is the HTTP status; the description is for the user, in their language.
 * Two statuses beyond the spec's three, because HTTP has words for them: 413 for a body over the limit and 500 for a
 * failure on our side (the spec folds that into 400, but a client must be able to tell its mistakes from ours).
 */
export type Open311Status = 400 | 403 | 404 | 413 | 500;

export interface Open311ErrorItem {
  code: number;
  description: Localized;
}

export class Open311Error extends Error {
  override name = 'Open311Error';
  constructor(
    readonly status: Open311Status,
    readonly errors: readonly Open311ErrorItem[],
  ) {
    super(errors.map((e) => e.description.en).join('; '));
  }
}

/** One error with the HTTP status as its code. */
export const open311Error = (status: Open311Status, description: Localized) =>
  new Open311Error(status, [{ code: status, description }]);

/** A 400 naming the request field it is about, e.g. `lat: …`. */
export const fieldProblem = (field: string, message: Localized): Open311ErrorItem => ({
  code: 400,
  description: { id: `${field}: ${message.id}`, en: `${field}: ${message.en}` },
});

export const ERRORS = {
  jurisdictionMissing: {
    id: 'jurisdiction_id wajib diisi: slug pemerintah daerah di Prima, mis. kab-sukamaju',
    en: "jurisdiction_id was not provided: the regional government's slug in Prima, e.g. kab-sukamaju",
  },
  jurisdictionUnknown: {
    id: 'jurisdiction_id tidak ditemukan',
    en: 'jurisdiction_id was not found',
  },
  jurisdictionSuspended: {
    id: 'Layanan Prima untuk pemerintah daerah ini sedang tidak tersedia',
    en: 'Prima is currently unavailable for this regional government',
  },
  apiKeyMissing: {
    id: 'api_key wajib diisi untuk membuat laporan; mintalah kunci kepada admin Prima pemerintah daerah',
    en: "api_key is required to create a request; ask the regional government's Prima admin for one",
  },
  apiKeyInvalid: {
    id: 'api_key tidak valid atau telah dicabut untuk jurisdiction_id ini',
    en: 'Invalid or revoked api_key for this jurisdiction_id',
  },
  serviceCodeMissing: { id: 'service_code wajib diisi', en: 'service_code was not provided' },
  serviceCodeUnknown: { id: 'service_code tidak ditemukan', en: 'service_code was not found' },
  requestNotFound: { id: 'service_request_id tidak ditemukan', en: 'service_request_id was not found' },
  tokenNotFound: { id: 'token tidak ditemukan', en: 'token was not found' },
  notFound: {
    id: 'Sumber daya ini tidak ada di GeoReport v2; lihat discovery.json',
    en: 'No such GeoReport v2 resource; see discovery.json',
  },
  tooLarge: { id: 'Isi permintaan terlalu besar', en: 'The request body is too large' },
  notForm: {
    id: 'Kirim laporan sebagai application/x-www-form-urlencoded (UTF-8)',
    en: 'Send the request as application/x-www-form-urlencoded (UTF-8)',
  },
  fileUpload: {
    id: 'Berkas tidak diterima di sini; kirim tautan sebagai media_url',
    en: 'Files are not accepted here; send a link as media_url',
  },
  internal: {
    id: 'Terjadi kesalahan di sistem kami; coba lagi nanti',
    en: 'Something went wrong on our side; try again later',
  },
  locationMissing: {
    id: 'Lokasi wajib diisi: lat dan long, atau address_string',
    en: 'A location is required: lat and long, or address_string',
  },
  locationPair: {
    id: 'lat dan long harus dikirim bersama',
    en: 'lat and long must be sent together',
  },
  addressIdUnsupported: {
    id: 'Pemerintah daerah ini tidak memiliki basis data alamat untuk address_id; kirim lat dan long atau address_string',
    en: 'This jurisdiction has no address repository for address_id; send lat and long or address_string',
  },
  latRange: { id: 'harus berupa angka antara -90 dan 90', en: 'must be a number between -90 and 90' },
  longRange: { id: 'harus berupa angka antara -180 dan 180', en: 'must be a number between -180 and 180' },
  addressLength: { id: 'harus 3 sampai 300 karakter', en: 'must have 3 to 300 characters' },
  descriptionMissing: {
    id: 'uraian laporan wajib diisi (minimal 20 karakter)',
    en: 'a description of the request is required (at least 20 characters)',
  },
  descriptionLong: { id: 'maksimal 4.000 karakter', en: 'at most 4,000 characters' },
  mediaUrl: {
    id: 'harus berupa URL http(s) lengkap, maksimal 500 karakter',
    en: 'must be a full http(s) URL of at most 500 characters',
  },
  nameLength: {
    id: 'nama (first_name dan last_name) harus 2 sampai 120 karakter',
    en: 'the name (first_name and last_name) must have 2 to 120 characters',
  },
  attributeUnknown: {
    id: 'atribut ini tidak ada pada definisi layanan',
    en: 'no such attribute in the service definition',
  },
  attributeValue: {
    id: 'nilai tidak termasuk pilihan atribut ini',
    en: 'the value is not one of the options of this attribute',
  },
  attributeSingle: {
    id: 'atribut ini hanya menerima satu nilai',
    en: 'this attribute takes a single value',
  },
  attributeDate: {
    id: 'harus berupa tanggal ISO 8601, mis. 2026-03-01 atau 2026-03-01T09:00:00+07:00',
    en: 'must be an ISO 8601 date, e.g. 2026-03-01 or 2026-03-01T09:00:00+07:00',
  },
  dateFormat: {
    id: 'harus berupa tanggal-waktu w3 dengan zona waktu, mis. 2026-01-01T00:00:00Z',
    en: 'must be a w3 datetime with a time zone, e.g. 2026-01-01T00:00:00Z',
  },
  dateOrder: { id: 'start_date harus sebelum end_date', en: 'start_date must be before end_date' },
  dateSpan: {
    id: 'Rentang start_date sampai end_date tidak boleh lebih dari 90 hari',
    en: 'start_date to end_date may not span more than 90 days',
  },
  statusValue: {
    id: 'hanya open atau closed (dipisah koma)',
    en: 'only open or closed (comma separated)',
  },
  pageValue: { id: 'harus bilangan bulat ≥ 1', en: 'must be a whole number ≥ 1' },
  pageSize: { id: 'harus bilangan bulat 1 sampai 100', en: 'must be a whole number from 1 to 100' },
  pageDepth: {
    id: 'Paling banyak 1.000 laporan pertama dapat dibaca per rentang tanggal; persempit start_date dan end_date',
    en: 'At most the first 1,000 requests of a date range can be read; narrow start_date and end_date',
  },
  tooManyIds: {
    id: 'paling banyak 100 service_request_id sekaligus',
    en: 'at most 100 service_request_id at once',
  },
  tooBroad: {
    id: 'Pencarian ini terlalu luas untuk dijawab sekaligus; persempit start_date dan end_date',
    en: 'This search is too broad to answer at once; narrow start_date and end_date',
  },
} as const satisfies Record<string, Localized>;

/** The error body: `[{code, description}]`, or `<errors><error>…</error></errors>`. */
export function renderError(c: Context<Env>, format: Format, error: Open311Error): Response {
  const locale: Locale = c.var.locale ?? 'id';
  return render(
    c,
    format,
    error.status,
    'errors',
    error.errors.map((e) => ({ code: e.code, description: e.description[locale] })),
  );
}
