import { onboardTenant } from '@prima/api';
import {
  AGE_BANDS,
  type Counters,
  EDUCATION_LEVELS,
  GENDERS,
  localDate,
  OCCUPATIONS,
  SKM_2017,
} from '@prima/domain';
import type { LocalApp } from '@prima/local';
import {
  type AggregateScope,
  newId,
  SURVEY_SHARDS,
  surveyAggregates,
  surveyResponses,
  units,
} from '@prima/store';
import { bulkPut, type CostMeter, measure, printTable } from '../lib';

/**
 * Surveys: ingesting responses through the public API (each one a transaction storing the response with its
 * counters), and reading a unit's index with 100 and with 1,000,000 responses behind it. Reading an index reads
 * counters only, so both must cost the same DynamoDB requests and capacity.
 */
const INGEST = 400;
const IN_FLIGHT = 25;
const LARGE = 1_000_000;
const SAMPLE = 100;

const PROFILE = { umur: '30-39', jenisKelamin: 'perempuan', pendidikan: 'sma', pekerjaan: 'wiraswasta' };

export async function surveys(local: LocalApp, meter: CostMeter): Promise<boolean> {
  const stamp = Date.now().toString(36);
  const slug = `bench-survei-${stamp}`;
  const { tenant, admin } = await onboardTenant(
    local.store,
    local.identity,
    {
      name: `Bench ${slug}`,
      slug,
      kind: 'kabupaten',
      timeZone: 'Asia/Jakarta',
      adminEmail: `admin@${slug}.bench`,
    },
    new Date(),
  );
  const db = local.store.forTenant(tenant.id);
  const token = await local.issuer.sign({
    sub: admin.id,
    email: admin.email,
    tenantId: tenant.id,
    role: 'tenant-admin',
  });
  const api = async (method: string, path: string, body?: unknown, env?: unknown) => {
    const res = await local.app.request(
      path,
      {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      env,
    );
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 200)}`);
    return JSON.parse(text || 'null') as { id: string; version: number };
  };
  const unit = async (name: string) => (await api('POST', '/api/units', { name, kind: 'dinas' })).id;
  const openCampaign = async (unitId: string, population: number) => {
    const c = await api('POST', '/api/surveys/campaigns', {
      title: `SKM ${stamp}`,
      unitId,
      period: { kind: 'tahun', year: new Date().getUTCFullYear() },
      population,
    });
    await api('POST', `/api/surveys/campaigns/${c.id}/status`, { status: 'open', version: c.version });
    return c.id;
  };
  let ip = 0;
  const answer = (campaignId: string, i: number) =>
    local.app.request(
      `/api/public/${slug}/surveys/${campaignId}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${campaignId}-${i}` },
        body: JSON.stringify({
          templateId: 'skm-2017',
          answers: Object.fromEntries(SKM_2017.unsur.map((u, k) => [u.code, 1 + ((i + k) % 4)])),
          profile: { ...PROFILE, ...(i % 5 === 0 ? { saran: `Saran ${i}` } : {}) },
        }),
      },
      // Every respondent from its own address, as on phones; the rate limit is per client and campaign.
      { incoming: { socket: { remoteAddress: `10.9.${(ip >> 8) & 255}.${ip++ & 255}` } } },
    );
  const answerMany = async (campaignId: string, count: number) => {
    let next = 0;
    let failed = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < count) {
          const res = await answer(campaignId, next++);
          if (res.status !== 201) failed++;
          await res.arrayBuffer();
        }
      }),
    );
    if (failed) throw new Error(`${failed} submissions failed`);
  };

  // 1. Ingest: INGEST responses through the API, IN_FLIGHT at a time.
  const ingestUnit = await unit('Unit Ingest');
  const ingestCampaign = await openCampaign(ingestUnit, 100_000);
  const started = performance.now();
  const ingestCost = await meter.during(() => answerMany(ingestCampaign, INGEST));
  const seconds = (performance.now() - started) / 1000;
  console.log('\n## Surveys: ingesting responses (public API, one transaction per response)\n');
  console.log(
    '| responses | in flight | seconds | responses/s | DynamoDB requests/response | capacity units/response |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${INGEST} | ${IN_FLIGHT} | ${seconds.toFixed(1)} | ${(INGEST / seconds).toFixed(1)} | ${(ingestCost.requests / INGEST).toFixed(1)} | ${(ingestCost.capacityUnits / INGEST).toFixed(1)} |`,
  );
  console.log(
    '\nEach response: 3 reads (slug, tenant profile, campaign) and one TransactWriteItems of the response, its idempotency ' +
      'record and 9 counter updates (campaign; unit and Pemda × month, triwulan, semester, year), 13 with a service. ' +
      'DynamoDB Local runs transactions one at a time: the throughput here is a floor, not what DynamoDB gives.',
  );

  // 2. Reads: a unit with 100 responses (through the API) and one with 1,000,000 (seeded).
  const smallUnit = await unit('Unit 100 jawaban');
  const smallCampaign = await openCampaign(smallUnit, 200);
  await answerMany(smallCampaign, 100);

  const largeUnit = await unit('Unit 1.000.000 jawaban');
  const largeCampaign = await openCampaign(largeUnit, LARGE);
  const today = localDate(new Date(), tenant.timeZone);
  const year = today.slice(0, 4);
  const month = today.slice(0, 7);
  const quarter = `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
  const semester = `${year}-S${Math.ceil(Number(today.slice(5, 7)) / 6)}`;
  // Seed: SAMPLE raw responses, and counters set directly to the totals of LARGE responses.
  const submittedAt = new Date().toISOString();
  await bulkPut(
    db,
    Array.from({ length: SAMPLE }, (_, i) =>
      surveyResponses.item(db, {
        id: newId(),
        campaignId: largeCampaign,
        unitId: largeUnit,
        serviceId: null,
        templateId: 'skm-2017',
        submittedAt,
        answers: Object.fromEntries(SKM_2017.unsur.map((u, k) => [u.code, 1 + ((i + k) % 4)])),
        allocation: null,
        profile: PROFILE as never,
        saran: i % 5 === 0 ? `Saran ${i}` : null,
      }),
    ),
  );
  const totals: Counters = { n: LARGE, saran: LARGE / 10 };
  SKM_2017.unsur.forEach((u, k) => {
    totals[`u#${u.code}#c`] = LARGE - k * 1000;
    totals[`u#${u.code}#s`] = Math.round((LARGE - k * 1000) * (3.6 - k * 0.07));
  });
  const spread = (field: string, values: readonly string[]) =>
    values.forEach((v, i) => {
      totals[`p#${field}#${v}`] = Math.floor(LARGE / values.length) + (i === 0 ? LARGE % values.length : 0);
    });
  spread('umur', AGE_BANDS);
  spread('jenisKelamin', GENDERS);
  spread('pendidikan', EDUCATION_LEVELS);
  spread('pekerjaan', OCCUPATIONS);
  const shards = (total: Counters): Counters[] =>
    Array.from({ length: SURVEY_SHARDS }, (_, s) =>
      Object.fromEntries(
        Object.entries(total).map(([k, v]) => [
          k,
          Math.floor(v / SURVEY_SHARDS) + (s === 0 ? v % SURVEY_SHARDS : 0),
        ]),
      ),
    );
  const scopes: AggregateScope[] = [
    { kind: 'campaign', campaignId: largeCampaign },
    ...[month, quarter, semester, year].map(
      (period) => ({ kind: 'unit', templateId: 'skm-2017', unitId: largeUnit, period }) as const,
    ),
  ];
  await bulkPut(
    db,
    scopes.flatMap((scope) => shards(totals).map((c, s) => surveyAggregates.shardItem(db, scope, s, c))),
  );
  if (!(await units.get(db, largeUnit))) throw new Error('seeding failed');

  const get = (path: string) => async () => {
    const res = await local.app.request(path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
  };
  const large = await local.app.request(`/api/surveys/results?unitId=${largeUnit}&period=${quarter}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const largeBody = (await large.json()) as { respondents: number; ikm: { ikm: number } };
  if (largeBody.respondents !== LARGE)
    throw new Error(`expected ${LARGE} respondents, read ${largeBody.respondents}`);

  const rows = await measure(
    [
      { name: 'baseline: GET /api/health', run: get('/api/health') },
      {
        name: 'unit index (GET /api/surveys/results), 100 responses',
        run: get(`/api/surveys/results?unitId=${smallUnit}&period=${quarter}`),
      },
      {
        name: 'unit index (GET /api/surveys/results), 1,000,000 responses',
        run: get(`/api/surveys/results?unitId=${largeUnit}&period=${quarter}`),
      },
      {
        name: 'campaign results, 100 responses',
        run: get(`/api/surveys/campaigns/${smallCampaign}/results`),
      },
      {
        name: 'campaign results, 1,000,000 responses',
        run: get(`/api/surveys/campaigns/${largeCampaign}/results`),
      },
      {
        name: 'SKM report (unit, triwulan), 100 responses',
        run: get(`/api/surveys/report?unitId=${smallUnit}&period=${quarter}`),
      },
      {
        name: 'SKM report (unit, triwulan), 1,000,000 responses',
        run: get(`/api/surveys/report?unitId=${largeUnit}&period=${quarter}`),
      },
    ],
    meter,
  );
  printTable('Surveys: reading a unit’s index, 100 vs 1,000,000 responses', rows);
  console.log(
    `\nThe 1,000,000-response unit is seeded: ${SAMPLE} raw responses written, and its counters (${SURVEY_SHARDS} ` +
      `shards per aggregate) set directly to the totals of ${LARGE.toLocaleString('en')} responses ` +
      `(IKM read back: ${largeBody.ikm.ikm}). The 100-response unit was answered through the API.`,
  );
  const pairs: [number, number][] = [
    [1, 2],
    [3, 4],
    [5, 6],
  ];
  const constant = pairs.every(
    ([s, l]) =>
      rows[s]!.cost.requests === rows[l]!.cost.requests &&
      rows[l]!.cost.capacityUnits <= rows[s]!.cost.capacityUnits * 1.5 + 0.5,
  );
  console.log(`\nSurvey read cost independent of the number of responses: ${constant ? 'yes' : 'NO'}`);
  return constant;
}
