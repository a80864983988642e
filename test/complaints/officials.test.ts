/**
 * The officials' side of complaint handling through the API: every action per role, concurrent changes, the
 * complaint page, the reporter's contact, attachments, staff entry, categories and canned replies, bad input.
 */
import { loadTenantContext, submitComplaint } from '@prima/api';
import type { Complaint } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { newId, uploads } from '@prima/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem, tenantFingerprint } from '../support/fixtures';
import { type CallResult, call, testApp } from '../support/harness';
import {
  act,
  complaintAt,
  DESCRIPTION,
  fileComplaint,
  newClock,
  type OfficialsWorld,
  officialsWorld,
  ok,
  view,
} from './officials-fixtures';

const clock = newClock();
let local: LocalApp;
beforeAll(async () => {
  local = await testApp({ now: clock.now });
});

type Role = 'coordinator' | 'officer1' | 'officer2' | 'analyst';
type Stage = 'diterima' | 'diverifikasi' | 'didisposisikan' | 'ditindaklanjuti';

interface Row {
  action: string;
  stage: Stage;
  body: (w: OfficialsWorld, other: Complaint) => Record<string, unknown>;
  /** Status after the action (the same status for notes, replies, extensions, escalation). */
  to: string;
  /** Roles that may take it; every other role gets 403 and changes nothing. */
  allowed: Role[];
}

const NOTE = { note: 'Catatan petugas untuk tindakan ini.' };

const ROWS: Row[] = [
  { action: 'verify', stage: 'diterima', body: () => ({}), to: 'diverifikasi', allowed: ['coordinator'] },
  {
    action: 'request-info',
    stage: 'diterima',
    body: () => NOTE,
    to: 'perlu-dilengkapi',
    allowed: ['coordinator'],
  },
  { action: 'reject', stage: 'diterima', body: () => NOTE, to: 'ditolak', allowed: ['coordinator'] },
  {
    action: 'archive',
    stage: 'diterima',
    body: () => ({ ...NOTE, archiveReason: 'tidak-jelas' }),
    to: 'diarsipkan',
    allowed: ['coordinator'],
  },
  {
    action: 'dispatch',
    stage: 'diverifikasi',
    body: (w) => ({ unitId: w.unit1, tier: 'ringan' }),
    to: 'didisposisikan',
    allowed: ['coordinator'],
  },
  {
    action: 'reroute',
    stage: 'didisposisikan',
    body: (w) => ({ ...NOTE, unitId: w.unit2 }),
    to: 'didisposisikan',
    allowed: ['coordinator'],
  },
  { action: 'return', stage: 'didisposisikan', body: () => NOTE, to: 'diverifikasi', allowed: ['officer1'] },
  {
    action: 'respond',
    stage: 'didisposisikan',
    body: () => NOTE,
    to: 'ditindaklanjuti',
    allowed: ['coordinator', 'officer1'],
  },
  { action: 'close', stage: 'ditindaklanjuti', body: () => ({}), to: 'selesai', allowed: ['coordinator'] },
  {
    action: 'note',
    stage: 'didisposisikan',
    body: () => NOTE,
    to: 'didisposisikan',
    allowed: ['coordinator', 'officer1'],
  },
  {
    action: 'reply',
    stage: 'didisposisikan',
    body: () => NOTE,
    to: 'didisposisikan',
    allowed: ['coordinator', 'officer1'],
  },
  {
    action: 'extend',
    stage: 'didisposisikan',
    body: () => ({ ...NOTE, extraWorkingDays: 3 }),
    to: 'didisposisikan',
    allowed: ['coordinator'],
  },
  {
    action: 'escalate',
    stage: 'didisposisikan',
    body: () => ({}),
    to: 'didisposisikan',
    allowed: ['coordinator'],
  },
  {
    action: 'archive',
    stage: 'didisposisikan',
    body: (_, other) => ({ ...NOTE, archiveReason: 'duplikat', duplicateOf: other.id }),
    to: 'diarsipkan',
    allowed: ['coordinator'],
  },
];

const ROLES: Role[] = ['analyst', 'officer2', 'officer1', 'coordinator'];

