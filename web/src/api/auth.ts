import { apiFetch } from './client';
import { unwrap } from './problem';

/**
 * Password sign-in of the development issuer. These routes are mounted apart from the typed app (see the report:
 * `AppType` does not include them), so their answer is typed here by hand.
 */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

async function post(path: string, body: unknown): Promise<TokenResponse> {
  const res = await apiFetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return unwrap(res as Response & { ok: true; json(): Promise<TokenResponse> });
}

export const requestToken = (email: string, password: string) => post('/api/auth/token', { email, password });

export const changePassword = (email: string, password: string, newPassword: string) =>
  post('/api/auth/password', { email, password, newPassword });
