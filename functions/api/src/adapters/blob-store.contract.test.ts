import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteObjectCommand,
  type DeleteObjectCommandInput,
  GetObjectCommand,
  type GetObjectCommandInput,
  NoSuchKey,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, describe } from 'vitest';
// The local adapter, from its source: @prima/local depends on @prima/api, not the other way round.
import { createLocalBlobStore } from '../../../../packages/local/src/blobs';
import { blobStoreContract, TENANT } from './blob-store.contract';
import { createS3BlobStore } from './s3-blob-store';
import type { SessionCredentials } from './tenant-credentials';

const NOW = new Date('2026-03-02T03:04:05Z');

/** The file name a browser would save a download under (RFC 6266, filename* preferred). */
function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]!);
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

describe('BlobStore contract: local adapter (files under a folder)', () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });

  blobStoreContract(async () => {
    const root = await mkdtemp(join(tmpdir(), 'prima-blobs-'));
    roots.push(root);
    const store = createLocalBlobStore(root, 'http://localhost:3000', () => NOW);
    return {
      store,
      now: () => NOW,
      async follow(url) {
        const res = await store.routes.request(new URL(url).pathname);
        return {
          status: res.status,
          body: res.status === 200 ? new Uint8Array(await res.arrayBuffer()) : null,
          filename: filenameOf(res.headers.get('content-disposition')),
        };
      },
    };
  });
});

describe('BlobStore contract: S3 adapter (aws-sdk-client-mock)', () => {
  const BUCKET = 'prima-test-attachments-123456789012-ap-southeast-3';
  const REGION = 'ap-southeast-3';
  const s3 = mockClient(S3Client);
  afterEach(() => s3.reset());

  const session: SessionCredentials = {
    accessKeyId: 'ASIATENANTSESSION',
    secretAccessKey: 'tenant-secret',
    sessionToken: 'tenant-token',
    expiration: new Date(NOW.getTime() + 3_600_000),
  };

  blobStoreContract(async () => {
    s3.reset();
    const objects = new Map<string, Uint8Array>();
    s3.on(PutObjectCommand).callsFake(async (input: PutObjectCommandInput) => {
      objects.set(input.Key!, new Uint8Array(input.Body as Uint8Array));
      return {};
    });
    s3.on(GetObjectCommand).callsFake(async (input: GetObjectCommandInput) => {
      const body = objects.get(input.Key!);
      if (!body) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} });
      return { Body: { transformToByteArray: async () => new Uint8Array(body) } };
    });
    s3.on(DeleteObjectCommand).callsFake(async (input: DeleteObjectCommandInput) => {
      objects.delete(input.Key!);
      return {};
    });
    const store = createS3BlobStore({
      bucket: BUCKET,
      region: REGION,
      credentialsFor: (tenantId) => async () => {
        if (tenantId !== TENANT) throw new Error(`unexpected tenant ${tenantId}`);
        return session;
      },
      now: () => NOW,
    });
    return {
      store,
      now: () => NOW,
      // What S3 would do with the URL: check it is a presigned GET of this bucket by the tenant's session,
      // signed over exactly these parameters, then serve the object.
      async follow(url) {
        const u = new URL(url);
        if (u.host !== `${BUCKET}.s3.${REGION}.amazonaws.com`)
          return { status: 400, body: null, filename: null };
        const q = Object.fromEntries(u.searchParams);
        const key = decodeURIComponent(u.pathname.slice(1));
        // S3 recomputes the signature with the session's secret: the SDK's presigner over the same request.
        const expected = await getSignedUrl(
          new S3Client({ region: REGION, credentials: session }),
          new GetObjectCommand({
            Bucket: BUCKET,
            Key: key,
            ResponseContentDisposition: q['response-content-disposition'],
          }),
          { expiresIn: Number(q['X-Amz-Expires']), signingDate: NOW },
        );
        const valid =
          url === expected &&
          q['X-Amz-Credential']!.startsWith(`${session.accessKeyId}/`) &&
          q['X-Amz-Security-Token'] === session.sessionToken &&
          q['X-Amz-Expires'] === '900';
        if (!valid) return { status: 403, body: null, filename: null };
        const body = objects.get(key);
        if (!body) return { status: 404, body: null, filename: null };
        return { status: 200, body, filename: filenameOf(q['response-content-disposition'] ?? null) };
      },
    };
  });
});