describe('every official action, per role', () => {
  it.each(ROWS.map((r) => [`${r.action} from ${r.stage}`, r] as const))('%s', async (_, row) => {
    const w = await officialsWorld(local);
    const other = await fileComplaint(local, w, { title: 'Laporan asli yang sama' });
    for (const role of ROLES) {
      const c = await complaintAt(local, w, row.stage);
      const before = await view(local, w.coordinator, c.id);
      const res = await act(local, w[role], c, { action: row.action, ...row.body(w, other) });
      if (row.allowed.includes(role)) {
        expect(res.status, `${role}: ${res.text}`).toBe(200);
        expect(res.body.complaint.status).toBe(row.to);
        expect(res.body.complaint.version).toBe(c.version + 1);
        const after = await view(local, w.coordinator, c.id);
        expect(after.body.timeline).toHaveLength(before.body.timeline.length + 1);
        const event = after.body.timeline.at(-1)!;
        expect(event.action).toBe(row.action);
        expect(event.actor.userId).toBe(w.users[role === 'officer1' ? 'officer1' : 'coordinator']!.id);
      } else {
        expectProblem(res, 403, 'forbidden');
        const after = await view(local, w.coordinator, c.id);
        expect(after.body.complaint.version).toBe(c.version);
        expect(after.body.timeline).toEqual(before.body.timeline);
      }
    }
  });
});

