import { expect, it } from 'vitest';
import type { BlobStore } from '../ports';

/**
 * What every BlobStore must do, whatever stores the bytes (a folder locally, S3 in AWS). Run against each
 * adapter by blob-store.contract.test.ts. `follow` opens a download URL the way a browser would and returns the
 * bytes and the file name it would save them under (per adapter: the local server's route, or the presigned S3
 * URL checked and served from the mocked bucket).
 */
export interface BlobStoreHarness {
  store: BlobStore;
  now: () => Date;
  follow(url: string): Promise<{ status: number; body: Uint8Array | null; filename: string | null }>;
}

export const TENANT = '01JC0NTRACTTENANT000000000';
const bytes = (text: string) => new TextEncoder().encode(text);

export function blobStoreContract(harness: () => Promise<BlobStoreHarness>): void {
  it('gives back what was put, byte for byte', async () => {
    const { store } = await harness();
    const body = new Uint8Array([0, 1, 2, 254, 255, ...bytes('Laporan jalan rusak')]);
    await store.put(`${TENANT}/attachments/a1`, body, 'image/png');
    expect(await store.get(`${TENANT}/attachments/a1`)).toEqual(body);
  });

  it('answers null for an object that is not there', async () => {
    const { store } = await harness();
    expect(await store.get(`${TENANT}/attachments/missing`)).toBeNull();
  });

  it('replaces an object put again under the same key', async () => {
    const { store } = await harness();
    await store.put(`${TENANT}/attachments/a2`, bytes('first'), 'application/pdf');
    await store.put(`${TENANT}/attachments/a2`, bytes('second'), 'application/pdf');
    expect(await store.get(`${TENANT}/attachments/a2`)).toEqual(bytes('second'));
  });

  it('deletes an object, and deleting what is gone is no error', async () => {
    const { store } = await harness();
    await store.put(`${TENANT}/incoming/u1`, bytes('x'), 'image/jpeg');
    await store.delete(`${TENANT}/incoming/u1`);
    expect(await store.get(`${TENANT}/incoming/u1`)).toBeNull();
    await expect(store.delete(`${TENANT}/incoming/u1`)).resolves.toBeUndefined();
  });

  it('keeps objects of different keys apart', async () => {
    const { store } = await harness();
    await store.put(`${TENANT}/attachments/k1`, bytes('one'), 'image/png');
    await store.put(`${TENANT}/attachments/k2`, bytes('two'), 'image/png');
    expect(await store.get(`${TENANT}/attachments/k1`)).toEqual(bytes('one'));
    expect(await store.get(`${TENANT}/attachments/k2`)).toEqual(bytes('two'));
  });

  it('issues an upload target for the content type that expires in 15 minutes', async () => {
    const { store, now } = await harness();
    const target = await store.createUpload(`${TENANT}/incoming/u2`, 'image/jpeg', 5 * 1024 * 1024);
    expect(['POST', 'PUT']).toContain(target.method);
    expect(() => new URL(target.url)).not.toThrow();
    expect(Date.parse(target.expiresAt) - now().getTime()).toBe(15 * 60_000);
    // The browser must send the granted content type: as a form field (POST) or a header (PUT).
    const declared =
      target.method === 'POST' ? target.fields['Content-Type'] : target.headers['content-type'];
    expect(declared).toBe('image/jpeg');
  });

  it('hands out a download URL that yields the object under the given file name', async () => {
    const { store, follow } = await harness();
    await store.put(`${TENANT}/attachments/d1`, bytes('%PDF-1.7 isi'), 'application/pdf');
    const url = await store.downloadUrl(`${TENANT}/attachments/d1`, 'bukti-laporan.pdf');
    const got = await follow(url);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(bytes('%PDF-1.7 isi'));
    expect(got.filename).toBe('bukti-laporan.pdf');
  });

  it('hands out a download URL that finds nothing once the object is deleted', async () => {
    const { store, follow } = await harness();
    await store.put(`${TENANT}/attachments/d2`, bytes('x'), 'image/png');
    const url = await store.downloadUrl(`${TENANT}/attachments/d2`, 'foto.png');
    await store.delete(`${TENANT}/attachments/d2`);
    expect((await follow(url)).status).toBe(404);
  });
}
