import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { BlobStore } from '@prima/api';
import { Hono } from 'hono';

/**
 * The local stand-in for S3: objects are files under `root`, and uploads/downloads go through short-lived signed
 * URLs served by the local server at `/local-blobs/:token`, so the browser talks to it as it would to S3.
 */
interface Grant {
  key: string;
  op: 'put' | 'get';
  contentType: string;
  maxBytes: number;
  filename?: string;
  exp: number;
}

const TTL_MS = 15 * 60_000;

export interface LocalBlobStore extends BlobStore {
  /** The upload/download routes, for the local server to mount at `/`. */
  routes: Hono;
}

export function createLocalBlobStore(
  root: string,
  baseUrl: string,
  now: () => Date = () => new Date(),
): LocalBlobStore {
  const secret = randomBytes(32);
  const sign = (grant: Grant) => {
    const body = Buffer.from(JSON.stringify(grant)).toString('base64url');
    return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  };
  const verify = (token: string): Grant | null => {
    const [body, mac] = token.split('.');
    if (!body || !mac) return null;
    const expected = createHmac('sha256', secret).update(body).digest();
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Grant;
    return grant.exp > now().getTime() ? grant : null;
  };
  /** The file of a key; keys never escape the root. */
  const fileOf = (key: string) => {
    const file = resolve(root, key);
    if (!file.startsWith(resolve(root) + sep)) throw new Error('invalid object key');
    return file;
  };

  const store: LocalBlobStore = {
    async createUpload(key, contentType, maxBytes) {
      const exp = now().getTime() + TTL_MS;
      return {
        url: `${baseUrl}/local-blobs/${sign({ key, op: 'put', contentType, maxBytes, exp })}`,
        method: 'PUT',
        fields: {},
        headers: { 'content-type': contentType },
        expiresAt: new Date(exp).toISOString(),
      };
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch {
        return null;
      }
    },
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, body);
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
    async downloadUrl(key, filename) {
      return `${baseUrl}/local-blobs/${sign({ key, op: 'get', contentType: '', maxBytes: 0, filename, exp: now().getTime() + TTL_MS })}`;
    },
    routes: new Hono(),
  };
  store.routes
    .put('/local-blobs/:token', async (c) => {
      const grant = verify(c.req.param('token'));
      if (grant?.op !== 'put') return c.text('invalid or expired upload URL', 403);
      if ((c.req.header('content-type') ?? '').split(';')[0] !== grant.contentType)
        return c.text('content type differs from the one granted', 400);
      const declared = Number(c.req.header('content-length') ?? 0);
      if (declared > grant.maxBytes) return c.text('file too large', 413);
      const body = new Uint8Array(await c.req.arrayBuffer());
      if (body.byteLength > grant.maxBytes) return c.text('file too large', 413);
      await store.put(grant.key, body, grant.contentType);
      return c.body(null, 204);
    })
    .get('/local-blobs/:token', async (c) => {
      const grant = verify(c.req.param('token'));
      if (grant?.op !== 'get') return c.text('invalid or expired download URL', 403);
      const body = await store.get(grant.key);
      if (!body) return c.text('not found', 404);
      return c.body(new Uint8Array(body), 200, {
        'content-disposition': `attachment; filename="${(grant.filename ?? 'file').replace(/["\r\n]/g, '')}"`,
        'content-type': 'application/octet-stream',
      });
    });
  return store;
}
