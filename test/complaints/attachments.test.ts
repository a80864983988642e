/**
 * Attachments on the public form: the browser uploads through a signed URL, the API checks the real type and size
 * from the bytes and removes the photo's location metadata before the file is kept; a report then takes it over.
 */
import { MESSAGES } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { uploads } from '@prima/store';
import { describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../support/fixtures';
import { call, testApp } from '../support/harness';
import {
  contains,
  EXIF_MARKER,
  exe,
  jpegWithGps,
  plainJpeg,
  png,
  publicWorld,
  report,
  stored,
  submit,
  track,
  upload,
} from './public-support';

const local: LocalApp = await testApp();
const FIVE_MB = 5 * 1024 * 1024;

describe('attachments', () => {
  it('a photo’s Exif GPS position is removed before it is kept, and a report takes the upload over', async () => {
    const w = await publicWorld(local);
    const photo = jpegWithGps();
    expect(contains(photo, 'Exif\u0000\u0000')).toBe(true);
    expect(contains(photo, EXIF_MARKER)).toBe(true);

    const { uploadId, complete } = await upload(local, w.slug, photo, {
      name: 'lampu padam.jpg',
      contentType: 'image/jpeg',
    });
    expect(complete.status, complete.text).toBe(200);
    const kept = await local.blobs.get(`${w.t.tenant.id}/attachments/${uploadId}`);
    expect(kept).not.toBeNull();
    expect(contains(kept!, 'Exif')).toBe(false);
    expect(contains(kept!, EXIF_MARKER)).toBe(false);
    // Still the same picture: the JPEG without the Exif segment, byte for byte.
    expect(Buffer.from(kept!).equals(Buffer.from(plainJpeg()))).toBe(true);
    expect(complete.body).toEqual({
      uploadId,
      name: 'lampu padam.jpg',
      contentType: 'image/jpeg',
      size: kept!.byteLength,
      ready: true,
    });
    expect(await local.blobs.get(`${w.t.tenant.id}/incoming/${uploadId}`)).toBeNull();
    // Completing twice answers the same.
    const again = await call(local, 'POST', `/api/public/${w.slug}/attachments/${uploadId}/complete`);
    expect(again.body).toEqual(complete.body);

    const code = (await submit(local, w.slug, report({ attachmentIds: [uploadId] }))).trackingCode;
    const view = await track(local, w.slug, code);
    expect(view.body.attachments).toEqual([
      { id: uploadId, name: 'lampu padam.jpg', contentType: 'image/jpeg', size: kept!.byteLength },
    ]);
    expect((await stored(w, code)).attachments.map((a) => a.id)).toEqual([uploadId]);
    // The upload record is consumed: it cannot be attached to a second report.
    expect(await uploads.get(w.t.db, uploadId)).toBeNull();
    const reuse = await call(local, 'POST', `/api/public/${w.slug}/complaints`, {
      body: report({ attachmentIds: [uploadId] }),
    });
    expectProblem(reuse, 400, 'validation');
    expect(errorPaths(reuse)).toEqual(['attachmentIds.0']);
  });

  it('PNG text chunks are removed; a PDF is kept as it is', async () => {
    const w = await publicWorld(local);
    const picture = png('GPS 6.5971 S 106.806 E');
    const { uploadId, complete } = await upload(local, w.slug, picture, {
      name: 'foto.png',
      contentType: 'image/png',
    });
    expect(complete.status, complete.text).toBe(200);
    const kept = (await local.blobs.get(`${w.t.tenant.id}/attachments/${uploadId}`))!;
    expect(contains(kept, 'tEXt')).toBe(false);
    expect(contains(kept, '106.806')).toBe(false);
    expect(Buffer.from(kept).equals(Buffer.from(png()))).toBe(true);

    const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1'));
    const doc = await upload(local, w.slug, pdf, { name: 'surat.pdf', contentType: 'application/pdf' });
    expect(doc.complete.status, doc.complete.text).toBe(200);
    expect(Buffer.from((await local.blobs.get(`${w.t.tenant.id}/attachments/${doc.uploadId}`))!)).toEqual(
      Buffer.from(pdf),
    );
  });

  it('a file whose bytes are not what it was declared as is refused, naming the reason in the caller’s language', async () => {
    const w = await publicWorld(local);
    const pngAsJpeg = await upload(local, w.slug, png(), { name: 'foto.jpg', contentType: 'image/jpeg' });
    expectProblem(pngAsJpeg.complete, 400, 'validation');
    expect(errorPaths(pngAsJpeg.complete)).toEqual(['file']);
    expect(pngAsJpeg.complete.text).toContain(MESSAGES['upload.wrongType'].id);
    expect(await local.blobs.get(`${w.t.tenant.id}/incoming/${pngAsJpeg.uploadId}`)).toBeNull();
    expect((await uploads.get(w.t.db, pngAsJpeg.uploadId))?.ready).toBe(false);
    // …so it cannot be attached.
    const attach = await call(local, 'POST', `/api/public/${w.slug}/complaints`, {
      body: report({ attachmentIds: [pngAsJpeg.uploadId] }),
    });
    expect(errorPaths(attach)).toEqual(['attachmentIds.0']);

    const exeAsPdf = await upload(local, w.slug, exe(), {
      name: 'surat.pdf',
      contentType: 'application/pdf',
    });
    expectProblem(exeAsPdf.complete, 400, 'validation');
    const en = await call(local, 'POST', `/api/public/${w.slug}/attachments/${exeAsPdf.uploadId}/complete`, {
      lang: 'en',
    });
    // The refused file is gone: completing again says it is missing.
    expect(en.text).toContain(MESSAGES['upload.missing'].en);

    const exeType = await call(local, 'POST', `/api/public/${w.slug}/attachments`, {
      body: { name: 'setup.exe', contentType: 'application/x-msdownload', size: 512 },
    });
    expectProblem(exeType, 400, 'validation');
    expect(errorPaths(exeType)).toEqual(['contentType']);
  });

  it('too large: refused when declared (400), at the upload URL (413), and when checked (400)', async () => {
    const w = await publicWorld(local);
    const declared = await call(local, 'POST', `/api/public/${w.slug}/attachments`, {
      body: { name: 'video.jpg', contentType: 'image/jpeg', size: FIVE_MB + 1 },
      lang: 'en',
    });
    expectProblem(declared, 400, 'validation');
    expect(errorPaths(declared)).toEqual(['size']);
    expect(declared.text).toContain(MESSAGES['upload.tooLarge'].en);

    const created = await call<{
      uploadId: string;
      upload: { url: string; headers: Record<string, string> };
    }>(local, 'POST', `/api/public/${w.slug}/attachments`, {
      body: { name: 'besar.jpg', contentType: 'image/jpeg', size: 1000 },
    });
    const big = new Uint8Array(FIVE_MB + 1);
    big.set(plainJpeg());
    const put = await local.app.request(new URL(created.body.upload.url).pathname, {
      method: 'PUT',
      headers: created.body.upload.headers,
      body: big,
    });
    expect(put.status).toBe(413);
    // A store that does not enforce the size (or a file replaced later) is caught when the upload completes.
    await local.blobs.put(`${w.t.tenant.id}/incoming/${created.body.uploadId}`, big, 'image/jpeg');
    const complete = await call(
      local,
      'POST',
      `/api/public/${w.slug}/attachments/${created.body.uploadId}/complete`,
    );
    expectProblem(complete, 400, 'validation');
    expect(complete.text).toContain(MESSAGES['upload.tooLarge'].id);
  });

  it('completing before uploading is a 400; an unknown or malformed upload id is a 404', async () => {
    const w = await publicWorld(local);
    const created = await call<{ uploadId: string }>(local, 'POST', `/api/public/${w.slug}/attachments`, {
      body: { name: 'foto.jpg', contentType: 'image/jpeg', size: 1000 },
    });
    const early = await call(
      local,
      'POST',
      `/api/public/${w.slug}/attachments/${created.body.uploadId}/complete`,
    );
    expectProblem(early, 400, 'validation');
    expect(early.text).toContain(MESSAGES['upload.missing'].id);
    expectProblem(
      await call(local, 'POST', `/api/public/${w.slug}/attachments/01JD7Q9X4ZB8F6M2N3P5R7S9TV/complete`),
      404,
    );
    expectProblem(await call(local, 'POST', `/api/public/${w.slug}/attachments/nope/complete`), 404);
    const other = await publicWorld(local);
    expectProblem(
      await call(local, 'POST', `/api/public/${other.slug}/attachments/${created.body.uploadId}/complete`),
      404,
    );
  });
});
