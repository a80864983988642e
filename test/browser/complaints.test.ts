import { join } from 'node:path';
import { devNotifier, setPassword } from '@prima/local';
import { sendPending, workerLogger } from '@prima/workers';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, PHONE, SCREENSHOTS } from '../support/browser';
import { call, newTenant, PASSWORD } from '../support/harness';

/**
 * The complaint pages of the built web app on the real local server, driven in Debian's Chromium: a citizen files a
 * report on a phone, the coordinator verifies and dispatches it, the unit officer answers it, the coordinator closes
 * it, and the citizen follows it, sees the answer and rates it. Needs web/dist (`pnpm build:web`).
 */

/** A real 1×1 PNG (the API checks the bytes, not the name). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const { server, newPage, signIn } = browserSuite();

/** A full-page screenshot from the top (a sticky header would otherwise sit mid-page); the page fits its width. */
async function shot(page: Page, name: string) {
  // Evaluated in the page (strings: this suite is type-checked without the DOM library).
  const sideways = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(sideways, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
}

/** Chooses an action on the complaint page and sends it; waits for the saved notice. */
async function act(page: Page, action: string, fill?: () => Promise<void>) {
  const panel = page.getByRole('region', { name: 'Tindakan' });
  await panel.getByRole('radio', { name: action, exact: true }).check();
  await fill?.();
  await panel.getByRole('button', { name: `Kirim: ${action}` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Tindakan "${action}" tersimpan.` })
    .waitFor();
}

describe('complaint pages', () => {
  it('a citizen files, officials verify, dispatch, answer and close, and the citizen tracks and rates', async () => {
    // A Pemda with one OPD, a category routed to it, a coordinator, an officer of that unit and a canned reply.
    const t = await newTenant(server);
    const slug = t.tenant.slug;
    const unitName = 'Dinas Pekerjaan Umum dan Penataan Ruang';
    const unit = await call<{ id: string }>(server, 'POST', '/api/units', {
      token: t.adminToken,
      body: { name: unitName, shortName: 'DPUPR', kind: 'dinas' },
    });
    expect(unit.status, unit.text).toBe(201);
    const category = await call<{ id: string }>(server, 'POST', '/api/categories', {
      token: t.adminToken,
      body: { name: 'Penerangan jalan umum', unitId: unit.body.id },
    });
    expect(category.status, category.text).toBe(201);
    const canned = await call(server, 'POST', '/api/canned-replies', {
      token: t.adminToken,
      body: {
        title: 'Perbaikan dijadwalkan',
        text: 'Terima kasih. Petugas kami telah memeriksa lokasi dan perbaikan dijadwalkan minggu ini.',
      },
    });
    expect(canned.status, canned.text).toBe(201);
    const coordinator = await t.user('coordinator');
    const officer = await t.user('unit-officer', [unit.body.id]);
    await setPassword(server.store, coordinator.user.email, PASSWORD);
    await setPassword(server.store, officer.user.email, PASSWORD);

    // ---- The citizen, on a phone: from the Pemda's page to the form.
    // A connection reset the test causes on purpose is announced (counted) before Chromium reports it.
    let resets = 0;
    const citizen = await newPage({
      viewport: PHONE,
      allowError: (text) => {
        if (resets === 0 || !/ERR_CONNECTION_RESET|ERR_FAILED/.test(text)) return false;
        resets--;
        return true;
      },
    });
    const cp = citizen.page;
    await cp.goto(`${server.url}/p/${slug}`);
    await cp.getByRole('link', { name: 'Sampaikan pengaduan' }).first().click();
    await cp.getByRole('heading', { name: 'Sampaikan pengaduan', level: 1 }).waitFor();

    // Checked in the browser first: the description is too short.
    await cp.getByLabel('Judul singkat').fill('Lampu jalan padam di depan SDN 2');
    await cp.getByLabel('Uraian').fill('Gelap sekali');
    await cp.getByRole('button', { name: 'Kirim laporan' }).click();
    const description = cp.getByLabel('Uraian');
    await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
    await cp.getByRole('alert').filter({ hasText: 'Periksa kembali isian berikut' }).waitFor();
    await cp.getByText('Uraian minimal 20 karakter').first().waitFor();

    const title = 'Lampu jalan padam di depan SDN 2';
    const answer = 'Terima kasih. Petugas kami telah memeriksa lokasi dan perbaikan dijadwalkan minggu ini.';
    const internalNote = 'Catatan internal: cek anggaran pemeliharaan PJU';
    await cp.getByLabel('Kategori').selectOption({ label: 'Penerangan jalan umum' });
    await description.fill(
      'Sudah tiga minggu lampu penerangan jalan di depan SDN 2 Sukamaju padam sehingga jalan gelap dan rawan kecelakaan.',
    );
    await cp.getByLabel('Alamat atau patokan').fill('Jl. Pajajaran No. 10, depan SDN 2');
    await cp.getByLabel('Lampiran').setInputFiles({ name: 'lampu.png', mimeType: 'image/png', buffer: PNG });
    await cp.getByText('lampu.png siap').waitFor();
    await cp.getByLabel('Nama', { exact: false }).first().fill('Siti Aminah');
    await cp.getByLabel('Email').fill('siti.aminah@contoh.id');
    await shot(cp, 'prima-complaint-form-phone.png');

    // The first answer is lost on the way back (the report is filed): sending again files nothing new.
    const keys: string[] = [];
    let dropped = false;
    await cp.route(`**/api/public/${slug}/complaints`, async (route) => {
      const request = route.request();
      if (request.method() === 'POST') keys.push(request.headers()['idempotency-key'] ?? '');
      if (request.method() === 'POST' && !dropped) {
        dropped = true;
        await route.fetch();
        resets++;
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await cp.getByRole('button', { name: 'Kirim laporan' }).click();
    await cp
      .getByRole('alert')
      .filter({ hasText: 'laporan yang sama tidak akan tercatat dua kali' })
      .waitFor();
    await cp.getByRole('button', { name: 'Kirim laporan' }).click();
    await cp.getByRole('heading', { name: 'Laporan terkirim', level: 1 }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(keys[1]).toBe(keys[0]);
    const code = await cp.getByLabel('Kode lacak Anda').inputValue();
    expect(code).toMatch(/^PRM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shot(cp, 'prima-complaint-submitted-phone.png');

    // ---- The coordinator: the inbox, then the complaint.
    const coord = await newPage();
    const op = coord.page;
    await signIn(op, coordinator.user.email);
    await op.getByRole('navigation').getByRole('link', { name: 'Pengaduan', exact: true }).click();
    await op.getByRole('heading', { name: 'Pengaduan', level: 1 }).waitFor();
    const rows = op.getByRole('table').getByRole('row').filter({ hasText: title });
    await rows.first().waitFor();
    // One report, though it was sent twice.
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Sesuai jadwal');
    await shot(op, 'prima-complaints-inbox.png');

    await rows.first().getByRole('link', { name: title }).click();
    await op.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await op.getByLabel('Kode lacak').inputValue()).toBe(code);
    // The attachment downloads through a short-lived URL.
    const [file] = await Promise.all([
      op.waitForEvent('download'),
      op.getByRole('button', { name: 'Unduh lampu.png' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('lampu.png');
    await act(op, 'Verifikasi');
    await op.getByText('Diverifikasi', { exact: true }).first().waitFor();

    // Someone else changes the report meanwhile: the stale version is refused, and a reload brings the new one.
    const current = await call<{ complaint: { id: string; version: number } }>(
      server,
      'GET',
      `/api/complaints/${op.url().split('/').pop()}`,
      { token: t.adminToken },
    );
    const note = await call(server, 'POST', `/api/complaints/${current.body.complaint.id}/actions`, {
      token: t.adminToken,
      body: { action: 'note', note: internalNote, version: current.body.complaint.version },
    });
    expect(note.status, note.text).toBe(200);
    const panel = op.getByRole('region', { name: 'Tindakan' });
    await panel.getByRole('radio', { name: 'Disposisi ke OPD' }).check();
    await panel.getByLabel('OPD tujuan').selectOption({ label: unitName });
    await panel.getByRole('button', { name: 'Kirim: Disposisi ke OPD' }).click();
    await op.getByRole('alert').filter({ hasText: 'telah diubah orang lain' }).waitFor();
    await op.getByRole('button', { name: 'Muat ulang' }).click();
    await op.getByText(internalNote).waitFor();
    await act(op, 'Disposisi ke OPD', async () => {
      await panel.getByLabel('OPD tujuan').selectOption({ label: unitName });
    });
    await op.getByText('Diteruskan ke OPD', { exact: true }).first().waitFor();
    // The internal note is marked as such in the timeline.
    const noteItem = op.getByRole('listitem').filter({ hasText: internalNote });
    expect(await noteItem.textContent()).toContain('Internal: hanya petugas');
    await shot(op, 'prima-complaint-coordinator.png');

    // ---- The unit officer answers, inserting the canned reply.
    const unitPage = await newPage();
    const up = unitPage.page;
    await signIn(up, officer.user.email);
    await up.getByRole('navigation').getByRole('link', { name: 'Pengaduan', exact: true }).click();
    await up.getByRole('table').getByRole('link', { name: title }).click();
    await up.getByRole('heading', { name: title, level: 1 }).waitFor();
    // Only the coordinators see the tracking code; the officer may contact the reporter.
    expect(await up.getByLabel('Kode lacak').count()).toBe(0);
    await up.getByRole('button', { name: 'Tampilkan kontak pelapor' }).click();
    await up.getByText('siti.aminah@contoh.id').waitFor();
    await act(up, 'Tanggapi (tindak lanjut)', async () => {
      await up.getByLabel('Sisipkan balasan siap pakai').selectOption({ label: 'Perbaikan dijadwalkan' });
      await up.getByRole('button', { name: 'Sisipkan' }).click();
      expect(await up.getByLabel('Pesan untuk pelapor').inputValue()).toBe(answer);
    });
    await up.getByText('Ditindaklanjuti', { exact: true }).first().waitFor();
    await shot(up, 'prima-complaint-officer.png');
    await unitPage.done();

    // ---- The coordinator closes it.
    await op.reload();
    await op.getByRole('heading', { name: title, level: 1 }).waitFor();
    await act(op, 'Tutup laporan');
    await op.getByText('Selesai', { exact: true }).first().waitFor();

    // The dashboard draws its charts (under the CSP) and the month's CSV downloads with the token.
    await op.getByRole('navigation').getByRole('link', { name: 'Dasbor pengaduan' }).click();
    await op.getByRole('heading', { name: 'Dasbor pengaduan', level: 1 }).waitFor();
    await op.locator('.chart svg').first().waitFor();
    await op.getByRole('heading', { name: 'Per OPD' }).waitFor();
    await op.getByRole('table').filter({ hasText: unitName }).first().waitFor();
    await shot(op, 'prima-complaints-dashboard.png');
    const [download] = await Promise.all([
      op.waitForEvent('download'),
      op.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^pengaduan-${slug}-\\d{4}-\\d{2}\\.csv$`));
    const csvPath = join(SCREENSHOTS, 'prima-complaints.csv');
    await download.saveAs(csvPath);
    await op
      .getByText(/tersimpan\.$/)
      .first()
      .waitFor();
    await coord.done();

    // ---- The citizen follows the report: the answer is in the public timeline, the internal note is not.
    await cp.unroute(`**/api/public/${slug}/complaints`);
    await cp.goto(`${server.url}/p/${slug}/lacak`);
    await cp.getByLabel('Kode lacak').fill(code.toLowerCase());
    await cp.getByRole('button', { name: 'Lacak', exact: true }).click();
    await cp.getByRole('heading', { name: title, level: 1 }).waitFor();
    await cp.getByText('Selesai', { exact: true }).first().waitFor();
    await cp.getByText(answer).waitFor();
    expect(await cp.getByText(internalNote).count()).toBe(0);
    expect(await cp.getByText('siti.aminah@contoh.id').count()).toBe(0);
    await cp.getByRole('radio', { name: /5 · Sangat puas/ }).check();
    await cp.getByLabel('Komentar').fill('Cepat ditangani, terima kasih.');
    await cp.getByRole('button', { name: 'Kirim penilaian' }).click();
    await cp.getByText('Terima kasih atas penilaian Anda.').waitFor();
    expect(await cp.getByRole('button', { name: 'Kirim penilaian' }).count()).toBe(0);
    await shot(cp, 'prima-complaint-tracking-phone.png');

    // The transparency page: the figures and the public list.
    await cp.getByRole('link', { name: 'Transparansi pengaduan' }).click();
    await cp.getByRole('heading', { name: 'Transparansi pengaduan', level: 1 }).waitFor();
    await cp.getByRole('heading', { name: title, level: 3 }).waitFor();
    await cp.locator('.chart svg').first().waitFor();
    await shot(cp, 'prima-transparency-phone.png');
    await citizen.done();

    // ---- The development mailbox shows what was sent to the reporter.
    await sendPending(
      { store: server.store, notifier: devNotifier, baseUrl: server.url, log: workerLogger('SILENT') },
      { tenantIds: [t.tenant.id] },
    );
    const dev = await newPage();
    await dev.page.goto(`${server.url}/dev/mailbox/${slug}`);
    await dev.page.getByRole('heading', { name: 'Kotak surat pengembangan', level: 1 }).waitFor();
    await dev.page.getByText('siti.aminah@contoh.id').first().waitFor();
    await shot(dev.page, 'prima-dev-mailbox.png');
    const transparency = await dev.page.goto(`${server.url}/p/${slug}/transparansi`);
    expect(transparency?.status()).toBe(200);
    await dev.page.locator('.chart svg').first().waitFor();
    await shot(dev.page, 'prima-transparency-desktop.png');
    await dev.done();
  }, 180_000);

  it('lets a tenant admin run categories, canned replies, Open311 keys and staff entry', async () => {
    const t = await newTenant(server);
    await setPassword(server.store, t.admin.email, PASSWORD);
    const unitName = 'Dinas Lingkungan Hidup';
    const unit = await call<{ id: string }>(server, 'POST', '/api/units', {
      token: t.adminToken,
      body: { name: unitName, kind: 'dinas' },
    });
    expect(unit.status, unit.text).toBe(201);

    const { page, done } = await newPage();
    await signIn(page, t.admin.email);
    const nav = page.getByRole('navigation');

    // A category tree routed to the unit.
    await nav.getByRole('link', { name: 'Kategori pengaduan' }).click();
    await page.getByRole('heading', { name: 'Kategori pengaduan', level: 1 }).waitFor();
    await page.getByLabel('Nama kategori').fill('Kebersihan');
    await page.getByLabel('Diarahkan ke OPD').selectOption({ label: unitName });
    await page.getByRole('button', { name: 'Tambah kategori' }).click();
    await page.getByText('Kategori Kebersihan tersimpan.').waitFor();
    await page.getByLabel('Nama kategori').fill('Sampah menumpuk');
    await page.getByLabel('Induk').selectOption({ label: 'Kebersihan' });
    await page.getByRole('button', { name: 'Tambah kategori' }).click();
    await page.getByText('Kategori Sampah menumpuk tersimpan.').waitFor();
    // Checked in the browser: a name needs three characters.
    await page.getByLabel('Nama kategori').fill('X');
    await page.getByRole('button', { name: 'Tambah kategori' }).click();
    await page.getByRole('alert').filter({ hasText: 'Periksa kembali isian berikut' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Sampah menumpuk' }).waitFor();
    await shot(page, 'prima-complaint-categories.png');

    // A canned reply in both languages.
    await nav.getByRole('link', { name: 'Balasan siap pakai' }).click();
    await page.getByLabel('Judul').fill('Laporan diterima');
    await page.getByLabel('Teks (Bahasa Indonesia)').fill('Terima kasih, laporan Anda sedang kami tinjau.');
    await page.getByLabel('Teks (English)').fill('Thank you, we are looking into your report.');
    await page.getByRole('button', { name: 'Tambah balasan' }).click();
    await page.getByRole('heading', { name: 'Laporan diterima', level: 3 }).waitFor();

    // An Open311 key, shown once.
    await nav.getByRole('link', { name: 'Kunci API Open311' }).click();
    await page.getByLabel('Nama aplikasi pengguna kunci').fill('Aplikasi Lapor Warga');
    await page.getByRole('button', { name: 'Buat kunci' }).click();
    const key = await page.getByLabel('Kunci API').inputValue();
    expect(key.length).toBeGreaterThan(20);
    const row = page.getByRole('row').filter({ hasText: 'Aplikasi Lapor Warga' });
    expect(await row.textContent()).toContain(key.slice(-4));
    await shot(page, 'prima-open311-keys.png');
    await row.getByRole('button', { name: 'Cabut' }).click();
    await row.getByRole('button', { name: 'Ya, Cabut' }).click();
    await row.getByText('Dicabut').waitFor();

    // A walk-in report recorded by staff: its tracking code is handed to the reporter.
    await nav.getByRole('link', { name: 'Pengaduan', exact: true }).click();
    await page.getByRole('link', { name: 'Catat pengaduan' }).click();
    await page.getByRole('heading', { name: 'Catat pengaduan', level: 1 }).waitFor();
    await page.getByLabel('Diterima melalui').selectOption('walk-in');
    await page.getByLabel('Kategori').selectOption({ label: 'Sampah menumpuk' });
    await page.getByLabel('Judul singkat').fill('Sampah menumpuk di Pasar Baru');
    await page
      .getByLabel('Uraian')
      .fill('Sampah di sisi timur Pasar Baru tidak diangkut selama seminggu dan mulai berbau menyengat.');
    await page.getByLabel('Nomor telepon').fill('+62 812 5550 1234');
    await page.getByRole('checkbox', { name: /Rahasia/ }).check();
    await shot(page, 'prima-complaint-staff-entry.png');
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await page.getByRole('heading', { name: 'Laporan tercatat.' }).waitFor();
    expect(await page.getByLabel('Kode lacak').inputValue()).toMatch(/^PRM-/);
    await page.getByRole('link', { name: 'Buka laporan' }).click();
    await page.getByRole('heading', { name: 'Sampah menumpuk di Pasar Baru', level: 1 }).waitFor();
    await page.getByText('Datang langsung').waitFor();

    // The inbox filtered by channel, then in English.
    await nav.getByRole('link', { name: 'Pengaduan', exact: true }).click();
    await page.getByLabel('Saluran').selectOption('walk-in');
    await page.getByRole('table').getByRole('link', { name: 'Sampah menumpuk di Pasar Baru' }).waitFor();
    await page.getByLabel('Saluran').selectOption('phone');
    await page.getByText('Tidak ada laporan yang cocok dengan saringan ini.').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Complaints', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('table').getByText('On track').waitFor();
    await shot(page, 'prima-complaints-inbox-en.png');
    await done();
  }, 180_000);

  it('lets a citizen answer a request for more information on the tracking page', async () => {
    const t = await newTenant(server);
    const filed = await call<{ trackingCode: string }>(
      server,
      'POST',
      `/api/public/${t.tenant.slug}/complaints`,
      {
        body: {
          title: 'Jalan berlubang di Jl. Merdeka',
          description:
            'Ada lubang besar di tengah jalan yang membahayakan pengendara sepeda motor, terutama malam hari.',
        },
      },
    );
    expect(filed.status, filed.text).toBe(201);
    const inbox = await call<{ items: { id: string; version: number }[] }>(server, 'GET', '/api/complaints', {
      token: t.adminToken,
    });
    const [item] = inbox.body.items;
    const asked = await call(server, 'POST', `/api/complaints/${item?.id}/actions`, {
      token: t.adminToken,
      body: { action: 'request-info', note: 'Mohon sebutkan nomor rumah terdekat.', version: item?.version },
    });
    expect(asked.status, asked.text).toBe(200);

    const { page, done } = await newPage({ viewport: PHONE });
    await page.goto(`${server.url}/p/${t.tenant.slug}/lacak/${filed.body.trackingCode}`);
    await page.getByRole('heading', { name: 'Jalan berlubang di Jl. Merdeka', level: 1 }).waitFor();
    await page.getByText('Perlu dilengkapi', { exact: true }).first().waitFor();
    await page.getByText('Mohon sebutkan nomor rumah terdekat.').waitFor();
    // A note is required.
    await page.getByRole('button', { name: 'Lengkapi laporan' }).click();
    await expect.poll(() => page.getByLabel('Pesan Anda').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Pesan Anda').fill('Di depan rumah nomor 45, dekat pos ronda RT 03.');
    await page.getByRole('button', { name: 'Lengkapi laporan' }).click();
    await page.getByText('Tanggapan Anda terkirim.').waitFor();
    await page.getByText('Diterima', { exact: true }).first().waitFor();
    await page.getByText('Di depan rumah nomor 45, dekat pos ronda RT 03.').waitFor();
    await shot(page, 'prima-complaint-supply-info-phone.png');

    // An unknown code: said plainly, with the form to try again.
    await page.goto(`${server.url}/p/${t.tenant.slug}/lacak/PRM-0000-0000`);
    await page.getByText('Laporan dengan kode ini tidak ditemukan.').waitFor();
    await done();
  }, 180_000);
});
