import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { BlobStore, UploadTarget } from '../ports';
import type { CredentialProvider } from './tenant-credentials';

/** Lifetime of presigned upload forms and download URLs. */
export const URL_TTL_SECONDS = 15 * 60;

export interface S3BlobStoreConfig {
  bucket: string;
  region: string;
  /**
   * Credentials for the objects of one tenant (the token-vending machine's tenant session, which may only touch
   * `<tenantId>/…`). Absent: the default credential chain, for every key.
   */
  credentialsFor?: (tenantId: string) => CredentialProvider;
  /** Builds a client (tests pass one that aws-sdk-client-mock intercepts; the default is a plain S3Client). */
  client?: (config: S3ClientConfig) => S3Client;
  now?: () => Date;
}

const TENANT_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export class BlobKeyError extends Error {
  override name = 'BlobKeyError';
}

/** The tenant that owns an object: the first segment of its key (`<tenantId>/incoming/<id>`, …). */
export function tenantOfKey(key: string): string {
  const tenantId = key.split('/', 1)[0] ?? '';
  if (!TENANT_ID.test(tenantId) || key.length <= tenantId.length + 1 || key.includes('..')) {
    throw new BlobKeyError(`object key ${JSON.stringify(key)} does not begin with a tenant id`);
  }
  return tenantId;
}

/** `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the exact name (RFC 6266). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\\r\n]/g, '_') || 'file';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * The attachments bucket behind the BlobStore port. Every key begins with the tenant id, and every operation
 * runs with that tenant's credentials from the token-vending machine, whose IAM policy allows only
 * `<tenantId>/*`: the object of another tenant is out of reach even for a wrong key.
 *
 * - createUpload: a presigned POST form (15 minutes) that S3 itself enforces: exactly this key, exactly this
 *   Content-Type, 1 byte to `maxBytes`;
 * - downloadUrl: a presigned GET (15 minutes) that makes the browser save the object under `filename`.
 */
export function createS3BlobStore(config: S3BlobStoreConfig): BlobStore {
  const now = config.now ?? (() => new Date());
  const make = config.client ?? ((c: S3ClientConfig) => new S3Client(c));
  const shared = config.credentialsFor ? null : make({ region: config.region });
  /** Clients per session (a client with static credentials signs with exactly those). */
  const clients = new Map<string, S3Client>();

  async function session(key: string): Promise<{ client: S3Client }> {
    const tenantId = tenantOfKey(key);
    if (shared) return { client: shared };
    const credentials = await config.credentialsFor!(tenantId)();
    let client = clients.get(credentials.accessKeyId);
    if (!client) {
      client = make({ region: config.region, credentials });
      if (clients.size >= 200) clients.delete(clients.keys().next().value!);
      clients.set(credentials.accessKeyId, client);
    }
    return { client };
  }

  return {
    async createUpload(key, contentType, maxBytes): Promise<UploadTarget> {
      const { client } = await session(key);
      const issued = now();
      const { url, fields } = await createPresignedPost(client, {
        Bucket: config.bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: URL_TTL_SECONDS,
      });
      return {
        url,
        method: 'POST',
        fields,
        headers: {},
        expiresAt: new Date(issued.getTime() + URL_TTL_SECONDS * 1000).toISOString(),
      };
    },

    async get(key) {
      const { client } = await session(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        if (!out.Body) return null;
        return await out.Body.transformToByteArray();
      } catch (e) {
        if (e instanceof Error && (e.name === 'NoSuchKey' || e.name === 'NotFound')) return null;
        throw e;
      }
    },

    async put(key, body, contentType) {
      const { client } = await session(key);
      await client.send(
        new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: body, ContentType: contentType }),
      );
    },

    async delete(key) {
      const { client } = await session(key);
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key }));
    },

    async downloadUrl(key, filename) {
      const { client } = await session(key);
      const get = new GetObjectCommand({
        Bucket: config.bucket,
        Key: key,
        ResponseContentDisposition: contentDisposition(filename),
      });
      return getSignedUrl(client, get, { expiresIn: URL_TTL_SECONDS, signingDate: now() });
    },
  };
}
