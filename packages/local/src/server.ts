import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { relative } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { createLocalApp, type LocalApp, type LocalAppOptions } from './app';

export interface LocalServerOptions extends Omit<LocalAppOptions, 'baseUrl'> {
  port: number;
  /** Built web app (web/dist); served at `/` with SPA fallback to index.html. */
  webRoot?: string;
  hostname?: string;
}

export interface LocalServer extends LocalApp {
  url: string;
  /** Whether the built web app is served (webRoot given and present); otherwise only the API answers. */
  servesWeb: boolean;
  stop(): Promise<void>;
}

/** The port is taken by another process: the one thing a person can fix by choosing another. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(readonly port: number) {
    super(`Port ${port} is already in use`);
  }
}

/** Runs the API, the development issuer's JWKS and the built web app on one local HTTP server. */
export async function startLocalServer(opts: LocalServerOptions): Promise<LocalServer> {
  const url = `http://localhost:${opts.port}`;
  const local = await createLocalApp({ ...opts, baseUrl: url, corsOrigins: opts.corsOrigins ?? [url] });
  const { app } = local;
  const servesWeb = opts.webRoot !== undefined && existsSync(opts.webRoot);
  if (opts.webRoot && servesWeb) {
    // serveStatic resolves `root` against the working directory.
    const root = relative(process.cwd(), opts.webRoot) || '.';
    const notApi =
      (handler: MiddlewareHandler): MiddlewareHandler =>
      (c, next) =>
        c.req.path.startsWith('/api/') ? next() : handler(c, next);
    app.get('*', notApi(serveStatic({ root })));
    app.get('*', notApi(serveStatic({ root, path: 'index.html' })));
  } else if (opts.webRoot) {
    // No web build yet: say so at the front door instead of a bare 404.
    app.get('/', (c) =>
      c.html(
        '<!doctype html><html lang="id"><meta charset="utf-8"><title>Prima</title>' +
          '<body style="font-family:system-ui;max-width:40rem;margin:3rem auto;line-height:1.5">' +
          '<h1>Prima</h1><p>Aplikasi web belum dibangun: jalankan <code>pnpm build:web</code> lalu mulai ulang.</p>' +
          '<p>The web app is not built yet: run <code>pnpm build:web</code> and start again.</p>' +
          '<p>API: <a href="/api/health">/api/health</a> · <a href="/api/openapi.json">/api/openapi.json</a></p>',
      ),
    );
  }
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new PortInUseError(opts.port) : e),
    );
    server.listen(opts.port, opts.hostname ?? '127.0.0.1', () => resolve());
  });
  return {
    ...local,
    url,
    servesWeb,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        // A browser keeps connections open; close them so stopping does not wait for it.
        server.closeAllConnections();
      }),
  };
}
