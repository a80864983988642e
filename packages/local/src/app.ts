import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppDeps, createApp } from '@prima/api';
import { createStore, type Store, type StoreConfig } from '@prima/store';
import { createLocalBlobStore, type LocalBlobStore } from './blobs';
import { localClientConfig } from './dynamodb';
import { createLocalIdentity } from './identity';
import { createDevIssuer, type DevIssuer } from './issuer';
import { mailboxRoutes } from './mailbox';

export interface LocalAppOptions {
  /** DynamoDB Local endpoint; unused when `store` is given. */
  endpoint: string;
  tableName: string;
  /** An open store to share (its client and table) instead of connecting to `endpoint` (the demo seed). */
  store?: Store;
  /** Public base URL of the server: the issuer is `${baseUrl}` and its JWKS at `/.well-known/jwks.json`. */
  baseUrl: string;
  corsOrigins?: string[];
  logLevel?: AppDeps['logLevel'];
  now?: () => Date;
  /** Reports every DynamoDB command with its consumed capacity (benchmarks). */
  observe?: StoreConfig['observe'];
  /** Folder of uploaded attachments; a fresh temporary folder when absent (tests). */
  blobRoot?: string;
}

export interface LocalApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  issuer: DevIssuer;
  identity: ReturnType<typeof createLocalIdentity>;
  blobs: LocalBlobStore;
}

/** The API wired to the local platform: DynamoDB Local, the development issuer and the local user directory. */
export async function createLocalApp(opts: LocalAppOptions): Promise<LocalApp> {
  const store =
    opts.store ??
    createStore({
      tableName: opts.tableName,
      client: localClientConfig(opts.endpoint),
      observe: opts.observe,
    });
  const issuer = await createDevIssuer(opts.baseUrl, opts.now);
  const identity = createLocalIdentity(store, issuer, opts.now);
  const blobs = createLocalBlobStore(
    opts.blobRoot ?? (await mkdtemp(join(tmpdir(), 'prima-blobs-'))),
    opts.baseUrl,
    opts.now,
  );
  const app = createApp({
    blobs,
    store,
    tokens: { getKey: issuer.getKey, issuer: issuer.issuer, audience: issuer.audience },
    identity,
    signIn: identity,
    corsOrigins: opts.corsOrigins ?? [opts.baseUrl],
    logLevel: opts.logLevel,
    now: opts.now,
  });
  app.get('/.well-known/jwks.json', (c) => c.json(issuer.jwks));
  app.route('/', blobs.routes);
  // The development mailbox: what the notification sender sent (local only; not under /api).
  app.route('/', mailboxRoutes(store, opts.baseUrl));
  return { app, store, issuer, identity, blobs };
}
