/**
 * Results for officials, on small examples computed by hand: the IKM and grades per unsur (exact and legacy weight,
 * the latter labelled), per campaign, unit, service and tenant and period; the trend; the comparison of units with
 * its minimum-sample rule; SERVQUAL gaps and trust by driver; suggestions. And the read cost of a unit's index,
 * which does not grow with the responses behind it.
 */

import { createLocalApp, type LocalApp } from '@prima/local';
import type { CommandObservation } from '@prima/store';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createService, createUnit, errorPaths, expectProblem, manualClock } from '../support/fixtures';
import { call, newTenant, TEST_TABLE, type TestTenant } from '../support/harness';
import { inBatches, openCampaign, PROFILE, setStatus, skm, submit } from './support';

// 10:00 WIB on 10 February 2026: triwulan I, semester 1.
const clock = manualClock(Date.parse('2026-02-10T03:00:00Z'));
const observed: CommandObservation[] = [];
let local: LocalApp;

beforeAll(async () => {
  local = await createLocalApp({
    endpoint: inject('ddbEndpoint'),
    tableName: TEST_TABLE,
    baseUrl: 'http://localhost:3000',
    logLevel: 'SILENT',
    now: clock.now,
    observe: (o) => observed.push(o),
  });
});

/** A fresh token for the tenant's admin at the clock's current time. */
const adminToken = (t: TestTenant) =>
  local.issuer.sign({ sub: t.admin.id, email: t.admin.email, tenantId: t.tenant.id, role: 'tenant-admin' });

