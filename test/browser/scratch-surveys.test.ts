// SCRATCH (not to keep): visual review of the survey pages beyond the main flow.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localDate } from '@prima/domain';
import { freePort, type LocalServer, setPassword, startLocalServer } from '@prima/local';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call, newTenant, PASSWORD, TEST_TABLE } from '../support/harness';

const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));
const OUT = '/tmp/sv';
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  server = await startLocalServer({
    endpoint: inject('ddbEndpoint'),
    tableName: TEST_TABLE,
    port: await freePort(),
    webRoot: WEB_ROOT,
    logLevel: 'SILENT',
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(`${m.text()} on ${page.url()}`);
  });
  return { page, errors, close: () => context.close() };
}
const shot = (p: Page, name: string, fullPage = true) => p.screenshot({ path: join(OUT, `${name}.png`), fullPage });

describe('scratch', () => {
  it('reviews', async () => {
    const t = await newTenant(server);
    await setPassword(server.store, t.admin.email, PASSWORD);
    const tok = t.adminToken;
    const u1 = await call<{ id: string }>(server, 'POST', '/api/units', {
      token: tok,
      body: { name: 'Dinas Kesehatan', shortName: 'Dinkes', kind: 'dinas', headName: 'dr. Siti Aminah' },
    });
    const u2 = await call<{ id: string }>(server, 'POST', '/api/units', {
      token: tok,
      body: { name: 'Kecamatan Sukamaju', kind: 'kecamatan' },
    });
    await call(server, 'POST', '/api/services', { token: tok, body: { unitId: u1.body.id, name: 'Surat Keterangan Sehat' } });
    const today = localDate(new Date(), 'Asia/Jakarta');
    const year = Number(today.slice(0, 4));
    const q = Math.ceil(Number(today.slice(5, 7)) / 3);
    const mk = async (body: Record<string, unknown>) => {
      const c = await call<{ id: string; version: number }>(server, 'POST', '/api/surveys/campaigns', {
        token: tok,
        body: { period: { kind: 'triwulan', year, number: q }, population: 300, ...body },
      });
      expect(c.status, c.text).toBe(201);
      const o = await call<{ id: string; version: number }>(server, 'POST', `/api/surveys/campaigns/${c.body.id}/status`, {
        token: tok,
        body: { status: 'open', version: c.body.version },
      });
      return o.body;
    };
    const sq = await mk({ title: 'SERVQUAL Dinkes', unitId: u1.body.id, templateId: 'servqual' });
    const tr = await mk({ title: 'Kepercayaan publik', unitId: u2.body.id, templateId: 'trust' });
    const ikm2 = await mk({ title: 'SKM Kecamatan', unitId: u2.body.id, templateId: 'skm-2017' });
    const profile = { umur: '30-39', jenisKelamin: 'perempuan', pendidikan: 'sma', pekerjaan: 'wiraswasta' };
    for (let i = 0; i < 12; i++) {
      await call(server, 'POST', `/api/public/${t.tenant.slug}/surveys/${ikm2.id}`, {
        body: {
          templateId: 'skm-2017',
          answers: Object.fromEntries([3, 3, 2, 4, 3, 3, 4, 2, 3].map((s, k) => [`U${k + 1}`, ((s + i) % 4) + 1])),
          profile: { ...profile, umur: i % 2 ? '20-29' : '40-49', saran: i % 3 ? undefined : `Saran nomor ${i}` },
        },
      });
    }
    for (let i = 0; i < 5; i++) {
      await call(server, 'POST', `/api/public/${t.tenant.slug}/surveys/${sq.id}`, {
        body: {
          templateId: 'servqual',
          answers: Object.fromEntries(Array.from({ length: 22 }, (_, k) => [`Q${k + 1}`, { e: 6 + (k % 2), p: 3 + ((k + i) % 4) }])),
          allocation: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 },
          profile,
        },
      });
      await call(server, 'POST', `/api/public/${t.tenant.slug}/surveys/${tr.id}`, {
        body: {
          templateId: 'trust',
          answers: { PT1: (i * 3) % 11, RS1: 7, RL1: 5, IN1: 2 + i, OP1: 8, FA1: 6, ST1: 4 },
          profile,
        },
      });
    }

    const desk = await newPage();
    const d = desk.page;
    await d.goto(`${server.url}/signin`);
    await d.getByLabel('Email').fill(t.admin.email);
    await d.getByLabel('Kata sandi').fill(PASSWORD);
    await d.getByRole('button', { name: 'Masuk' }).click();
    await d.getByRole('heading', { name: 'Beranda', level: 1 }).waitFor();
    await d.goto(`${server.url}/surveys/new`);
    await d.getByRole('heading', { name: 'Buat survei', level: 1 }).waitFor();
    await d.getByRole('button', { name: 'Simpan draf' }).click();
    await d.waitForTimeout(300);
    await shot(d, '01-create-errors');
    await d.getByLabel('Judul survei').fill('SKM Dinkes Triwulan');
    await d.getByLabel('Unit (OPD)').selectOption({ label: 'Dinas Kesehatan' });
    await d.getByLabel(/^Layanan/).selectOption({ label: 'Surat Keterangan Sehat' });
    await d.getByLabel('Populasi penerima layanan (N)').fill('500');
    await d.getByText('217 responden').waitFor();
    await shot(d, '02-create-filled');
    await d.getByRole('button', { name: 'Simpan draf' }).click();
    await d.getByRole('button', { name: 'Buka survei' }).waitFor();
    await shot(d, '03-campaign-draft');
    await d.getByRole('button', { name: 'Buka survei' }).click();
    await d.getByRole('button', { name: 'Jeda' }).waitFor();
    const campaignUrl = d.url();
    const campaignId = campaignUrl.split('/').pop()!;
    // 409 on edit
    await d.getByRole('link', { name: 'Ubah' }).click();
    await d.getByLabel('Populasi penerima layanan (N)').fill('600');
    const cur = await call<{ version: number }>(server, 'GET', `/api/surveys/campaigns/${campaignId}`, { token: tok });
    await call(server, 'PATCH', `/api/surveys/campaigns/${campaignId}`, { token: tok, body: { population: 700, version: cur.body.version } });
    await d.getByRole('button', { name: 'Simpan' }).click();
    await d.getByText('Data ini telah diubah orang lain').waitFor();
    await shot(d, '04-edit-conflict');
    await d.getByRole('button', { name: 'Muat ulang' }).click();
    await d.waitForTimeout(500);
    await shot(d, '05-edit-reloaded');

    // Lists and the other pages
    await d.goto(`${server.url}/surveys`);
    await d.getByRole('link', { name: 'SERVQUAL Dinkes' }).waitFor();
    await shot(d, '06-list');
    await d.goto(`${server.url}/surveys/${ikm2.id}`);
    await d.getByTestId('ikm-value').waitFor();
    await d.getByRole('button', { name: /Rencanakan/ }).first().click();
    await d.getByLabel('Tindakan').fill('Menambah satu petugas loket pada jam sibuk');
    await d.getByLabel('Tenggat').fill(`${year + 1}-03-31`);
    await shot(d, '07-plan-form');
    await d.getByRole('button', { name: 'Simpan rencana' }).click();
    await d.getByText('Rencana tindak lanjut tersimpan.').waitFor();
    await shot(d, '08-ikm-results-with-plan');
    await d.goto(`${server.url}/surveys/${sq.id}`);
    await d.getByText('Skor SERVQUAL tertimbang').waitFor();
    await shot(d, '09-servqual-results');
    await d.goto(`${server.url}/surveys/${tr.id}`);
    await d.getByText('Kepercayaan politik').first().waitFor();
    await shot(d, '10-trust-results');
    await d.goto(`${server.url}/surveys/comparison`);
    await d.getByRole('table').waitFor();
    await shot(d, '11-comparison');
    await d.goto(`${server.url}/surveys/trend?unitId=${u2.body.id}&type=month&count=12`);
    await d.getByRole('table').waitFor();
    await shot(d, '12-trend');
    await d.goto(`${server.url}/surveys/follow-ups?unitId=${u2.body.id}`);
    await d.getByText('Menambah satu petugas loket').first().waitFor();
    await shot(d, '13-follow-ups');
    await d.getByRole('button', { name: 'English' }).click();
    await d.goto(`${server.url}/surveys/${ikm2.id}`);
    await d.getByTestId('ikm-value').waitFor();
    await shot(d, '14-results-en');
    await d.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    // close ikm2 → publication
    const c2 = await call<{ version: number }>(server, 'GET', `/api/surveys/campaigns/${ikm2.id}`, { token: tok });
    await call(server, 'POST', `/api/surveys/campaigns/${ikm2.id}/status`, { token: tok, body: { status: 'closed', version: c2.body.version } });

    // Citizens on a phone
    const phone = await newPage({ width: 390, height: 844 });
    const p = phone.page;
    await p.goto(`${server.url}/p/${t.tenant.slug}`);
    await p.getByRole('heading', { level: 1 }).waitFor();
    await shot(p, '20-pemda');
    await p.goto(`${server.url}/p/${t.tenant.slug}/survei`);
    await p.getByRole('link', { name: 'SERVQUAL Dinkes' }).waitFor();
    await shot(p, '21-list');
    await p.goto(`${server.url}/p/${t.tenant.slug}/survei/${sq.id}`);
    await p.getByText('Pertanyaan 1 dari 22').waitFor();
    await shot(p, '22-servqual-top', false);
    await p.getByRole('button', { name: 'Kirim jawaban' }).click();
    await p.waitForTimeout(300);
    await shot(p, '23-servqual-errors', false);
    await p.getByLabel('Bukti fisik').fill('30');
    await p.getByLabel('Keandalan').fill('30');
    await p.locator('.allocation').scrollIntoViewIfNeeded();
    await shot(p, '24-servqual-allocation', false);
    await p.goto(`${server.url}/p/${t.tenant.slug}/survei/${tr.id}`);
    await p.getByText('Pertanyaan 1 dari').first().waitFor();
    await shot(p, '25-trust-top', false);
    await p.goto(`${server.url}/p/${t.tenant.slug}/survei/${ikm2.id}`);
    await p.getByText('Survei ini sudah ditutup').waitFor();
    await shot(p, '26-closed');
    await p.goto(`${server.url}/p/${t.tenant.slug}/ikm`);
    await p.getByText('Kecamatan Sukamaju').first().waitFor();
    await shot(p, '27-publication');
    // 429: exhaust the bucket from this machine, then answer in the browser
    await p.goto(`${server.url}/p/${t.tenant.slug}/survei/${campaignId}`);
    await p.getByText('Pertanyaan 1 dari 9').waitFor();
    for (let i = 0; i < 25; i++) {
      await fetch(`${server.url}/api/public/${t.tenant.slug}/surveys/${campaignId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ templateId: 'skm-2017', answers: { U1: 3 }, profile }),
      });
    }
    await p.getByRole('group', { name: /^Pertanyaan 1 dari 9/ }).getByLabel('sesuai', { exact: true }).check();
    await p.getByRole('group', { name: 'Jenis kelamin' }).getByLabel('Laki-laki').check();
    await p.getByRole('group', { name: 'Umur' }).getByLabel('20–29 tahun').check();
    await p.getByLabel('Pendidikan terakhir').selectOption({ label: 'SMP' });
    await p.getByLabel('Pekerjaan').selectOption({ label: 'Lainnya' });
    await p.getByRole('button', { name: 'Kirim jawaban' }).click();
    await p.waitForTimeout(800);
    await shot(p, '28-throttled', false);
    await p.locator('.survey-form__submit').scrollIntoViewIfNeeded();
    await shot(p, '29-throttled-bottom', false);
    // reload after a lost answer
    const ikm3 = await mk({ title: 'SKM Ulang', unitId: u2.body.id, templateId: 'skm-2017' });
    const ph2 = await newPage({ width: 390, height: 844 });
    const r = ph2.page;
    await r.goto(`${server.url}/p/${t.tenant.slug}/survei/${ikm3.id}`);
    await r.getByText('Pertanyaan 1 dari 9').waitFor();
    await r.getByRole('group', { name: /^Pertanyaan 1 dari 9/ }).getByLabel('sesuai', { exact: true }).check();
    await r.getByRole('group', { name: 'Jenis kelamin' }).getByLabel('Laki-laki').check();
    await r.getByRole('group', { name: 'Umur' }).getByLabel('20–29 tahun').check();
    await r.getByLabel('Pendidikan terakhir').selectOption({ label: 'SMP' });
    await r.getByLabel('Pekerjaan').selectOption({ label: 'Lainnya' });
    let n = 0;
    await r.route('**/api/public/*/surveys/*', async (route) => {
      if (route.request().method() !== 'POST' || n++ > 0) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await r.getByRole('button', { name: 'Kirim jawaban' }).click();
    await r.getByText('Tidak dapat terhubung').waitFor();
    await r.reload();
    await r.getByText('Jawaban yang belum terkirim dipulihkan').waitFor();
    await shot(r, '30-restored', false);
    await r.getByRole('button', { name: 'Kirim ulang' }).click();
    await r.getByRole('heading', { name: 'Jawaban terkirim' }).waitFor();
    const after = await call<{ progress: { responses: number } }>(server, 'GET', `/api/surveys/campaigns/${ikm3.id}`, { token: tok });
    console.log('RESPONSES AFTER RETRY', after.body.progress.responses);
    console.log('ERRORS', desk.errors, phone.errors, ph2.errors);
    await desk.close();
    await phone.close();
  });
});
