/**
 * Fixtures of the citizens' complaint suites: a tenant with a unit, a category routed to it and the officials who
 * handle it; helpers that file and follow reports through the public routes; officials' steps through the service
 * (the one way complaints change), and small real files (a JPEG carrying an Exif GPS position, a PNG, an .exe).
 */
import { deflateSync } from 'node:zlib';
import {
  actOnComplaint as act,
  type ComplaintActor,
  loadTenantContext,
  type TenantContext,
} from '@prima/api';
import type { ActionInput, TenantRole, User } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { categories, complaints, type StoredComplaint } from '@prima/store';
import { expect } from 'vitest';
import { createUnit, manualClock } from '../support/fixtures';
import { type CallResult, call, newTenant, type TestTenant } from '../support/harness';

/** Monday 2 November 2026, 09:00 in Jakarta: a month without public holidays. */
export const MONDAY = Date.parse('2026-11-02T02:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const newClock = (start = MONDAY) => manualClock(start);

export interface PublicWorld {
  t: TestTenant;
  slug: string;
  unitId: string;
  unitName: string;
  categoryId: string;
  coordinator: User;
  officer: User;
  /** Tokens valid for 90 days of a moved clock. */
  tokens: Record<'admin' | 'coordinator' | 'officer' | 'analyst', string>;
}

const TTL = 90 * 24 * 3600;

export async function publicWorld(local: LocalApp, opts: { unitName?: string } = {}): Promise<PublicWorld> {
  const t = await newTenant(local);
  const unitName = opts.unitName ?? 'Dinas Pekerjaan Umum dan Penataan Ruang';
  const unit = await createUnit(local, t, { name: unitName, kind: 'dinas' });
  const now = new Date().toISOString();
  const category = await categories.create(
    t.db,
    { name: 'Penerangan jalan umum', parentId: null, unitId: unit.id, description: null },
    now,
  );
  const sign = (u: User, role: TenantRole) =>
    local.issuer.sign({ sub: u.id, email: u.email, tenantId: t.tenant.id, role }, TTL);
  const [{ user: coordinator }, { user: officer }, { user: analyst }] = await Promise.all([
    t.user('coordinator'),
    t.user('unit-officer', [unit.id]),
    t.user('analyst'),
  ]);
  return {
    t,
    slug: t.tenant.slug,
    unitId: unit.id,
    unitName,
    categoryId: category.id,
    coordinator,
    officer,
    tokens: {
      admin: await sign(t.admin, 'tenant-admin'),
      coordinator: await sign(coordinator, 'coordinator'),
      officer: await sign(officer, 'unit-officer'),
      analyst: await sign(analyst, 'analyst'),
    },
  };
}

export const report = (overrides: Record<string, unknown> = {}) => ({
  title: 'Lampu jalan padam di depan SDN 2',
  description:
    'Sudah tiga minggu lampu penerangan jalan di depan SDN 2 Sukamaju padam sehingga jalan gelap dan rawan kecelakaan.',
  location: { lat: -6.5971, lng: 106.806 },
  reporter: { name: 'Siti Aminah', email: 'siti.aminah@contoh.id' },
  ...overrides,
});

export interface Submitted {
  trackingCode: string;
  status: string;
  dueAt: string | null;
}

/** Files a report on the public form; expects 201. */
export async function submit(
  local: LocalApp,
  slug: string,
  body: Record<string, unknown> = report(),
  headers: Record<string, string> = {},
): Promise<Submitted> {
  const res = await call<Submitted>(local, 'POST', `/api/public/${slug}/complaints`, { body, headers });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export const track = <T = PublicView>(local: LocalApp, slug: string, code: string, lang?: string) =>
  call<T>(local, 'GET', `/api/public/${slug}/complaints/${code}`, { lang });

export const reporterAction = (
  local: LocalApp,
  slug: string,
  code: string,
  body: Record<string, unknown>,
  lang?: string,
): Promise<CallResult<PublicView>> =>
  call<PublicView>(local, 'POST', `/api/public/${slug}/complaints/${code}/actions`, { body, lang });

export interface PublicView {
  trackingCode: string;
  status: string;
  title: string;
  description: string;
  unit: { id: string; name: string } | null;
  category: { id: string; name: string } | null;
  attachments: { id: string; name: string; contentType: string; size: number }[];
  deadline: {
    dueAt: string | null;
    dueKind: string | null;
    autoCloseAt: string | null;
    completionDueAt: string | null;
    reopenUntil: string | null;
  };
  rating: { score: number; comment: string | null; at: string } | null;
  timeline: {
    action: string;
    by: string;
    unitName: string | null;
    note: string | null;
    from: string | null;
    to: string | null;
  }[];
  allowedActions: string[];
}

/** The stored complaint behind a tracking code. */
export async function stored(w: PublicWorld, code: string): Promise<StoredComplaint> {
  const id = await complaints.idByTrackingCode(w.t.db, code);
  expect(id).not.toBeNull();
  return (await complaints.get(w.t.db, id!, true))!;
}

/** Officials' steps through the service, as their routes take them. */
export function officials(w: PublicWorld, now: () => Date) {
  const coordinator: ComplaintActor = {
    kind: 'coordinator',
    userId: w.coordinator.id,
    name: w.coordinator.name,
  };
  const unit: ComplaintActor = { kind: 'unit', userId: w.officer.id, name: w.officer.name };
  let ctx: TenantContext | undefined;
  const step = async (actor: ComplaintActor, code: string, input: ActionInput) => {
    ctx ??= await loadTenantContext(w.t.db);
    return act(ctx, await stored(w, code), input, actor, now());
  };
  return {
    context: async () => (ctx ??= await loadTenantContext(w.t.db)),
    coordinator: (code: string, input: ActionInput) => step(coordinator, code, input),
    unit: (code: string, input: ActionInput) => step(unit, code, input),
    /** verify → dispatch to the world's unit → the unit responds publicly. */
    async toFollowUp(code: string, answer = 'Lampu sudah kami ganti pada hari Selasa.') {
      await step(coordinator, code, { action: 'verify', note: 'Laporan lengkap (catatan internal)' });
      await step(coordinator, code, { action: 'dispatch', unitId: w.unitId, note: 'Mohon ditangani' });
      return step(unit, code, { action: 'respond', note: answer });
    },
  };
}

// Files --------------------------------------------------------------------------------------------------------

/** A real 16×16 JPEG (JFIF, no metadata). */
const JPEG_BASE64 =
  '/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8Q' +
  'EBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ' +
  'EBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8QAJBAAAQQBBAICAwAAAAAAAAAAAQID' +
  'BAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAECBQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/' +
  '2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaUVAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx' +
  '4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/HvuRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+' +
  'Vb4N9mKhQMzo5po9XLdDs9d6ZVix2VEhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolv' +
  'w4KOp1KM6iCNvngZHwetf//Z';

export const plainJpeg = () => new Uint8Array(Buffer.from(JPEG_BASE64, 'base64'));

/** A marker inside the Exif block (as the camera model), to show the block is gone. */
export const EXIF_MARKER = 'KameraRahasiaGPS';

/**
 * An Exif APP1 segment (big-endian TIFF) as a phone writes it into a photo: IFD0 with the camera model and a GPS
 * IFD placing the photo at 6°35'49.6" S, 106°48'21.6" E (Bogor).
 *   0 header · 8 IFD0 (2 entries) · 38 GPS IFD (4 entries) · 92 latitude · 116 longitude · 140 model
 */
export function exifGpsSegment(): Buffer {
  const tiff = Buffer.alloc(160);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    tiff.writeUInt32BE(value, at + 8);
  };
  const ascii = (at: number, tag: number, ch: string) => {
    entry(at, tag, 2, 2, 0);
    tiff.write(ch, at + 8, 'latin1');
  };
  const rationals = (at: number, values: [number, number][]) =>
    values.forEach(([n, d], i) => {
      tiff.writeUInt32BE(n, at + i * 8);
      tiff.writeUInt32BE(d, at + i * 8 + 4);
    });
  tiff.writeUInt16BE(2, 8);
  entry(10, 0x0110, 2, EXIF_MARKER.length + 1, 140); // Model
  entry(22, 0x8825, 4, 1, 38); // GPS IFD pointer
  tiff.writeUInt32BE(0, 34);
  tiff.writeUInt16BE(4, 38);
  ascii(40, 0x0001, 'S'); // GPSLatitudeRef
  entry(52, 0x0002, 5, 3, 92); // GPSLatitude
  ascii(64, 0x0003, 'E'); // GPSLongitudeRef
  entry(76, 0x0004, 5, 3, 116); // GPSLongitude
  tiff.writeUInt32BE(0, 88);
  rationals(92, [
    [6, 1],
    [35, 1],
    [496, 10],
  ]);
  rationals(116, [
    [106, 1],
    [48, 1],
    [216, 10],
  ]);
  tiff.write(`${EXIF_MARKER}\u0000`, 140, 'latin1');
  const payload = Buffer.concat([Buffer.from('Exif\u0000\u0000', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** The JPEG with the Exif GPS segment right after its start-of-image marker. */
export function jpegWithGps(): Uint8Array {
  const jpeg = Buffer.from(plainJpeg());
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), exifGpsSegment(), jpeg.subarray(2)]));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const pngChunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A 1×1 PNG, optionally with a tEXt chunk holding `text`. */
export function png(text?: string): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  return new Uint8Array(
    Buffer.concat([
      Buffer.from('89504e470d0a1a0a', 'hex'),
      pngChunk('IHDR', ihdr),
      ...(text ? [pngChunk('tEXt', Buffer.from(`Comment\u0000${text}`, 'latin1'))] : []),
      pngChunk('IDAT', deflateSync(Buffer.from([0, 0xc0, 0x39, 0x2b]))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** The start of a Windows executable (MZ header, PE signature). */
export function exe(): Uint8Array {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\u0000\u0000', 0x80, 'latin1');
  return new Uint8Array(b);
}

export const contains = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

/** Uploads a file through the public routes: create, PUT to the signed URL, complete. Returns the last answer. */
export async function upload(
  local: LocalApp,
  slug: string,
  file: Uint8Array,
  declared: { name?: string; contentType: string },
): Promise<{ uploadId: string; complete: CallResult }> {
  const created = await call<{ uploadId: string; upload: { url: string; headers: Record<string, string> } }>(
    local,
    'POST',
    `/api/public/${slug}/attachments`,
    { body: { name: declared.name ?? 'foto.jpg', contentType: declared.contentType, size: file.byteLength } },
  );
  expect(created.status, created.text).toBe(201);
  const put = await local.app.request(new URL(created.body.upload.url).pathname, {
    method: 'PUT',
    headers: created.body.upload.headers,
    body: file,
  });
  expect(put.status, await put.text()).toBe(204);
  const complete = await call(
    local,
    'POST',
    `/api/public/${slug}/attachments/${created.body.uploadId}/complete`,
  );
  return { uploadId: created.body.uploadId, complete };
}
