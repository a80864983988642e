import type { LocalApp } from '@prima/local';
import { expect } from 'vitest';
import { call, type TestTenant } from '../support/harness';

/**
 * A tenant's improvement data for the isolation suite: a public PDCA cycle of its unit with one action, and a
 * self-assessment answer. Every text is marked with the slug, so a leak to another tenant is visible.
 */
export async function tqmIsolationWorld(
  local: LocalApp,
  t: TestTenant,
  w: { unitId: string; userId: string; slug: string },
): Promise<{ cycleId: string; actionId: string; tqmSecrets: string[] }> {
  const year = new Date().getUTCFullYear();
  const cycle = await call<{ id: string; actions: { id: string }[] }>(
    local,
    'POST',
    '/api/improvement/cycles',
    {
      token: t.adminToken,
      body: {
        title: `Siklus Rahasia ${w.slug}`,
        problem: `Masalah rahasia ${w.slug} yang cukup panjang.`,
        source: {
          kind: 'manual',
          metricName: `Ukuran rahasia ${w.slug}`,
          metricUnit: 'menit',
          direction: 'lower-is-better',
          baselineValue: 45,
          baselinePeriod: String(year),
        },
        unitId: w.unitId,
        target: 20,
        actions: [{ title: `Tindakan rahasia ${w.slug}`, ownerId: w.userId, deadline: `${year + 1}-06-30` }],
        public: true,
        notes: `Catatan rahasia ${w.slug}`,
      },
    },
  );
  expect(cycle.status, cycle.text).toBe(201);
  const answer = await call(local, 'PUT', '/api/improvement/assessments', {
    token: t.adminToken,
    body: { templateId: '7s-e', unitId: w.unitId, period: String(year), answers: { ST1: 4, SL1: 2 } },
  });
  expect(answer.status, answer.text).toBe(200);
  return {
    cycleId: cycle.body.id,
    actionId: cycle.body.actions[0]!.id,
    tqmSecrets: [
      cycle.body.id,
      cycle.body.actions[0]!.id,
      `Siklus Rahasia ${w.slug}`,
      `Masalah rahasia ${w.slug}`,
      `Ukuran rahasia ${w.slug}`,
      `Tindakan rahasia ${w.slug}`,
      `Catatan rahasia ${w.slug}`,
    ],
  };
}

/** What tenant B's improvement data looks like to B: must be the same before and after A's attempts. */
export async function tqmSnapshot(
  local: LocalApp,
  t: TestTenant,
  w: { cycleId: string; unitId: string; slug: string },
) {
  const get = async (path: string) => (await call(local, 'GET', path, { token: t.adminToken })).body;
  const year = new Date().getUTCFullYear();
  const publicPage = (await call<{ items: unknown[] }>(local, 'GET', `/api/public/${w.slug}/improvement`))
    .body;
  return {
    cycle: await get(`/api/improvement/cycles/${w.cycleId}`),
    board: await get('/api/improvement/board'),
    assessments: await get(`/api/improvement/assessments/results?unitId=${w.unitId}&period=${year}`),
    public: publicPage.items,
  };
}
