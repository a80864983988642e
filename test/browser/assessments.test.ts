import { join } from 'node:path';
import { setPassword } from '@prima/local';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, SCREENSHOTS } from '../support/browser';
import { createUnit, manualClock } from '../support/fixtures';
import { newTenant, PASSWORD, type TestTenant } from '../support/harness';
import { as, ok, type Person } from '../tqm/support';

/**
 * The self-assessment and key-success-factor pages on the real local server, driven in Debian's Chromium: two
 * officials answer the 7S + environment instrument for a unit in triwulan I 2026, the results pool their answers and
 * compare them with triwulan IV 2025, and the unit's scorecard takes its self-assessed factors from them. The
 * browser's clock is pinned to the server's, so "this triwulan" is triwulan I 2026. Needs web/dist: `pnpm build:web`.
 */

// 10:00 WIB on 10 February 2026: triwulan I.
const clock = manualClock(Date.parse('2026-02-10T03:00:00Z'));

const { server, newPage, signIn } = browserSuite({ clock });

/** Signs in and opens the self-assessment page. */
async function openAssessments(page: Page, email: string) {
  await signIn(page, email);
  await page.getByRole('navigation').getByRole('link', { name: 'Penilaian mandiri' }).click();
  await page.getByRole('heading', { name: 'Penilaian mandiri', level: 1 }).waitFor();
}

const SEVEN_S = 'Penilaian mandiri McKinsey 7S + Lingkungan';

/** Picks a score (or "Lewati") for a statement, found by its text. */
async function rate(region: Locator, statement: string, option: string) {
  await region.getByRole('radiogroup', { name: statement }).getByRole('radio', { name: option }).check();
}

/** The cells of an element's row: score, 0–100, previous, change, statements answered. */
const cells = (region: Locator, key: string) =>
  region.locator(`tr[data-element="${key}"] td`).allTextContents();

const ST1 = 'Unit kami memiliki rencana yang jelas untuk meningkatkan mutu pelayanan';
const ST2 = 'Sasaran mutu pelayanan dijabarkan menjadi target yang terukur';
const ST3 = 'Strategi unit disusun dengan memperhatikan kebutuhan dan masukan masyarakat';
const SL1 = 'Pimpinan unit terlibat langsung dalam upaya peningkatan mutu';
const SL2 = 'Pimpinan memberi teladan dalam melayani masyarakat';
const SL3 = 'Pimpinan terbuka terhadap masukan dan kritik dari pegawai';
const EN1 = 'Unit memahami perubahan kebutuhan dan harapan masyarakat';