async function get<T>(t: TestTenant, path: string): Promise<T> {
  const res = await call<T>(local, 'GET', path, { token: await adminToken(t) });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** The hand-computed example: four respondents. */
const EXAMPLE = [
  skm(4, 4, 4, 4, 4, 4, 4, 4, 4),
  skm(3, 3, 3, 3, 3, 3, 3, 3, 3),
  skm(4, 4, 3, 4, 4, 4, 4, 3, 2),
  skm(3, 3, 2, 4, 3, 4, 4, 3, 1),
];
// NRR: U1 3.5, U2 3.5, U3 3, U4 3.75, U5 3.5, U6 3.75, U7 3.75, U8 3.25, U9 2.5; Σ = 30.5.
// IKM = 30.5 / 9 × 25 = 84.7222… → 84.72 (B, Baik). Legacy: 30.5 × 0.111 × 25 = 84.6375 → 84.64.
const CONVERTED = [87.5, 87.5, 75, 93.75, 87.5, 93.75, 93.75, 81.25, 62.5];
const MUTU = ['B', 'B', 'C', 'A', 'B', 'A', 'A', 'B', 'D'];

interface Ikm {
  ikm: number | null;
  mutu: string | null;
  kinerja: string | null;
  respondents: number;
  unsur: {
    code: string;
    nrr: number | null;
    nrrConverted: number | null;
    mutu: string | null;
    weakest: boolean;
  }[];
  weakest: string[];
  method: { weightLabel: string; text: { id: string } };
  legacyLabel: string | null;
}
interface Results {
  kind: string;
  respondents: number;
  scope: { kind: string; period: string | null; periodLabel: { id: string } | null };
  ikm: Ikm | null;
  servqual: {
    dimensions: {
      dimension: string;
      gap: number | null;
      weight: number | null;
      expectation: number | null;
    }[];
    unweighted: number | null;
    weighted: number | null;
  } | null;
  trust: {
    drivers: { driver: string; answers: number; mean: number | null; high: number | null }[];
    political: { high: number | null; low: number | null; mean: number | null };
    social: { high: number | null; neutral: number | null };
  } | null;
  profile: {
    respondents: number;
    umur: { value: string; count: number }[];
    layanan: { name: string | null }[];
  };
}

async function answerAll(t: TestTenant, campaignId: string, bodies: unknown[]) {
  const res = await inBatches(bodies, 10, (b) => submit(local, t.tenant.slug, campaignId, b));
  for (const r of res) expect(r.status, r.text).toBe(201);
}

const ikmBody = (answers: Record<string, number>, profile: Record<string, unknown> = PROFILE) => ({
  templateId: 'skm-2017',
  answers,
  profile,
});

describe('the IKM, hand-computed', () => {
  let t: TestTenant;
  let unitId: string;
  let serviceId: string;
  let campaignId: string;

  beforeAll(async () => {
    t = await newTenant(local);
    t.adminToken = await adminToken(t);
    const unit = await createUnit(local, t);
    unitId = unit.id;
    serviceId = (await createService(local, t, unit.id)).id;
    const c = await openCampaign(local, t, { unitId, population: 5 });
    campaignId = c.id;
    await answerAll(
      t,
      campaignId,
      EXAMPLE.map((a, i) => ikmBody(a, i === 0 ? { ...PROFILE, serviceId, umur: '20-29' } : PROFILE)),
    );
  });

  const expectExample = (ikm: Ikm | null, value = 84.72) => {
    expect(ikm).not.toBeNull();
    expect(ikm!.respondents).toBe(4);
    expect(ikm!.ikm).toBe(value);
    expect(ikm!.mutu).toBe('B');
    expect(ikm!.kinerja).toBe('Baik');
    expect(ikm!.unsur.map((u) => u.nrrConverted)).toEqual(CONVERTED);
    expect(ikm!.unsur.map((u) => u.mutu)).toEqual(MUTU);
    expect(ikm!.unsur.map((u) => u.nrr)).toEqual([3.5, 3.5, 3, 3.75, 3.5, 3.75, 3.75, 3.25, 2.5]);
    expect(ikm!.weakest).toEqual(['U9']);
    expect(ikm!.unsur.filter((u) => u.weakest).map((u) => u.code)).toEqual(['U9']);
  };

  it('per campaign: IKM 84.72 (B, Baik), NRR and grade per unsur, the weakest highlighted', async () => {
    const r = await get<Results & { campaign: { progress: { responses: number; reached: boolean } } }>(
      t,
      `/api/surveys/campaigns/${campaignId}/results`,
    );
    expect(r.kind).toBe('ikm');
    expectExample(r.ikm);
    expect(r.ikm!.method.weightLabel).toBe('1/9');
    expect(r.ikm!.legacyLabel).toBeNull();
    expect(r.campaign.progress).toMatchObject({ responses: 4, reached: false });
    expect(r.profile.umur.find((u) => u.value === '20-29')?.count).toBe(1);
    expect(r.profile.layanan).toEqual([{ serviceId, name: 'Penerbitan KTP-el', count: 1 }]);
  });

  it('per unit, per tenant, for the month, triwulan, semester and year of submission', async () => {
    for (const period of ['2026-02', '2026-Q1', '2026-S1', '2026']) {
      const unit = await get<Results>(t, `/api/surveys/results?unitId=${unitId}&period=${period}`);
      expect(unit.scope).toMatchObject({ kind: 'unit', period });
      expectExample(unit.ikm);
      const tenant = await get<Results>(t, `/api/surveys/results?period=${period}`);
      expect(tenant.scope.kind).toBe('tenant');
      expectExample(tenant.ikm);
    }
    const other = await get<Results>(t, `/api/surveys/results?unitId=${unitId}&period=2026-Q2`);
    expect(other.respondents).toBe(0);
    expect(other.ikm).toMatchObject({ ikm: null, mutu: null });
    // The service aggregate holds only the response that named it.
    const svc = await get<Results>(t, `/api/surveys/results?serviceId=${serviceId}&period=2026-Q1`);
    expect(svc.scope.kind).toBe('service');
    expect(svc.ikm).toMatchObject({ respondents: 1, ikm: 100, mutu: 'A' });
  });

  it('with the legacy weight: 84.64, labelled "legacy 0,111" in results, trend and comparison', async () => {
    const s = await get<{ version: number }>(t, '/api/settings');
    const changed = await call(local, 'PATCH', '/api/settings', {
      token: await adminToken(t),
      body: { ikmWeighting: 'legacy', version: s.version },
    });
    expect(changed.status, changed.text).toBe(200);
    const r = await get<Results>(t, `/api/surveys/campaigns/${campaignId}/results`);
    expectExample(r.ikm, 84.64);
    expect(r.ikm!.legacyLabel).toBe('legacy 0,111');
    expect(r.ikm!.method.weightLabel).toBe('0,111 (LEGACY)');
    expect(r.ikm!.method.text.id).toMatch(/LEGACY/);
    expect((await get<{ legacyLabel: string }>(t, `/api/surveys/trend?unitId=${unitId}`)).legacyLabel).toBe(
      'legacy 0,111',
    );
    expect(
      (await get<{ legacyLabel: string }>(t, '/api/surveys/comparison?period=2026-Q1')).legacyLabel,
    ).toBe('legacy 0,111');
    await call(local, 'PATCH', '/api/settings', {
      token: await adminToken(t),
      body: { ikmWeighting: 'exact', version: s.version + 1 },
    });
  });

  it('a results query naming another tenant’s or an unknown unit is a 404; a bad period a 400', async () => {
    const other = await newTenant(local);
    const otherUnit = await createUnit(local, other, {});
    expectProblem(
      await call(local, 'GET', `/api/surveys/results?unitId=${otherUnit.id}&period=2026`, {
        token: await adminToken(t),
      }),
      404,
    );
    const bad = await call(local, 'GET', '/api/surveys/results?period=2026-Q7', {
      token: await adminToken(t),
    });
    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad)).toEqual(['period']);
  });
});

