/**
 * Open311 service requests: creating one (form-encoded, api_key, service_code, location, attribute[code]) and
 * finding them (id list, service_code, dates, status, paging), with rahasia reports never shown and no reporter's
 * identity in any answer.
 */
import { actOnComplaint, loadTenantContext } from '@prima/api';
import type { Action } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { categories, complaints } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../support/fixtures';
import { call, testApp } from '../support/harness';
import { DESCRIPTION, expectErrors, itemsOf, makeWorld, o311, postRequest, type World } from './support';

const DAY = 24 * 3600 * 1000;
const clock = manualClock(Date.parse('2026-11-20T03:00:00Z'));
const local: LocalApp = await testApp({ now: clock.now });
let w: World;
beforeAll(async () => {
  w = await makeWorld(local);
});

const ids = (res: Awaited<ReturnType<typeof o311>>) =>
  itemsOf(res, 'service_requests', 'request').map((r) => r.service_request_id as string);

const list = (world: World, query = '') =>
  o311(local, 'GET', `/requests.json?jurisdiction_id=${world.slug}${query ? `&${query}` : ''}`);

/** Runs lifecycle actions as the coordinator. */
async function act(world: World, id: string, ...steps: [Action, Record<string, string>?][]) {
  const ctx = await loadTenantContext(world.t.db);
  for (const [action, extra] of steps) {
    const c = (await complaints.get(world.t.db, id))!;
    await actOnComplaint(
      ctx,
      c,
      { action, ...extra },
      { kind: 'coordinator', userId: world.t.admin.id, name: 'Koordinator' },
      clock.now(),
    );
  }
}

