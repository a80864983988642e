import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { actOnComplaint, loadTenantContext, onboardTenant, submitComplaint } from '@prima/api';
import { monthOf } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { categories, keys, STAT_SHARDS, TABLE, units } from '@prima/store';
import { type CostMeter, measure, printTable } from '../lib';

const HISTORY = 100_000;

/**
 * Complaints: what filing one costs, and whether reading the inbox and the dashboard grows with the history.
 * The small Pemda has 100 complaints filed through the service; the large one has 2,000 filed the same way (1,900
 * of them archived, so they are history) and its counters raised to the totals of 100,000 complaints — the
 * read paths only ever see counters and the open queue, which is what this checks.
 */
export async function complaintsScenario(local: LocalApp, meter: CostMeter): Promise<boolean> {
  const stamp = Date.now().toString(36);
  const make = async (slug: string, count: number, archive: number) => {
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
    const now = new Date().toISOString();
    const unit = await units.create(
      db,
      {
        name: 'Dinas Pekerjaan Umum',
        kind: 'dinas',
        shortName: 'PU',
        headName: null,
        address: null,
        phone: null,
        email: null,
      },
      now,
    );
    const category = await categories.create(
      db,
      { name: 'Jalan rusak', parentId: null, unitId: unit.id, description: null },
      now,
    );
    const ctx = await loadTenantContext(db);
    const input = (i: number) => ({
      type: 'pengaduan' as const,
      categoryId: category.id,
      serviceId: null,
      title: `Jalan berlubang di RT ${i}`,
      description:
        'Jalan di depan balai desa berlubang besar dan membahayakan pengendara motor pada malam hari.',
      location: null,
      reporter: {},
      anonim: false,
      rahasia: false,
      attachmentIds: [],
      serviceDate: null,
    });
    const actor = { kind: 'coordinator' as const, userId: admin.id, name: null };
    for (let i = 0; i < count; i++) {
      const { complaint } = await submitComplaint(ctx, input(i), {
        channel: 'walk-in',
        actor,
        now: new Date(),
      });
      if (i < archive)
        await actOnComplaint(
          ctx,
          complaint,
          { action: 'archive', archiveReason: 'tidak-jelas', note: 'uji beban' },
          actor,
          new Date(),
        );
    }
    const token = await local.issuer.sign({
      sub: admin.id,
      email: admin.email,
      tenantId: tenant.id,
      role: 'tenant-admin',
    });
    return { tenant, db, token, slug, categoryId: category.id, input };
  };
  const small = await make(`bench-c-small-${stamp}`, 100, 0);
  const large = await make(`bench-c-large-${stamp}`, 2000, 1900);

  // Raise the large Pemda's counters to 100,000 complaints of history on every shard of this month.
  const month = monthOf(new Date().toISOString(), 'Asia/Jakarta');
  const perShard = Math.ceil(HISTORY / STAT_SHARDS);
  for (let shard = 0; shard < STAT_SHARDS; shard++) {
    await large.db.doc.send(
      new UpdateCommand({
        TableName: large.db.tableName,
        Key: { PK: keys.complaintStats(large.tenant.id, month), SK: keys.statShard(shard) },
        UpdateExpression: 'SET #e = :e ADD received :n, closed :n, #cat :n',
        ExpressionAttributeNames: { '#e': TABLE.entityAttribute, '#cat': `byCategory.${large.categoryId}` },
        ExpressionAttributeValues: { ':e': 'ComplaintStats', ':n': perShard },
      }),
    );
  }

  const get = (path: string, token: string) => async () => {
    const res = await local.app.request(path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
  };
  let n = 0;
  const submit = (slug: string, input: (i: number) => object) => async () => {
    const res = await local.app.request(`/api/public/${slug}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input(n++)),
    });
    if (res.status !== 201) throw new Error(`submit answered ${res.status}: ${await res.text()}`);
  };
  const rows = await measure(
    [
      {
        name: 'baseline: GET /api/health',
        run: async () => void (await local.app.request('/api/health')).arrayBuffer(),
      },
      { name: 'POST a complaint (public form), 100 in the Pemda', run: submit(small.slug, small.input) },
      { name: 'POST a complaint (public form), 100,000 in the Pemda', run: submit(large.slug, large.input) },
      {
        name: 'GET /api/complaints?limit=25 (inbox), 100',
        run: get('/api/complaints?limit=25', small.token),
      },
      {
        name: 'GET /api/complaints?limit=25 (inbox), 100,000',
        run: get('/api/complaints?limit=25', large.token),
      },
      {
        name: 'GET /api/complaints/dashboard?months=12, 100',
        run: get('/api/complaints/dashboard?months=12', small.token),
      },
      {
        name: 'GET /api/complaints/dashboard?months=12, 100,000',
        run: get('/api/complaints/dashboard?months=12', large.token),
      },
    ],
    meter,
    { time: 800 },
  );
  printTable('Complaints: filing, inbox and dashboard, 100 vs 100,000 complaints', rows);
  console.log(
    `\nThe 100,000-complaint Pemda is seeded: 2,000 complaints filed through the service (1,900 archived into history) and its month counters raised to ${HISTORY.toLocaleString('en')} complaints. The measured submissions add to both Pemda while the inbox is read, so inbox pages stay full.`,
  );
  const same = (a: number, b: number) =>
    rows[a]!.cost.requests === rows[b]!.cost.requests &&
    rows[b]!.cost.capacityUnits <= rows[a]!.cost.capacityUnits * 1.5 + 0.5;
  const constant = same(1, 2) && same(3, 4) && same(5, 6);
  console.log(`\nComplaint cost independent of history: ${constant ? 'yes' : 'NO'}`);
  return constant;
}
