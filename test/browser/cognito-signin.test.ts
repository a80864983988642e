import { createHash } from 'node:crypto';
import { setPassword } from '@prima/local';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browser';
import { newTenant, PASSWORD } from '../support/harness';

/**
 * Sign-in in AWS mode: the built web app on the local server, given a `/config.json` like the edge stack's, signs
 * in through a fake Cognito hosted UI (authorize, token, logout and the pool's OIDC discovery, all answered by
 * Playwright routes). The "Cognito" ID token is one of the local development issuer, so the real API accepts it.
 * Needs web/dist: `pnpm build:web` first.
 */

const REGION = 'ap-southeast-3';
const USER_POOL_ID = `${REGION}_PrimaTest1`;
const CLIENT_ID = '4primatestclient0000000000';
const HOSTED_UI = `https://prima-test.auth.${REGION}.amazoncognito.com`;
const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}`;
const CODE = 'kode-otorisasi-uji';

const { server, newPage, signIn } = browserSuite();

/**
 * The edge stack's CSP for the web app (infra/lib/stacks/edge-stack.ts) with the fake hosted UI, in place of the
 * local server's `default-src 'self'`: the pages must work under the policy they get in AWS. Without
 * `upgrade-insecure-requests`, which would send the local server's http requests to https.
 */
const AWS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' https://cognito-idp.${REGION}.amazonaws.com ${HOSTED_UI}`,
  `form-action 'self' ${HOSTED_UI}`,
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A fresh page (see newPage) whose documents from the local server carry the AWS CSP. */
async function newAwsPage(allowError?: RegExp) {
  const p = await newPage({ allowError });
  await p.context.route(`${server.url}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': AWS_CSP },
    });
  });
  return p;
}

const CORS = { 'access-control-allow-origin': '*' };
const json = (route: Route, body: unknown) =>
  route.fulfill({ status: 200, contentType: 'application/json', headers: CORS, body: JSON.stringify(body) });

/**
 * Sends the browser on to `url` as Cognito's 302 would, but as a new navigation: Playwright does not route the
 * target of a fulfilled redirect, and the page must get the AWS CSP (see newAwsPage).
 */
const redirect = (route: Route, url: string) =>
  route.fulfill({
    status: 200,
    contentType: 'text/html',
    body: `<!doctype html><meta http-equiv="refresh" content="0;url=${url.replace(/&/g, '&amp;')}">`,
  });

interface FakeCognito {
  authorize: URL[];
  token: URLSearchParams[];
  logout: URL[];
  discovery: number;
}

/**
 * Serves `/config.json` as the edge stack writes it (without `userPoolId` when `withPool` is false) and plays
 * Cognito: the authorize endpoint sends the browser straight back with a code and the request's state, the token
 * endpoint answers `idToken` (or one made at the exchange), the logout endpoint returns to `logout_uri`.
 */
async function fakeCognito(
  page: Page,
  idToken: string | (() => Promise<string>),
  withPool = true,
): Promise<FakeCognito> {
  const seen: FakeCognito = { authorize: [], token: [], logout: [], discovery: 0 };
  await page.route('**/config.json', (route) =>
    json(route, {
      stage: 'test',
      region: REGION,
      ...(withPool ? { userPoolId: USER_POOL_ID } : {}),
      clientId: CLIENT_ID,
      authDomain: HOSTED_UI,
      callbackPath: '/auth/callback',
      signedOutPath: '/signin',
    }),
  );
  await page.route(`${ISSUER}/.well-known/openid-configuration`, (route) => {
    seen.discovery++;
    // What Cognito's discovery document says: the hosted UI's endpoints, and no end_session_endpoint.
    return json(route, {
      issuer: ISSUER,
      authorization_endpoint: `${HOSTED_UI}/oauth2/authorize`,
      token_endpoint: `${HOSTED_UI}/oauth2/token`,
      userinfo_endpoint: `${HOSTED_UI}/oauth2/userInfo`,
      revocation_endpoint: `${HOSTED_UI}/oauth2/revoke`,
      jwks_uri: `${ISSUER}/.well-known/jwks.json`,
      response_types_supported: ['code', 'token'],
      scopes_supported: ['openid', 'email', 'phone', 'profile'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  });
  await page.route(
    (url) => url.origin === HOSTED_UI,
    async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (request.method() === 'OPTIONS') {
        return route.fulfill({
          status: 204,
          headers: { ...CORS, 'access-control-allow-headers': '*', 'access-control-allow-methods': 'POST' },
        });
      }
      if (url.pathname === '/oauth2/authorize') {
        seen.authorize.push(url);
        const back = new URL(`${server.url}/auth/callback`);
        back.searchParams.set('code', CODE);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        return redirect(route, back.href);
      }
      if (url.pathname === '/oauth2/token' && request.method() === 'POST') {
        seen.token.push(new URLSearchParams(request.postData() ?? ''));
        return json(route, {
          id_token: typeof idToken === 'string' ? idToken : await idToken(),
          access_token: 'cognito-access-token-not-for-the-api',
          refresh_token: 'cognito-refresh-token',
          token_type: 'Bearer',
          expires_in: 3600,
        });
      }
      if (url.pathname === '/logout') {
        seen.logout.push(url);
        const to = url.searchParams.get('logout_uri') ?? HOSTED_UI;
        return redirect(route, to);
      }
      return route.fulfill({ status: 404, body: 'not faked' });
    },
  );
  return seen;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

describe('sign-in through the Cognito hosted UI (AWS mode)', () => {
  it.each([
    { withPool: true, metadata: 'the pool’s OIDC discovery' },
    { withPool: false, metadata: 'the hosted UI’s endpoints' },
  ])(
    'signs an official in with the authorization code and PKCE, and out through the hosted UI (metadata: $metadata)',
    async ({ withPool }) => {
      const t = await newTenant(server, { adminName: 'Siti Rahayu' });
      const idToken = await server.issuer.sign({
        sub: t.admin.id,
        email: t.admin.email,
        tenantId: t.tenant.id,
        role: 'tenant-admin',
      });
      const { page, done } = await newAwsPage();
      const seen = await fakeCognito(page, idToken, withPool);

      await page.goto(`${server.url}/units`);
      // Not signed in: sign-in offers the Pemda account only, no password form.
      const pemda = page.getByRole('button', { name: 'Masuk dengan akun Pemda' });
      await pemda.waitFor();
      expect(await page.getByLabel('Kata sandi').count()).toBe(0);

      await pemda.click();
      // Back from the hosted UI, where the official was going, signed in: their name and Pemda in the header.
      await page.getByRole('heading', { name: 'Unit (OPD)', level: 1 }).waitFor();
      await page.getByText('Siti Rahayu').waitFor();
      await page.getByText(t.tenant.name).waitFor();
      expect(new URL(page.url()).pathname).toBe('/units');

      expect(seen.authorize).toHaveLength(1);
      const authorize = seen.authorize[0] as URL;
      expect(authorize.href.startsWith(`${HOSTED_UI}/oauth2/authorize?`)).toBe(true);
      const q = authorize.searchParams;
      expect(q.get('response_type')).toBe('code');
      expect(q.get('client_id')).toBe(CLIENT_ID);
      expect(q.get('redirect_uri')).toBe(`${server.url}/auth/callback`);
      expect(q.get('scope')).toBe('openid email profile');
      expect(q.get('code_challenge_method')).toBe('S256');
      expect(q.get('state')).toBeTruthy();

      // The code is exchanged with the verifier whose SHA-256 the authorize request carried.
      expect(seen.token).toHaveLength(1);
      const token = seen.token[0] as URLSearchParams;
      expect(token.get('grant_type')).toBe('authorization_code');
      expect(token.get('code')).toBe(CODE);
      expect(token.get('client_id')).toBe(CLIENT_ID);
      expect(token.get('redirect_uri')).toBe(`${server.url}/auth/callback`);
      expect(token.get('client_secret')).toBeNull();
      const verifier = token.get('code_verifier') ?? '';
      expect(verifier.length).toBeGreaterThanOrEqual(43);
      expect(base64url(createHash('sha256').update(verifier).digest())).toBe(q.get('code_challenge'));
      expect(seen.discovery > 0).toBe(withPool);

      // The ID token is the session's token (what the API received); oidc-client-ts keeps nothing behind.
      // Evaluated in the page (strings: this suite is type-checked without the DOM library).
      const stored = await page.evaluate<{ session: string | null; keys: string[]; local: string[] }>(
        "({ session: sessionStorage.getItem('prima.session'), keys: Object.keys(sessionStorage), local: Object.keys(localStorage) })",
      );
      expect((JSON.parse(stored.session ?? '{}') as { token?: string }).token).toBe(idToken);
      expect(stored.keys).toEqual(['prima.session']);
      expect(stored.local).toEqual([]);

      // Sign-out ends the hosted UI's session too, with Cognito's logout parameters, and comes back to sign-in
      // (a new page load, from Cognito's redirect).
      const backFromLogout = page.waitForRequest(
        (r) => r.url() === `${server.url}/signin` && r.resourceType() === 'document',
      );
      await page.getByRole('button', { name: 'Keluar' }).click();
      await backFromLogout;
      expect(seen.logout).toHaveLength(1);
      const logout = seen.logout[0] as URL;
      expect(`${logout.origin}${logout.pathname}`).toBe(`${HOSTED_UI}/logout`);
      expect(Object.fromEntries(logout.searchParams)).toEqual({
        client_id: CLIENT_ID,
        logout_uri: `${server.url}/signin`,
      });
      await page.waitForLoadState();
      await pemda.waitFor();
      expect(await page.evaluate("sessionStorage.getItem('prima.session')")).toBeNull();
      await done();
    },
  );

  it('sends the official back to sign-in when the ID token expires', async () => {
    const t = await newTenant(server);
    // A token of a few seconds, issued when the code is exchanged.
    const shortLived = () =>
      server.issuer.sign(
        { sub: t.admin.id, email: t.admin.email, tenantId: t.tenant.id, role: 'tenant-admin' },
        5,
      );
    const { page, done } = await newAwsPage();
    const seen = await fakeCognito(page, shortLived);

    await page.goto(`${server.url}/signin`);
    await page.getByRole('button', { name: 'Masuk dengan akun Pemda' }).click();
    await expect.poll(() => seen.token.length, { timeout: 15_000 }).toBe(1);

    // The notice says a session ended on expiry (not a sign-out), so one was started.
    await page.getByText('Sesi Anda telah berakhir. Silakan masuk kembali.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Masuk dengan akun Pemda' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    // Expiry is not a sign-out: the hosted UI is left alone.
    expect(seen.logout).toHaveLength(0);
    await done();
  });

  it('shows an error, not the password form, when the callback cannot be completed', async () => {
    const { page, done } = await newAwsPage(/^Completing the hosted sign-in failed/);
    await fakeCognito(page, 'unused');
    // A callback whose state this browser never issued (an old link, another tab's sign-in).
    await page.goto(`${server.url}/auth/callback?code=${CODE}&state=not-ours`);
    await page.getByText('Proses masuk tidak selesai. Silakan coba lagi.').waitFor();
    await page.getByRole('link', { name: 'Kembali ke halaman masuk' }).click();
    await page.getByRole('button', { name: 'Masuk dengan akun Pemda' }).waitFor();
    expect(await page.getByLabel('Kata sandi').count()).toBe(0);
    await done();
  });
  it('refuses unusable Cognito settings instead of falling back to the password form', async () => {
    const { page, done } = await newPage({ allowError: /^\/config\.json: unusable sign-in settings/ });
    await page.route('**/config.json', (route) =>
      json(route, {
        clientId: CLIENT_ID,
        authDomain: 'http://not-https.example',
        callbackPath: '/elsewhere',
      }),
    );
    await page.goto(`${server.url}/signin`);
    await page.getByText('Pengaturan masuk aplikasi ini tidak lengkap. Hubungi pengelola Prima.').waitFor();
    expect(await page.getByLabel('Kata sandi').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Masuk dengan akun Pemda' }).count()).toBe(0);
    await done();
  });
});

describe('sign-in without Cognito settings (local mode)', () => {
  it('shows the email and password form when /config.json is absent (the server answers index.html)', async () => {
    const { page, done } = await newPage();
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('Email').waitFor();
    await page.getByLabel('Kata sandi').waitFor();
    expect(await page.getByRole('button', { name: 'Masuk dengan akun Pemda' }).count()).toBe(0);
    await done();
  });

  it('signs in with email and password when /config.json is a 404 or names no Cognito client', async () => {
    for (const config of [null, { stage: 'local' }]) {
      const t = await newTenant(server);
      await setPassword(server.store, t.admin.email, PASSWORD);
      const { page, done } = await newPage();
      await page.route('**/config.json', (route) =>
        config
          ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) })
          : route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{}' }),
      );
      await signIn(page, t.admin.email);
      await page.getByRole('heading', { name: 'Beranda', level: 1 }).waitFor();
      expect(await page.getByRole('button', { name: 'Masuk dengan akun Pemda' }).count()).toBe(0);
      await done();
    }
  });
});
