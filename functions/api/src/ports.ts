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

/** Where a browser uploads a file directly (S3 presigned POST in AWS, the local server's blob route locally). */
export interface UploadTarget {
  url: string;
  method: 'POST' | 'PUT';
  /** Form fields to send before the file (presigned POST); empty for PUT. */
  fields: Record<string, string>;
  /** Headers to send with a PUT. */
  headers: Record<string, string>;
  expiresAt: string;
}

/** Object storage for attachments (S3 in AWS, a folder under .data/ locally). Keys begin with the tenant id. */
export interface BlobStore {
  /** A short-lived target that accepts one object at `key` of `contentType` up to `maxBytes`. */
  createUpload(key: string, contentType: string, maxBytes: number): Promise<UploadTarget>;
  get(key: string): Promise<Uint8Array | null>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** A short-lived URL that downloads the object under `filename`. */
  downloadUrl(key: string, filename: string): Promise<string>;
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
  blobs: BlobStore;
  /** Current time; injected so tests can move it. */
  now?: () => Date;
  corsOrigins: string[];
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes?: number;
  /** Powertools log level; SILENT in tests. */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}
