import { loadTenantContext, onboardTenant, submitComplaint } from '@prima/api';
import {
  ASSESSMENT_TEMPLATE_IDS,
  ASSESSMENT_TEMPLATES,
  type Counters,
  type ImprovementCycle,
  localDate,
  periodOfDate,
  SKM_2017,
  shiftPeriod,
} from '@prima/domain';
import type { LocalApp } from '@prima/local';
import {
  type AggregateScope,
  categories,
  improvementCycles,
  newId,
  SURVEY_SHARDS,
  surveyAggregates,
  units,
} from '@prima/store';
import { bulkPut, type CostMeter, measure, printTable, type Row } from '../lib';

/**
 * Quality improvement (TQM): what the improvement pages cost to read as a Pemda grows. Three Pemda:
 *  - S: 10 units, 30 cycles, 40 complaints, survey counters of 100 responses;
 *  - M: 60 units, everything else as S (only the number of units changes);
 *  - L: 60 units, 430 cycles, 400 complaints, survey counters of 1,000,000 responses (units do not change).
 * Each route is declared with the growth its code allows (see ADR 010) and the run checks it:
 *  - S → M: requests must grow by exactly `perUnit` × the 50 added units (0 for a route that must not grow);
 *  - M → L: a route that reads neither every cycle nor raw complaints must cost the same requests and capacity;
 *    the others (reads every cycle, or the complaints of the period) are reported, as documented.
 * Capacity from S to M is reported only: the unit list is one Query page whose size grows with the units.
 */
const SIZES = [
  { key: 'S', units: 10, closed: 24, complaints: 40, respondents: 100 },
  { key: 'M', units: 60, closed: 24, complaints: 40, respondents: 100 },
  { key: 'L', units: 60, closed: 424, complaints: 400, respondents: 1_000_000 },
] as const;
type Size = (typeof SIZES)[number];
/** Units that hold the cycles, complaints, survey data and self-assessments (the same in every Pemda). */
const BUSY_UNITS = 10;
/** Cycles left open (Plan, Do), started through the API: one on an SKM unsur, the others on manual metrics. */
const OPEN_MANUAL = 5;

type Growth = 'cycles' | 'unit-cycles' | 'complaints' | 'pemda-complaints' | null;
interface RouteSpec {
  name: string;
  path: (t: Seeded) => string;
  /** Queries added per active unit (read from the code; checked exactly). */
  perUnit: number;
  /** What else the route may grow with (reported, not failed). */
  grows: Growth;
}

interface Seeded {
  size: Size;
  token: string;
  busyUnit: string;
  skmCycle: string;
  cycles: number;
}

const today = () => localDate(new Date(), 'Asia/Jakarta');

