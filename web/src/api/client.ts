import type { AppType } from '@prima/api';
import { hc } from 'hono/client';
import { currentLocale } from '../i18n';

/**
 * The typed API client. Every call goes through `apiFetch`, which adds the bearer token and Accept-Language (so
 * problem titles and field errors come back in the UI language), and reports a 401 on an authenticated call.
 */
interface ClientHooks {
  token(): string | null;
  onUnauthorized(): void;
}

let hooks: ClientHooks = { token: () => null, onUnauthorized: () => {} };

/** Wired once by the session module, so this module does not depend on it. */
export function configureClient(next: ClientHooks): void {
  hooks = next;
}

export async function apiFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('accept-language', currentLocale());
  if (!headers.has('accept')) headers.set('accept', 'application/json, application/problem+json');
  const token = hooks.token();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(input, { ...init, headers });
  if (res.status === 401 && token) hooks.onUnauthorized();
  return res;
}

export const client = hc<AppType>('/', { fetch: apiFetch });
export const api = client.api;
