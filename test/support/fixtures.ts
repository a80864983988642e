import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Maklumat, Service, Unit, User } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { expect } from 'vitest';
import { type CallResult, call, type TestTenant } from './harness';

/** A clock the test moves by hand; pass `clock.now` to `testApp({ now })`. */
export function manualClock(start = Date.now()) {
  let t = start;
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    get ms() {
      return t;
    },
  };
}

/** Asserts an RFC 9457 problem of `status` (and `type`, the last segment of the type URI). */
export function expectProblem(res: CallResult, status: number, type?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = res.body as { type: string; title: string; status: number };
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  if (type) expect(body.type).toBe(`https://prima.id/problems/${type}`);
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+/); // never a stack trace
}

/** The field paths named by a problem's `errors`. */
export const errorPaths = (res: CallResult): string[] =>
  ((res.body as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

export async function createUnit(
  local: LocalApp,
  t: TestTenant,
  body: Record<string, unknown> = {},
): Promise<Unit> {
  const res = await call<Unit>(local, 'POST', '/api/units', {
    token: t.adminToken,
    body: { name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'dinas', ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export async function createService(
  local: LocalApp,
  t: TestTenant,
  unitId: string,
  body: Record<string, unknown> = {},
): Promise<Service> {
  const res = await call<Service>(local, 'POST', '/api/services', {
    token: t.adminToken,
    body: { unitId, name: 'Penerbitan KTP-el', ...body },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export const MAKLUMAT_TEXT =
  'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.';

export async function putMaklumat(
  local: LocalApp,
  t: TestTenant,
  unitId: string,
  body: Record<string, unknown> = {},
): Promise<Maklumat> {
  const res = await call<Maklumat>(local, 'PUT', `/api/units/${unitId}/maklumat`, {
    token: t.adminToken,
    body: { text: MAKLUMAT_TEXT, signedBy: 'Drs. Budi Santoso, M.Si.', signedOn: '2026-01-05', ...body },
  });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

export async function inviteUser(
  local: LocalApp,
  t: TestTenant,
  body: Record<string, unknown>,
): Promise<{ user: User; temporaryPassword: string }> {
  const res = await call<{ user: User; temporaryPassword: string }>(local, 'POST', '/api/users', {
    token: t.adminToken,
    body,
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

/**
 * Every stored item whose partition key begins with `prefix`, as stored (keys included). A Scan with the unguarded
 * admin client: for inspection in tests only, never on a request path.
 */
export async function scanByPrefix(local: LocalApp, prefix: string): Promise<Record<string, unknown>[]> {
  const client = local.store.adminClient();
  const doc = DynamoDBDocumentClient.from(client);
  const out: Record<string, unknown>[] = [];
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new ScanCommand({
          TableName: local.store.tableName,
          FilterExpression: 'begins_with(PK, :p)',
          ExpressionAttributeValues: { ':p': prefix },
          ExclusiveStartKey: start,
        }),
      );
      out.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    client.destroy();
  }
  return out;
}

/** A fingerprint of everything a tenant has stored: key and version of each item, sorted. */
export async function tenantFingerprint(local: LocalApp, tenantId: string): Promise<string[]> {
  const items = await scanByPrefix(local, `T#${tenantId}#`);
  return items.map((i) => `${i.PK}|${i.SK}|v${i.version ?? '-'}|${i.updatedAt ?? '-'}`).sort();
}

/** A cursor as the store encodes one: base64url of a key. */
export const forgeCursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
