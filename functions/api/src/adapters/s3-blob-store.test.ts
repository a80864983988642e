import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDisposition, createS3BlobStore, tenantOfKey } from './s3-blob-store';
import type { SessionCredentials } from './tenant-credentials';

const TENANT_A = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const TENANT_B = '01JBBBBBBBBBBBBBBBBBBBBBBB';
const BUCKET = 'prima-prod-attachments-123456789012-ap-southeast-3';
const NOW = new Date('2026-03-02T03:04:05Z');
const s3 = mockClient(S3Client);
afterEach(() => s3.reset());

const sessionOf = (tenantId: string): SessionCredentials => ({
  accessKeyId: `ASIA${tenantId.slice(-6)}`,
  secretAccessKey: `secret-${tenantId}`,
  sessionToken: `token-${tenantId}`,
  expiration: new Date(NOW.getTime() + 3_600_000),
});

function store() {
  const asked: string[] = [];
  const blobs = createS3BlobStore({
    bucket: BUCKET,
    region: 'ap-southeast-3',
    now: () => NOW,
    credentialsFor: (tenantId) => async () => {
      asked.push(tenantId);
      return sessionOf(tenantId);
    },
  });
  return { blobs, asked };
}

describe('S3 blob store', () => {
  describe('presigned download URLs (Signature Version 4, query string)', () => {
    it('are signed by the tenant session, live 15 minutes and name the file to save', async () => {
      const { blobs, asked } = store();
      const url = new URL(await blobs.downloadUrl(`${TENANT_A}/attachments/a1`, 'Foto jalan rusak.jpg'));
      expect(url.host).toBe(`${BUCKET}.s3.ap-southeast-3.amazonaws.com`);
      expect(url.pathname).toBe(`/${TENANT_A}/attachments/a1`);
      expect(url.searchParams.get('X-Amz-Credential')).toBe(
        `${sessionOf(TENANT_A).accessKeyId}/20260302/ap-southeast-3/s3/aws4_request`,
      );
      expect(url.searchParams.get('X-Amz-Security-Token')).toBe(`token-${TENANT_A}`);
      expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
      expect(url.searchParams.get('response-content-disposition')).toBe(
        `attachment; filename="Foto jalan rusak.jpg"; filename*=UTF-8''Foto%20jalan%20rusak.jpg`,
      );
      expect(asked).toEqual([TENANT_A]);
    });
  });

  describe('upload forms (presigned POST)', () => {
    it('make S3 enforce the key, the content type and 1 byte to the size limit, for 15 minutes', async () => {
      const { blobs } = store();
      const target = await blobs.createUpload(`${TENANT_A}/incoming/u1`, 'image/png', 5_242_880);
      expect(target.method).toBe('POST');
      expect(target.url).toBe(`https://${BUCKET}.s3.ap-southeast-3.amazonaws.com/`);
      expect(target.fields).toMatchObject({
        key: `${TENANT_A}/incoming/u1`,
        'Content-Type': 'image/png',
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Security-Token': `token-${TENANT_A}`,
      });
      expect(target.fields['X-Amz-Credential']).toMatch(new RegExp(`^${sessionOf(TENANT_A).accessKeyId}/`));
      const policy = JSON.parse(Buffer.from(target.fields.Policy!, 'base64').toString('utf8')) as {
        expiration: string;
        conditions: unknown[];
      };
      expect(policy.conditions).toEqual(
        expect.arrayContaining([
          ['content-length-range', 1, 5_242_880],
          ['eq', '$Content-Type', 'image/png'],
          { key: `${TENANT_A}/incoming/u1` },
          { bucket: BUCKET },
        ]),
      );
      // S3 checks the policy's expiration against its own clock: 15 minutes from the real now.
      const left = Date.parse(policy.expiration) - Date.now();
      expect(left).toBeGreaterThan(14 * 60_000);
      expect(left).toBeLessThanOrEqual(15 * 60_000);
      expect(target.expiresAt).toBe(new Date(NOW.getTime() + 15 * 60_000).toISOString());
    });
  });

  describe('tenant sessions', () => {
    it('run every object call with the credentials of the tenant that owns the key', async () => {
      s3.on(PutObjectCommand).resolves({});
      s3.on(GetObjectCommand).resolves({});
      const { blobs, asked } = store();
      await blobs.put(`${TENANT_A}/attachments/x`, new Uint8Array([1]), 'image/png');
      await blobs.get(`${TENANT_B}/attachments/y`);
      expect(asked).toEqual([TENANT_A, TENANT_B]);
      const used = await Promise.all(
        s3.calls().map(async (call) => (await (call.thisValue as S3Client).config.credentials()).accessKeyId),
      );
      expect(used).toEqual([sessionOf(TENANT_A).accessKeyId, sessionOf(TENANT_B).accessKeyId]);
      expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input).toMatchObject({
        Bucket: BUCKET,
        Key: `${TENANT_A}/attachments/x`,
        ContentType: 'image/png',
      });
    });

    it.each([
      ['attachments/x'],
      ['public/x'],
      [`${TENANT_A}`],
      [`${TENANT_A}/`],
      [`${TENANT_A}/../${TENANT_B}/x`],
      ['*/x'],
    ])('refuse the key %j, which does not begin with a tenant id', async (key) => {
      const { blobs, asked } = store();
      await expect(blobs.get(key)).rejects.toThrow(/does not begin with a tenant id/);
      await expect(blobs.createUpload(key, 'image/png', 10)).rejects.toThrow(
        /does not begin with a tenant id/,
      );
      expect(asked).toEqual([]);
      expect(s3.calls()).toHaveLength(0);
    });

    it('read the tenant from the first segment of the key', () => {
      expect(tenantOfKey(`${TENANT_A}/incoming/01JUPLOAD`)).toBe(TENANT_A);
    });
  });

  it('turns a missing object into null and passes other errors through', async () => {
    const { blobs } = store();
    s3.on(GetObjectCommand)
      .rejectsOnce(Object.assign(new Error('gone'), { name: 'NoSuchKey' }))
      .rejectsOnce(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
    expect(await blobs.get(`${TENANT_A}/attachments/missing`)).toBeNull();
    await expect(blobs.get(`${TENANT_A}/attachments/other`)).rejects.toThrow('denied');
  });

  it('gives non-ASCII file names an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Laporan "Dinas" №1.pdf')).toBe(
      `attachment; filename="Laporan _Dinas_ _1.pdf"; filename*=UTF-8''Laporan%20%22Dinas%22%20%E2%84%961.pdf`,
    );
  });
});