describe('POST requests', () => {
  const base = () => ({
    api_key: w.apiKey,
    jurisdiction_id: w.slug,
    service_code: w.lampu.id,
    lat: '-6.5971',
    long: '106.806',
    description: DESCRIPTION,
  });

  it('files a complaint through the Open311 channel, titled by the description’s first words', async () => {
    const id = await postRequest(local, w, { address_string: 'Jl. Pajajaran No. 10' });
    const c = (await complaints.get(w.t.db, id))!;
    expect(c).toMatchObject({
      channel: 'open311',
      categoryId: w.lampu.id,
      description: DESCRIPTION,
      location: { lat: -6.5971, lng: 106.806, address: 'Jl. Pajajaran No. 10' },
      anonim: false,
      rahasia: false,
      status: 'diterima',
    });
    expect(c.title).toBe('Sudah tiga minggu lampu penerangan jalan di depan SDN 2…');
    expect(c.title.length).toBeLessThanOrEqual(61);
  });

  it('reads attribute[code]=value: anonim, rahasia and the service date', async () => {
    const id = await postRequest(local, w, {
      'attribute[jenis]': 'aspirasi',
      'attribute[anonim]': 'true',
      'attribute[rahasia]': 'false',
      'attribute[tanggal_layanan]': '2026-11-18T10:00:00+07:00',
      first_name: 'Siti',
      last_name: 'Aminah',
      email: 'siti.aminah@example.com',
      phone: '+62 812 555 0101',
    });
    const c = (await complaints.get(w.t.db, id))!;
    expect(c).toMatchObject({ anonim: true, rahasia: false, serviceDate: '2026-11-18' });
    // The reporter's contact is kept for notifications only, flagged anonim so exports withhold it.
    expect(await complaints.reporter(w.t.db, id)).toEqual({
      name: 'Siti Aminah',
      email: 'siti.aminah@example.com',
      phone: '+62 812 555 0101',
      anonim: true,
    });
  });

  it('accepts the multivaluelist form attribute[code][]= and refuses two values for a single-value list', async () => {
    const one = await postRequest(local, w, { 'attribute[rahasia][]': 'true' });
    expect((await complaints.get(w.t.db, one))!.rahasia).toBe(true);
    const two = await o311(local, 'POST', '/requests.json', {
      form: { ...base(), 'attribute[jenis][]': ['aspirasi', 'pengaduan'] },
    });
    expect(expectErrors(two, 400)).toEqual([expect.stringMatching(/^attribute\[jenis\]: /)]);
  });

  it('refuses unknown attributes and values not in the list, naming each', async () => {
    const res = await o311(local, 'POST', '/requests.json', {
      form: {
        ...base(),
        'attribute[warna]': 'merah',
        'attribute[anonim]': 'mungkin',
        'attribute[tanggal_layanan]': 'kemarin',
      },
    });
    const errors = expectErrors(res, 400);
    expect(errors).toHaveLength(3);
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'attribute[warna]',
      'attribute[anonim]',
      'attribute[tanggal_layanan]',
    ]);
  });

  it('needs an api_key of this jurisdiction (403 without, unknown or revoked) and records its use', async () => {
    const { api_key: _, ...noKey } = base();
    expect(expectErrors(await o311(local, 'POST', '/requests.json', { form: noKey }), 403)[0]).toMatch(
      /api_key/,
    );
    expectErrors(
      await o311(local, 'POST', '/requests.xml', { form: { ...base(), api_key: '' } }),
      403,
      'xml',
    );
    expectErrors(
      await o311(local, 'POST', '/requests.json', {
        form: { ...base(), api_key: `${w.apiKey.slice(0, -1)}x` },
      }),
      403,
    );
    expectErrors(await o311(local, 'POST', '/requests.json', { form: { ...base(), api_key: 'p311_' } }), 403);

    const other = await makeWorld(local, 'revoked');
    const revoke = await call(local, 'POST', `/api/api-keys/${other.apiKeyId}/revoke`, {
      token: other.t.adminToken,
    });
    expect(revoke.status, revoke.text).toBe(200);
    const res = await o311(local, 'POST', '/requests.json', {
      form: { ...base(), api_key: other.apiKey, jurisdiction_id: other.slug, service_code: other.lampu.id },
    });
    expect(expectErrors(res, 403)[0]).toMatch(/api_key/);

    const keys = await call<{ items: { id: string; lastUsedAt: string | null }[] }>(
      local,
      'GET',
      '/api/api-keys',
      {
        token: w.t.adminToken,
      },
    );
    expect(keys.body.items.find((k) => k.id === w.apiKeyId)?.lastUsedAt).toBe(clock.now().toISOString());
  });

  it('needs a service_code (400) that is one of the services (404)', async () => {
    const { service_code: _, ...noCode } = base();
    expect(expectErrors(await o311(local, 'POST', '/requests.json', { form: noCode }), 400)[0]).toMatch(
      /service_code/,
    );
    const archived = await categories.create(
      w.t.db,
      { name: 'Kategori lama', parentId: null, unitId: null, description: null },
      clock.now().toISOString(),
    );
    await categories.update(w.t.db, archived.id, { archived: true, version: 1 }, clock.now().toISOString());
    for (const code of ['01JD7Q9X4ZB8F6M2N3P5R7S9TV', 'bukan-kode', w.parent.id, archived.id]) {
      const res = await o311(local, 'POST', '/requests.json', { form: { ...base(), service_code: code } });
      expect(expectErrors(res, 404)[0]).toMatch(/service_code/);
      expectErrors(await o311(local, 'GET', `/services/${code}.json?jurisdiction_id=${w.slug}`), 404);
    }
  });

  it('needs a location: lat and long together, or address_string; address_id alone is not enough here', async () => {
    const { lat: _a, long: _b, ...noLocation } = base();
    expect(expectErrors(await o311(local, 'POST', '/requests.json', { form: noLocation }), 400)[0]).toMatch(
      /lat|address_string/,
    );
    expect(
      expectErrors(
        await o311(local, 'POST', '/requests.json', { form: { ...noLocation, lat: '-6.5' } }),
        400,
      )[0],
    ).toMatch(/^long: /);
    expect(
      expectErrors(
        await o311(local, 'POST', '/requests.json', { form: { ...noLocation, address_id: '545483' } }),
        400,
      )[0],
    ).toMatch(/^address_id: /);
    expect(
      expectErrors(await o311(local, 'POST', '/requests.json', { form: { ...base(), lat: '-91' } }), 400)[0],
    ).toMatch(/^lat: /);
    const id = await postRequest(local, w, { lat: '', long: '', address_string: 'Pasar Sukamaju, RT 03' });
    expect((await complaints.get(w.t.db, id))!.location).toEqual({ address: 'Pasar Sukamaju, RT 03' });
  });

  it('holds the description, contact and media_url to Prima’s rules, every problem at once', async () => {
    const res = await o311(local, 'POST', '/requests.json', {
      form: {
        ...base(),
        description: 'terlalu pendek',
        email: 'bukan-email',
        phone: 'abc',
        media_url: 'ftp://x',
      },
    });
    expect(expectErrors(res, 400).map((e) => e.split(':')[0])).toEqual([
      'description',
      'media_url',
      'email',
      'phone',
    ]);
    expectErrors(await o311(local, 'POST', '/requests.json', { form: { ...base(), description: '' } }), 400);
    expectErrors(
      await o311(local, 'POST', '/requests.json', { form: { ...base(), description: 'x'.repeat(4001) } }),
      400,
    );
    const en = await o311(local, 'POST', '/requests.json', {
      form: { ...base(), description: 'pendek' },
      lang: 'en',
    });
    expect(expectErrors(en, 400)[0]).toMatch(/^description: .*characters/);
  });

  it('takes the form-encoded body only (JSON is a 400), and files nothing on a refused request', async () => {
    const res = await local.app.request('/open311/v2/requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(base()),
    });
    expect(res.status).toBe(400);
    const before = ids(await list(w));
    await o311(local, 'POST', '/requests.json', { form: { ...base(), description: 'pendek' } });
    expect(ids(await list(w))).toEqual(before);
  });

  it('a retry with the same Idempotency-Key files one request', async () => {
    const send = () =>
      o311(local, 'POST', '/requests.json', {
        form: base(),
        headers: { 'idempotency-key': 'retry-key-0001' },
      });
    const [a, b] = [await send(), await send()];
    expect(a.status).toBe(200);
    expect(ids(b)).toEqual(ids(a));
  });

  it('keeps media_url with the report and gives it back', async () => {
    const id = await postRequest(local, w, { media_url: 'https://foto.example.org/a.jpg?x=1' });
    const [r] = itemsOf(await o311(local, 'GET', `/requests/${id}.json?jurisdiction_id=${w.slug}`), '', '');
    expect(r).toMatchObject({ description: DESCRIPTION, media_url: 'https://foto.example.org/a.jpg?x=1' });
  });
});

