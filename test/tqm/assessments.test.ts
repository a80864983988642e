/**
 * Self-assessments (McKinsey 7S + environment, quality culture) per unit and period: officials answer, results pool
 * their answers per element with the change since the previous period (radar data), and the key-success-factor
 * scorecard combines them with what Prima measures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createUnit, errorPaths, expectProblem } from '../support/fixtures';
import { newTenant, type TestTenant } from '../support/harness';
import { createCampaign, setStatus, submit } from '../surveys/support';
import { as, clockedApp, ok, type Person, PROFILE, skm } from './support';

const { local } = await clockedApp('2026-03-10T03:00:00Z');

let t: TestTenant;
let unit1: string;
let unit2: string;
let officerA: Person;
let officerB: Person;
let officer2: Person;
let admin: Person;

interface Results {
  instruments: {
    templateId: string;
    respondents: number;
    overall: number | null;
    previous: { period: string; overall: number | null } | null;
    elements: { key: string; score: number | null; previous: number | null; change: number | null }[];
  }[];
}
interface Ksf {
  rows: { key: string; score: number | null; source: string; raw: number | null }[];
  overall: number | null;
  selfAssessedFrom: { templateId: string; period: string; respondents: number }[];
}

const put = <T = unknown>(
  who: Person,
  templateId: string,
  unitId: string,
  period: string,
  answers: Record<string, unknown>,
) => as<T>(local, t, who, 'PUT', '/api/improvement/assessments', { templateId, unitId, period, answers });

const element = (r: Results, templateId: string, key: string) =>
  r.instruments.find((i) => i.templateId === templateId)!.elements.find((e) => e.key === key)!;

beforeAll(async () => {
  t = await newTenant(local);
  admin = { id: t.admin.id, email: t.admin.email, role: 'tenant-admin' };
  unit1 = (await createUnit(local, t, { name: 'Kecamatan Sukamaju', kind: 'kecamatan' })).id;
  unit2 = (await createUnit(local, t, { name: 'Kecamatan Sukasari', kind: 'kecamatan' })).id;
  const mk = async (units: string[]): Promise<Person> => {
    const { user } = await t.user('unit-officer', units);
    return { id: user.id, email: user.email, role: 'unit-officer' };
  };
  [officerA, officerB, officer2] = await Promise.all([mk([unit1]), mk([unit1]), mk([unit2])]);
});

describe('answering', () => {
  it('lists the two instruments with their statements', async () => {
    const tpl = await ok<{ templates: { id: string; elements: unknown[] }[]; scale: { labels: unknown[] } }>(
      as(local, t, officerA, 'GET', '/api/improvement/assessments/templates'),
    );
    expect(tpl.templates.map((x) => [x.id, x.elements.length])).toEqual([
      ['7s-e', 8],
      ['quality-culture', 7],
    ]);
    expect(tpl.scale.labels).toHaveLength(5);
  });

  it('each official records (and may replace) their own answers', async () => {
    await ok(put(officerA, '7s-e', unit1, '2026-Q1', { ST1: 1, ST2: 1 }));
    const mine = await ok(
      put<{ items: { templateId: string; answers: Record<string, number> | null }[] }>(
        officerA,
        '7s-e',
        unit1,
        '2026-Q1',
        { ST1: 4, ST2: 2, SL1: 5, SL2: 4, SL3: 3 },
      ),
    );
    expect(mine.items).toEqual([
      expect.objectContaining({ templateId: '7s-e', answers: { ST1: 4, ST2: 2, SL1: 5, SL2: 4, SL3: 3 } }),
      expect.objectContaining({ templateId: 'quality-culture', answers: null }),
    ]);
    await ok(put(officerB, '7s-e', unit1, '2026-Q1', { ST1: 2, SL1: 3 }));
    await ok(put(officerA, 'quality-culture', unit1, '2026-Q1', { AC1: 4, FB1: 4 }));
  });

  it('refuses unknown statements, scores off the scale, another unit', async () => {
    const unknown = await put(officerA, '7s-e', unit1, '2026-Q1', { ZZ1: 3 });
    expectProblem(unknown, 400);
    expect(errorPaths(unknown)).toEqual(['answers.ZZ1']);
    const scale = await put(officerA, '7s-e', unit1, '2026-Q1', { ST1: 6 });
    expectProblem(scale, 400);
    expect(errorPaths(scale)).toEqual(['answers.ST1']);
    const empty = await put(officerA, '7s-e', unit1, '2026-Q1', {});
    expectProblem(empty, 400);
    expectProblem(await put(officer2, '7s-e', unit1, '2026-Q1', { ST1: 3 }), 403);
    const noUnit = await put(admin, '7s-e', officer2.id, '2026-Q1', { ST1: 3 });
    expectProblem(noUnit, 400);
    expect(errorPaths(noUnit)).toEqual(['unitId']);
  });
});

describe('results', () => {
  it('pool the officials’ answers per statement and element', async () => {
    const r = await ok<Results>(
      as(local, t, officerA, 'GET', `/api/improvement/assessments/results?unitId=${unit1}&period=2026-Q1`),
    );
    // Strategy: ST1 (4 + 2) / 2 = 3, ST2 2 → 2.5. Style: SL1 (5 + 3) / 2 = 4, SL2 4, SL3 3 → 11/3.
    expect(element(r, '7s-e', 'strategy')).toMatchObject({ score: 2.5, previous: null, change: null });
    expect(element(r, '7s-e', 'style').score).toBeCloseTo(11 / 3, 12);
    expect(element(r, '7s-e', 'skills').score).toBeNull();
    expect(r.instruments.find((i) => i.templateId === '7s-e')).toMatchObject({
      respondents: 2,
      previous: null,
    });
    expect(element(r, 'quality-culture', 'accountability').score).toBe(4);
  });

  it('show the change since the previous assessment', async () => {
    await ok(put(officerA, '7s-e', unit1, '2026-Q2', { ST1: 5, ST2: 5, ST3: 5 }));
    const r = await ok<Results>(
      as(local, t, admin, 'GET', `/api/improvement/assessments/results?unitId=${unit1}&period=2026-Q2`),
    );
    const seven = r.instruments.find((i) => i.templateId === '7s-e')!;
    expect(seven.previous).toMatchObject({ period: '2026-Q1' });
    expect(element(r, '7s-e', 'strategy')).toMatchObject({ score: 5, previous: 2.5, change: 2.5 });
    expect(element(r, '7s-e', 'style')).toMatchObject({ score: null, change: null });
  });

  it('are for the unit’s own officers, coordinators and admins', async () => {
    expectProblem(
      await as(
        local,
        t,
        officer2,
        'GET',
        `/api/improvement/assessments/results?unitId=${unit1}&period=2026-Q1`,
      ),
      403,
    );
  });
});

describe('key success factors', () => {
  it('combine the measured IKM with the self-assessed factors, normalised to 0–100', async () => {
    const campaign = await setStatus(local, t, await createCampaign(local, t, { unitId: unit1 }), 'open');
    const res = await submit(local, t.tenant.slug, campaign.id, {
      templateId: 'skm-2017',
      answers: skm(4, 4, 4, 4, 4, 4, 4, 3, 3),
      profile: PROFILE,
    });
    expect(res.status, res.text).toBe(201);
    const card = await ok<Ksf>(
      as(local, t, officerA, 'GET', `/api/improvement/ksf?unitId=${unit1}&period=2026-Q1`),
    );
    const row = (k: string) => card.rows.find((r) => r.key === k)!;
    // IKM = (7 × 4 + 2 × 3) / 9 × 25 = 94.44 → (94.44 − 25) / 75 × 100 = 92.587.
    expect(row('satisfaction-index')).toMatchObject({ source: 'measured', raw: 94.44 });
    expect(row('satisfaction-index').score).toBeCloseTo(((94.44 - 25) / 75) * 100, 10);
    // Leadership: SL1 4, SL2 4, SL3 3, AC1 4 → 3.75 → 68.75. Customer focus: FB1 4 → 75.
    expect(row('leadership')).toMatchObject({ source: 'self-assessment', raw: 3.75, score: 68.75 });
    expect(row('customer-focus')).toMatchObject({ source: 'self-assessment', score: 75 });
    expect(row('complaint-management')).toMatchObject({ source: 'none', score: null });
    expect(row('servqual').source).toBe('none');
    expect(card.overall).toBeCloseTo((((94.44 - 25) / 75) * 100 + 68.75 + 75) / 3, 10);
    expect(card.selfAssessedFrom).toEqual([
      { templateId: '7s-e', period: '2026-Q1', respondents: 2 },
      { templateId: 'quality-culture', period: '2026-Q1', respondents: 1 },
    ]);
  });

  it('a later period without answers uses the latest earlier assessment', async () => {
    const card = await ok<Ksf>(
      as(local, t, admin, 'GET', `/api/improvement/ksf?unitId=${unit1}&period=2026-Q3`),
    );
    expect(card.selfAssessedFrom).toEqual([
      { templateId: '7s-e', period: '2026-Q2', respondents: 1 },
      { templateId: 'quality-culture', period: '2026-Q1', respondents: 1 },
    ]);
  });

  it('a year uses the latest assessment as of its end; the Pemda pools every unit’s', async () => {
    const year = await ok<Ksf>(
      as(local, t, admin, 'GET', `/api/improvement/ksf?unitId=${unit1}&period=2026`),
    );
    expect(year.selfAssessedFrom).toEqual([
      { templateId: '7s-e', period: '2026-Q2', respondents: 1 },
      { templateId: 'quality-culture', period: '2026-Q1', respondents: 1 },
    ]);
    // Leadership in 2026-Q2: no SL statements answered → from quality culture AC1 4 alone → 75.
    expect(year.rows.find((r) => r.key === 'leadership')).toMatchObject({ raw: 4, score: 75 });
    await ok(put(officer2, '7s-e', unit2, '2026-S1', { SL1: 2, SL2: 2 }));
    const pemda = await ok<Ksf>(as(local, t, admin, 'GET', '/api/improvement/ksf?period=2026'));
    expect(pemda.selfAssessedFrom).toEqual([
      { templateId: '7s-e', period: '2026-Q2', respondents: 1 },
      { templateId: '7s-e', period: '2026-S1', respondents: 1 },
      { templateId: 'quality-culture', period: '2026-Q1', respondents: 1 },
    ]);
    // Leadership pooled: SL1 2, SL2 2 (unit 2) and AC1 4 (unit 1) → statement means 2, 2, 4 → 8 / 3.
    expect(pemda.rows.find((r) => r.key === 'leadership')!.raw).toBeCloseTo(8 / 3, 12);
  });
});
