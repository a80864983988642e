import ExifTransformer from 'exif-be-gone';
import { fileTypeFromBuffer } from 'file-type';

/**
 * Attachments a citizen uploads with a report: images and PDF, at most 5 MB. The browser puts the file straight
 * into the blob store (`<tenant>/incoming/<id>`); on completion the API reads it back, checks what it really is
 * from its bytes (not from what the browser said), removes location and camera metadata from images, and keeps
 * the cleaned copy at `<tenant>/attachments/<id>`. The incoming object is always deleted.
 */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const incomingKey = (tenantId: string, uploadId: string) => `${tenantId}/incoming/${uploadId}`;
export const attachmentKey = (tenantId: string, uploadId: string) => `${tenantId}/attachments/${uploadId}`;

export type InspectionResult =
  | { ok: true; body: Uint8Array }
  | { ok: false; reason: 'upload.missing' | 'upload.tooLarge' | 'upload.wrongType' };

/** Checks an uploaded file against its declared type and the size limit, and strips image metadata. */
export async function inspectAttachment(
  bytes: Uint8Array | null,
  declared: AttachmentType,
): Promise<InspectionResult> {
  if (!bytes || bytes.byteLength === 0) return { ok: false, reason: 'upload.missing' };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'upload.tooLarge' };
  if ((await fileTypeFromBuffer(bytes))?.mime !== declared) return { ok: false, reason: 'upload.wrongType' };
  if (declared === 'application/pdf') return { ok: true, body: bytes };
  const cleaned = declared === 'image/webp' ? stripWebpMetadata(bytes) : await stripMetadata(bytes);
  // The cleaned file must still be what it claims to be.
  if ((await fileTypeFromBuffer(cleaned))?.mime !== declared)
    return { ok: false, reason: 'upload.wrongType' };
  return { ok: true, body: cleaned };
}

/** JPEG (APP1 Exif/XMP segments) and PNG (eXIf, text and time chunks) through exif-be-gone. */
function stripMetadata(bytes: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const scrubber = new ExifTransformer();
    scrubber.on('data', (chunk: Buffer) => chunks.push(chunk));
    scrubber.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    scrubber.on('error', reject);
    scrubber.end(Buffer.from(bytes));
  });
}

/**
 * WebP: drops the EXIF and XMP chunks, clears their flags in the VP8X header and fixes the RIFF size (exif-be-gone
 * keeps XMP, which can hold GPS too, and leaves the RIFF size stale). A file whose chunks do not add up is
 * returned as it is and then fails the type check only if it is no WebP at all.
 */
export function stripWebpMetadata(bytes: Uint8Array): Uint8Array {
  const src = Buffer.from(bytes);
  if (src.length < 12 || src.toString('latin1', 0, 4) !== 'RIFF' || src.toString('latin1', 8, 12) !== 'WEBP')
    return bytes;
  const kept: Buffer[] = [];
  for (let at = 12; at < src.length; ) {
    if (at + 8 > src.length) return bytes;
    const type = src.toString('latin1', at, at + 4);
    const size = src.readUInt32LE(at + 4);
    const end = at + 8 + size + (size % 2);
    if (end > src.length + (size % 2)) return bytes;
    const chunk = Buffer.from(src.subarray(at, Math.min(end, src.length)));
    if (type === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~0x0c; // EXIF (0x08) and XMP (0x04) flags
    if (type !== 'EXIF' && type !== 'XMP ') kept.push(chunk);
    at = end;
  }
  const body = Buffer.concat(kept);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return new Uint8Array(Buffer.concat([header, body]));
}