describe('privacy in GET responses', () => {
  it('a rahasia request is never returned: not listed, not by id, not in an id list, not as a token', async () => {
    const post = await o311(local, 'POST', '/requests.json', {
      form: {
        api_key: w.apiKey,
        jurisdiction_id: w.slug,
        service_code: w.lampu.id,
        address_string: 'Kantor Kelurahan Sukamaju',
        description: `${DESCRIPTION} Laporan rahasia nomor 77.`,
        'attribute[rahasia]': 'true',
      },
    });
    expect(post.status, post.text).toBe(200);
    const [created] = itemsOf(post, '', '');
    const secretId = created!.service_request_id as string;
    expect(created!.service_notice).toMatch(/rahasia/);
    const publicId = await postRequest(local, w);

    for (const format of ['json', 'xml'] as const) {
      const all = await o311(local, 'GET', `/requests.${format}?jurisdiction_id=${w.slug}`);
      expect(ids(all)).toContain(publicId);
      expect(ids(all)).not.toContain(secretId);
      expect(all.text).not.toContain('Laporan rahasia nomor 77');
      const byIds = await o311(
        local,
        'GET',
        `/requests.${format}?jurisdiction_id=${w.slug}&service_request_id=${secretId},${publicId}`,
      );
      expect(ids(byIds)).toEqual([publicId]);
      expectErrors(
        await o311(local, 'GET', `/requests/${secretId}.${format}?jurisdiction_id=${w.slug}`),
        404,
        format,
      );
      expectErrors(
        await o311(local, 'GET', `/tokens/${secretId}.${format}?jurisdiction_id=${w.slug}`),
        404,
        format,
      );
    }
  });

  it('no reporter’s identity appears in any answer, anonim or not', async () => {
    const identity = {
      first_name: 'Budiman',
      last_name: 'Sentosa',
      email: 'budiman.sentosa@example.com',
      phone: '+62 811 777 4321',
      device_id: 'device-ABC-123',
      account_id: 'akun-998877',
    };
    const anonim = await postRequest(local, w, { ...identity, 'attribute[anonim]': 'true' });
    const named = await postRequest(local, w, identity);
    for (const format of ['json', 'xml']) {
      const texts = [
        (await o311(local, 'GET', `/requests.${format}?jurisdiction_id=${w.slug}`)).text,
        (
          await o311(
            local,
            'GET',
            `/requests.${format}?jurisdiction_id=${w.slug}&service_request_id=${anonim},${named}`,
          )
        ).text,
        (await o311(local, 'GET', `/requests/${anonim}.${format}?jurisdiction_id=${w.slug}`)).text,
        (await o311(local, 'GET', `/requests/${named}.${format}?jurisdiction_id=${w.slug}`)).text,
      ];
      for (const text of texts) {
        for (const v of Object.values(identity)) expect(text).not.toContain(v);
        expect(text).not.toContain('Budiman');
      }
    }
    const post = await o311(local, 'POST', '/requests.json', {
      form: {
        api_key: w.apiKey,
        jurisdiction_id: w.slug,
        service_code: w.lampu.id,
        lat: '-6.5',
        long: '106.8',
        description: DESCRIPTION,
        ...identity,
        'attribute[anonim]': 'true',
      },
    });
    for (const v of Object.values(identity)) expect(post.text).not.toContain(v);
  });
});

