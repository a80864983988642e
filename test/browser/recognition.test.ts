import { join } from 'node:path';
import { setPassword } from '@prima/local';
import { describe, expect, it } from 'vitest';
import { browserSuite, PHONE, SCREENSHOTS } from '../support/browser';
import { createUnit, inviteUser, manualClock } from '../support/fixtures';
import { newTenant, PASSWORD, type TestTenant } from '../support/harness';
import { as, ok, type Person } from '../tqm/support';

/**
 * Recognition of contributions and public accountability on the real local server, in Debian's Chromium. An
 * official leads a public cycle on a manual metric (waiting time, lower is better) with two actions, one done
 * before its deadline and one after, re-measured and taken to Act; a second cycle stays internal. The coordinator's
 * view counts it, the official's record prints without the app's chrome, and a citizen sees the public cycle only.
 * The server runs on a clock the test moves and the browser's clock is pinned to it. Needs web/dist.
 */

// 10:00 WIB on 10 February 2026.
const clock = manualClock(Date.parse('2026-02-10T03:00:00Z'));
const at = (iso: string) => clock.advance(Date.parse(iso) - clock.ms);

const { server, newPage, signIn } = browserSuite({ clock });

interface Cycle {
  id: string;
  version: number;
  actions: { id: string; title: string }[];
}

const PUBLIC_TITLE = 'Mempersingkat antrean di loket KTP-el';
const INTERNAL_TITLE = 'Merapikan arsip berkas permohonan';
const ON_TIME = 'Membuka loket kedua pada jam sibuk';
const LATE = 'Menerapkan nomor antrean daring';

/** The official's public cycle taken through Do and Check to Act, and an internal one left in Plan. */
async function contributions(t: TestTenant, admin: Person, unitId: string, officialId: string) {
  const call = <T = Cycle>(method: string, path: string, body?: unknown) =>
    as<T>(server, t, admin, method, path, body);
  const manual = (metricName: string, baselineValue: number) => ({
    kind: 'manual',
    metricName,
    metricUnit: 'menit',
    direction: 'lower-is-better',
    baselineValue,
    baselinePeriod: '2026-01',
  });
  let c = await ok<Cycle>(
    call('POST', '/api/improvement/cycles', {
      title: PUBLIC_TITLE,
      problem: 'Warga menunggu rata-rata 45 menit di loket KTP-el pada Januari 2026.',
      source: manual('Waktu tunggu rata-rata di loket', 45),
      target: 30,
      unitId,
      ownerId: officialId,
      actions: [
        { title: ON_TIME, ownerId: officialId, deadline: '2026-02-20' },
        { title: LATE, ownerId: officialId, deadline: '2026-02-25' },
      ],
      public: true,
    }),
    201,
  );
  const [onTime, late] = [
    c.actions.find((a) => a.title === ON_TIME)!,
    c.actions.find((a) => a.title === LATE)!,
  ];
  const stage = async (to: string) =>
    (c = await ok<Cycle>(call('POST', `/api/improvement/cycles/${c.id}/stage`, { to, version: c.version })));
  const done = async (actionId: string) =>
    (c = await ok<Cycle>(
      call('PATCH', `/api/improvement/cycles/${c.id}/actions/${actionId}`, {
        status: 'done',
        version: c.version,
      }),
    ));
  await stage('do');
  at('2026-02-12T03:00:00Z');
  await done(onTime.id); // deadline 20 February
  at('2026-03-02T03:00:00Z');
  await done(late.id); // deadline 25 February
  c = await ok<Cycle>(
    call('PATCH', `/api/improvement/cycles/${c.id}`, {
      manualResult: { value: 28, period: '2026-02' },
      version: c.version,
    }),
  );
  await stage('check');
  await stage('act');

  await ok(
    call('POST', '/api/improvement/cycles', {
      title: INTERNAL_TITLE,
      problem: 'Berkas permohonan sulit ditemukan kembali saat warga menanyakan statusnya.',
      source: manual('Waktu mencari berkas', 20),
      target: 10,
      unitId,
      ownerId: officialId,
    }),
    201,
  );
}

