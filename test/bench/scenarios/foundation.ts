import { onboardTenant } from '@prima/api';
import type { LocalApp } from '@prima/local';
import { services, units } from '@prima/store';
import { bulkPut, type CostMeter, measure, printTable } from '../lib';

/**
 * Foundation read paths with a small and a large Pemda: listing units and a unit's services must cost the same
 * number of DynamoDB requests and capacity whatever the catalogue size (one Query page each).
 */
export async function foundation(local: LocalApp, meter: CostMeter): Promise<boolean> {
  const now = new Date().toISOString();
  const make = async (slug: string, unitCount: number, servicesPerUnit: number) => {
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
    const made = Array.from({ length: unitCount }, (_, i) =>
      units.newItem(
        db,
        {
          name: `Unit ${i}`,
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
    const first = made[0]!.unit.id;
    await bulkPut(
      db,
      Array.from(
        { length: servicesPerUnit },
        (_, i) =>
          services.newItem(
            db,
            {
              unitId: first,
              name: `Layanan ${i}`,
              description: null,
              durationWorkingDays: 1,
              feeRupiah: 0,
              standard: {},
            },
            now,
          ).item,
      ),
    );
    const token = await local.issuer.sign({
      sub: admin.id,
      email: admin.email,
      tenantId: tenant.id,
      role: 'tenant-admin',
    });
    return { token, unitId: first };
  };
  const stamp = Date.now().toString(36);
  const small = await make(`bench-small-${stamp}`, 10, 10);
  const large = await make(`bench-large-${stamp}`, 1000, 2000);
  const get = (path: string, token?: string) => async () => {
    const res = await local.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
  };
  const rows = await measure(
    [
      { name: 'baseline: GET /api/health', run: get('/api/health') },
      { name: 'GET /api/me (small)', run: get('/api/me', small.token) },
      { name: 'GET /api/units?limit=25, 10 units', run: get('/api/units?limit=25', small.token) },
      { name: 'GET /api/units?limit=25, 1,000 units', run: get('/api/units?limit=25', large.token) },
      {
        name: 'GET /api/services?unitId, 10 services',
        run: get(`/api/services?limit=25&unitId=${small.unitId}`, small.token),
      },
      {
        name: 'GET /api/services?unitId, 2,000 services',
        run: get(`/api/services?limit=25&unitId=${large.unitId}`, large.token),
      },
    ],
    meter,
  );
  printTable('Foundation: catalogue reads, small vs large Pemda', rows);
  const pairs: [number, number][] = [
    [2, 3],
    [4, 5],
  ];
  const constant = pairs.every(
    ([s, l]) =>
      rows[s]!.cost.requests === rows[l]!.cost.requests &&
      rows[l]!.cost.capacityUnits <= rows[s]!.cost.capacityUnits * 1.5 + 0.5,
  );
  console.log(`\nRead cost independent of catalogue size: ${constant ? 'yes' : 'NO'}`);
  return constant;
}
