import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { relative } from 'node:path';
import { serve } from '@hono/node-server';
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
  stop(): Promise<void>;
}

/** Runs the API, the development issuer's JWKS and the built web app on one local HTTP server. */
export async function startLocalServer(opts: LocalServerOptions): Promise<LocalServer> {
  const url = `http://localhost:${opts.port}`;
  const local = await createLocalApp({ ...opts, baseUrl: url, corsOrigins: opts.corsOrigins ?? [url] });
  const { app } = local;
  if (opts.webRoot && existsSync(opts.webRoot)) {
    // serveStatic resolves `root` against the working directory.
    const root = relative(process.cwd(), opts.webRoot) || '.';
    const notApi =
      (handler: MiddlewareHandler): MiddlewareHandler =>
      (c, next) =>
        c.req.path.startsWith('/api/') ? next() : handler(c, next);
    app.get('*', notApi(serveStatic({ root })));
    app.get('*', notApi(serveStatic({ root, path: 'index.html' })));
  }
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.hostname ?? '127.0.0.1' }, () =>
      resolve(s as Server),
    );
  });
  return {
    ...local,
    url,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