export async function improvement(local: LocalApp, meter: CostMeter): Promise<boolean> {
  const stamp = Date.now().toString(36);
  const todayDate = today();
  const quarter = periodOfDate('quarter', todayDate);
  const previousQuarter = shiftPeriod(quarter, -1);
  const year = periodOfDate('year', todayDate);

  const make = async (size: Size): Promise<Seeded> => {
    const slug = `bench-tqm-${size.key.toLowerCase()}-${stamp}`;
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
    const api = async <T = { id: string; version: number }>(method: string, path: string, body?: unknown) => {
      const res = await local.app.request(path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status >= 300)
        throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    };

    // Units: written directly (the catalogue is not what this measures).
    const now = new Date().toISOString();
    const made = Array.from({ length: size.units }, (_, i) =>
      units.newItem(
        db,
        {
          name: `Dinas ${String(i + 1).padStart(2, '0')}`,
          kind: 'dinas',
          shortName: null,
          headName: null,
          address: null,
          phone: null,
          email: null,
        },
        now,
      ),
    );
    await bulkPut(
      db,
      made.map((m) => m.item),
    );
    const unitIds = made.map((m) => m.unit.id);
    const busyUnit = unitIds[0]!;

    // Complaints: filed through the service, alternately in a category of the first and of the second unit.
    const categoryIds: string[] = [];
    for (const unitId of unitIds.slice(0, 2))
      categoryIds.push(
        (
          await categories.create(
            db,
            { name: 'Antrean panjang', parentId: null, unitId, description: null },
            now,
          )
        ).id,
      );
    const ctx = await loadTenantContext(db);
    const actor = { kind: 'coordinator' as const, userId: admin.id, name: null };
    for (let i = 0; i < size.complaints; i++) {
      await submitComplaint(
        ctx,
        {
          type: 'pengaduan',
          categoryId: categoryIds[i % 2]!,
          serviceId: null,
          title: `Antrean loket ${i}`,
          description:
            'Antrean di loket pelayanan sangat panjang dan petugas hanya satu orang pada jam sibuk.',
          location: null,
          reporter: {},
          anonim: false,
          rahasia: false,
          attachmentIds: [],
          serviceDate: null,
        },
        { channel: 'walk-in', actor, now: new Date() },
      );
    }

    // Survey counters: set directly (SURVEY_SHARDS shards per aggregate) to the totals of `respondents` responses,
    // for the Pemda and three units, over the previous triwulan, this triwulan and this year.
    const n = size.respondents;
    const totals: Counters = { n };
    SKM_2017.unsur.forEach((u, k) => {
      totals[`u#${u.code}#c`] = n;
      totals[`u#${u.code}#s`] = Math.round(n * (3.6 - k * 0.07));
    });
    const shards = Array.from({ length: SURVEY_SHARDS }, (_, s) =>
      Object.fromEntries(
        Object.entries(totals).map(([k, v]) => [
          k,
          Math.floor(v / SURVEY_SHARDS) + (s === 0 ? v % SURVEY_SHARDS : 0),
        ]),
      ),
    );
    const periods = [previousQuarter.key, quarter.key, year.key];
    const scopes: AggregateScope[] = periods.flatMap((period) => [
      { kind: 'tenant', templateId: 'skm-2017', period } as const,
      ...unitIds
        .slice(0, 3)
        .map((unitId) => ({ kind: 'unit', templateId: 'skm-2017', unitId, period }) as const),
    ]);
    await bulkPut(
      db,
      scopes.flatMap((scope) => shards.map((c, s) => surveyAggregates.shardItem(db, scope, s, c))),
    );

    // Self-assessments: the admin answers both instruments for two units, through the API.
    for (const unitId of unitIds.slice(0, 2))
      for (const templateId of ASSESSMENT_TEMPLATE_IDS)
        await api('PUT', '/api/improvement/assessments', {
          templateId,
          unitId,
          period: quarter.key,
          answers: Object.fromEntries(
            ASSESSMENT_TEMPLATES[templateId].elements.flatMap((e) =>
              e.statements.map((s, i) => [s.code, 2 + (i % 3)]),
            ),
          ),
        });

    // Open cycles, through the API: one on an SKM unsur (its Check is measured live from the counters) and
    // OPEN_MANUAL on manual metrics, two of them moved to Do.
    const action = (title: string) => [{ title, ownerId: admin.id, deadline: todayDate }];
    const skm = await api('POST', '/api/improvement/cycles', {
      title: 'Mempercepat penyelesaian',
      problem: 'Unsur U3 (waktu penyelesaian) terendah pada triwulan lalu.',
      source: { kind: 'skm-unsur', unitId: busyUnit, period: previousQuarter.key, unsurCode: 'U3' },
      target: 95,
      actions: action('Menambah petugas verifikasi'),
    });
    const manual = (unitId: string, title: string) =>
      api('POST', '/api/improvement/cycles', {
        title,
        problem: 'Waktu tunggu di loket jauh di atas standar pelayanan pada jam sibuk.',
        source: {
          kind: 'manual',
          metricName: 'Waktu tunggu rata-rata di loket (menit)',
          metricUnit: 'menit',
          direction: 'lower-is-better',
          baselineValue: 45,
          baselinePeriod: previousQuarter.key,
        },
        target: 20,
        unitId,
        actions: action('Membuka loket kedua pada jam sibuk'),
      });
    const stage = (c: { id: string; version: number }, to: string) =>
      api('POST', `/api/improvement/cycles/${c.id}/stage`, { to, version: c.version });
    for (let i = 0; i < OPEN_MANUAL; i++) {
      const c = await manual(unitIds[i % BUSY_UNITS]!, `Memangkas antrean ${i + 1}`);
      if (i < 2) await stage(c, 'do');
    }

    // One cycle driven through the API from Plan to closed (Do, action done, Check, result, Act, Maklumat
    // standardised, closed); the other closed cycles are copies of it written through the store's repository.
    let c = await manual(busyUnit, 'Memangkas antrean loket');
    c = await stage(c, 'do');
    const actionId = (await api<{ actions: { id: string }[] }>('GET', `/api/improvement/cycles/${c.id}`))
      .actions[0]!.id;
    c = await api('PATCH', `/api/improvement/cycles/${c.id}/actions/${actionId}`, {
      status: 'done',
      version: c.version,
    });
    c = await stage(c, 'check');
    c = await api('PATCH', `/api/improvement/cycles/${c.id}`, {
      manualResult: { value: 18, period: quarter.key },
      version: c.version,
    });
    c = await stage(c, 'act');
    c = (
      await api<{ cycle: { id: string; version: number } }>(
        'POST',
        `/api/improvement/cycles/${c.id}/standardise`,
        {
          change: {
            kind: 'maklumat',
            text: 'Kami sanggup melayani setiap pemohon dalam waktu tunggu paling lama 20 menit.',
            signedBy: 'Kepala Dinas',
            signedOn: todayDate,
          },
          version: c.version,
        },
      )
    ).cycle;
    c = await stage(c, 'closed');
    const closed = (await improvementCycles.get(db, c.id)) as ImprovementCycle;
    const t0 = Date.parse(closed.createdAt);
    const copies: ImprovementCycle[] = Array.from({ length: size.closed - 1 }, (_, i) => ({
      ...closed,
      id: newId(),
      unitId: unitIds[(i + 1) % BUSY_UNITS]!,
      title: `${closed.title} (${i + 1})`,
      createdAt: new Date(t0 - (i + 1) * 1000).toISOString(),
    }));
    for (let i = 0; i < copies.length; i += 25)
      await Promise.all(copies.slice(i, i + 25).map((x) => improvementCycles.create(db, x)));

    return { size, token, busyUnit, skmCycle: skm.id, cycles: 1 + OPEN_MANUAL + size.closed };
  };

  const seeded: Seeded[] = [];
  for (const size of SIZES) seeded.push(await make(size));

  const routes: RouteSpec[] = [
    // The survey follow-up plans are read unit by unit (followUps.all per active unit); cycles: 5 bounded Queries.
    { name: 'board', path: () => '/api/improvement/board', perUnit: 1, grows: null },
    {
      name: 'cycle page (SKM unsur, live Check)',
      path: (t) => `/api/improvement/cycles/${t.skmCycle}`,
      perUnit: 0,
      grows: null,
    },
    {
      name: 'Pareto, Pemda, triwulan',
      path: () => `/api/improvement/tools/pareto?period=${quarter.key}`,
      perUnit: 0,
      grows: null,
    },
    {
      name: 'Pareto, one unit, triwulan',
      path: (t) => `/api/improvement/tools/pareto?period=${quarter.key}&unitId=${t.busyUnit}`,
      perUnit: 0,
      grows: 'pemda-complaints',
    },
    {
      name: 'XmR daily volume, Pemda, triwulan',
      path: () => `/api/improvement/tools/xmr/daily-volume?period=${quarter.key}`,
      perUnit: 0,
      grows: 'complaints',
    },
    {
      name: 'IKM trend, Pemda, 8 triwulan',
      path: () => '/api/improvement/tools/ikm-trend',
      perUnit: 0,
      grows: null,
    },
    // The self-assessed factors look up each active unit's answered periods (assessments.periods per unit).
    { name: 'KSF scorecard, Pemda, year', path: () => '/api/improvement/ksf', perUnit: 1, grows: null },
    {
      name: 'KSF scorecard, one unit, year',
      path: (t) => `/api/improvement/ksf?unitId=${t.busyUnit}`,
      perUnit: 0,
      grows: null,
    },
    // Per unit the IKM and trust aggregates of the period: surveyAggregates.readMany, one Query each.
    { name: 'executive view, year', path: () => '/api/improvement/executive', perUnit: 2, grows: 'cycles' },
    {
      name: 'executive drill-down, one unit',
      path: (t) => `/api/improvement/executive/units/${t.busyUnit}`,
      perUnit: 0,
      grows: 'unit-cycles',
    },
    { name: 'recognition, year', path: () => '/api/improvement/recognition', perUnit: 0, grows: 'cycles' },
  ];

  const get = (path: string, token?: string) => async () => {
    const res = await local.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (res.status !== 200)
      throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
  };
  const label = (t: Seeded) => `${t.size.units} units, ${t.cycles} cycles`;
  const rows = await measure(
    [
      { name: 'baseline: GET /api/health', run: get('/api/health') },
      ...routes.flatMap((r) =>
        seeded.map((t) => ({ name: `${r.name}, ${label(t)}`, run: get(r.path(t), t.token) })),
      ),
    ],
    meter,
    { time: 300, warmupTime: 100, iterations: 8 },
  );
  printTable('Quality improvement: read cost as units, cycles, complaints and responses grow', rows);

  const [S, M, L] = seeded as [Seeded, Seeded, Seeded];
  console.log(
    `\nS and M differ only in units (${S.size.units} vs ${M.size.units}); M and L only in history: cycles ` +
      `(${M.cycles} vs ${L.cycles}), complaints (${M.size.complaints} vs ${L.size.complaints}) and survey ` +
      `responses (${M.size.respondents.toLocaleString('en')} vs ${L.size.respondents.toLocaleString('en')}). ` +
      `Seeded how: units written directly; complaints filed through the service, half in the first unit and half in ` +
      `the second; survey counters (${SURVEY_SHARDS} ` +
      'shards per aggregate, Pemda and 3 units, previous and current triwulan and the year) set directly to the ' +
      `totals; self-assessments (2 units × 2 instruments) and ${1 + OPEN_MANUAL} open cycles (1 SKM unsur, ` +
      `${OPEN_MANUAL} manual) through the API; one manual cycle driven through the API from Plan to closed and ` +
      `the other ${M.size.closed - 1} (S, M) or ${L.size.closed - 1} (L) closed cycles copies of it written through ` +
      `the store's repository. One official (the admin) in each Pemda.`,
  );

  const CLASS: Record<Exclude<Growth, null>, string> = {
    cycles: 'reads every cycle of the Pemda',
    'unit-cycles': 'reads every cycle of the unit',
    complaints: 'reads the complaints of the period (at most 20,000)',
    'pemda-complaints': "reads every complaint of the Pemda in the period, keeps the unit's",
  };
  const classOf = (r: RouteSpec) => {
    const parts = [
      ...(r.perUnit ? [`${r.perUnit} ${r.perUnit === 1 ? 'Query' : 'Queries'} per unit`] : []),
      ...(r.grows ? [CLASS[r.grows]] : []),
    ];
    return parts.length ? parts.join('; ') : 'constant';
  };
  const within = (a: Row, b: Row) =>
    b.cost.requests === a.cost.requests && b.cost.capacityUnits <= a.cost.capacityUnits * 1.5 + 0.5;
  const addedUnits = M.size.units - S.size.units;
  let ok = true;
  console.log('\n| route | class | requests S / M / L | capacity S / M / L | check |');
  console.log('|---|---|---:|---:|---|');
  routes.forEach((r, i) => {
    const [s, m, l] = [1, 2, 3].map((k) => rows[1 + i * 3 + (k - 1)]!) as [Row, Row, Row];
    const problems: string[] = [];
    const perUnit = (m.cost.requests - s.cost.requests) / addedUnits;
    if (m.cost.requests - s.cost.requests !== r.perUnit * addedUnits)
      problems.push(`grows by ${perUnit.toFixed(2)} requests per unit, expected ${r.perUnit}`);
    if (r.grows === null && !within(m, l)) problems.push('grows with the history');
    let verdict: string;
    if (problems.length) {
      ok = false;
      verdict = `UNEXPECTED: ${problems.join('; ')}`;
    } else if (r.grows) {
      const grew =
        l.cost.requests > m.cost.requests || l.cost.capacityUnits > m.cost.capacityUnits * 1.5 + 0.5;
      verdict = grew
        ? `as documented (M → L: ×${(l.cost.capacityUnits / m.cost.capacityUnits).toFixed(1)} capacity)`
        : 'as documented (no growth measured at these sizes)';
    } else verdict = r.perUnit ? 'linear in units only' : 'ok';
    const fmt = (x: Row) => x.cost.capacityUnits.toFixed(1);
    console.log(
      `| ${r.name} | ${classOf(r)} | ${s.cost.requests} / ${m.cost.requests} / ${l.cost.requests} | ${fmt(s)} / ${fmt(m)} / ${fmt(l)} | ${verdict} |`,
    );
  });
  console.log(
    '\nCapacity S → M is reported, not checked: routes that name units read the unit list (one Query page of up to ' +
      '1 MB), whose capacity grows with the units while the request count does not.',
  );
  console.log(`\nImprovement read cost grows only as documented: ${ok ? 'yes' : 'NO'}`);
  return ok;
}
