import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/** The built web app (the root `pnpm test` builds it before the suites run). */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Fails (never skips) when the web app has not been built. */
export function requireWebBuild(): void {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_ROOT} is missing): run \`pnpm build:web\` first.`);
  }
}

/**
 * Debian's Chromium, headless. The background-networking flags keep it from dialling out on a machine whose
 * network is closed (it would otherwise retry many connections at every start).
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
