import type { LocalApp } from '@prima/local';
import { expect } from 'vitest';
import { call, type TestTenant } from '../support/harness';

/**
 * A tenant's survey data for the isolation suite: an open campaign with one answer carrying a suggestion, and a
 * follow-up plan. Every name is marked with the slug, so a leak to another tenant is visible.
 */
export async function surveyIsolationWorld(
  local: LocalApp,
  t: TestTenant,
  w: { unitId: string; userId: string; slug: string },
): Promise<{ campaignId: string; planId: string; surveySecrets: string[] }> {
  const year = new Date().getUTCFullYear();
  const campaign = await call<{ id: string; version: number }>(local, 'POST', '/api/surveys/campaigns', {
    token: t.adminToken,
    body: {
      title: `Survei Rahasia ${w.slug}`,
      unitId: w.unitId,
      period: { kind: 'tahun', year },
      population: 500,
    },
  });
  expect(campaign.status, campaign.text).toBe(201);
  const opened = await call(local, 'POST', `/api/surveys/campaigns/${campaign.body.id}/status`, {
    token: t.adminToken,
    body: { status: 'open', version: campaign.body.version },
  });
  expect(opened.status, opened.text).toBe(200);
  const answer = await call(local, 'POST', `/api/public/${w.slug}/surveys/${campaign.body.id}`, {
    body: {
      templateId: 'skm-2017',
      answers: { U1: 4, U2: 3, U3: 2, U4: 4, U5: 4, U6: 3, U7: 4, U8: 3, U9: 1 },
      profile: {
        umur: '30-39',
        jenisKelamin: 'perempuan',
        pendidikan: 'sma',
        pekerjaan: 'wiraswasta',
        saran: `Saran rahasia ${w.slug}`,
      },
    },
  });
  expect(answer.status, answer.text).toBe(201);
  const plan = await call<{ id: string }>(local, 'POST', '/api/surveys/follow-ups', {
    token: t.adminToken,
    body: {
      campaignId: campaign.body.id,
      unsurCode: 'U9',
      action: `Rencana rahasia ${w.slug}`,
      ownerId: w.userId,
      deadline: `${year + 1}-06-30`,
    },
  });
  expect(plan.status, plan.text).toBe(201);
  return {
    campaignId: campaign.body.id,
    planId: plan.body.id,
    surveySecrets: [
      campaign.body.id,
      `Survei Rahasia ${w.slug}`,
      `Saran rahasia ${w.slug}`,
      plan.body.id,
      `Rencana rahasia ${w.slug}`,
    ],
  };
}

/** What tenant B's survey data looks like to B: must be the same before and after A's attempts. */
export async function surveySnapshot(
  local: LocalApp,
  t: TestTenant,
  w: { campaignId: string; planId: string },
) {
  const get = async (path: string) => (await call(local, 'GET', path, { token: t.adminToken })).body;
  const year = new Date().getUTCFullYear();
  return {
    campaigns: await get('/api/surveys/campaigns?limit=100'),
    campaignResults: await get(`/api/surveys/campaigns/${w.campaignId}/results`),
    tenantResults: await get(`/api/surveys/results?period=${year}`),
    plan: await get(`/api/surveys/follow-ups/${w.planId}`),
    suggestions: await get(`/api/surveys/campaigns/${w.campaignId}/suggestions`),
  };
}