describe('the self-assessment pages', () => {
  it('pools two officials’ 7S answers, compares them with last triwulan and feeds the KSF scorecard', async () => {
    const t: TestTenant = await newTenant(server);
    const unitName = 'Kecamatan Sukamaju';
    const unitId = (await createUnit(server, t, { name: unitName, kind: 'kecamatan' })).id;
    // Listed first (by name): the admin's default, so choosing the assessed unit is a real change.
    await createUnit(server, t, { name: 'Kecamatan Cibeber', kind: 'kecamatan' });
    const { user: officer } = await t.user('unit-officer', [unitId]);
    const { user: colleague } = await t.user('unit-officer', [unitId]);
    await setPassword(server.store, officer.email, PASSWORD);
    await setPassword(server.store, t.admin.email, PASSWORD);

    // Triwulan IV 2025, answered before: strategy 2, style 3 → overall 2.5.
    const before: Person = { id: colleague.id, email: colleague.email, role: 'unit-officer' };
    await ok(
      as(server, t, before, 'PUT', '/api/improvement/assessments', {
        templateId: '7s-e',
        unitId,
        period: '2025-Q4',
        answers: { ST1: 2, ST2: 2, ST3: 2, SL1: 3, SL2: 3, SL3: 3 },
      }),
    );

    // The unit officer: its own unit only, this triwulan by default, nothing answered yet.
    const first = await newPage();
    let page = first.page;
    await openAssessments(page, officer.email);
    const unitSelect = page.getByLabel('Unit layanan', { exact: true });
    await expect.poll(() => unitSelect.locator('option').allTextContents()).toEqual([unitName]);
    expect(await page.getByLabel('Periode', { exact: true }).inputValue()).toBe('2026-Q1');
    let seven = page.getByRole('region', { name: SEVEN_S });
    await seven.getByText(/Belum ada pejabat yang mengisi instrumen ini untuk Kecamatan Sukamaju/).waitFor();
    await seven.getByText(/Penilaian terakhir: Triwulan IV 2025, nilai keseluruhan 2,50 dari 5/).waitFor();
    await seven.getByText('Anda belum mengisi instrumen ini untuk periode ini.').waitFor();
    expect(await seven.getByRole('button', { name: 'Simpan jawaban' }).isDisabled()).toBe(true);

    // Some statements; ST3 skipped after all.
    await rate(seven, ST1, '4 Setuju');
    await rate(seven, ST2, '3 Ragu-ragu');
    await rate(seven, ST3, '5 Sangat setuju');
    await rate(seven, ST3, 'Lewati');
    await rate(seven, SL1, '5 Sangat setuju');
    await rate(seven, SL2, '4 Setuju');
    await rate(seven, SL3, '3 Ragu-ragu');
    await rate(seven, EN1, '4 Setuju');
    await seven.getByText('6 dari 24 pernyataan dijawab').waitFor();
    await seven.getByRole('button', { name: 'Simpan jawaban' }).click();
    await seven.getByText('Jawaban Anda tersimpan dan hasil penilaian sudah diperbarui.').waitFor();

    // Strategy (4 + 3) / 2 = 3.5, style (5 + 4 + 3) / 3 = 4, environment 4 → overall 11.5 / 3 = 3.83 (70.8).
    await expect.poll(() => seven.getByTestId('asm-respondents').textContent()).toBe('1');
    expect(await seven.getByTestId('asm-overall').textContent()).toBe('3,83');
    expect(await seven.getByTestId('asm-overall100').textContent()).toBe('skala 1–5 · 70,8 pada skala 0–100');
    expect(await seven.getByTestId('asm-previous').textContent()).toBe('2,50');
    expect(await seven.getByTestId('asm-change').textContent()).toBe('+1,33');
    expect(await cells(seven, 'strategy')).toEqual(['3,50', '62,5', '2,00', '+1,50', '2 dari 3']);
    expect(await cells(seven, 'style')).toEqual(['4,00', '75,0', '3,00', '+1,00', '3 dari 3']);
    expect(await cells(seven, 'environment')).toEqual(['4,00', '75,0', '—', '—', '1 dari 3']);
    expect(await cells(seven, 'skills')).toEqual(['—', '—', '—', '—', '0 dari 3']);
    await seven.locator('.imp-chart svg').first().waitFor();
    await first.done();

    // The Pemda admin answers too, choosing the unit (the URL keeps the choice).
    const second = await newPage();
    page = second.page;
    await openAssessments(page, t.admin.email);
    await expect
      .poll(() => page.getByLabel('Unit layanan', { exact: true }).locator('option').allTextContents())
      .toEqual(['Kecamatan Cibeber', unitName]);
    await page.getByLabel('Unit layanan', { exact: true }).selectOption({ label: unitName });
    await expect.poll(() => new URL(page.url()).searchParams.get('unitId')).toBe(unitId);
    seven = page.getByRole('region', { name: SEVEN_S });
    await expect.poll(() => seven.getByTestId('asm-respondents').textContent()).toBe('1');
    await rate(seven, ST1, '2 Tidak setuju');
    await rate(seven, ST2, '3 Ragu-ragu');
    await rate(seven, ST3, '4 Setuju');
    await rate(seven, SL1, '3 Ragu-ragu');
    await rate(seven, EN1, '2 Tidak setuju');
    await seven.getByRole('button', { name: 'Simpan jawaban' }).click();
    await seven.getByText('Jawaban Anda tersimpan dan hasil penilaian sudah diperbarui.').waitFor();

    // Pooled per statement: ST1 (4 + 2) / 2 = 3, ST2 3, ST3 4 → strategy 10 / 3; SL1 (5 + 3) / 2 = 4, SL2 4,
    // SL3 3 → style 11 / 3; EN1 (4 + 2) / 2 = 3. Overall 10 / 3 = 3.33 (58.3), against 2.5 before.
    await expect.poll(() => seven.getByTestId('asm-respondents').textContent()).toBe('2');
    expect(await seven.getByTestId('asm-overall').textContent()).toBe('3,33');
    expect(await seven.getByTestId('asm-overall100').textContent()).toBe('skala 1–5 · 58,3 pada skala 0–100');
    expect(await seven.getByTestId('asm-change').textContent()).toBe('+0,83');
    expect(await cells(seven, 'strategy')).toEqual(['3,33', '58,3', '2,00', '+1,33', '3 dari 3']);
    expect(await cells(seven, 'style')).toEqual(['3,67', '66,7', '3,00', '+0,67', '3 dari 3']);
    expect(await cells(seven, 'environment')).toEqual(['3,00', '50,0', '—', '—', '1 dari 3']);
    await seven.locator('.imp-chart svg').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-assessments.png'), fullPage: true });

    // The admin's own answers come back into the form.
    await page.reload();
    seven = page.getByRole('region', { name: SEVEN_S });
    const st1 = seven.getByRole('radiogroup', { name: ST1 });
    await expect.poll(() => st1.getByRole('radio', { name: '2 Tidak setuju' }).isChecked()).toBe(true);
    expect(
      await seven.getByRole('radiogroup', { name: SL2 }).getByRole('radio', { name: 'Lewati' }).isChecked(),
    ).toBe(true);
    await seven.getByText(/^Terakhir Anda isi /).waitFor();

    // The unit's scorecard for the same triwulan. Leadership: SL1 4, SL2 4, SL3 3 → 11 / 3 → 66.7.
    // Customer focus: ST3 4, EN1 3 → 3.5 → 62.5. Nothing measured yet: overall (66.67 + 62.5) / 2 = 64.6.
    await page.getByRole('link', { name: 'Faktor kunci keberhasilan' }).click();
    await page.getByRole('heading', { name: 'Faktor kunci keberhasilan', level: 1 }).waitFor();
    expect(await page.getByLabel('Cakupan', { exact: true }).inputValue()).toBe(unitId);
    expect(await page.getByLabel('Periode', { exact: true }).inputValue()).toBe('2026-Q1');
    const card = page.getByRole('region', { name: `Kartu skor ${unitName}, Triwulan I 2026` });
    const score = (key: string) => card.locator(`tr[data-ksf="${key}"] td`).first().textContent();
    await expect.poll(() => score('leadership')).toMatch(/66,7$/);
    expect(await score('customer-focus')).toMatch(/62,5$/);
    expect(await score('employee-empowerment')).toMatch(/—$/);
    expect(await card.getByTestId('ksf-overall').textContent()).toBe('64,6');
    await page.screenshot({ path: join(SCREENSHOTS, 'prima-ksf.png'), fullPage: true });

    // The whole Pemda: the unit's answers of this triwulan, pooled with no other unit's.
    await page.getByLabel('Cakupan', { exact: true }).selectOption('');
    await page.getByRole('region', { name: 'Kartu skor Seluruh Pemda, Triwulan I 2026' }).waitFor();
    await expect.poll(() => page.getByTestId('ksf-overall').textContent()).toBe('64,6');
    await page.getByRole('link', { name: 'Buka penilaian mandiri unit layanan' }).click();
    await page.getByRole('heading', { name: 'Penilaian mandiri', level: 1 }).waitFor();
    await second.done();
  });
});