describe('the complaint page', () => {
  it('runs the lifecycle from staff entry to closing, with the timeline and the actions each role may take', async () => {
    const w = await officialsWorld(local);
    let c = await fileComplaint(local, w, { channel: 'walk-in' });
    expect(c).toMatchObject({ status: 'diterima', channel: 'walk-in', dueKind: 'verify', version: 1 });
    // Verification deadline: 3 working days after Monday → end of Thursday in Jakarta.
    expect(c.dueAt).toBe('2026-11-05T16:59:59.999Z');

    const page = await view(local, w.coordinator, c.id);
    expect(page.status).toBe(200);
    expect(page.body.availableActions).toEqual([
      'verify',
      'request-info',
      'reject',
      'archive',
      'note',
      'reply',
      'extend',
      'escalate',
    ]);
    expect(page.body.deadline).toEqual({ state: 'on-track', dueAt: c.dueAt, dueKind: 'verify' });
    expect(page.body.category).toEqual({ id: w.categoryId, name: 'Jalan rusak' });
    expect((await view(local, w.analyst, c.id)).body.availableActions).toEqual([]);
    // The tracking code lets its holder act as the reporter: only those who run the lifecycle see it.
    expect(page.body.complaint.trackingCode).toBe(c.trackingCode);
    expect((await view(local, w.admin, c.id)).body.complaint.trackingCode).toBe(c.trackingCode);
    const analystView = await view(local, w.analyst, c.id);
    expect(analystView.body.complaint.trackingCode).toBeNull();
    expect(analystView.text).not.toContain(c.trackingCode);

    c = await ok(local, w.coordinator, c, { action: 'note', note: 'Cek lokasi dulu (internal).' });
    c = await ok(local, w.coordinator, c, { action: 'verify' });
    // Dispatch without a unit: the category routes it.
    const dispatched = await act(local, w.coordinator, c, { action: 'dispatch' });
    expect(dispatched.status, dispatched.text).toBe(200);
    c = dispatched.body.complaint;
    expect(c.unitId).toBe(w.unit1);
    expect(c.dueKind).toBe('follow-up');

    const officerView = await view(local, w.officer1, c.id);
    expect(officerView.body.availableActions).toEqual(['return', 'respond', 'note', 'reply']);
    expect(officerView.text).not.toContain(c.trackingCode);
    clock.advance(5 * 3_600_000);
    c = await ok(local, w.officer1, c, { action: 'respond', note: 'Lubang sudah ditambal hari ini.' });
    expect(c.firstResponseOnTime).toBe(true);
    c = await ok(local, w.coordinator, c, { action: 'close', note: 'Terima kasih atas laporannya.' });
    expect(c.status).toBe('selesai');

    const final = await view(local, w.coordinator, c.id);
    expect(final.body.timeline.map((e) => [e.action, e.kind, e.visibility])).toEqual([
      ['submit', 'status', 'public'],
      ['note', 'internal-note', 'internal'],
      ['verify', 'status', 'internal'],
      ['dispatch', 'status', 'internal'],
      ['respond', 'status', 'public'],
      ['close', 'status', 'public'],
    ]);
    expect(final.body.deadline.state).toBeNull();
    expect(final.body.unit).toEqual({ id: w.unit1, name: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
    expect(final.body.availableActions).toEqual([]);
  });

  it('never carries the reporter’s contact, and hides a citizen reporter’s name in the timeline', async () => {
    const w = await officialsWorld(local);
    const ctx = await loadTenantContext(w.t.db);
    const { complaint } = await submitComplaint(
      ctx,
      {
        type: 'pengaduan',
        categoryId: null,
        serviceId: null,
        title: 'Sampah menumpuk di pasar',
        description: DESCRIPTION,
        location: null,
        reporter: { name: 'Budi Pelapor', email: 'budi.pelapor@example.com', phone: '+62 812 9999 0000' },
        anonim: false,
        rahasia: false,
        attachmentIds: [],
        serviceDate: null,
      },
      { channel: 'web', actor: { kind: 'reporter', userId: null, name: 'Budi Pelapor' }, now: clock.now() },
    );
    for (const token of [w.admin, w.coordinator, w.analyst]) {
      const res = await view(local, token, complaint.id);
      expect(res.status).toBe(200);
      for (const secret of ['Budi Pelapor', 'budi.pelapor@example.com', '9999'])
        expect(res.text).not.toContain(secret);
      expect(res.body.timeline[0]!.actor).toEqual({ kind: 'reporter', userId: null, name: null });
    }
  });

  it('is 404 for an unknown complaint and 403 for another unit’s complaint', async () => {
    const w = await officialsWorld(local);
    const c = await complaintAt(local, w, 'didisposisikan');
    expectProblem(await view(local, w.coordinator, newId()), 404, 'not-found');
    expect((await view(local, w.officer1, c.id)).status).toBe(200);
    expectProblem(await view(local, w.officer2, c.id), 403, 'forbidden');
    const undispatched = await fileComplaint(local, w);
    expectProblem(await view(local, w.officer1, undispatched.id), 403, 'forbidden');
  });
});

describe('two officials acting at once', () => {
  it('with the same version: one wins, the other gets 409, the timeline holds one event', async () => {
    const w = await officialsWorld(local);
    const c = await fileComplaint(local, w);
    const results = await Promise.all([
      act(local, w.coordinator, c, { action: 'verify', note: 'Diverifikasi koordinator' }),
      act(local, w.admin, c, { action: 'verify', note: 'Diverifikasi admin' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expectProblem(loser, 409, 'version-conflict');
    expect((loser.body as unknown as { currentVersion: number }).currentVersion).toBe(2);
    const page = await view(local, w.coordinator, c.id);
    expect(page.body.complaint.version).toBe(2);
    expect(page.body.timeline.filter((e) => e.action === 'verify')).toHaveLength(1);
  });

  it('a stale version is refused with 409 and changes nothing', async () => {
    const w = await officialsWorld(local);
    const c = await fileComplaint(local, w);
    await ok(local, w.coordinator, c, { action: 'note', note: 'Catatan pertama' });
    const before = await tenantFingerprint(local, w.t.tenant.id);
    const res = await act(local, w.admin, c, { action: 'verify' });
    expectProblem(res, 409, 'version-conflict');
    expect(await tenantFingerprint(local, w.t.tenant.id)).toEqual(before);
  });
});

describe('bad input stores nothing', () => {
  async function refused<T>(w: OfficialsWorld, send: () => Promise<CallResult<T>>): Promise<CallResult<T>> {
    const before = await tenantFingerprint(local, w.t.tenant.id);
    const res = await send();
    expect(await tenantFingerprint(local, w.t.tenant.id)).toEqual(before);
    return res;
  }

  it('unknown unit, category, service, duplicate or tier: 400 naming the field', async () => {
    const w = await officialsWorld(local);
    const verified = await complaintAt(local, w, 'diverifikasi');
    const cases: [Record<string, unknown>, string][] = [
      [{ action: 'dispatch', unitId: newId() }, 'unitId'],
      [{ action: 'dispatch', unitId: w.unit1, tier: 'kilat' }, 'tier'],
      [{ action: 'archive', note: 'Sama', archiveReason: 'duplikat', duplicateOf: newId() }, 'duplicateOf'],
      [
        { action: 'archive', note: 'Sama', archiveReason: 'duplikat', duplicateOf: verified.id },
        'duplicateOf',
      ],
      [{ action: 'archive', note: 'Sama', archiveReason: 'duplikat' }, 'duplicateOf'],
      [{ action: 'archive', note: 'Tidak jelas' }, 'archiveReason'],
      [{ action: 'reject' }, 'note'],
      [{ action: 'extend', note: 'Perlu waktu' }, 'extraWorkingDays'],
      [{ action: 'verify', unitId: newId() }, 'unitId'],
    ];
    for (const [body, field] of cases) {
      const res = await refused(w, () => act(local, w.coordinator, verified, body));
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res), JSON.stringify(body)).toEqual([field]);
    }
    for (const [body, field] of [
      [{ categoryId: newId() }, 'categoryId'],
      [{ serviceId: newId() }, 'serviceId'],
      [{ attachmentIds: [newId()] }, 'attachmentIds.0'],
      [{ channel: 'web' }, 'channel'],
      [{ description: 'pendek' }, 'description'],
    ] as const) {
      const res = await refused(w, () =>
        call(local, 'POST', '/api/complaints', {
          token: w.coordinator,
          body: { channel: 'phone', title: 'Jalan berlubang', description: DESCRIPTION, ...body },
        }),
      );
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual([field]);
    }
  });

  it('a transition the role may not make: 403 with the catalogue message, in the caller’s language', async () => {
    const w = await officialsWorld(local);
    const c = await complaintAt(local, w, 'didisposisikan');
    const res = await refused(w, () =>
      call(local, 'POST', `/api/complaints/${c.id}/actions`, {
        token: w.officer1,
        lang: 'en',
        body: { action: 'reroute', unitId: w.unit2, note: 'Bukan tugas kami', version: c.version },
      }),
    );
    expectProblem(res, 403, 'forbidden');
    expect((res.body as unknown as { detail: string }).detail).toBe('Your role cannot take this action');
  });

  it('an action the status does not allow: 409 invalid-transition', async () => {
    const w = await officialsWorld(local);
    const c = await fileComplaint(local, w);
    const res = await refused(w, () => act(local, w.coordinator, c, { action: 'close' }));
    expectProblem(res, 409, 'invalid-transition');
    expect((res.body as unknown as { detail: string }).detail).toMatch(/status laporan/);
  });

  it('dispatch of a complaint whose category routes nowhere asks for the unit', async () => {
    const w = await officialsWorld(local);
    let c = await fileComplaint(local, w, { categoryId: w.otherCategoryId });
    c = await ok(local, w.coordinator, c, { action: 'verify' });
    const res = await refused(w, () => act(local, w.coordinator, c, { action: 'dispatch' }));
    expectProblem(res, 400, 'validation');
    expect(errorPaths(res)).toEqual(['unitId']);
  });
});

describe('the reporter’s contact', () => {
  it('is shown to coordinators and to the unit handling it, never for an anonim report', async () => {
    const w = await officialsWorld(local);
    const c = await complaintAt(local, w, 'didisposisikan');
    const path = `/api/complaints/${c.id}/reporter`;
    const contact = { name: 'Siti Aminah', phone: '+62 812 5550 1234', email: 'siti@example.com' };
    for (const token of [w.admin, w.coordinator, w.officer1]) {
      const res = await call(local, 'GET', path, { token });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toEqual(contact);
    }
    expectProblem(await call(local, 'GET', path, { token: w.officer2 }), 403, 'forbidden');
    expectProblem(await call(local, 'GET', path, { token: w.analyst }), 403, 'forbidden');

    const anonim = await complaintAt(local, w, 'didisposisikan', { anonim: true });
    for (const token of [w.admin, w.coordinator, w.officer1]) {
      const res = await call(local, 'GET', `/api/complaints/${anonim.id}/reporter`, { token });
      expectProblem(res, 404, 'not-found');
      expect(res.text).not.toContain('Siti');
      const page = await view(local, token, anonim.id);
      expect(page.text).not.toContain('Siti');
      expect(page.text).not.toContain('5550');
    }
    expectProblem(await call(local, 'GET', `/api/complaints/${newId()}/reporter`, { token: w.admin }), 404);
  });
});

describe('attachments', () => {
  it('give a short-lived download URL to those who may see the complaint', async () => {
    const w = await officialsWorld(local);
    const id = newId();
    const key = `${w.t.tenant.id}/attachments/${id}`;
    await local.blobs.put(key, new TextEncoder().encode('foto'), 'image/jpeg');
    await uploads.put(w.t.db, {
      id,
      name: 'lubang.jpg',
      contentType: 'image/jpeg',
      size: 4,
      objectKey: key,
      ready: true,
      createdAt: clock.now().toISOString(),
    });
    const c = await complaintAt(local, w, 'didisposisikan', { attachmentIds: [id] });
    expect(c.attachments).toEqual([{ id, name: 'lubang.jpg', contentType: 'image/jpeg', size: 4 }]);
    for (const token of [w.coordinator, w.officer1, w.analyst]) {
      const res = await call<{ url: string }>(local, 'GET', `/api/complaints/${c.id}/attachments/${id}`, {
        token,
      });
      expect(res.status, res.text).toBe(200);
      const file = await local.app.request(new URL(res.body.url).pathname);
      expect(file.status).toBe(200);
      expect(await file.text()).toBe('foto');
      expect(file.headers.get('content-disposition')).toContain('lubang.jpg');
    }
    expectProblem(
      await call(local, 'GET', `/api/complaints/${c.id}/attachments/${id}`, { token: w.officer2 }),
      403,
    );
    expectProblem(
      await call(local, 'GET', `/api/complaints/${c.id}/attachments/${newId()}`, { token: w.coordinator }),
      404,
    );
  });
});

describe('staff entry', () => {
  it('files walk-in, phone, SMS, email and social-media complaints as the coordinator; others may not', async () => {
    const w = await officialsWorld(local);
    for (const channel of ['walk-in', 'phone', 'sms', 'email', 'social-media']) {
      const c = await fileComplaint(local, w, { channel });
      expect(c.channel).toBe(channel);
      const page = await view(local, w.coordinator, c.id);
      expect(page.body.timeline[0]).toMatchObject({
        action: 'submit',
        actor: { kind: 'coordinator', userId: w.users.coordinator!.id },
      });
    }
    for (const token of [w.officer1, w.analyst]) {
      const res = await call(local, 'POST', '/api/complaints', {
        token,
        body: { channel: 'phone', title: 'Jalan berlubang', description: DESCRIPTION },
      });
      expectProblem(res, 403, 'forbidden');
    }
  });

  it('a retry with the same idempotency key returns the first complaint', async () => {
    const w = await officialsWorld(local);
    const send = () =>
      call<Complaint>(local, 'POST', '/api/complaints', {
        token: w.coordinator,
        headers: { 'idempotency-key': 'telepon-2026-11-02-001' },
        body: { channel: 'phone', title: 'Jalan berlubang', description: DESCRIPTION },
      });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.id).toBe(first.body.id);
  });
});

describe('categories', () => {
  it('form a per-tenant tree routed to OPD units, with archive', async () => {
    const w = await officialsWorld(local);
    const create = (body: Record<string, unknown>, token = w.coordinator) =>
      call<{ id: string; version: number; parentId: string | null }>(local, 'POST', '/api/categories', {
        token,
        body,
      });
    const parent = await create({ name: 'Infrastruktur', unitId: w.unit1 });
    expect(parent.status, parent.text).toBe(201);
    const child = await create({ name: 'Drainase', parentId: parent.body.id, unitId: w.unit2 });
    expect(child.status, child.text).toBe(201);
    expect(child.body.parentId).toBe(parent.body.id);

    expect(errorPaths(await create({ name: 'Salah unit', unitId: newId() }))).toEqual(['unitId']);
    expect(errorPaths(await create({ name: 'Salah induk', parentId: newId() }))).toEqual(['parentId']);
    // Moving a category under its own child would make a loop.
    const loop = await call(local, 'PATCH', `/api/categories/${parent.body.id}`, {
      token: w.coordinator,
      body: { parentId: child.body.id, version: parent.body.version },
    });
    expectProblem(loop, 400, 'validation');
    expect(errorPaths(loop)).toEqual(['parentId']);

    const archived = await call<{ archived: boolean }>(local, 'PATCH', `/api/categories/${child.body.id}`, {
      token: w.admin,
      body: { archived: true, version: 1 },
    });
    expect(archived.status, archived.text).toBe(200);
    const names = async (q = '') =>
      (
        await call<{ items: { name: string }[] }>(local, 'GET', `/api/categories${q}`, { token: w.analyst })
      ).body.items.map((c) => c.name);
    expect(await names()).toEqual(['Infrastruktur', 'Jalan rusak', 'Lain-lain']);
    expect(await names('?includeArchived=true')).toEqual([
      'Drainase',
      'Infrastruktur',
      'Jalan rusak',
      'Lain-lain',
    ]);
    // An archived category takes no new complaints.
    const res = await call(local, 'POST', '/api/complaints', {
      token: w.coordinator,
      body: { channel: 'sms', title: 'Got mampet', description: DESCRIPTION, categoryId: child.body.id },
    });
    expect(errorPaths(res)).toEqual(['categoryId']);

    for (const token of [w.analyst, w.officer1]) {
      expectProblem(await create({ name: 'Tidak boleh' }, token), 403, 'forbidden');
    }
    expectProblem(await call(local, 'GET', `/api/categories/${newId()}`, { token: w.analyst }), 404);
  });
});

describe('canned replies', () => {
  it('are created, listed, changed and deleted by coordinators, read by every official', async () => {
    const w = await officialsWorld(local);
    const single = await call<{ id: string; text: unknown }>(local, 'POST', '/api/canned-replies', {
      token: w.coordinator,
      body: { title: 'Survei lokasi', text: 'Petugas akan meninjau lokasi dalam dua hari kerja.' },
    });
    expect(single.status, single.text).toBe(201);
    expect(single.body.text).toEqual({ id: 'Petugas akan meninjau lokasi dalam dua hari kerja.', en: null });
    const both = await call<{ id: string; version: number }>(local, 'POST', '/api/canned-replies', {
      token: w.admin,
      body: {
        title: 'Ditambal',
        text: { id: 'Lubang sudah ditambal.', en: 'The pothole has been patched.' },
      },
    });
    expect(both.status, both.text).toBe(201);
    for (const token of [w.officer1, w.analyst]) {
      const list = await call<{ items: { title: string }[] }>(local, 'GET', '/api/canned-replies', { token });
      expect(list.body.items.map((r) => r.title)).toEqual(['Ditambal', 'Survei lokasi']);
      expectProblem(
        await call(local, 'POST', '/api/canned-replies', {
          token,
          body: { title: 'Tidak boleh', text: 'x' },
        }),
        403,
      );
    }
    const changed = await call<{ title: string; text: unknown; version: number }>(
      local,
      'PATCH',
      `/api/canned-replies/${both.body.id}`,
      { token: w.coordinator, body: { title: 'Sudah ditambal', version: 1 } },
    );
    expect(changed.body).toMatchObject({
      title: 'Sudah ditambal',
      text: { id: 'Lubang sudah ditambal.', en: 'The pothole has been patched.' },
      version: 2,
    });
    expectProblem(
      await call(local, 'PATCH', `/api/canned-replies/${both.body.id}`, {
        token: w.coordinator,
        body: { title: 'Basi', version: 1 },
      }),
      409,
    );
    expect(
      (await call(local, 'DELETE', `/api/canned-replies/${both.body.id}`, { token: w.coordinator })).status,
    ).toBe(204);
    expectProblem(
      await call(local, 'GET', `/api/canned-replies/${both.body.id}`, { token: w.coordinator }),
      404,
    );
    expectProblem(
      await call(local, 'DELETE', `/api/canned-replies/${both.body.id}`, { token: w.coordinator }),
      404,
    );
  });
});
