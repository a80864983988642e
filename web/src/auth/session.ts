import { useSyncExternalStore } from 'react';
import { signOutOfHostedUi } from './cognito';

/**
 * The signed-in session: the ID token and when it expires, in sessionStorage (gone when the tab closes). Nothing
 * of the token is read here except its expiry; who the user is comes from GET /api/me. The token comes from the
 * development issuer's password sign-in (locally) or from Cognito's hosted UI (in AWS, see cognito.ts): the rest
 * of the app does not know which.
 */
export interface Session {
  token: string;
  /** Epoch ms. */
  expiresAt: number;
}

export type SignOutReason = 'expired' | 'signed-out';

const KEY = 'prima.session';
const listeners = new Set<() => void>();
let lastReason: SignOutReason | null = null;

/** `exp` of a JWT, in epoch ms, or null when it cannot be read. */
function expiryOf(token: string): number | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return typeof s.token === 'string' && typeof s.expiresAt === 'number' && s.expiresAt > Date.now()
      ? s
      : null;
  } catch {
    return null;
  }
}

let current: Session | null = read();

function emit() {
  for (const l of listeners) l();
}

export function startSession(token: string, expiresInSeconds: number): void {
  const fromResponse = Date.now() + expiresInSeconds * 1000;
  const expiresAt = Math.min(fromResponse, expiryOf(token) ?? fromResponse);
  current = { token, expiresAt };
  lastReason = null;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // storage unavailable: the session lasts for this page only
  }
  emit();
}

/** Ends the session; when the user signed out (not on expiry), the hosted UI's session ends too, in Cognito mode. */
export function endSession(reason: SignOutReason): void {
  if (!current) return;
  current = null;
  lastReason = reason;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
  emit();
  if (reason === 'signed-out') {
    signOutOfHostedUi().catch((e: unknown) => console.error('Signing out of the hosted UI failed', e));
  }
}

export const getSession = (): Session | null => current;

/** The token to send, or null when there is none or it has expired. */
export function currentToken(): string | null {
  if (current && current.expiresAt <= Date.now()) endSession('expired');
  return current?.token ?? null;
}

/** Why the last session ended (for the sign-in page's notice); cleared by the next sign-in. */
export const lastSignOutReason = (): SignOutReason | null => lastReason;

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useSession = (): Session | null => useSyncExternalStore(subscribe, getSession, getSession);
