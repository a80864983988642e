/**
 * Helpers of the quality-improvement suites: an app on a clock the test moves, tokens signed at the clock's time
 * (they expire after 15 minutes of that clock), and small request helpers.
 */
import type { Role } from '@prima/domain';
import { createLocalApp, type LocalApp } from '@prima/local';
import { expect, inject } from 'vitest';
import { manualClock } from '../support/fixtures';
import { type CallResult, call, TEST_TABLE, type TestTenant } from '../support/harness';

export type Clock = ReturnType<typeof manualClock>;

export async function clockedApp(start: string): Promise<{ local: LocalApp; clock: Clock }> {
  const clock = manualClock(Date.parse(start));
  const local = await createLocalApp({
    endpoint: inject('ddbEndpoint'),
    tableName: TEST_TABLE,
    baseUrl: 'http://localhost:3000',
    logLevel: 'SILENT',
    now: clock.now,
  });
  return { local, clock };
}

export interface Person {
  id: string;
  email: string;
  role: Role;
}

/** A token for `who`, signed now (by the app's clock). */
export const tokenOf = (local: LocalApp, t: TestTenant, who: Person) =>
  local.issuer.sign({ sub: who.id, email: who.email, tenantId: t.tenant.id, role: who.role });

/** Calls as `who` with a fresh token. */
export async function as<T = unknown>(
  local: LocalApp,
  t: TestTenant,
  who: Person,
  method: string,
  path: string,
  body?: unknown,
): Promise<CallResult<T>> {
  return call<T>(local, method, path, { token: await tokenOf(local, t, who), body });
}

/** Expects a status and returns the body. */
export async function ok<T>(res: Promise<CallResult<T>> | CallResult<T>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body;
}

export interface CycleView {
  id: string;
  title: string;
  stage: string;
  unit: { id: string; name: string } | null;
  source: Record<string, unknown>;
  metric: { kind: string; direction: string };
  baseline: { value: number; period: string; sample: number; complete: boolean; reference: string };
  target: number;
  checkPeriod: string;
  checkResult: { value: number; period: string } | null;
  current: { value: number; period: string; sample: number; complete: boolean } | null;
  currentSource: string | null;
  comparison: {
    status: string;
    absoluteChange: number | null;
    relativeChange: number | null;
    improvement: number | null;
    targetMet: boolean | null;
    current: number | null;
  };
  series: { period: string; value: number | null; phase: string }[];
  actions: {
    id: string;
    title: string;
    status: string;
    ownerId: string;
    ownerName: string;
    onTime: boolean | null;
  }[];
  progress: { total: number; done: number; share: number | null };
  history: { stage: string; byName: string }[];
  standardChanges: { id: string; kind: string }[];
  availableStages: string[];
  notes: string | null;
  public: boolean;
  nextCycleId: string | null;
  previousCycleId: string | null;
  version: number;
}

/** SKM 2017 answers U1…U9 from nine scores. */
export const skm = (...scores: number[]) => Object.fromEntries(scores.map((s, i) => [`U${i + 1}`, s]));

export const PROFILE = {
  umur: '30-39',
  jenisKelamin: 'perempuan',
  pendidikan: 'sma',
  pekerjaan: 'wiraswasta',
} as const;
