import type { Role } from '@prima/domain';
import type { Store } from '@prima/store';
import type { JWTVerifyGetKey } from 'jose';

/**
 * Ports: what the API needs from the platform it runs on. Locally they are served by @prima/local (DynamoDB Local,
 * development issuer); in AWS by Cognito and DynamoDB. The API does not know which.
 */
export interface IdentityUser {
  email: string;
  userId: string;
  tenantId: string | null;
  role: Role;
  name: string;
}

/** The user directory that holds credentials (Cognito in AWS, the development issuer locally). */
export interface IdentityPort {
  /** Creates the user; returns a one-time password when the directory does not deliver one itself. */
  createUser(user: IdentityUser): Promise<{ temporaryPassword: string | null }>;
  updateUser(email: string, change: { role?: Role; enabled?: boolean }): Promise<void>;
  /** Sets a new one-time password; returns it when the directory does not deliver it itself. */
  resetPassword(email: string): Promise<{ temporaryPassword: string | null }>;
  deleteUser(email: string): Promise<void>;
}

export type SignInResult =
  | { ok: true; token: string; expiresIn: number }
  | { ok: false; reason: 'invalid' | 'password-change-required' }
  | { ok: false; reason: 'throttled' | 'locked'; retryAfterSeconds: number };

/** Password sign-in, served only where the API issues its own tokens (the local development issuer). */
export interface SignInPort {
  signIn(email: string, password: string): Promise<SignInResult>;
  changePassword(email: string, password: string, newPassword: string): Promise<SignInResult>;
}

export interface TokenVerification {
  /** Key lookup against a JWKS (Cognito's, or the development issuer's). */
  getKey: JWTVerifyGetKey;
  issuer: string;
  /** The app client id the ID token is issued to (`aud`). */
  audience: string;
}

export interface AppDeps {
  store: Store;
  tokens: TokenVerification;
  identity: IdentityPort;
  signIn?: SignInPort;
  /** Current time; injected so tests can move it. */
  now?: () => Date;
  corsOrigins: string[];
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes?: number;
  /** Powertools log level; SILENT in tests. */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}
