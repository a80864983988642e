import { join } from 'node:path';
import { setPassword } from '@prima/local';
import { describe, expect, it } from 'vitest';
import { browserSuite, SCREENSHOTS } from '../support/browser';
import { createUnit, manualClock } from '../support/fixtures';
import { newTenant, PASSWORD, type TestTenant } from '../support/harness';
import { createCampaign, setStatus, submit } from '../surveys/support';
import { as, ok, type Person, PROFILE, skm } from '../tqm/support';

/**
 * The improvement pages on the real local server, driven in Debian's Chromium: a PDCA cycle from a weak SKM unsur
 * through Plan, Do, Check and Act to closed. The server runs on a clock the test moves (triwulan I for the baseline,
 * triwulan II for the re-measurement) and the browser's clock is pinned to it, so the session's expiry agrees.
 * Needs web/dist: `pnpm build:web` first.
 */

// 10:00 WIB on 10 February 2026: triwulan I.
const clock = manualClock(Date.parse('2026-02-10T03:00:00Z'));
const Q2_TIME = Date.parse('2026-05-12T03:00:00Z');

const { server, newPage, signIn } = browserSuite({ clock });

// U9: (4 + 3 + 2 + 1) / 4 = 2.5 → 62.5, the weakest unsur of triwulan I. Triwulan II: U9 (4 + 3) / 2 → 87.5.
const Q1 = [
  skm(4, 4, 4, 4, 4, 4, 4, 4, 4),
  skm(3, 3, 3, 3, 3, 3, 3, 3, 3),
  skm(4, 4, 3, 4, 4, 4, 4, 3, 2),
  skm(3, 3, 2, 4, 3, 4, 4, 3, 1),
];
const Q2 = [skm(4, 4, 3, 4, 4, 4, 4, 4, 4), skm(4, 4, 4, 4, 4, 4, 4, 4, 3)];

async function answer(t: TestTenant, campaignId: string, answers: Record<string, number>) {
  const res = await submit(server, t.tenant.slug, campaignId, {
    templateId: 'skm-2017',
    answers,
    profile: PROFILE,
  });
  expect(res.status, res.text).toBe(201);
}

