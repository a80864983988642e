/**
 * Throttling of password sign-in. Failures up to FREE_ATTEMPTS cost nothing; after that each attempt must wait
 * an exponentially growing delay; at LOCK_AFTER failures the account is locked for LOCK_MS. A success resets it.
 */
export const FREE_ATTEMPTS = 3;
export const LOCK_AFTER = 10;
export const LOCK_MS = 15 * 60_000;
const MAX_DELAY_MS = 60_000;

export interface SignInState {
  failures: number;
  /** Epoch ms before which no attempt is accepted (delay or lock). */
  blockedUntil: number;
}

export const NO_FAILURES: SignInState = { failures: 0, blockedUntil: 0 };

/** State after one more failed attempt at `now`. */
export function afterFailure(state: SignInState, now: number): SignInState {
  const failures = state.failures + 1;
  if (failures >= LOCK_AFTER) return { failures, blockedUntil: now + LOCK_MS };
  if (failures <= FREE_ATTEMPTS) return { failures, blockedUntil: 0 };
  return { failures, blockedUntil: now + Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS - 1)) };
}

/** Milliseconds the caller must still wait at `now`; 0 when an attempt is accepted. */
export const waitMs = (state: SignInState, now: number): number => Math.max(0, state.blockedUntil - now);

export const isLocked = (state: SignInState, now: number): boolean =>
  state.failures >= LOCK_AFTER && waitMs(state, now) > 0;
