import { setPassword } from '@prima/local';
import { describe, expect, it } from 'vitest';
import { expectProblem, manualClock } from '../support/fixtures';
import { call, newTenant, PASSWORD, testApp } from '../support/harness';

/** An app on a clock the test moves, with one user whose password is known. */
async function setup() {
  const clock = manualClock();
  const local = await testApp({ now: clock.now });
  const t = await newTenant(local);
  const { user } = await t.user('coordinator');
  await setPassword(local.store, user.email, PASSWORD);
  const attempt = (password: string, lang?: string) =>
    call<{ access_token?: string }>(local, 'POST', '/api/auth/token', {
      body: { email: user.email, password },
      lang,
    });
  return { clock, local, email: user.email, attempt };
}

describe('password sign-in', () => {
  it('the right password gives a working token', async () => {
    const { local, attempt } = await setup();
    const res = await attempt(PASSWORD);
    expect(res.status, res.text).toBe(200);
    expect((await call(local, 'GET', '/api/me', { token: res.body.access_token! })).status).toBe(200);
  });

  it('a wrong password is 401 invalid-credentials, just like an unknown email', async () => {
    const { local, attempt } = await setup();
    const wrong = await attempt('salah-sandi-999');
    expectProblem(wrong, 401, 'invalid-credentials');
    const unknown = await call(local, 'POST', '/api/auth/token', {
      body: { email: 'tidak-ada@sukamaju.go.id', password: 'salah-sandi-999' },
    });
    expectProblem(unknown, 401, 'invalid-credentials');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('throttles with a growing delay, locks at 10 failures for 15 minutes, and a success resets it', async () => {
    const { clock, attempt } = await setup();

    // Three free attempts.
    for (let i = 0; i < 3; i++) {
      const res = await attempt('salah');
      expectProblem(res, 401, 'invalid-credentials');
      expect(res.headers.get('retry-after')).toBeNull();
    }

    // From the fourth failure on, each one imposes a longer wait; even the right password must wait.
    const waits: number[] = [];
    for (let failure = 4; failure <= 9; failure++) {
      expectProblem(await attempt('salah'), 401, 'invalid-credentials');
      const blocked = await attempt(PASSWORD);
      expectProblem(blocked, 429, 'too-many-requests');
      const retryAfter = Number(blocked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      waits.push(retryAfter);
      clock.advance(retryAfter * 1000);
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);

    // The tenth failure locks the account for 15 minutes, whatever the password.
    expectProblem(await attempt('salah'), 401, 'invalid-credentials');
    const locked = await attempt(PASSWORD);
    expectProblem(locked, 429, 'account-locked');
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);

    clock.advance(14 * 60_000);
    const stillLocked = await attempt(PASSWORD);
    expectProblem(stillLocked, 429, 'account-locked');
    expect(Number(stillLocked.headers.get('retry-after'))).toBe(60);

    clock.advance(60_000);
    const ok = await attempt(PASSWORD);
    expect(ok.status, ok.text).toBe(200);

    // After a success the count starts over: three free attempts again.
    for (let i = 0; i < 3; i++) {
      const res = await attempt('salah');
      expectProblem(res, 401, 'invalid-credentials');
    }
    expect((await attempt(PASSWORD)).status).toBe(200);
  });

  it('the lock message is in the caller language', async () => {
    const { clock, attempt } = await setup();
    // Fail as fast as the throttle allows until the account is locked.
    for (let i = 0; ; i++) {
      expect(i, 'the account never locked').toBeLessThan(30);
      const res = await attempt('salah');
      if (res.status !== 429) continue;
      if ((res.body as { type: string }).type.endsWith('/account-locked')) break;
      clock.advance(Number(res.headers.get('retry-after')) * 1000);
    }
    const en = await attempt(PASSWORD, 'en');
    expectProblem(en, 429, 'account-locked');
    expect((en.body as { title: string }).title).toMatch(/locked/i);
    const id = await attempt(PASSWORD, 'id');
    expect((id.body as { title: string }).title).toMatch(/dikunci/i);
  });

  it('throttling one account does not affect another', async () => {
    const { local, attempt } = await setup();
    const t = await newTenant(local);
    const { user } = await t.user('analyst');
    await setPassword(local.store, user.email, PASSWORD);
    for (let i = 0; i < 4; i++) await attempt('salah');
    expectProblem(await attempt(PASSWORD), 429, 'too-many-requests');
    const other = await call(local, 'POST', '/api/auth/token', {
      body: { email: user.email, password: PASSWORD },
    });
    expect(other.status, other.text).toBe(200);
  });
});
