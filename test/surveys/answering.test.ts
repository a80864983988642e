/**
 * Citizens answering a survey on the public page: the form, a valid answer, every kind of bad input (a clear 4xx,
 * nothing stored or counted), closed and foreign campaigns, the honeypot, the rate limit and idempotent retries.
 */
import { MESSAGES } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { newId } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createService,
  createUnit,
  errorPaths,
  expectProblem,
  scanByPrefix,
  tenantFingerprint,
} from '../support/fixtures';
import { call, newTenant, type TestTenant, testApp } from '../support/harness';
import {
  type Campaign,
  createCampaign,
  freshIp,
  openCampaign,
  PROFILE,
  setStatus,
  skm,
  submit,
} from './support';

const local: LocalApp = await testApp();

let t: TestTenant;
let unitId: string;
let serviceId: string;
let campaign: Campaign;
const ALL4 = () => ({ templateId: 'skm-2017', answers: skm(4, 4, 4, 4, 4, 4, 4, 4, 4), profile: PROFILE });

beforeAll(async () => {
  t = await newTenant(local);
  const unit = await createUnit(local, t, { name: 'Kecamatan Sukamaju', shortName: 'Kec. Sukamaju' });
  unitId = unit.id;
  serviceId = (await createService(local, t, unit.id, { name: 'Surat Keterangan Domisili' })).id;
  campaign = await openCampaign(local, t, { unitId, title: 'SKM Kecamatan Sukamaju' });
});

const progress = async (id: string) =>
  (await call<Campaign>(local, 'GET', `/api/surveys/campaigns/${id}`, { token: t.adminToken })).body.progress
    .responses;

describe('the form', () => {
  it('carries the questions with answer labels in both languages, the profile fields and whether it is open', async () => {
    const res = await call<{
      campaign: { open: boolean; title: string; unit: { name: string }; message: unknown };
      template: {
        id: string;
        kind: string;
        items: {
          code: string;
          text: { id: string };
          options: { score: number; label: { id: string; en: string } }[];
        }[];
      };
      profile: { fields: { name: string; required: boolean; options: { value: string }[] }[] };
      honeypotField: string;
    }>(local, 'GET', `/api/public/${t.tenant.slug}/surveys/${campaign.id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.campaign).toMatchObject({
      open: true,
      message: null,
      title: 'SKM Kecamatan Sukamaju',
      unit: { name: 'Kecamatan Sukamaju' },
    });
    expect(res.body.template.kind).toBe('ikm');
    expect(res.body.template.items.map((i) => i.code)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ]);
    expect(res.body.template.items[3]!.options).toEqual([
      { score: 1, label: { id: 'sangat mahal', en: 'very expensive' } },
      { score: 2, label: { id: 'cukup mahal', en: 'fairly expensive' } },
      { score: 3, label: { id: 'murah', en: 'cheap' } },
      { score: 4, label: { id: 'gratis', en: 'free of charge' } },
    ]);
    const fields = Object.fromEntries(res.body.profile.fields.map((f) => [f.name, f]));
    expect(Object.keys(fields)).toEqual([
      'umur',
      'jenisKelamin',
      'pendidikan',
      'pekerjaan',
      'disabilitas',
      'serviceId',
    ]);
    expect(fields.disabilitas!.required).toBe(false);
    expect(fields.serviceId!.options.map((o) => o.value)).toEqual([serviceId]);
    expect(res.body.honeypotField).toBe('website');
    // Small enough for a slow connection.
    expect(res.text.length).toBeLessThan(12_000);
    expect(res.headers.get('cache-control')).toMatch(/max-age/);
  });

  it('of a paused campaign says so; of an unknown or foreign campaign is a 404', async () => {
    const other = await newTenant(local);
    const otherUnit = await createUnit(local, other);
    const foreign = await openCampaign(local, other, { unitId: otherUnit.id });
    const paused = await setStatus(local, t, await openCampaign(local, t, { unitId }), 'paused');
    const res = await call<{ campaign: { open: boolean; message: { id: string } } }>(
      local,
      'GET',
      `/api/public/${t.tenant.slug}/surveys/${paused.id}`,
    );
    expect(res.body.campaign.open).toBe(false);
    expect(res.body.campaign.message.id).toMatch(/dijeda/);
    expectProblem(await call(local, 'GET', `/api/public/${t.tenant.slug}/surveys/${foreign.id}`), 404);
    expectProblem(await call(local, 'GET', `/api/public/${t.tenant.slug}/surveys/${newId()}`), 404);
    expectProblem(
      await call(local, 'GET', `/api/public/tidak-ada-${Date.now()}/surveys/${campaign.id}`),
      404,
    );
  });

  it('open surveys are listed publicly, optionally per unit', async () => {
    const res = await call<{ items: { id: string; unitId: string }[] }>(
      local,
      'GET',
      `/api/public/${t.tenant.slug}/surveys?unitId=${unitId}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.id)).toContain(campaign.id);
    expect(res.body.items.every((i) => i.unitId === unitId)).toBe(true);
  });
});

