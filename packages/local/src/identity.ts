import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { IdentityPort, IdentityUser, SignInPort, SignInResult } from '@prima/api';
import { afterFailure, isLocked, NO_FAILURES, waitMs } from '@prima/domain';
import { credentials, type Store } from '@prima/store';
import type { DevIssuer } from './issuer';

const scrypt = promisify(scryptCb) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;
const PARAMS = { N: 2 ** 14, r: 8, p: 1 };

/** scrypt$N$r$p$salt$hash, all parameters stored so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, 32, { ...PARAMS, maxmem: 64 * 1024 * 1024 });
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64url'),
    hash.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return timingSafeEqual(expected, actual);
}

/** A one-time password: 16 random URL-safe characters, to be replaced at first sign-in. */
export const oneTimePassword = (): string => randomBytes(12).toString('base64url');

/** A fixed hash to compare against for unknown emails, so their timing matches a wrong password. */
let decoyHash: Promise<string> | undefined;
const decoy = () => {
  decoyHash ??= hashPassword('decoy-password-0');
  return decoyHash;
};

/**
 * The user directory and password sign-in of the local platform: credentials in the table under `P#CRED#…`,
 * scrypt-hashed, with throttling and lock-out per DOMAIN's policy. Cognito plays both parts in AWS.
 */
export function createLocalIdentity(
  store: Store,
  issuer: DevIssuer,
  now: () => Date = () => new Date(),
): IdentityPort & SignInPort {
  const db = () => store.forPlatform();

  async function attempt(email: string, password: string): Promise<SignInResult | { ok: 'verified' }> {
    const cred = await credentials.get(db(), email);
    const t = now().getTime();
    if (!cred) {
      await verifyPassword(password, await decoy());
      return { ok: false, reason: 'invalid' };
    }
    if (isLocked(cred, t))
      return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(waitMs(cred, t) / 1000) };
    if (waitMs(cred, t) > 0)
      return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil(waitMs(cred, t) / 1000) };
    if (!cred.enabled || !(await verifyPassword(password, cred.passwordHash))) {
      const next = afterFailure(cred, t);
      await credentials.update(db(), email, next);
      return { ok: false, reason: 'invalid' };
    }
    if (cred.failures > 0) await credentials.update(db(), email, NO_FAILURES);
    return { ok: 'verified' };
  }

  async function tokenFor(email: string): Promise<SignInResult> {
    const cred = await credentials.get(db(), email);
    if (!cred) return { ok: false, reason: 'invalid' };
    const token = await issuer.sign({ sub: cred.userId, email, tenantId: cred.tenantId, role: cred.role });
    return { ok: true, token, expiresIn: 15 * 60 };
  }

  return {
    async createUser(user: IdentityUser) {
      const temporaryPassword = oneTimePassword();
      await credentials.create(db(), {
        email: user.email,
        userId: user.userId,
        tenantId: user.tenantId,
        role: user.role,
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        enabled: true,
        ...NO_FAILURES,
      });
      return { temporaryPassword };
    },
    async updateUser(email, change) {
      await credentials.update(db(), email, change);
    },
    async resetPassword(email) {
      const temporaryPassword = oneTimePassword();
      await credentials.update(db(), email, {
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        ...NO_FAILURES,
      });
      return { temporaryPassword };
    },
    async deleteUser(email) {
      await credentials.delete(db(), email);
    },
    async signIn(email, password) {
      const res = await attempt(email, password);
      if (res.ok !== 'verified') return res;
      const cred = await credentials.get(db(), email);
      if (cred?.mustChangePassword) return { ok: false, reason: 'password-change-required' };
      return tokenFor(email);
    },
    async changePassword(email, password, newPassword) {
      const res = await attempt(email, password);
      if (res.ok !== 'verified') return res;
      await credentials.update(db(), email, {
        passwordHash: await hashPassword(newPassword),
        mustChangePassword: false,
      });
      return tokenFor(email);
    },
  };
}

/** Sets a known password without the one-time step: for the demo logins and for tests. */
export async function setPassword(store: Store, email: string, password: string): Promise<void> {
  await credentials.update(store.forPlatform(), email, {
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
    ...NO_FAILURES,
  });
}
