/**
 * Tenant isolation of Open311 (the generated isolation suite covers /api only). Two Pemda on one endpoint: every
 * reference to tenant A made under jurisdiction B is refused, no answer under B shows anything of A, and nothing
 * of B changes.
 */
import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { tenantFingerprint } from '../support/fixtures';
import { testApp } from '../support/harness';
import { DESCRIPTION, expectErrors, itemsOf, makeWorld, o311, postRequest, type World } from './support';

const local: LocalApp = await testApp();
let A: World;
let B: World;
let aRequest: string;
let bRequest: string;
/** A's ids and words: none may appear in any answer under jurisdiction B. */
let secretsOfA: string[];

const form = (w: World, extra: Record<string, string> = {}) => ({
  jurisdiction_id: w.slug,
  service_code: w.lampu.id,
  lat: '-6.5971',
  long: '106.806',
  description: DESCRIPTION,
  ...extra,
});

beforeAll(async () => {
  [A, B] = await Promise.all([makeWorld(local, 'A'), makeWorld(local, 'B')]);
  aRequest = await postRequest(local, A, { description: `${DESCRIPTION} Khusus tenant A-77.` });
  bRequest = await postRequest(local, B);
  secretsOfA = [
    aRequest,
    A.lampu.id,
    A.jalan.id,
    A.sampah.id,
    A.unitId,
    A.unitName,
    A.t.tenant.name,
    A.t.tenant.id,
    'tenant A-77',
  ];
});

const expectNothingOfA = (text: string) => {
  for (const s of secretsOfA) expect(text.includes(s), `leaked ${s}: ${text.slice(0, 300)}`).toBe(false);
};

describe('Open311 tenant isolation', () => {
  it("A's api_key does not open jurisdiction B (403), whatever the service code", async () => {
    const before = await tenantFingerprint(local, B.t.tenant.id);
    for (const code of [B.lampu.id, A.lampu.id]) {
      for (const format of ['json', 'xml'] as const) {
        const res = await o311(local, 'POST', `/requests.${format}`, {
          form: { ...form(B), api_key: A.apiKey, service_code: code },
        });
        expect(expectErrors(res, 403, format)[0]).toMatch(/api_key/);
        expectNothingOfA(res.text);
      }
    }
    // And B's key does not open A.
    expectErrors(
      await o311(local, 'POST', '/requests.json', { form: { ...form(A), api_key: B.apiKey } }),
      403,
    );
    expect(await tenantFingerprint(local, B.t.tenant.id)).toEqual(before);
  });

  it("A's service codes are unknown under B (404), even with B's own key", async () => {
    const before = await tenantFingerprint(local, B.t.tenant.id);
    const post = await o311(local, 'POST', '/requests.json', {
      form: { ...form(B), api_key: B.apiKey, service_code: A.lampu.id },
    });
    expect(expectErrors(post, 404)[0]).toMatch(/service_code/);
    for (const format of ['json', 'xml'] as const) {
      const res = await o311(local, 'GET', `/services/${A.lampu.id}.${format}?jurisdiction_id=${B.slug}`);
      expectErrors(res, 404, format);
      expectNothingOfA(res.text);
    }
    // Only B's key use is recorded; nothing else of B changed.
    const after = await tenantFingerprint(local, B.t.tenant.id);
    expect(after.filter((k) => !k.includes('APIKEY#'))).toEqual(before.filter((k) => !k.includes('APIKEY#')));
  });

  it("A's request ids are not found under B (404): by id, as a token, in an id list", async () => {
    for (const format of ['json', 'xml'] as const) {
      for (const path of [`/requests/${aRequest}.${format}`, `/tokens/${aRequest}.${format}`]) {
        const res = await o311(local, 'GET', `${path}?jurisdiction_id=${B.slug}`);
        expect(expectErrors(res, 404, format).length).toBe(1);
        expectNothingOfA(res.text);
      }
      const list = await o311(
        local,
        'GET',
        `/requests.${format}?jurisdiction_id=${B.slug}&service_request_id=${aRequest},${bRequest}`,
      );
      expect(list.status).toBe(200);
      expect(itemsOf(list, 'service_requests', 'request').map((r) => r.service_request_id)).toEqual([
        bRequest,
      ]);
      expectNothingOfA(list.text);
    }
  });

  it('no answer under B shows anything of A', async () => {
    for (const format of ['json', 'xml'] as const) {
      for (const path of [
        `/discovery.${format}?jurisdiction_id=${B.slug}`,
        `/services.${format}?jurisdiction_id=${B.slug}`,
        `/services/${B.lampu.id}.${format}?jurisdiction_id=${B.slug}`,
        `/requests.${format}?jurisdiction_id=${B.slug}`,
        `/requests.${format}?jurisdiction_id=${B.slug}&service_code=${A.lampu.id}`,
        `/requests/${bRequest}.${format}?jurisdiction_id=${B.slug}`,
      ]) {
        const res = await o311(local, 'GET', path);
        expect(res.status, `${path}: ${res.text}`).toBe(200);
        expectNothingOfA(res.text);
      }
    }
    const list = await o311(local, 'GET', `/requests.json?jurisdiction_id=${B.slug}`);
    expect(itemsOf(list, '', '').map((r) => r.service_request_id)).toEqual([bRequest]);
    const filtered = await o311(
      local,
      'GET',
      `/requests.json?jurisdiction_id=${B.slug}&service_code=${A.lampu.id}`,
    );
    expect(filtered.body).toEqual([]);
  });
});
