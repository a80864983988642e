import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type LocalServer, startLocalServer } from '@prima/local';
import { type Browser, type BrowserContext, chromium, type Page, type ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { manualClock } from './fixtures';
import { PASSWORD, TEST_TABLE } from './harness';

/** The built web app (the root `pnpm test` builds it before the suites run). */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Where the suites write their screenshots. */
export const SCREENSHOTS = process.env.PRIMA_SCREENSHOTS ?? '/tmp';

export const DESKTOP: ViewportSize = { width: 1280, height: 900 };
export const PHONE: ViewportSize = { width: 390, height: 844 };

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

/** A page in a fresh context; `done()` closes the context and fails on any error the page logged. */
export interface SuitePage {
  page: Page;
  context: BrowserContext;
  done(): Promise<void>;
}

export interface BrowserSuite {
  /**
   * The suite's server: it stands for the one `beforeAll` starts, so it may be taken (destructured) at once but
   * read only inside tests.
   */
  readonly server: LocalServer;
  /**
   * A fresh context (Bahasa Indonesia, on the suite's clock when it has one) and a page in it. Script errors and
   * console errors fail `done()` (a CSP violation is one), except Chromium's reports of the 4xx answers the pages
   * handle and the errors `allowError` expects (it is asked about each remaining console error, once).
   */
  newPage(opts?: {
    viewport?: ViewportSize;
    allowError?: RegExp | ((text: string) => boolean);
  }): Promise<SuitePage>;
  /**
   * Signs in with the password form, from `from` (default the sign-in page; a protected page sends the user to
   * sign-in and back), and waits for the officials' shell (its side navigation, drawn once the user is known).
   */
  signIn(page: Page, email: string, opts?: { from?: string; password?: string }): Promise<void>;
}

/** Chromium's report of an HTTP error answer: the 4xx the pages handle (not found, conflict, suspended). */
const CLIENT_ERROR_LOAD = /^Failed to load resource: .* status of 4\d\d\b/;

/**
 * The built web app on the real local server (API + static files) over the test table, driven in Debian's
 * Chromium: registers the `beforeAll` that starts both and the `afterAll` that stops them. With a `clock`, the
 * server runs on it and every context's clock is pinned to its time when the context is made.
 */
export function browserSuite(
  opts: { clock?: Pick<ReturnType<typeof manualClock>, 'now' | 'ms'> } = {},
): BrowserSuite {
  let started: LocalServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    requireWebBuild();
    started = await startLocalServer({
      endpoint: inject('ddbEndpoint'),
      tableName: TEST_TABLE,
      port: await freePort(),
      webRoot: WEB_ROOT,
      logLevel: 'SILENT',
      ...(opts.clock ? { now: opts.clock.now } : {}),
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await started?.stop();
  });

  const live = (): LocalServer => {
    if (!started) throw new Error('The browser suite’s server starts in beforeAll: use it inside tests.');
    return started;
  };
  const server = new Proxy({} as LocalServer, {
    get: (_, key) => Reflect.get(live(), key),
    has: (_, key) => Reflect.has(live(), key),
  });

  return {
    server,

    async newPage({ viewport = DESKTOP, allowError } = {}) {
      if (!browser) throw new Error('The browser suite’s browser starts in beforeAll: use it inside tests.');
      const allowed =
        typeof allowError === 'function' ? allowError : (text: string) => !!allowError?.test(text);
      const context = await browser.newContext({ viewport, locale: 'id-ID' });
      if (opts.clock) await context.clock.setFixedTime(new Date(opts.clock.ms));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() !== 'error' || CLIENT_ERROR_LOAD.test(m.text()) || allowed(m.text())) return;
        errors.push(`${m.text()} @ ${JSON.stringify(m.location())} on ${page.url()}`);
      });
      return {
        page,
        context,
        async done() {
          await context.close();
          expect(errors, 'errors in the browser console').toEqual([]);
        },
      };
    },

    async signIn(page, email, { from = '/signin', password = PASSWORD } = {}) {
      await page.goto(`${live().url}${from}`);
      await page.getByRole('heading', { name: 'Masuk ke Prima' }).waitFor();
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Kata sandi').fill(password);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.getByRole('navigation').waitFor();
    },
  };
}