describe('recognition and public accountability', () => {
  it('counts an official’s contributions, prints the record, and shows citizens the public cycle only', async () => {
    const t = await newTenant(server);
    await setPassword(server.store, t.admin.email, PASSWORD);
    const admin: Person = { id: t.admin.id, email: t.admin.email, role: 'tenant-admin' };
    const unitName = 'Dinas Kependudukan dan Pencatatan Sipil';
    const unitId = (await createUnit(server, t, { name: unitName, headName: 'Drs. Budi Santoso, M.Si.' })).id;
    const { user: official } = await inviteUser(server, t, {
      email: `siti@${t.tenant.slug}.go.id`,
      name: 'Siti Rahmawati',
      role: 'unit-officer',
      unitIds: [unitId],
    });
    await contributions(t, admin, unitId, official.id);

    // The admin: the contributions of the year, then the official's record.
    const { page, done } = await newPage();
    await signIn(page, t.admin.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Penghargaan kontribusi' }).click();
    await page.getByRole('heading', { name: 'Penghargaan kontribusi', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Kontribusi pejabat tahun 2026' }).waitFor();
    const row = page.getByRole('row', { name: /Siti Rahmawati/ });
    // Cycles led, completed, improved, target met; actions owned, done, on time; on-time rate.
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual(['2', '1', '1', '1', '2', '2', '1', '50%']);
    expect(await row.getByRole('rowheader').textContent()).toContain('Petugas unit');
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-recognition.png'), fullPage: true });
    // A year without contributions says so, and why.
    await page.getByLabel('Tahun', { exact: true }).selectOption('2025');
    await page.getByText('Belum ada kontribusi perbaikan mutu yang tercatat pada tahun 2025.').waitFor();
    expect(page.url()).toContain('year=2025');
    await page.getByLabel('Tahun', { exact: true }).selectOption('2026');

    await row.getByRole('link', { name: 'Siti Rahmawati' }).click();
    await page
      .getByRole('heading', { name: 'Catatan kontribusi perbaikan mutu tahun 2026', level: 1 })
      .waitFor();
    const cycles = page.getByRole('region', { name: 'Siklus perbaikan yang dipimpin' });
    const led = cycles.getByRole('row', { name: new RegExp(PUBLIC_TITLE) });
    await led.getByRole('link', { name: PUBLIC_TITLE }).waitFor();
    const ledText = await led.textContent();
    expect(ledText).toContain('Tindak lanjut (Act)');
    expect(ledText).toContain('45 → 28');
    expect(ledText).toContain('Membaik');
    expect(ledText).toContain('Target tercapai');
    await cycles.getByRole('link', { name: INTERNAL_TITLE }).waitFor();
    const actions = page.getByRole('region', { name: 'Tindakan yang menjadi tanggung jawabnya' });
    expect(await actions.getByRole('row', { name: new RegExp(ON_TIME) }).textContent()).toContain(
      'Ya, selesai 12 Februari 2026',
    );
    expect(await actions.getByRole('row', { name: new RegExp(LATE) }).textContent()).toContain(
      'Terlambat, selesai 2 Maret 2026',
    );
    await page.getByRole('region', { name: 'Dampak terukur' }).getByText('Membaik').waitFor();
    await page.getByText('Mengetahui, Kepala Dinas Kependudukan dan Pencatatan Sipil').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-recognition-detail.png'), fullPage: true });

    // Printed: the record alone, without the header, the side navigation, the year chooser or the buttons.
    const sideNav = page.locator('.side-nav');
    expect(await sideNav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => sideNav.isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Tahun', { exact: true }).isVisible()).toBe(false);
    expect(
      await page.getByRole('heading', { name: 'Catatan kontribusi perbaikan mutu tahun 2026' }).isVisible(),
    ).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-recognition-print.png'), fullPage: true });
    await done();

    // The official herself (a unit officer): her own record only, reached from the side navigation.
    await setPassword(server.store, official.email, PASSWORD);
    const own = await newPage();
    await signIn(own.page, official.email);
    await own.page.getByRole('navigation').getByRole('link', { name: 'Penghargaan kontribusi' }).click();
    await own.page.getByRole('heading', { name: 'Kontribusi Anda tahun 2026' }).waitFor();
    await expect.poll(() => own.page.getByRole('row', { name: /Siti Rahmawati/ }).count()).toBe(1);
    expect(await own.page.getByRole('row').count()).toBeLessThanOrEqual(4);
    await own.done();

    // A citizen, without signing in, on a phone: the public cycle with its progress and effect, not the other one.
    const citizen = await newPage({ viewport: PHONE });
    await citizen.page.goto(`${server.url}/p/${t.tenant.slug}/transparansi`);
    const section = citizen.page.getByRole('region', { name: 'Perbaikan layanan' });
    const cycle = section.getByRole('article', { name: PUBLIC_TITLE });
    await cycle.waitFor();
    expect(await citizen.page.locator('section#perbaikan').count()).toBe(1);
    const text = await cycle.textContent();
    expect(text).toContain(unitName);
    expect(text).toContain('Tindak lanjut (Act)');
    expect(text).toContain('2 dari 2 tindakan selesai');
    expect(text).toContain('Membaik');
    expect(text).toContain('Target tercapai');
    expect(text).toContain(ON_TIME);
    expect(await cycle.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(
      '2 dari 2 tindakan selesai',
    );
    const values = await cycle.getByRole('definition').allTextContents();
    expect(values).toEqual(expect.arrayContaining(['45 menit', '28 menit', '30 menit']));
    expect(await section.getByText(INTERNAL_TITLE).count()).toBe(0);
    // Names stay internal.
    expect(await section.getByText('Siti Rahmawati').count()).toBe(0);
    await citizen.page.screenshot({
      path: join(SCREENSHOTS, 'prima-public-improvement.png'),
      fullPage: true,
    });
    await cycle.screenshot({ path: join(SCREENSHOTS, 'prima-public-improvement-cycle.png') });
    await citizen.done();
  });
});
