import { onboardTenant } from '@prima/api';
import type { CreateTenantInput, Tenant, TenantRole, User } from '@prima/domain';
import { createLocalApp, type LocalApp, setPassword } from '@prima/local';
import { newId, type TenantDb, users } from '@prima/store';
import { inject } from 'vitest';

export const TEST_TABLE = 'prima-test';
export const PASSWORD = 'kata-sandi-uji-123';

/** The API on the run's DynamoDB Local, as `pnpm start` wires it, without an HTTP server. */
export async function testApp(opts: { now?: () => Date } = {}): Promise<LocalApp> {
  return createLocalApp({
    endpoint: inject('ddbEndpoint'),
    tableName: TEST_TABLE,
    baseUrl: 'http://localhost:3000',
    logLevel: 'SILENT',
    now: opts.now,
  });
}

let counter = 0;
/** A slug no other test uses. */
export const uniqueSlug = (prefix = 't') =>
  `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface TestTenant {
  tenant: Tenant;
  db: TenantDb;
  admin: User;
  adminToken: string;
  /** Creates a user of `role` in this tenant and returns a valid token for it. */
  user(role: TenantRole, unitIds?: string[]): Promise<{ user: User; token: string }>;
}

/** Onboards a fresh tenant (each test makes its own) and signs its admin in. */
export async function newTenant(
  local: LocalApp,
  overrides: Partial<CreateTenantInput> = {},
): Promise<TestTenant> {
  const slug = overrides.slug ?? uniqueSlug();
  const { tenant, admin } = await onboardTenant(
    local.store,
    local.identity,
    {
      name: `Kabupaten ${slug}`,
      slug,
      kind: 'kabupaten',
      timeZone: 'Asia/Jakarta',
      adminEmail: `admin@${slug}.go.id`,
      ...overrides,
    },
    new Date(),
  );
  const db = local.store.forTenant(tenant.id);
  const adminToken = await local.issuer.sign({
    sub: admin.id,
    email: admin.email,
    tenantId: tenant.id,
    role: 'tenant-admin',
  });
  return {
    tenant,
    db,
    admin,
    adminToken,
    async user(role, unitIds = []) {
      const email = `${role}-${newId().toLowerCase()}@${slug}.go.id`;
      const id = newId();
      const name = `Uji ${role}`;
      // As an invitation does it: the directory entry first (role and status changes update it), then the user.
      await local.identity.createUser({ email, userId: id, tenantId: tenant.id, role, name });
      const user = await users.create(db, { email, name, role, unitIds }, new Date().toISOString(), id);
      const token = await local.issuer.sign({ sub: user.id, email, tenantId: tenant.id, role });
      return { user, token };
    },
  };
}

/** A token of the platform operator. */
export const operatorToken = (local: LocalApp) =>
  local.issuer.sign({
    sub: 'operator-1',
    email: 'operator@prima.id',
    tenantId: null,
    role: 'platform-operator',
  });

/** Signs in through the real password route; sets the password first. */
export async function signInWithPassword(local: LocalApp, email: string): Promise<string> {
  await setPassword(local.store, email, PASSWORD);
  const res = await call(local, 'POST', '/api/auth/token', { body: { email, password: PASSWORD } });
  return (res.body as { access_token: string }).access_token;
}

export interface CallResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/** One HTTP request against the app: JSON in, JSON (or problem+json) out. */
export async function call<T = unknown>(
  local: LocalApp,
  method: string,
  path: string,
  opts: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    lang?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.lang) headers['accept-language'] = opts.lang;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const res = await local.app.request(path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (ndjson export, HTML)
  }
  return { status: res.status, body: parsed as T, headers: res.headers, text };
}
