/**
 * The SKM report of a unit and period (everything DOMAIN.md §1 asks a report to contain), the CSV exports of raw
 * responses and of aggregates, and the public IKM page the regulation requires.
 */
import { createLocalApp, type LocalApp } from '@prima/local';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createService, createUnit, expectProblem, manualClock } from '../support/fixtures';
import { call, newTenant, TEST_TABLE, type TestTenant } from '../support/harness';
import { type Campaign, openCampaign, PROFILE, parseCsv, setStatus, skm, submit } from './support';

// Start in December 2025 (triwulan IV), then move to February 2026 (triwulan I).
const clock = manualClock(Date.parse('2025-12-10T03:00:00Z'));
let local: LocalApp;
let t: TestTenant;
let unitId: string;
let serviceId: string;
let q4: Campaign;
let q1: Campaign;
let planId: string;

const token = () =>
  local.issuer.sign({ sub: t.admin.id, email: t.admin.email, tenantId: t.tenant.id, role: 'tenant-admin' });
async function get<T>(path: string): Promise<{ body: T; text: string; headers: Headers }> {
  const res = await call<T>(local, 'GET', path, { token: await token() });
  expect(res.status, res.text).toBe(200);
  return res;
}
const answer = async (
  campaignId: string,
  answers: Record<string, number>,
  profile: Record<string, unknown> = PROFILE,
) => {
  const res = await submit(local, t.tenant.slug, campaignId, { templateId: 'skm-2017', answers, profile });
  expect(res.status, res.text).toBe(201);
};

beforeAll(async () => {
  local = await createLocalApp({
    endpoint: inject('ddbEndpoint'),
    tableName: TEST_TABLE,
    baseUrl: 'http://localhost:3000',
    logLevel: 'SILENT',
    now: clock.now,
  });
  t = await newTenant(local, { name: 'Kabupaten Sukamaju' });
  t.adminToken = await token();
  const unit = await createUnit(local, t, {
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Disdukcapil',
    headName: 'Drs. Budi Santoso, M.Si.',
  });
  unitId = unit.id;
  serviceId = (await createService(local, t, unitId, { name: 'Penerbitan KTP-el' })).id;
  await createUnit(local, t, { name: 'Dinas Kesehatan' });

  q4 = await openCampaign(local, t, {
    unitId,
    title: 'SKM Triwulan IV 2025',
    period: { kind: 'triwulan', year: 2025, number: 4 },
    population: 40,
  });
  await answer(q4.id, skm(3, 3, 3, 3, 3, 3, 3, 3, 3));
  await answer(q4.id, skm(3, 3, 3, 3, 3, 3, 3, 3, 3));

  clock.advance(62 * 24 * 3600 * 1000); // 10 February 2026
  t.adminToken = await token();
  q1 = await openCampaign(local, t, { unitId, title: 'SKM Triwulan I 2026', population: 5 });
  await answer(q1.id, skm(4, 4, 4, 4, 4, 4, 4, 4, 4), {
    ...PROFILE,
    serviceId,
    saran: '=HYPERLINK("x") antrean',
  });
  await answer(q1.id, skm(3, 3, 3, 3, 3, 3, 3, 3, 3), { ...PROFILE, umur: '50-59', disabilitas: 'fisik' });
  await answer(q1.id, skm(4, 4, 3, 4, 4, 4, 4, 3, 2), { ...PROFILE, saran: 'Sediakan kursi roda, "segera"' });
  await answer(q1.id, skm(3, 3, 2, 4, 3, 4, 4, 3, 1));
  const plan = await call<{ id: string }>(local, 'POST', '/api/surveys/follow-ups', {
    token: t.adminToken,
    body: {
      campaignId: q1.id,
      unsurCode: 'U9',
      action: 'Membuka kanal pengaduan WhatsApp dan menanggapinya dalam 1 hari kerja',
      ownerId: t.admin.id,
      deadline: '2026-06-30',
    },
  });
  expect(plan.status, plan.text).toBe(201);
  planId = plan.body.id;
});

