import { join } from 'node:path';
import { computeIkm, localDate, SKM_2017 } from '@prima/domain';
import { setPassword } from '@prima/local';
import { describe, expect, it } from 'vitest';
import { browserSuite, PHONE, SCREENSHOTS } from '../support/browser';
import { call, newTenant, PASSWORD } from '../support/harness';

/**
 * Satisfaction surveys in the built web app on the real local server, driven in Debian's Chromium: a citizen answers
 * an SKM on a phone-sized screen, then the official sees the index the domain computes for those answers, the
 * printable SKM report and the counter poster. Needs web/dist (`pnpm build:web`).
 */
const { server, newPage, signIn } = browserSuite();

/** The scores the citizen gives U1…U9. */
const SCORES = [4, 3, 3, 4, 4, 3, 4, 3, 3];
const idNumber = (n: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

describe('satisfaction surveys', () => {
  it('a citizen answers an SKM on a phone; the official then sees the index, the report and the poster', async () => {
    const t = await newTenant(server);
    await setPassword(server.store, t.admin.email, PASSWORD);
    const unitName = 'Dinas Kependudukan dan Pencatatan Sipil';
    const unit = await call<{ id: string }>(server, 'POST', '/api/units', {
      token: t.adminToken,
      body: { name: unitName, shortName: 'Disdukcapil', kind: 'dinas' },
    });
    expect(unit.status, unit.text).toBe(201);
    // This triwulan (the tenant's time zone), so the answer counts in the unit's report for it.
    const today = localDate(new Date(), t.tenant.timeZone);
    const year = Number(today.slice(0, 4));
    const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
    const title = `SKM Disdukcapil Triwulan ${quarter} ${year}`;
    const created = await call<{ id: string; version: number }>(server, 'POST', '/api/surveys/campaigns', {
      token: t.adminToken,
      body: {
        title,
        unitId: unit.body.id,
        templateId: 'skm-2017',
        period: { kind: 'triwulan', year, number: quarter },
        population: 1000,
      },
    });
    expect(created.status, created.text).toBe(201);
    const opened = await call(server, 'POST', `/api/surveys/campaigns/${created.body.id}/status`, {
      token: t.adminToken,
      body: { status: 'open', version: created.body.version },
    });
    expect(opened.status, opened.text).toBe(200);

    // ---- The citizen, on a phone: from the Pemda's page to the survey, answered, and thanked.
    // The test cuts a connection on purpose: Chromium's report of it is expected.
    const phone = await newPage({
      viewport: PHONE,
      allowError: /^Failed to load resource: net::ERR_CONNECTION_RESET/,
    });
    const p = phone.page;
    await p.goto(`${server.url}/p/${t.tenant.slug}`);
    await p.getByRole('heading', { name: t.tenant.name, level: 1 }).waitFor();
    await p.getByRole('link', { name: 'Isi survei kepuasan' }).first().click();
    await p.getByRole('heading', { name: 'Survei kepuasan masyarakat', level: 1 }).waitFor();
    await p.getByRole('link', { name: title }).click();
    await p.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await p.getAttribute('html', 'lang')).toBe('id');

    for (const [i, score] of SCORES.entries()) {
      const question = p.getByRole('group', { name: new RegExp(`^Pertanyaan ${i + 1} dari 9`) });
      const label = SKM_2017.unsur[i]!.answers[score - 1]!.id;
      await question.getByLabel(label, { exact: true }).check();
    }
    await p.getByText('9 dari 9 pertanyaan terjawab').waitFor();
    await p.getByRole('group', { name: 'Jenis kelamin' }).getByLabel('Perempuan').check();
    await p.getByRole('group', { name: 'Umur' }).getByLabel('30–39 tahun').check();
    await p.getByLabel('Pendidikan terakhir').selectOption({ label: 'SMA/SMK' });
    await p.getByLabel('Pekerjaan').selectOption({ label: 'Wiraswasta' });
    await p.getByLabel('Saran untuk perbaikan pelayanan').fill('Tambah kursi di ruang tunggu.');
    await p.getByText('29/1000 karakter').waitFor();
    // The honeypot is there for bots, out of the way of people and assistive technology.
    const honeypot = p.locator('#f-website');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await p.locator('.hp-field').getAttribute('aria-hidden')).toBe('true');
    await p.screenshot({ path: join(SCREENSHOTS, 'prima-survey-form.png'), fullPage: true });

    // The first answer reaches the server but never comes back (the connection drops): the citizen sends it again,
    // with the same Idempotency-Key, and it counts once.
    const keys: string[] = [];
    await p.route(`**/api/public/${t.tenant.slug}/surveys/${created.body.id}`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (keys.length > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await p.getByRole('button', { name: 'Kirim jawaban' }).click();
    await p.getByRole('alert').filter({ hasText: 'Tidak dapat terhubung ke server' }).waitFor();
    await p.getByRole('button', { name: 'Kirim ulang' }).click();
    await p.getByRole('heading', { name: 'Jawaban terkirim', level: 1 }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    await p.getByText('Jawaban Anda sudah kami terima').waitFor();
    await p.screenshot({ path: join(SCREENSHOTS, 'prima-survey-thanks.png'), fullPage: true });
    await phone.done();

    // ---- The official, on a desktop: signs in and opens the campaign's results.
    const expected = computeIkm(SKM_2017, [Object.fromEntries(SCORES.map((s, i) => [`U${i + 1}`, s]))]);
    expect(expected.ikm).not.toBeNull();
    const desk = await newPage();
    const d = desk.page;
    await signIn(d, t.admin.email, { from: '/surveys' });
    await d.getByRole('heading', { name: 'Survei kepuasan', level: 1 }).waitFor();
    const row = d.getByRole('row').filter({ has: d.getByRole('link', { name: title }) });
    await row.getByText('1 / 278').waitFor();
    await row.getByRole('link', { name: title }).click();

    await d.getByRole('heading', { name: title, level: 1 }).waitFor();
    await expect.poll(() => d.getByTestId('respondents').textContent()).toBe('1');
    expect(await d.getByTestId('ikm-value').textContent()).toBe(idNumber(expected.ikm!));
    await d.getByText(`${expected.mutu} · ${expected.kinerja}`).first().waitFor();
    await d.getByText('Tambah kursi di ruang tunggu.').waitFor();
    await d.screenshot({ path: join(SCREENSHOTS, 'prima-survey-results.png'), fullPage: true });

    // The SKM report of the unit and triwulan, as printed.
    await d.getByRole('main').getByRole('link', { name: 'Laporan SKM' }).click();
    await d.getByRole('heading', { name: 'Laporan Hasil Survei Kepuasan Masyarakat', level: 1 }).waitFor();
    await d.locator('.report-summary__value').getByText(idNumber(expected.ikm!)).waitFor();
    await d.screenshot({ path: join(SCREENSHOTS, 'prima-survey-report.png'), fullPage: true });
    // As printed: no navigation, the document alone at about the width of an A4 page between its margins.
    await d.emulateMedia({ media: 'print' });
    expect(await d.locator('.side-nav').isVisible()).toBe(false);
    expect(await d.getByRole('button', { name: 'Cetak / simpan PDF' }).isVisible()).toBe(false);
    await d.setViewportSize({ width: 690, height: 975 });
    await d.screenshot({ path: join(SCREENSHOTS, 'prima-survey-report-print.png'), fullPage: true });
    await d.pdf({ path: join(SCREENSHOTS, 'prima-survey-report.pdf'), format: 'A4', printBackground: true });
    await d.emulateMedia({ media: 'screen' });
    await d.setViewportSize({ width: 1280, height: 900 });

    // The poster for the counter, with the QR code of the public form drawn as SVG.
    await d.goto(`${server.url}/surveys/${created.body.id}/poster`);
    await d.getByRole('heading', { name: 'Poster survei', level: 1 }).waitFor();
    const qr = d.getByRole('img', { name: new RegExp(`/p/${t.tenant.slug}/survei/${created.body.id}`) });
    await qr.waitFor();
    await d.screenshot({ path: join(SCREENSHOTS, 'prima-survey-poster.png'), fullPage: true });
    await desk.done();
  });
});