describe('trend and comparison', () => {
  it('the trend runs across periods, oldest first; the comparison ranks units that met their sample only', async () => {
    clock.advance(0);
    const t = await newTenant(local);
    t.adminToken = await adminToken(t);
    const [a, b, c, d, e] = await Promise.all(
      ['Dinas A', 'Dinas B', 'Dinas C', 'Dinas D', 'Dinas E'].map((name) => createUnit(local, t, { name })),
    );
    // A: 4 answers, population 5 → 5 required: below the sample.
    const ca = await openCampaign(local, t, { unitId: a!.id, population: 5 });
    await answerAll(
      t,
      ca.id,
      EXAMPLE.map((x) => ikmBody(x)),
    );
    // B: 30 required of 32; 30 answers of all 4 → IKM 100.
    const cb = await openCampaign(local, t, { unitId: b!.id, population: 32 });
    await answerAll(
      t,
      cb.id,
      Array.from({ length: 30 }, () => ikmBody(skm(4, 4, 4, 4, 4, 4, 4, 4, 4))),
    );
    // C: 40 answers, but 278 required.
    const cc = await openCampaign(local, t, { unitId: c!.id, population: 1000 });
    await answerAll(
      t,
      cc.id,
      Array.from({ length: 40 }, () => ikmBody(skm(4, 4, 4, 4, 4, 4, 4, 4, 4))),
    );
    // D: nothing. E: 19 required of 20, 20 answers of all 3 → 75.00, and the floor is capped at its sample.
    const ce = await openCampaign(local, t, { unitId: e!.id, population: 20 });
    await answerAll(
      t,
      ce.id,
      Array.from({ length: 20 }, () => ikmBody(skm(3, 3, 3, 3, 3, 3, 3, 3, 3))),
    );

    type Comparison = {
      floor: number;
      items: {
        unitId: string;
        rank: number | null;
        flags: string[];
        ikm: number | null;
        requiredSample: number | null;
      }[];
    };
    const cmp = await get<Comparison>(t, '/api/surveys/comparison?period=2026-Q1');
    expect(cmp.floor).toBe(30);
    const row = (id: string) => cmp.items.find((i) => i.unitId === id)!;
    expect(cmp.items.slice(0, 2).map((i) => [i.unitId, i.rank, i.ikm])).toEqual([
      [b!.id, 1, 100],
      [e!.id, 2, 75],
    ]);
    expect(row(a!.id)).toMatchObject({
      rank: null,
      requiredSample: 5,
      flags: ['below-required-sample', 'below-floor'],
    });
    expect(row(c!.id)).toMatchObject({
      rank: null,
      requiredSample: 278,
      ikm: 100,
      flags: ['below-required-sample'],
    });
    expect(row(d!.id)).toMatchObject({ rank: null, requiredSample: null, flags: ['no-data', 'below-floor'] });
    // The floor is capped at a unit's required sample: B and E met theirs, so a higher floor leaves them ranked,
    // while a unit without a registered sample (none here) would be held to the floor itself.
    const strict = await get<Comparison>(t, '/api/surveys/comparison?period=2026-Q1&minRespondents=100');
    expect(strict.floor).toBe(100);
    expect(strict.items.filter((i) => i.rank !== null).map((i) => i.unitId)).toEqual([b!.id, e!.id]);

    // Next triwulan: A improves.
    clock.advance(90 * 24 * 3600 * 1000); // 11 May 2026
    t.adminToken = await adminToken(t);
    await setStatus(local, t, ca, 'closed');
    const q2 = await openCampaign(local, t, {
      unitId: a!.id,
      population: 5,
      period: { kind: 'triwulan', year: 2026, number: 2 },
    });
    await answerAll(t, q2.id, [
      ikmBody(skm(4, 4, 4, 4, 4, 4, 4, 4, 4)),
      ikmBody(skm(4, 4, 4, 4, 4, 4, 4, 4, 3)),
    ]);
    type Trend = {
      periodType: string;
      items: { period: string; ikm: number | null; respondents: number; mutu: string | null }[];
    };
    const trend = await get<Trend>(t, `/api/surveys/trend?unitId=${a!.id}&count=4`);
    expect(trend.periodType).toBe('quarter');
    expect(trend.items.map((i) => [i.period, i.respondents, i.ikm, i.mutu])).toEqual([
      ['2025-Q3', 0, null, null],
      ['2025-Q4', 0, null, null],
      ['2026-Q1', 4, 84.72, 'B'],
      // (9 × 4 + 8 × 4 + 3) / 2 / 9 × 25: NRR 4 for U1–U8 and 3.5 for U9 → 35.5 / 9 × 25 = 98.61.
      ['2026-Q2', 2, 98.61, 'A'],
    ]);
    const monthly = await get<Trend>(t, `/api/surveys/trend?unitId=${a!.id}&until=2026-05&count=4`);
    expect(monthly.items.map((i) => [i.period, i.respondents])).toEqual([
      ['2026-02', 4],
      ['2026-03', 0],
      ['2026-04', 0],
      ['2026-05', 2],
    ]);
    const yearly = await get<Trend>(t, `/api/surveys/trend?periodType=year&count=1`);
    expect(yearly.items).toMatchObject([{ period: '2026', respondents: 4 + 30 + 40 + 20 + 2 }]);
    clock.advance(-90 * 24 * 3600 * 1000);
  });
});

