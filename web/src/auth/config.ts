import { useEffect, useState } from 'react';
import { z } from 'zod';

/**
 * How officials sign in, from the runtime configuration `/config.json`. In AWS the edge stack deploys it next to
 * the app (`region`, `userPoolId`, `clientId`, `authDomain`, `callbackPath`, `signedOutPath`): sign-in goes through
 * Cognito's hosted UI. Locally there is none (the server answers index.html, the dev server the same, or a 404):
 * email and password through the development issuer, as always.
 */

/** Where Cognito sends the browser back; the edge stack registers these on the web client. */
export const AUTH_CALLBACK_PATH = '/auth/callback';
export const SIGNED_OUT_PATH = '/signin';

export interface CognitoConfig {
  clientId: string;
  /** Origin of the hosted UI, `https://<domain>`: its `/oauth2/authorize`, `/oauth2/token` and `/logout`. */
  authDomain: string;
  /** `https://cognito-idp.<region>.amazonaws.com/<userPoolId>` when the pool is known (OIDC discovery), else null. */
  authority: string | null;
}

export type AuthMode =
  | { kind: 'local' }
  | { kind: 'cognito'; cognito: CognitoConfig }
  /** Cognito settings are there but unusable: the deployment is broken; the password form would not work either. */
  | { kind: 'misconfigured'; problem: string };

/** `https://host` from `https://host`, `https://host/` or a bare `host`; nothing else (no http, path or query). */
const originSchema = z.string().transform((value, ctx) => {
  const text = value.trim().replace(/\/+$/, '');
  try {
    const url = new URL(text.includes('://') ? text : `https://${text}`);
    if (url.protocol === 'https:' && url.pathname === '/' && !url.search && !url.hash && !url.username) {
      return url.origin;
    }
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'an https origin without path' });
  return z.NEVER;
});

const cognitoSchema = z.object({
  clientId: z.string().regex(/^[\w+]{1,128}$/),
  authDomain: originSchema,
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/)
    .optional(),
  userPoolId: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+_\w+$/)
    .optional(),
  // The app's routes are fixed: a configuration naming other paths does not match this build.
  callbackPath: z.literal(AUTH_CALLBACK_PATH).optional(),
  signedOutPath: z.literal(SIGNED_OUT_PATH).optional(),
});

/** The sign-in mode a parsed `/config.json` asks for. Pure: the rules in one place. */
export function parseAuthConfig(json: unknown): AuthMode {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'local' };
  const wantsCognito = ['clientId', 'authDomain', 'userPoolId'].some((key) => key in json);
  if (!wantsCognito) return { kind: 'local' };
  const parsed = cognitoSchema.safeParse(json);
  if (!parsed.success) {
    const fields = Object.keys(z.flattenError(parsed.error).fieldErrors);
    return { kind: 'misconfigured', problem: `invalid ${fields.join(', ')}` };
  }
  const { clientId, authDomain, region, userPoolId } = parsed.data;
  // A pool id starts with its region (`ap-southeast-3_AbC123`).
  const poolRegion = region ?? userPoolId?.split('_')[0];
  const authority = userPoolId ? `https://cognito-idp.${poolRegion}.amazonaws.com/${userPoolId}` : null;
  return { kind: 'cognito', cognito: { clientId, authDomain, authority } };
}

async function fetchAuthMode(): Promise<AuthMode> {
  let res: Response;
  try {
    res = await fetch('/config.json', { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch {
    return { kind: 'local' };
  }
  // Absent: a 404, or the SPA fallback answering index.html.
  if (!res.ok || !/\bjson\b/i.test(res.headers.get('content-type') ?? '')) return { kind: 'local' };
  let mode: AuthMode;
  try {
    mode = parseAuthConfig(await res.json());
  } catch {
    mode = { kind: 'misconfigured', problem: 'not JSON' };
  }
  if (mode.kind === 'misconfigured')
    console.error(`/config.json: unusable sign-in settings (${mode.problem})`);
  return mode;
}

let loading: Promise<AuthMode> | null = null;
let settled: AuthMode | null = null;

/** The sign-in mode; `/config.json` is fetched once per page load. Never rejects. */
export function loadAuthMode(): Promise<AuthMode> {
  loading ??= fetchAuthMode().then((mode) => {
    settled = mode;
    return mode;
  });
  return loading;
}

/** The sign-in mode, or undefined while `/config.json` is being fetched. */
export function useAuthMode(): AuthMode | undefined {
  const [mode, setMode] = useState<AuthMode | null>(settled);
  useEffect(() => {
    if (mode) return;
    let live = true;
    void loadAuthMode().then((m) => live && setMode(m));
    return () => {
      live = false;
    };
  }, [mode]);
  return mode ?? undefined;
}
