import { describe, expect, it } from 'vitest';
import { inspectAttachment, MAX_ATTACHMENT_BYTES, stripWebpMetadata } from './attachments';

const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
};
const riff = (...chunks: Buffer[]) => {
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
};
const vp8x = (flags: number) => chunk('VP8X', Buffer.from([flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
const image = chunk('VP8L', Buffer.from([0x2f, 0, 0, 0, 0x10]));

describe('WebP metadata', () => {
  it('drops the EXIF and XMP chunks, clears their flags and fixes the RIFF size', () => {
    const tagged = riff(
      vp8x(0x10 | 0x08 | 0x04),
      image,
      chunk('EXIF', Buffer.from('MM\u0000*GPS-6.5971,106.806', 'latin1')),
      chunk('XMP ', Buffer.from('<x:xmpmeta>exif:GPSLatitude=6,35.8S</x:xmpmeta>', 'latin1')),
    );
    const clean = Buffer.from(stripWebpMetadata(tagged));
    expect(clean.equals(riff(vp8x(0x10), image))).toBe(true);
    expect(clean.readUInt32LE(4)).toBe(clean.length - 8);
    expect(clean.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('leaves a file alone when its chunks do not add up', () => {
    const broken = Buffer.concat([riff(vp8x(0)), Buffer.from('EXIF\u00ff\u00ff\u0000\u0000', 'latin1')]);
    expect(Buffer.from(stripWebpMetadata(broken)).equals(broken)).toBe(true);
  });
});

describe('inspecting an upload', () => {
  it('checks presence, size and the real type', async () => {
    expect(await inspectAttachment(null, 'image/jpeg')).toEqual({ ok: false, reason: 'upload.missing' });
    expect(await inspectAttachment(new Uint8Array(), 'image/jpeg')).toEqual({
      ok: false,
      reason: 'upload.missing',
    });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    expect(await inspectAttachment(big, 'application/pdf')).toEqual({ ok: false, reason: 'upload.tooLarge' });
    const webp = riff(vp8x(0x08), image, chunk('EXIF', Buffer.from('GPS')));
    expect(await inspectAttachment(webp, 'image/png')).toEqual({ ok: false, reason: 'upload.wrongType' });
    const res = await inspectAttachment(webp, 'image/webp');
    expect(res.ok && Buffer.from(res.body).equals(riff(vp8x(0), image))).toBe(true);
    const text = new Uint8Array(Buffer.from('just some text, not a PDF at all'));
    expect(await inspectAttachment(text, 'application/pdf')).toEqual({
      ok: false,
      reason: 'upload.wrongType',
    });
  });
});