describe('SERVQUAL and trust results', () => {
  it('SERVQUAL: E and P per dimension, gaps, the weighted score from the 100-point allocation', async () => {
    const t = await newTenant(local);
    t.adminToken = await adminToken(t);
    const unit = await createUnit(local, t);
    const c = await openCampaign(local, t, { unitId: unit.id, templateId: 'servqual' });
    await answerAll(t, c.id, [
      {
        templateId: 'servqual',
        answers: {
          Q1: { e: 7, p: 5 },
          Q5: { e: 6, p: 6 },
          Q10: { e: 5, p: 4 },
          Q14: { e: 7, p: 7 },
          Q18: { e: 4, p: 6 },
        },
        allocation: { tangibles: 20, reliability: 20, responsiveness: 20, assurance: 20, empathy: 20 },
        profile: PROFILE,
      },
      {
        templateId: 'servqual',
        answers: {
          Q1: { e: 5, p: 5 },
          Q5: { e: 7, p: 5 },
          Q10: { e: 6, p: 6 },
          Q14: { e: 6, p: 5 },
          Q18: { e: 5, p: 5 },
        },
        allocation: { tangibles: 10, reliability: 40, responsiveness: 20, assurance: 20, empathy: 10 },
        profile: PROFILE,
      },
    ]);
    const r = await get<Results>(t, `/api/surveys/campaigns/${c.id}/results`);
    expect(r.kind).toBe('servqual');
    expect(r.ikm).toBeNull();
    const gaps = Object.fromEntries(r.servqual!.dimensions.map((d) => [d.dimension, d.gap]));
    expect(gaps).toEqual({
      tangibles: -1,
      reliability: -1,
      responsiveness: -0.5,
      assurance: -0.5,
      empathy: 1,
    });
    expect(r.servqual!.dimensions[0]!.expectation).toBe(6);
    expect(r.servqual!.unweighted).toBeCloseTo(-0.4, 12);
    const weights = Object.fromEntries(r.servqual!.dimensions.map((d) => [d.dimension, d.weight]));
    expect(weights).toEqual({
      tangibles: 0.15,
      reliability: 0.3,
      responsiveness: 0.2,
      assurance: 0.2,
      empathy: 0.15,
    });
    expect(r.servqual!.weighted).toBeCloseTo(-0.5, 12);
  });

  it('trust: share answering 6–10 per driver, political and social trust', async () => {
    const t = await newTenant(local);
    t.adminToken = await adminToken(t);
    const unit = await createUnit(local, t);
    const c = await openCampaign(local, t, { unitId: unit.id, templateId: 'trust' });
    await answerAll(t, c.id, [
      { templateId: 'trust', answers: { PT1: 8, RS1: 7, RS2: 3, IN1: 5, ST1: 6 }, profile: PROFILE },
      { templateId: 'trust', answers: { PT1: 4, RS1: 9, IN1: 6, ST1: 5 }, profile: PROFILE },
    ]);
    const r = await get<Results>(t, `/api/surveys/campaigns/${c.id}/results`);
    expect(r.kind).toBe('trust');
    const driver = (k: string) => r.trust!.drivers.find((d) => d.driver === k)!;
    expect(driver('responsiveness')).toMatchObject({ answers: 3, mean: 5.5, high: 0.5 });
    expect(driver('integrity')).toMatchObject({ answers: 2, mean: 5.5, high: 0.5 });
    expect(driver('fairness')).toMatchObject({ answers: 0, mean: null, high: null });
    expect(r.trust!.political).toMatchObject({ mean: 6, high: 0.5, low: 0.5 });
    expect(r.trust!.social).toMatchObject({ high: 0.5, neutral: 0.5 });
    // Trend and report are IKM-only.
    expectProblem(
      await call(local, 'GET', `/api/surveys/trend?templateId=trust`, { token: await adminToken(t) }),
      400,
      'validation',
    );
  });
});