describe('the improvement pages', () => {
  it('takes a weak SKM unsur through Plan, Do, Check and Act to a closed cycle on the board', async () => {
    const t = await newTenant(server);
    await setPassword(server.store, t.admin.email, PASSWORD);
    const admin: Person = { id: t.admin.id, email: t.admin.email, role: 'tenant-admin' };
    const unitName = 'Dinas Kependudukan dan Pencatatan Sipil';
    const unitId = (await createUnit(server, t, { name: unitName })).id;
    const q1 = await setStatus(server, t, await createCampaign(server, t, { unitId }), 'open');
    for (const a of Q1) await answer(t, q1.id, a);
    // The opportunity is there before the UI looks for it.
    const o = await ok<{ items: { source: { kind: string; unitId: string | null; unsurCode?: string } }[] }>(
      as(server, t, admin, 'GET', '/api/improvement/opportunities?period=2026-Q1'),
    );
    expect(o.items.some((i) => i.source.kind === 'skm-unsur' && i.source.unitId === unitId)).toBe(true);

    // Triwulan II: the re-measurement.
    clock.advance(Q2_TIME - clock.ms);
    const q2body = {
      unitId,
      title: 'SKM Triwulan II 2026',
      period: { kind: 'triwulan', year: 2026, number: 2 },
    };
    const q2created = await ok<{ id: string; version: number }>(
      as(server, t, admin, 'POST', '/api/surveys/campaigns', { population: 1000, ...q2body }),
      201,
    );
    const q2 = await ok<{ id: string; version: number }>(
      as(server, t, admin, 'POST', `/api/surveys/campaigns/${q2created.id}/status`, {
        status: 'open',
        version: q2created.version,
      }),
    );
    for (const a of Q2) await answer(t, q2.id, a);

    const { page, done } = await newPage();
    await signIn(page, t.admin.email);
    const navigation = page.getByRole('navigation');
    await navigation.getByRole('link', { name: 'Perbaikan mutu' }).click();
    await page.getByRole('heading', { name: 'Papan perbaikan mutu', level: 1 }).waitFor();

    // A new cycle from the opportunity of triwulan I.
    await page.getByRole('link', { name: 'Siklus baru' }).click();
    await page.getByRole('heading', { name: 'Siklus perbaikan baru', level: 1 }).waitFor();
    await page.getByLabel('Periode', { exact: true }).fill('2026-Q1');
    // The unit's weakest unsur (U9) comes first, the Pemda's second.
    const opportunity = page.getByRole('listitem').filter({ hasText: unitName }).first();
    await opportunity.getByRole('button', { name: 'Pilih' }).click();
    const title = 'Penanganan pengaduan di loket KTP';
    await page.getByLabel('Judul siklus').fill(title);
    await page
      .getByLabel('Uraian masalah')
      .fill('Unsur U9 (penanganan pengaduan) paling rendah pada SKM triwulan I 2026.');
    await page.getByLabel('Target', { exact: true }).fill('80');
    await page.getByRole('button', { name: 'Buat siklus' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText('Tahap: Rencana (Plan)').waitFor();
    await expect.poll(() => page.getByTestId('baseline').textContent()).toBe('62,5');

    // Plan: an action, then Do.
    await page
      .getByRole('textbox', { name: 'Tindakan', exact: true })
      .fill('Menyediakan kotak dan nomor WhatsApp pengaduan');
    await page.getByRole('button', { name: 'Tambah tindakan' }).click();
    await page.getByRole('cell', { name: 'Menyediakan kotak dan nomor WhatsApp pengaduan' }).waitFor();
    await page.getByRole('button', { name: 'Pindah ke Pelaksanaan (Do)' }).click();
    await page.getByText('Tahap: Pelaksanaan (Do)').waitFor();

    // Do: the action done, then Check.
    await page
      .getByLabel('Status tindakan: Menyediakan kotak dan nomor WhatsApp pengaduan')
      .selectOption('done');
    await expect
      .poll(() =>
        page.getByLabel('Status tindakan: Menyediakan kotak dan nomor WhatsApp pengaduan').inputValue(),
      )
      .toBe('done');
    await page.getByRole('button', { name: 'Pindah ke Pemeriksaan (Check)' }).click();
    await page.getByText('Tahap: Pemeriksaan (Check)').waitFor();

    // Check: baseline against the re-measurement of triwulan II.
    await expect.poll(() => page.getByTestId('current').textContent()).toBe('87,5');
    expect(await page.getByTestId('baseline').textContent()).toBe('62,5');
    await page.getByText('Membaik').first().waitFor();
    await page.locator('.imp-chart svg').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-improvement-check.png'), fullPage: true });
    await page.getByLabel('Catatan perpindahan tahap').fill('Nilai U9 naik dari 62,5 ke 87,5.');
    await page.getByRole('button', { name: 'Pindah ke Tindak lanjut (Act)' }).click();
    await page.getByText('Tahap: Tindak lanjut (Act)').waitFor();

    // Act: the unit's maklumat standardised, then closed.
    await page.getByLabel('Yang dibakukan').selectOption('maklumat');
    await page
      .getByLabel('Teks baru')
      .fill('Kami menjamin setiap pengaduan di loket KTP ditanggapi paling lambat tiga hari kerja.');
    await page.getByLabel('Ditandatangani oleh').fill('Kepala Dinas Dukcapil');
    await page.getByRole('button', { name: 'Bakukan', exact: true }).click();
    await page.getByRole('heading', { name: 'Perubahan standar' }).waitFor();
    await page.getByRole('button', { name: 'Pindah ke Selesai' }).click();
    await page.getByText('Tahap: Selesai').waitFor();

    // The board shows it among the closed cycles.
    await page.getByRole('link', { name: 'Kembali ke papan' }).click();
    await page.getByRole('heading', { name: 'Papan perbaikan mutu', level: 1 }).waitFor();
    const closed = page.getByRole('region', { name: /^Selesai/ });
    await closed.getByRole('link', { name: title }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-improvement-board.png'), fullPage: true });

    // The quality tools: the IKM trend shows triwulan I and II against the target.
    await page.getByRole('link', { name: 'Alat mutu' }).click();
    await page.getByRole('heading', { name: 'Alat mutu', level: 1 }).waitFor();
    const trend = page.getByRole('region', { name: 'Tren IKM terhadap target' });
    await trend.getByRole('cell', { name: 'Triwulan II 2026' }).waitFor();
    await trend.locator('.imp-chart svg').first().waitFor();
    await page.getByRole('region', { name: 'Pareto kategori pengaduan' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-improvement-tools.png'), fullPage: true });

    // The executive view: the unit side by side with the others, the cycle's measured effect, the drill-down.
    await navigation.getByRole('link', { name: 'Tampilan pimpinan' }).click();
    await page.getByRole('heading', { name: 'Tampilan pimpinan', level: 1 }).waitFor();
    await page.getByLabel('Periode').selectOption('2026-Q2');
    await page.locator('.exec-doc__head').getByText('Triwulan II 2026', { exact: true }).waitFor();
    const row = page.locator(`tr[data-unit="${unitId}"]`);
    // Triwulan II: unsur means 4 ×7 and 3.5 ×2 → 35 / 9 × 25 = 97.22 (mutu A).
    await expect.poll(() => row.locator('td').first().textContent()).toMatch(/^97,22/);
    const effects = page.getByRole('region', { name: 'Dampak terukur siklus perbaikan' });
    await effects
      .getByRole('row', { name: new RegExp(title) })
      .getByText('62,50 → 87,50 (+25,00)')
      .waitFor();
    await effects.getByText('Target tercapai').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-executive.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await navigation.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-executive-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await row.getByRole('link', { name: `Rinci ${unitName}` }).click();
    await page.getByRole('heading', { name: unitName, level: 1 }).waitFor();
    // U3 and U9 share the lowest value of triwulan II (3.5 → 87.5).
    const unsur = page.getByRole('region', { name: 'IKM per unsur' });
    await expect.poll(() => unsur.getByText('terlemah', { exact: true }).count()).toBe(2);
    const ksf = page.getByRole('region', { name: 'Faktor kunci keberhasilan' });
    await ksf.locator('tr[data-ksf="satisfaction-index"]').getByText('Terukur').waitFor();
    await page.getByRole('region', { name: 'Siklus perbaikan' }).getByRole('link', { name: title }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-executive-unit.png'), fullPage: true });
    await done();
  });
});