describe('GET requests', () => {
  let t: World;
  const at: Record<string, string> = {};

  beforeAll(async () => {
    // Requests filed over four months, as the clock moves: old (110 days ago), mid (40), jalan (20), recent (1).
    t = await makeWorld(local, 'filters');
    const now = clock.ms;
    clock.advance(-110 * DAY);
    at.old = await postRequest(local, t);
    clock.advance(70 * DAY);
    at.mid = await postRequest(local, t);
    clock.advance(20 * DAY);
    at.jalan = await postRequest(local, t, { service_code: t.jalan.id });
    clock.advance(19 * DAY);
    at.recent = await postRequest(local, t, { service_code: t.sampah.id });
    clock.advance(now - clock.ms);
    // mid is answered and rejected (closed); recent gets a public reply and an internal note.
    await act(t, at.mid!, ['reject', { note: 'Lampu sudah diperbaiki minggu lalu.' }]);
    await act(
      t,
      at.recent!,
      ['reply', { note: 'Petugas kebersihan dijadwalkan besok pagi.' }],
      ['note', { note: 'Catatan internal: armada kurang.' }],
    );
  });

  it('defaults to the most recent 90 days, newest first', async () => {
    expect(ids(await list(t))).toEqual([at.recent, at.jalan, at.mid]);
  });

  it('maps statuses to open/closed with the latest public note, and the deadline as expected_datetime', async () => {
    const res = await list(t);
    const byId = new Map(itemsOf(res, '', '').map((r) => [r.service_request_id, r]));
    expect(byId.get(at.mid)).toMatchObject({
      status: 'closed',
      status_notes: 'Lampu sudah diperbaiki minggu lalu.',
      expected_datetime: null,
    });
    expect(byId.get(at.recent)).toMatchObject({
      status: 'open',
      status_notes: 'Petugas kebersihan dijadwalkan besok pagi.',
    });
    expect(byId.get(at.recent)!.expected_datetime).toMatch(/T23:59:59\.999\+07:00$/);
    expect(res.text).not.toContain('armada kurang');
  });

  it('filters by status', async () => {
    expect(ids(await list(t, 'status=open'))).toEqual([at.recent, at.jalan]);
    expect(ids(await list(t, 'status=closed'))).toEqual([at.mid]);
    expect(ids(await list(t, 'status=open,closed'))).toEqual([at.recent, at.jalan, at.mid]);
    expect(ids(await list(t, 'status=open&status=closed'))).toEqual([at.recent, at.jalan, at.mid]);
    expect(expectErrors(await list(t, 'status=selesai'), 400)[0]).toMatch(/^status: /);
  });

  it('filters by service_code, one or several', async () => {
    expect(ids(await list(t, `service_code=${t.lampu.id}`))).toEqual([at.mid]);
    expect(ids(await list(t, `service_code=${t.jalan.id},${t.sampah.id}`))).toEqual([at.recent, at.jalan]);
    expect(ids(await list(t, 'service_code=01JD7Q9X4ZB8F6M2N3P5R7S9TV'))).toEqual([]);
  });

  it('filters by start_date and end_date (w3 datetimes with a zone, or dates), at most 90 days apart', async () => {
    const iso = (daysAgo: number) => new Date(clock.ms - daysAgo * DAY).toISOString();
    expect(ids(await list(t, `start_date=${iso(120)}&end_date=${iso(100)}`))).toEqual([at.old]);
    expect(ids(await list(t, `start_date=${iso(120)}`))).toEqual([at.mid, at.old]);
    expect(ids(await list(t, `end_date=${iso(30)}`))).toEqual([at.mid, at.old]);
    const day = (daysAgo: number) => iso(daysAgo).slice(0, 10);
    expect(ids(await list(t, `start_date=${day(21)}&end_date=${day(19)}`))).toEqual([at.jalan]);
    const plus = encodeURIComponent('2026-11-01T00:00:00+07:00');
    expect(ids(await list(t, `start_date=${plus}`))).toEqual([at.recent]);

    expect(expectErrors(await list(t, `start_date=${iso(120)}&end_date=${iso(20)}`), 400)[0]).toMatch(/90/);
    expect(expectErrors(await list(t, `start_date=${iso(10)}&end_date=${iso(20)}`), 400)[0]).toMatch(
      /start_date/,
    );
    expect(expectErrors(await list(t, 'start_date=2026-11-01T00:00:00'), 400)[0]).toMatch(/^start_date: /);
    expect(expectErrors(await list(t, 'end_date=kemarin'), 400)[0]).toMatch(/^end_date: /);
  });

  it('pages with page and page_size, within the first 1,000', async () => {
    expect(ids(await list(t, 'page_size=2'))).toEqual([at.recent, at.jalan]);
    expect(ids(await list(t, 'page_size=2&page=2'))).toEqual([at.mid]);
    expect(ids(await list(t, 'page_size=2&page=3'))).toEqual([]);
    expectErrors(await list(t, 'page_size=0'), 400);
    expectErrors(await list(t, 'page_size=101'), 400);
    expectErrors(await list(t, 'page=0'), 400);
    expect(expectErrors(await list(t, 'page_size=100&page=11'), 400)[0]).toMatch(/1[.,]000/);
  });

  it('service_request_id lists override every other argument; unknown and malformed ids are left out', async () => {
    const res = await list(
      t,
      `service_request_id=${at.old},01JD7Q9X4ZB8F6M2N3P5R7S9TV,bukan-id,${at.mid}&status=open`,
    );
    expect(ids(res)).toEqual([at.old, at.mid]);
    const many = Array.from({ length: 101 }, () => at.old).join(',');
    expectErrors(await list(t, `service_request_id=${many}`), 400);
  });
});