describe('suggestions', () => {
  it('are listed per campaign and per unit, newest first, paged, and per period', async () => {
    const t = await newTenant(local);
    t.adminToken = await adminToken(t);
    const unit = await createUnit(local, t);
    const c1 = await openCampaign(local, t, { unitId: unit.id });
    const c2 = await openCampaign(local, t, { unitId: unit.id, templateId: 'trust' });
    for (const [i, c] of [c1, c2, c1].entries()) {
      clock.advance(60_000);
      const body =
        c === c2
          ? { templateId: 'trust', answers: { ST1: 5 }, profile: { ...PROFILE, saran: `Saran ${i}` } }
          : ikmBody(skm(3, 3, 3, 3, 3, 3, 3, 3, 3), { ...PROFILE, saran: `Saran ${i}` });
      expect((await submit(local, t.tenant.slug, c.id, body)).status).toBe(201);
    }
    await submit(local, t.tenant.slug, c1.id, ikmBody(skm(3, 3, 3, 3, 3, 3, 3, 3, 3)));
    type Page = { items: { saran: string; campaignId: string }[]; nextCursor: string | null };
    const byCampaign = await get<Page>(t, `/api/surveys/campaigns/${c1.id}/suggestions`);
    expect(byCampaign.items.map((s) => s.saran)).toEqual(['Saran 2', 'Saran 0']);
    const byUnit = await get<Page>(t, `/api/surveys/suggestions?unitId=${unit.id}&limit=2`);
    expect(byUnit.items.map((s) => s.saran)).toEqual(['Saran 2', 'Saran 1']);
    const rest = await get<Page>(
      t,
      `/api/surveys/suggestions?unitId=${unit.id}&limit=2&cursor=${byUnit.nextCursor}`,
    );
    expect(rest.items.map((s) => s.saran)).toEqual(['Saran 0']);
    expect(
      (await get<Page>(t, `/api/surveys/suggestions?unitId=${unit.id}&period=2026-Q1`)).items,
    ).toHaveLength(3);
    expect(
      (await get<Page>(t, `/api/surveys/suggestions?unitId=${unit.id}&period=2026-Q2`)).items,
    ).toHaveLength(0);
    clock.advance(-180_000);
  });
});

