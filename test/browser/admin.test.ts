import { join } from 'node:path';
import { setPassword } from '@prima/local';
import { describe, expect, it } from 'vitest';
import { browserSuite, PHONE, SCREENSHOTS } from '../support/browser';
import { call, newTenant, operatorToken, PASSWORD } from '../support/harness';

/**
 * The built web app on the real local server (API + static files), driven in Debian's Chromium. Needs web/dist:
 * `pnpm build:web` first (the root `pnpm test` builds it before running the suites).
 */
const { server, newPage, signIn } = browserSuite();

describe('the web admin', () => {
  it('signs a tenant admin in, creates a unit and a service in it, and lists both', async () => {
    const t = await newTenant(server);
    await setPassword(server.store, t.admin.email, PASSWORD);
    const { page, done } = await newPage();

    await page.goto(`${server.url}/units`);
    // Not signed in: the admin is sent to sign-in, in Bahasa Indonesia by default.
    await expect.poll(() => page.getByRole('heading', { name: 'Masuk ke Prima' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-signin.png') });

    await page.getByLabel('Email').fill(t.admin.email);
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();

    // Back where the admin was going, with the Pemda's name in the header.
    await page.getByRole('heading', { name: 'Unit (OPD)', level: 1 }).waitFor();
    await page.getByText(t.tenant.name).waitFor();

    const unitName = 'Dinas Kependudukan dan Pencatatan Sipil';
    await page.getByRole('link', { name: 'Tambah unit' }).click();
    await page.getByLabel('Nama unit').fill(unitName);
    await page.getByLabel('Singkatan').fill('Disdukcapil');
    await page.getByLabel('Jenis').selectOption('dinas');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: unitName, level: 1 }).waitFor();
    await page.getByText('Unit tersimpan.').waitFor();

    // The one navigation landmark (its name, too, follows the language).
    const navigation = page.getByRole('navigation');
    await navigation.getByRole('link', { name: 'Unit (OPD)' }).click();
    await page.getByRole('heading', { name: 'Unit (OPD)', level: 1 }).waitFor();
    await page.getByRole('table').getByRole('link', { name: unitName }).waitFor();

    const serviceName = 'Penerbitan Kartu Keluarga';
    await navigation.getByRole('link', { name: 'Layanan' }).click();
    await page.getByRole('link', { name: 'Tambah layanan' }).click();
    await page.getByLabel('Nama layanan').fill(serviceName);
    await page.getByLabel('Unit (OPD)').selectOption({ label: unitName });
    await page.getByLabel('Jangka waktu (hari kerja)').fill('1');
    await page.getByLabel('Biaya (Rupiah)').fill('0');
    await page.getByLabel('Persyaratan').fill('Formulir F-1.01; KTP-el; buku nikah');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: serviceName, level: 1 }).waitFor();
    await page.getByText('Layanan tersimpan.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-service.png'), fullPage: true });

    await navigation.getByRole('link', { name: 'Layanan' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: serviceName }) });
    await row.waitFor();
    expect(await row.textContent()).toContain(unitName);
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-services.png') });

    // The language switch changes the UI (and the Accept-Language of every call).
    await page.getByRole('button', { name: 'English' }).click();
    await navigation.getByRole('link', { name: 'Services' }).waitFor();
    await page.getByRole('heading', { name: 'Services', level: 1 }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Layanan' }).count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await done();
  });

  it('puts field errors next to their field, in the UI language, from the schema and from the API', async () => {
    const t = await newTenant(server);
    await setPassword(server.store, t.admin.email, PASSWORD);
    const { page, done } = await newPage();
    await signIn(page, t.admin.email);
    await page.getByRole('heading', { name: 'Beranda', level: 1 }).waitFor();

    /** The text of the first description (the error) of a control. */
    const errorOf = async (label: string) => {
      const control = page.getByLabel(label);
      await expect.poll(() => control.getAttribute('aria-invalid')).toBe('true');
      const id = ((await control.getAttribute('aria-describedby')) ?? '').split(' ')[0];
      return page.locator(`[id="${id}"]`).textContent();
    };

    // Checked in the browser by the domain's schema.
    await page.goto(`${server.url}/units/new`);
    await page.getByLabel('Nama unit').fill('Dinas Kesehatan');
    await page.getByLabel('Telepon').fill('bukan nomor');
    await page.getByRole('button', { name: 'Simpan' }).click();
    expect(await errorOf('Telepon')).toContain('Nomor telepon tidak valid');
    await page.getByRole('alert').filter({ hasText: 'Periksa kembali isian berikut' }).waitFor();

    // Checked by the API (the email is taken): problem+json errors, in the language the page asked for.
    await page.goto(`${server.url}/users/new`);
    await page.getByLabel('Nama').fill('Admin Kedua');
    await page.getByLabel('Email').fill(t.admin.email);
    await page.getByRole('button', { name: 'Undang pengguna' }).click();
    expect(await errorOf('Email')).toContain('Email ini sudah terdaftar');
    await page.getByRole('alert').filter({ hasText: 'Data dengan nilai ini sudah ada' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Invite user' }).click();
    expect(await errorOf('Email')).toContain('This email is already registered');
    await page.getByRole('alert').filter({ hasText: 'This value is already taken' }).waitFor();
    await done();
  });

  it("shows citizens a Pemda's units, maklumat and the public part of each standard", async () => {
    const t = await newTenant(server);
    const unit = await call<{ id: string }>(server, 'POST', '/api/units', {
      token: t.adminToken,
      body: { name: 'Kecamatan Sukamaju Utara', kind: 'kecamatan' },
    });
    await call(server, 'PUT', `/api/units/${unit.body.id}/maklumat`, {
      token: t.adminToken,
      body: {
        text: 'Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.',
        signedBy: 'Camat Sukamaju Utara',
        signedOn: '2026-01-05',
      },
    });
    await call(server, 'POST', '/api/services', {
      token: t.adminToken,
      body: {
        unitId: unit.body.id,
        name: 'Surat Keterangan Domisili',
        feeRupiah: 0,
        standard: { persyaratan: 'Surat pengantar RT/RW', dasarHukum: 'Perbup Nomor 12 Tahun 2024' },
      },
    });

    const { page, done } = await newPage({ viewport: PHONE });
    await page.goto(`${server.url}/p/${t.tenant.slug}`);
    await page.getByRole('heading', { name: t.tenant.name, level: 1 }).waitFor();
    await page.getByRole('button', { name: /Lihat maklumat dan layanan/ }).click();
    await page.getByText('Camat Sukamaju Utara').waitFor();
    await page.getByText('Surat pengantar RT/RW').waitFor();
    // Internal components never reach citizens.
    expect(await page.getByText('Perbup Nomor 12 Tahun 2024').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-public.png'), fullPage: true });

    // A suspended Pemda: the page says the service is unavailable.
    await call(server, 'POST', `/api/platform/tenants/${t.tenant.id}/suspend`, {
      token: await operatorToken(server),
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Layanan tidak tersedia' }).waitFor();

    // An unknown slug: not found.
    await page.goto(`${server.url}/p/tidak-ada-${Date.now().toString(36)}`);
    await page.getByRole('heading', { name: 'Pemerintah daerah tidak ditemukan' }).waitFor();
    await done();
  });
});
