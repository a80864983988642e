import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  FREE_ATTEMPTS,
  isLocked,
  LOCK_AFTER,
  LOCK_MS,
  NO_FAILURES,
  type SignInState,
  waitMs,
} from './signin';

const T0 = Date.UTC(2026, 10, 29, 2, 0, 0);

/** The state after `n` failures, each made as soon as it was allowed. */
function failTimes(n: number, start = T0): { state: SignInState; now: number } {
  let state = NO_FAILURES;
  let now = start;
  for (let i = 0; i < n; i++) {
    now += waitMs(state, now);
    state = afterFailure(state, now);
  }
  return { state, now };
}

describe('sign-in throttling', () => {
  it('policy constants: 3 free attempts, lock at 10 failures for 15 minutes', () => {
    expect(FREE_ATTEMPTS).toBe(3);
    expect(LOCK_AFTER).toBe(10);
    expect(LOCK_MS).toBe(15 * 60_000);
  });

  it('a fresh account may try at once', () => {
    expect(waitMs(NO_FAILURES, T0)).toBe(0);
    expect(isLocked(NO_FAILURES, T0)).toBe(false);
  });

  it('the free attempts cost no waiting', () => {
    let state = NO_FAILURES;
    for (let i = 1; i <= FREE_ATTEMPTS; i++) {
      state = afterFailure(state, T0);
      expect(state.failures).toBe(i);
      expect(waitMs(state, T0)).toBe(0);
      expect(isLocked(state, T0)).toBe(false);
    }
  });

  it('after the free attempts each failure makes the caller wait longer', () => {
    const delays: number[] = [];
    let state = failTimes(FREE_ATTEMPTS).state;
    let now = T0;
    for (let failures = FREE_ATTEMPTS + 1; failures < LOCK_AFTER; failures++) {
      now += waitMs(state, now);
      state = afterFailure(state, now);
      delays.push(waitMs(state, now));
      expect(isLocked(state, now)).toBe(false);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000]);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThan(delays[i - 1]!);
    // The delay never exceeds one minute.
    expect(Math.max(...delays)).toBeLessThanOrEqual(60_000);
  });

  it('a delay runs out: once waited, the next attempt is accepted', () => {
    const { state, now } = failTimes(FREE_ATTEMPTS + 1);
    expect(waitMs(state, now)).toBe(1000);
    expect(waitMs(state, now + 999)).toBe(1);
    expect(waitMs(state, now + 1000)).toBe(0);
  });

  it(`the ${LOCK_AFTER}th failure locks the account for 15 minutes`, () => {
    const { state, now } = failTimes(LOCK_AFTER);
    expect(state.failures).toBe(LOCK_AFTER);
    expect(isLocked(state, now)).toBe(true);
    expect(waitMs(state, now)).toBe(LOCK_MS);
    expect(isLocked(state, now + LOCK_MS - 1)).toBe(true);
    expect(isLocked(state, now + LOCK_MS)).toBe(false);
    expect(waitMs(state, now + LOCK_MS)).toBe(0);
  });

  it('nine failures are throttling, not a lock', () => {
    const { state, now } = failTimes(LOCK_AFTER - 1);
    expect(isLocked(state, now)).toBe(false);
    expect(waitMs(state, now)).toBeGreaterThan(0);
  });

  it('a failure after an expired lock locks again', () => {
    const { state, now } = failTimes(LOCK_AFTER);
    const later = now + LOCK_MS;
    const again = afterFailure(state, later);
    expect(isLocked(again, later)).toBe(true);
    expect(waitMs(again, later)).toBe(LOCK_MS);
  });

  it('a success resets: the reset state is a fresh account', () => {
    // The identity stores NO_FAILURES after a successful sign-in.
    expect(NO_FAILURES).toEqual({ failures: 0, blockedUntil: 0 });
    const after = afterFailure(NO_FAILURES, T0);
    expect(after).toEqual({ failures: 1, blockedUntil: 0 });
  });

  it('does not change the state it is given', () => {
    const state = { failures: 5, blockedUntil: T0 };
    afterFailure(state, T0);
    expect(state).toEqual({ failures: 5, blockedUntil: T0 });
  });
});