describe('submitting', () => {
  it('a valid answer is stored anonymously and counted', async () => {
    const c = await openCampaign(local, t, { unitId });
    const ip = '203.0.113.77';
    const res = await submit(
      local,
      t.tenant.slug,
      c.id,
      {
        ...ALL4(),
        profile: { ...PROFILE, serviceId, disabilitas: 'sensorik', saran: 'Ruang tunggu perlu kipas' },
      },
      { ip },
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ campaignId: c.id, replayed: false });
    expect(await progress(c.id)).toBe(1);
    const stored = await scanByPrefix(local, `T#${t.tenant.id}#SR#${c.id}`);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      answers: skm(4, 4, 4, 4, 4, 4, 4, 4, 4),
      serviceId,
      saran: 'Ruang tunggu perlu kipas',
      profile: { ...PROFILE, disabilitas: 'sensorik' },
    });
    // Nothing about the client is kept anywhere in the tenant's data.
    const everything = JSON.stringify(await scanByPrefix(local, `T#${t.tenant.id}#`));
    expect(everything).not.toContain(ip);
  });

  it.each([
    [
      'a score outside the scale',
      { answers: { ...skm(4, 4, 4, 4, 4, 4, 4, 4, 4), U3: 5 } },
      'answers.U3',
      'survey.scale',
    ],
    ['a score of zero', { answers: { U1: 0 } }, 'answers.U1', 'survey.scale'],
    ['a fractional score', { answers: { U1: 2.5 } }, 'answers.U1', undefined],
    ['an unknown unsur', { answers: { U1: 4, U10: 3 } }, 'answers.U10', 'survey.unknownItem'],
    ['no answer at all', { answers: {} }, 'answers', 'survey.noAnswers'],
    ['another template’s answers', { templateId: 'ikm-2004' }, 'templateId', 'survey.templateMismatch'],
    [
      'an over-long suggestion',
      { profile: { ...PROFILE, saran: 'x'.repeat(1001) } },
      'profile.saran',
      undefined,
    ],
    ['a malformed profile', { profile: { ...PROFILE, umur: 'tua' } }, 'profile.umur', undefined],
    ['a missing profile field', { profile: { umur: '20-29' } }, 'profile.jenisKelamin', undefined],
    ['an unknown profile field', { profile: { ...PROFILE, nik: '3201' } }, 'profile.nik', undefined],
    [
      'a service of another unit',
      { profile: { ...PROFILE, serviceId: newId() } },
      'profile.serviceId',
      undefined,
    ],
  ] as const)('%s is a 400 naming the field, nothing counted', async (_, change, path, message) => {
    const before = await tenantFingerprint(local, t.tenant.id);
    const res = await submit(local, t.tenant.slug, campaign.id, { ...ALL4(), ...change }, { lang: 'en' });
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toContain(path);
    if (message) {
      const errors = (res.body as unknown as { errors: { path: string; message: string }[] }).errors;
      expect(errors.find((e) => e.path === path)?.message).toBe(MESSAGES[message].en);
    }
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });

  it('the field errors speak Bahasa Indonesia by default', async () => {
    const res = await submit(local, t.tenant.slug, campaign.id, { ...ALL4(), answers: { U1: 9 } });
    expectProblem(res, 400, 'validation');
    expect((res.body as unknown as { errors: { message: string }[] }).errors[0]!.message).toBe(
      MESSAGES['survey.scale'].id,
    );
  });

  it('a draft, paused or closed campaign politely refuses (409), counting nothing', async () => {
    const draft = await createCampaign(local, t, { unitId });
    const paused = await setStatus(local, t, await openCampaign(local, t, { unitId }), 'paused');
    const closed = await setStatus(local, t, await openCampaign(local, t, { unitId }), 'closed');
    const before = await tenantFingerprint(local, t.tenant.id);
    for (const [c, word] of [
      [draft, 'belum dibuka'],
      [paused, 'dijeda'],
      [closed, 'sudah ditutup'],
    ] as const) {
      const res = await submit(local, t.tenant.slug, c.id, ALL4());
      expectProblem(res, 409, 'survey-closed');
      expect((res.body as unknown as { detail: string; campaignStatus: string }).detail).toContain(word);
      expect((res.body as unknown as { campaignStatus: string }).campaignStatus).toBe(c.status);
    }
    const en = await submit(local, t.tenant.slug, closed.id, ALL4(), { lang: 'en' });
    expect((en.body as unknown as { detail: string }).detail).toMatch(/closed.*Thank you/);
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
  });

  it('another tenant’s campaign is a 404 under this tenant’s slug, and nothing is counted there', async () => {
    const other = await newTenant(local);
    const otherUnit = await createUnit(local, other);
    const foreign = await openCampaign(local, other, { unitId: otherUnit.id });
    const before = await tenantFingerprint(local, other.tenant.id);
    expectProblem(await submit(local, t.tenant.slug, foreign.id, ALL4()), 404, 'not-found');
    expect(await tenantFingerprint(local, other.tenant.id)).toEqual(before);
  });

  it('a filled honeypot is acknowledged like an answer but neither stored nor counted', async () => {
    const c = await openCampaign(local, t, { unitId });
    const before = await tenantFingerprint(local, t.tenant.id);
    const res = await submit(local, t.tenant.slug, c.id, { ...ALL4(), website: 'http://spam.example' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ campaignId: c.id, replayed: false });
    expect(await tenantFingerprint(local, t.tenant.id)).toEqual(before);
    expect(await progress(c.id)).toBe(0);
    // An empty honeypot is a person.
    expect((await submit(local, t.tenant.slug, c.id, { ...ALL4(), website: '' })).status).toBe(201);
    expect(await progress(c.id)).toBe(1);
  });

  it('one client gets a burst of 20 per campaign, then 429 with Retry-After; others are not affected', async () => {
    const c = await openCampaign(local, t, { unitId });
    const ip = freshIp();
    for (let i = 0; i < 20; i++)
      expect((await submit(local, t.tenant.slug, c.id, ALL4(), { ip })).status).toBe(201);
    const limited = await submit(local, t.tenant.slug, c.id, ALL4(), { ip });
    expectProblem(limited, 429, 'too-many-requests');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Refused before anything is read or written: invalid input from the same client is also a 429.
    expectProblem(await submit(local, t.tenant.slug, c.id, { nonsense: true }, { ip }), 429);
    expect((await submit(local, t.tenant.slug, c.id, ALL4())).status).toBe(201);
    expect((await submit(local, t.tenant.slug, campaign.id, ALL4(), { ip })).status).toBe(201);
    expect(await progress(c.id)).toBe(21);
  });

  it('a retry with the same Idempotency-Key never counts twice, even 20 at once', async () => {
    const c = await openCampaign(local, t, { unitId });
    const key = `jawab-${newId()}`;
    const first = await submit(local, t.tenant.slug, c.id, ALL4(), { idempotencyKey: key });
    expect(first.status, first.text).toBe(201);
    const again = await submit(local, t.tenant.slug, c.id, ALL4(), { idempotencyKey: key });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ responseId: first.body.responseId, replayed: true });
    expect(await progress(c.id)).toBe(1);

    const burstKey = `jawab-${newId()}`;
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        submit(local, t.tenant.slug, c.id, ALL4(), { idempotencyKey: burstKey }),
      ),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(1);
    expect(burst.filter((r) => r.status === 200)).toHaveLength(19);
    expect(new Set(burst.map((r) => r.body.responseId)).size).toBe(1);
    expect(await progress(c.id)).toBe(2);
    expect(await scanByPrefix(local, `T#${t.tenant.id}#SR#${c.id}`)).toHaveLength(2);

    const bad = await submit(local, t.tenant.slug, c.id, ALL4(), { idempotencyKey: 'kurang' });
    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad)).toEqual(['idempotency-key']);
  });

  it('SERVQUAL and trust answers are checked against their own templates', async () => {
    const sq = await openCampaign(local, t, { unitId, templateId: 'servqual' });
    const ok = await submit(local, t.tenant.slug, sq.id, {
      templateId: 'servqual',
      answers: { Q1: { e: 7, p: 5 }, Q5: { p: 6 } },
      allocation: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 },
      profile: PROFILE,
    });
    expect(ok.status, ok.text).toBe(201);
    const badAllocation = await submit(local, t.tenant.slug, sq.id, {
      templateId: 'servqual',
      answers: { Q1: { e: 7, p: 5 } },
      allocation: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 10 },
      profile: PROFILE,
    });
    expectProblem(badAllocation, 400, 'validation');
    expect(errorPaths(badAllocation)).toEqual(['allocation']);
    const badE = await submit(local, t.tenant.slug, sq.id, {
      templateId: 'servqual',
      answers: { Q1: { e: 8, p: 5 }, Q23: { p: 1 } },
      profile: PROFILE,
    });
    expect(errorPaths(badE).sort()).toEqual(['answers.Q1.e', 'answers.Q23']);

    const trust = await openCampaign(local, t, { unitId, templateId: 'trust' });
    expect(
      (
        await submit(local, t.tenant.slug, trust.id, {
          templateId: 'trust',
          answers: { PT1: 0, ST1: 10 },
          profile: PROFILE,
        })
      ).status,
    ).toBe(201);
    const badTrust = await submit(local, t.tenant.slug, trust.id, {
      templateId: 'trust',
      answers: { PT1: 11 },
      profile: PROFILE,
    });
    expect(errorPaths(badTrust)).toEqual(['answers.PT1']);
  });
});