describe('read cost', () => {
  it('reading a unit’s index costs the same DynamoDB requests with 10 and with 500 responses behind it', {
    timeout: 300_000,
  }, async () => {
    const t = await newTenant(local);
    t.adminToken = await adminToken(t);
    const small = await createUnit(local, t, { name: 'Unit Kecil' });
    const large = await createUnit(local, t, { name: 'Unit Besar' });
    const cs = await openCampaign(local, t, { unitId: small.id });
    const cl = await openCampaign(local, t, { unitId: large.id });
    const body = ikmBody(skm(4, 3, 3, 4, 4, 3, 4, 3, 2), { ...PROFILE, saran: 'Terima kasih' });
    await answerAll(
      t,
      cs.id,
      Array.from({ length: 10 }, () => body),
    );
    await answerAll(
      t,
      cl.id,
      Array.from({ length: 500 }, () => body),
    );

    const cost = async (path: string) => {
      const token = await adminToken(t);
      observed.length = 0;
      const res = await call(local, 'GET', path, { token });
      expect(res.status, res.text).toBe(200);
      return {
        requests: observed.map((o) => o.command),
        capacity: observed.reduce((s, o) => s + o.capacityUnits, 0),
      };
    };
    for (const [pathSmall, pathLarge] of [
      [
        `/api/surveys/results?unitId=${small.id}&period=2026-Q1`,
        `/api/surveys/results?unitId=${large.id}&period=2026-Q1`,
      ],
      [`/api/surveys/campaigns/${cs.id}/results`, `/api/surveys/campaigns/${cl.id}/results`],
      [
        `/api/surveys/report?unitId=${small.id}&period=2026-Q1`,
        `/api/surveys/report?unitId=${large.id}&period=2026-Q1`,
      ],
    ]) {
      const s = await cost(pathSmall!);
      const l = await cost(pathLarge!);
      expect(l.requests, pathLarge).toEqual(s.requests);
      // Capacity may differ by the few counter shards a small aggregate has not touched yet.
      expect(l.capacity).toBeLessThanOrEqual(s.capacity * 1.5 + 1);
    }
    const unitIndex = await cost(`/api/surveys/results?unitId=${large.id}&period=2026-Q1`);
    expect(unitIndex.requests.filter((r) => r === 'QueryCommand')).toHaveLength(1);
  });
});