describe('the SKM report', () => {
  it('has everything the report needs: period, unit, respondents and profile, NRR and grade per unsur, IKM, trend, weakest, plan, method', async () => {
    type Report = {
      title: { id: string };
      tenant: { name: string };
      unit: { name: string; headName: string };
      service: unknown;
      period: { key: string; label: { id: string }; start: string; end: string };
      regulation: { code: string };
      campaigns: { id: string; population: number; requiredSample: number; responses: number }[];
      sample: { respondents: number; population: number; requiredSample: number; reached: boolean };
      profile: {
        respondents: number;
        umur: { value: string; count: number }[];
        disabilitasNotStated: number;
      };
      result: {
        ikm: number;
        mutu: string;
        kinerja: string;
        unsur: { code: string; nrrConverted: number; mutu: string }[];
      };
      trend: {
        period: string;
        respondents: number;
        ikm: number | null;
        mutu: string | null;
        change: number | null;
      }[];
      weakest: { code: string; name: { id: string }; nrrConverted: number; mutu: string }[];
      followUps: { id: string; unsurCode: string; action: string; ownerName: string; deadline: string }[];
      suggestions: { count: number; latest: { saran: string }[] };
      method: {
        ikm: { id: string };
        sample: { id: string };
        aggregation: { id: string };
        weightLabel: string;
      };
      generatedAt: string;
    };
    const { body: r } = await get<Report>(`/api/surveys/report?unitId=${unitId}&period=2026-Q1`);
    expect(r.title.id).toBe(
      'Laporan Survei Kepuasan Masyarakat Dinas Kependudukan dan Pencatatan Sipil Triwulan I 2026',
    );
    expect(r.tenant.name).toBe('Kabupaten Sukamaju');
    expect(r.unit).toMatchObject({
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      headName: 'Drs. Budi Santoso, M.Si.',
    });
    expect(r.service).toBeNull();
    expect(r.period).toEqual({
      key: '2026-Q1',
      label: { id: 'Triwulan I 2026', en: 'Q1 2026' },
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(r.regulation.code).toBe('PermenPAN-RB 14/2017');
    expect(r.campaigns).toEqual([
      expect.objectContaining({ id: q1.id, population: 5, requiredSample: 5, responses: 4 }),
    ]);
    expect(r.sample).toEqual({ respondents: 4, population: 5, requiredSample: 5, reached: false });
    expect(r.profile.respondents).toBe(4);
    expect(r.profile.umur.find((u) => u.value === '50-59')?.count).toBe(1);
    expect(r.profile.disabilitasNotStated).toBe(3);
    expect(r.result).toMatchObject({ ikm: 84.72, mutu: 'B', kinerja: 'Baik' });
    expect(r.result.unsur.map((u) => [u.code, u.nrrConverted, u.mutu])).toEqual([
      ['U1', 87.5, 'B'],
      ['U2', 87.5, 'B'],
      ['U3', 75, 'C'],
      ['U4', 93.75, 'A'],
      ['U5', 87.5, 'B'],
      ['U6', 93.75, 'A'],
      ['U7', 93.75, 'A'],
      ['U8', 81.25, 'B'],
      ['U9', 62.5, 'D'],
    ]);
    expect(r.trend.map((x) => [x.period, x.respondents, x.ikm, x.mutu, x.change])).toEqual([
      ['2025-Q2', 0, null, null, null],
      ['2025-Q3', 0, null, null, null],
      ['2025-Q4', 2, 75, 'C', null],
      ['2026-Q1', 4, 84.72, 'B', 9.72],
    ]);
    expect(r.weakest).toEqual([
      {
        code: 'U9',
        name: expect.objectContaining({ id: 'Penanganan Pengaduan, Saran dan Masukan' }),
        nrrConverted: 62.5,
        mutu: 'D',
      },
    ]);
    expect(r.followUps).toEqual([
      expect.objectContaining({
        id: planId,
        unsurCode: 'U9',
        ownerName: t.admin.name,
        deadline: '2026-06-30',
      }),
    ]);
    expect(r.suggestions.count).toBe(2);
    expect(r.suggestions.latest.map((s) => s.saran)).toEqual([
      'Sediakan kursi roda, "segera"',
      '=HYPERLINK("x") antrean',
    ]);
    expect(r.method.ikm.id).toMatch(/PermenPAN-RB 14\/2017.*1\/9/s);
    expect(r.method.sample.id).toMatch(/Krejcie & Morgan.*belum terpenuhi/);
    expect(r.method.aggregation.id).toMatch(/Asia\/Jakarta/);
    expect(r.method.weightLabel).toBe('1/9');
  });

  it('per service; another tenant’s unit is a 404; a SERVQUAL template a 400', async () => {
    const { body } = await get<{ service: { name: string }; result: { respondents: number; ikm: number } }>(
      `/api/surveys/report?unitId=${unitId}&serviceId=${serviceId}&period=2026-Q1`,
    );
    expect(body.service.name).toBe('Penerbitan KTP-el');
    expect(body.result).toMatchObject({ respondents: 1, ikm: 100 });
    const other = await newTenant(local);
    const otherUnit = await createUnit(local, other);
    expectProblem(
      await call(local, 'GET', `/api/surveys/report?unitId=${otherUnit.id}&period=2026-Q1`, {
        token: await token(),
      }),
      404,
    );
    expectProblem(
      await call(local, 'GET', `/api/surveys/report?unitId=${unitId}&period=2026-Q1&templateId=servqual`, {
        token: await token(),
      }),
      400,
      'validation',
    );
  });
});

describe('CSV exports', () => {
  it('raw responses: anonymous, one column per unsur, the profile and the suggestion, formulas defused', async () => {
    const res = await get<string>(`/api/surveys/campaigns/${q1.id}/responses.csv`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/);
    // A byte-order mark first (fetch's text() strips it, so look at the bytes).
    const raw = await local.app.request(`/api/surveys/campaigns/${q1.id}/responses.csv`, {
      headers: { authorization: `Bearer ${await token()}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.text);
    expect(rows[0]).toEqual([
      'responseId',
      'submittedAt',
      'campaignId',
      'unitId',
      'serviceId',
      'templateId',
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
      'umur',
      'jenisKelamin',
      'pendidikan',
      'pekerjaan',
      'disabilitas',
      'saran',
    ]);
    expect(rows).toHaveLength(5);
    const byCol = rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]])));
    expect(byCol[0]).toMatchObject({
      campaignId: q1.id,
      unitId,
      serviceId,
      templateId: 'skm-2017',
      U1: '4',
      U9: '4',
      umur: '30-39',
      saran: `'=HYPERLINK("x") antrean`,
    });
    expect(byCol[0]!.submittedAt).toMatch(/^2026-02-10T10:00:00\.000\+07:00$/);
    expect(byCol[1]).toMatchObject({ umur: '50-59', disabilitas: 'fisik', serviceId: '', saran: '' });
    expect(byCol[2]!.saran).toBe('Sediakan kursi roda, "segera"');
    expect(byCol.map((r) => r.U9)).toEqual(['4', '3', '2', '1']);
  });

  it('aggregates of a period: a row per unit and one for the Pemda, NRR, value and grade per unsur, IKM', async () => {
    const res = await get<string>('/api/surveys/aggregates.csv?period=2026-Q1');
    const rows = parseCsv(res.text);
    const header = rows[0]!;
    expect(header.slice(0, 7)).toEqual([
      'scope',
      'unitId',
      'unitName',
      'period',
      'templateId',
      'weighting',
      'respondents',
    ]);
    expect(header.slice(7, 10)).toEqual(['U1_nrr', 'U1_nilai', 'U1_mutu']);
    expect(header.slice(-4)).toEqual(['ikm', 'mutu', 'kinerja', 'weakest']);
    const byCol = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(byCol.map((r) => r.scope).sort()).toEqual(['tenant', 'unit', 'unit']);
    const unit = byCol.find((r) => r.unitId === unitId)!;
    expect(unit).toMatchObject({
      period: '2026-Q1',
      weighting: '1/9',
      respondents: '4',
      U1_nrr: '3.5000',
      U1_nilai: '87.5',
      U1_mutu: 'B',
      U9_mutu: 'D',
      ikm: '84.72',
      mutu: 'B',
      kinerja: 'Baik',
      weakest: 'U9',
    });
    const tenantRow = byCol.find((r) => r.scope === 'tenant')!;
    expect(tenantRow).toMatchObject({ unitName: 'Kabupaten Sukamaju', respondents: '4', ikm: '84.72' });
    const empty = byCol.find((r) => r.scope === 'unit' && r.unitId !== unitId)!;
    expect(empty).toMatchObject({ respondents: '0', ikm: '', mutu: '' });
  });
});

describe('the public IKM page', () => {
  it('publishes each unit’s latest closed SKM with grade, respondents, period, method and follow-up plan', async () => {
    const path = `/api/public/${t.tenant.slug}/ikm`;
    const before = await call<{ items: unknown[] }>(local, 'GET', path);
    expect(before.status, before.text).toBe(200);
    expect(before.body.items).toEqual([]);

    await setStatus(local, t, (await get<Campaign>(`/api/surveys/campaigns/${q1.id}`)).body, 'closed');
    // Closing an earlier period afterwards does not replace the later publication.
    await setStatus(local, t, (await get<Campaign>(`/api/surveys/campaigns/${q4.id}`)).body, 'closed');

    type Publication = {
      tenant: { name: string };
      items: {
        unit: { id: string; name: string };
        campaign: { id: string };
        period: { key: string; label: { id: string } };
        respondents: number;
        ikm: number;
        mutu: string;
        kinerja: string;
        weakest: string[];
        unsur: { code: string; nrrConverted: number }[];
        method: { text: { id: string }; weightLabel: string; legacyLabel: string | null };
        followUps: { unsurCode: string; action: string; owner: string; deadline: string; status: string }[];
      }[];
    };
    const res = await call<Publication>(local, 'GET', path);
    expect(res.status).toBe(200);
    expect(res.body.tenant.name).toBe('Kabupaten Sukamaju');
    expect(res.body.items).toHaveLength(1);
    const item = res.body.items[0]!;
    expect(item).toMatchObject({
      unit: { id: unitId, name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      campaign: { id: q1.id },
      period: { key: '2026-Q1', label: { id: 'Triwulan I 2026' } },
      respondents: 4,
      ikm: 84.72,
      mutu: 'B',
      kinerja: 'Baik',
      weakest: ['U9'],
      method: { weightLabel: '1/9', legacyLabel: null },
    });
    expect(item.method.text.id).toMatch(/^Metode: PermenPAN-RB 14\/2017/);
    expect(item.unsur).toHaveLength(9);
    expect(item.followUps).toEqual([
      {
        unsurCode: 'U9',
        unsurName: expect.objectContaining({ id: 'Penanganan Pengaduan, Saran dan Masukan' }),
        action: 'Membuka kanal pengaduan WhatsApp dan menanggapinya dalam 1 hari kerja',
        owner: t.admin.name,
        deadline: '2026-06-30',
        status: 'planned',
      },
    ]);
    // Nothing from the raw answers: no suggestions, no ids of responses.
    expect(res.text).not.toContain('antrean');
    expect(res.text).not.toContain('kursi roda');
    expect(res.text).not.toContain(t.admin.email);
  });
});
