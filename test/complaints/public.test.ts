/**
 * The citizens' side of complaints, over HTTP: filing a report without an account (idempotent retries, bad input
 * refused in the caller's language with nothing stored), following it by its tracking code, answering the
 * officials, confirming, reopening and rating.
 */
import { MESSAGES, monthOf } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { complaintQueues, complaintStats, newId, outbox } from '@prima/store';
import { describe, expect, it } from 'vitest';
import { errorPaths, expectProblem, tenantFingerprint } from '../support/fixtures';
import { call, operatorToken, testApp } from '../support/harness';
import {
  DAY,
  newClock,
  officials,
  type PublicView,
  publicWorld,
  report,
  reporterAction,
  stored,
  submit,
  track,
} from './public-support';

const local: LocalApp = await testApp();

describe('filing a report', () => {
  it('20 concurrent retries with one Idempotency-Key file exactly one complaint, and all get its tracking code', async () => {
    const w = await publicWorld(local);
    const key = `kirim-${newId()}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        call<{ trackingCode: string; status: string; dueAt: string }>(
          local,
          'POST',
          `/api/public/${w.slug}/complaints`,
          { body: report({ categoryId: w.categoryId }), headers: { 'idempotency-key': key } },
        ),
      ),
    );
    for (const a of answers) expect([200, 201], a.text).toContain(a.status);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const codes = new Set(answers.map((a) => a.body.trackingCode));
    expect(codes.size).toBe(1);
    const [code] = [...codes];
    expect(code).toMatch(/^PRM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(answers[0]!.body.status).toBe('diterima');
    expect(answers[0]!.body.dueAt).toBeTruthy();

    const month = monthOf(new Date().toISOString(), w.t.tenant.timeZone);
    const inMonth = await complaintQueues.byMonth(w.t.db, month, { limit: 100 });
    expect(inMonth.items.map((c) => c.trackingCode)).toEqual([code]);
    const counters = await complaintStats.month(w.t.db, month);
    expect(counters.received).toBe(1);
    expect(counters[`byCategory.${w.categoryId}`]).toBe(1);
    expect((await complaintStats.snapshot(w.t.db)).open).toBe(1);
    const pending = await outbox.pending(w.t.db, 100);
    expect(pending.map((n) => n.template)).toEqual(['submitted']);

    // A later retry with the same key still answers with the same report.
    const again = await call<{ trackingCode: string }>(local, 'POST', `/api/public/${w.slug}/complaints`, {
      body: report(),
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(200);
    expect(again.body.trackingCode).toBe(code);
  });

  it('files a web report as the reporter, without a user, and points at the tracking page', async () => {
    const w = await publicWorld(local);
    const res = await call<{ trackingCode: string }>(local, 'POST', `/api/public/${w.slug}/complaints`, {
      body: report(),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/public/${w.slug}/complaints/${res.body.trackingCode}`);
    expect(res.text).not.toContain('siti.aminah@contoh.id');
    const c = await stored(w, res.body.trackingCode);
    expect(c.channel).toBe('web');
    const view = await track(local, w.slug, res.body.trackingCode);
    expect(view.body.timeline).toEqual([
      expect.objectContaining({ action: 'submit', by: 'reporter', unitName: null, to: 'diterima' }),
    ]);
    // Two submissions without a key are two reports.
    const second = await submit(local, w.slug);
    expect(second.trackingCode).not.toBe(res.body.trackingCode);
  });

  it('refuses bad input with a 400 naming the field, in the caller’s language, and stores nothing', async () => {
    const w = await publicWorld(local);
    const before = await tenantFingerprint(local, w.t.tenant.id);
    const post = (body: unknown, lang?: string, headers?: Record<string, string>) =>
      call(local, 'POST', `/api/public/${w.slug}/complaints`, { body, lang, headers });

    const cases: [unknown, string][] = [
      [report({ description: '' }), 'description'],
      [report({ description: 'Terlalu pendek' }), 'description'],
      [report({ description: 'x'.repeat(4001) }), 'description'],
      [report({ title: '' }), 'title'],
      [report({ location: { lat: 91, lng: 106.8 } }), 'location.lat'],
      [report({ location: { lat: -6.5, lng: -181 } }), 'location.lng'],
      [report({ reporter: { email: 'bukan-email' } }), 'reporter.email'],
      [report({ type: 'laporan-polisi' }), 'type'],
      [report({ categoryId: newId() }), 'categoryId'],
      [report({ serviceId: newId() }), 'serviceId'],
      [report({ categoryId: 'kategori-1' }), 'categoryId'],
      [report({ attachmentIds: [newId()] }), 'attachmentIds.0'],
      [report({ reporter: {}, extra: true }), 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res), JSON.stringify(body).slice(0, 80)).toContain(field);
    }

    const shortId = await post(report({ description: 'Terlalu pendek' }));
    expect(JSON.stringify(shortId.body)).toContain(MESSAGES['complaint.descriptionShort'].id);
    const shortEn = await post(report({ description: 'Too short' }), 'en-GB,en;q=0.9');
    expect(JSON.stringify(shortEn.body)).toContain(MESSAGES['complaint.descriptionShort'].en);
    const categoryEn = await post(report({ categoryId: newId() }), 'en');
    expect((categoryEn.body as { errors: { message: string }[] }).errors[0]!.message).toBe(
      MESSAGES['category.notFound'].en,
    );
    const categoryId = await post(report({ categoryId: newId() }));
    expect((categoryId.body as { errors: { message: string }[] }).errors[0]!.message).toBe(
      MESSAGES['category.notFound'].id,
    );
    const badKey = await post(report(), 'en', { 'idempotency-key': 'short' });
    expectProblem(badKey, 400, 'validation');
    expect(errorPaths(badKey)).toContain('idempotency-key');
    const notJson = await call(local, 'POST', `/api/public/${w.slug}/complaints`, { rawBody: '{"title":' });
    expectProblem(notJson, 400);

    expect(await tenantFingerprint(local, w.t.tenant.id)).toEqual(before);
  });

  it('an unknown slug is 404, a suspended tenant 403', async () => {
    const w = await publicWorld(local);
    expectProblem(
      await call(local, 'POST', '/api/public/tidak-ada-pemda-ini/complaints', { body: report() }),
      404,
    );
    expectProblem(await call(local, 'POST', '/api/public/INVALID_SLUG/complaints', { body: report() }), 404);
    const code = (await submit(local, w.slug)).trackingCode;
    const op = await operatorToken(local);
    const suspend = await call(local, 'POST', `/api/platform/tenants/${w.t.tenant.id}/suspend`, {
      token: op,
    });
    expect(suspend.status, suspend.text).toBe(200);
    expectProblem(await call(local, 'POST', `/api/public/${w.slug}/complaints`, { body: report() }), 403);
    expectProblem(await track(local, w.slug, code), 403, 'tenant-suspended');
  });
});

describe('following a report by its tracking code', () => {
  it('a bogus, malformed or foreign tracking code is a 404', async () => {
    const w = await publicWorld(local);
    const other = await publicWorld(local);
    const code = (await submit(local, other.slug)).trackingCode;
    for (const bogus of [
      'abc',
      'PRM-0000-0000',
      'PRM-ILOU-1234',
      `${code}X`,
      'prm',
      code,
      '%00',
      'x'.repeat(39),
    ]) {
      const res = await track(local, w.slug, encodeURIComponent(bogus));
      expectProblem(res, 404, 'not-found');
    }
    // The code is not case-sensitive: a citizen may type it in lower case.
    expect((await track(local, other.slug, code.toLowerCase())).status).toBe(200);
  });

  it('shows the report, its deadline and the public timeline: no internal notes, no official’s name or id, the unit instead', async () => {
    const clock = newClock();
    const app = await testApp({ now: clock.now });
    const w = await publicWorld(app);
    const code = (await submit(app, w.slug, report({ categoryId: w.categoryId }))).trackingCode;
    const o = officials(w, clock.now);
    await o.coordinator(code, { action: 'note', note: 'CATATAN-INTERNAL pelapor tampak kesal' });
    await o.toFollowUp(code, 'Lampu sudah kami ganti.');
    const res = await track(app, w.slug, code);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const v = res.body;
    expect(v).toMatchObject({
      trackingCode: code,
      status: 'ditindaklanjuti',
      title: report().title,
      description: report().description,
      category: { id: w.categoryId, name: 'Penerangan jalan umum' },
      unit: { id: w.unitId, name: w.unitName },
      rating: null,
    });
    expect(v.deadline.autoCloseAt).toBeTruthy();
    // Internal steps that moved the report show as status changes, without their notes.
    expect(v.timeline.map((e) => e.action)).toEqual(['submit', 'verify', 'dispatch', 'respond']);
    expect(v.timeline.slice(1, 3).map((e) => e.note)).toEqual([null, null]);
    expect(v.timeline[3]).toMatchObject({
      by: 'unit',
      unitName: w.unitName,
      note: 'Lampu sudah kami ganti.',
    });
    expect(v.allowedActions).toEqual(['reporter-reply', 'confirm']);
    for (const secret of [
      'CATATAN-INTERNAL',
      'Laporan lengkap (catatan internal)',
      'Mohon ditangani',
      w.coordinator.id,
      w.coordinator.name,
      w.coordinator.email,
      w.officer.id,
      w.officer.email,
      'siti.aminah@contoh.id',
      'Siti Aminah',
    ])
      expect(res.text).not.toContain(secret);
  });

  it('a rahasia report is still trackable by its code, content included', async () => {
    const w = await publicWorld(local);
    const code = (await submit(local, w.slug, report({ rahasia: true, title: 'Pungutan liar di loket' })))
      .trackingCode;
    const res = await track(local, w.slug, code);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      rahasia: true,
      title: 'Pungutan liar di loket',
      description: report().description,
    });
  });
});

describe('the reporter’s steps', () => {
  it('supplies requested information; needs a note; a step the state does not allow is 409', async () => {
    const clock = newClock();
    const app = await testApp({ now: clock.now });
    const w = await publicWorld(app);
    const code = (await submit(app, w.slug)).trackingCode;
    const o = officials(w, clock.now);
    expect((await track(app, w.slug, code)).body.allowedActions).toEqual([]);
    expectProblem(
      await reporterAction(app, w.slug, code, { action: 'supply-info', note: 'Ini' }),
      409,
      'invalid-transition',
    );

    await o.coordinator(code, { action: 'request-info', note: 'Mohon sebutkan nama jalannya.' });
    const asked = await track(app, w.slug, code);
    expect(asked.body.status).toBe('perlu-dilengkapi');
    expect(asked.body.allowedActions).toEqual(['supply-info']);
    expect(asked.body.deadline.completionDueAt).toBe(new Date(clock.ms + 30 * DAY).toISOString());
    expect(asked.body.timeline.at(-1)).toMatchObject({
      action: 'request-info',
      note: 'Mohon sebutkan nama jalannya.',
    });

    const noNote = await reporterAction(app, w.slug, code, { action: 'supply-info' }, 'en');
    expectProblem(noNote, 400, 'validation');
    expect(errorPaths(noNote)).toEqual(['note']);
    expect((noNote.body as unknown as { detail: string }).detail).toBe(
      MESSAGES['transition.noteRequired'].en,
    );
    expectProblem(await reporterAction(app, w.slug, code, { action: 'close', note: 'x' }), 400, 'validation');

    const supplied = await reporterAction(app, w.slug, code, {
      action: 'supply-info',
      note: 'Jalan Pajajaran, depan pos ronda RT 03.',
    });
    expect(supplied.status, supplied.text).toBe(200);
    expect(supplied.body.status).toBe('diterima');
    expect(supplied.body.deadline.dueAt).toBeTruthy();
    expect(supplied.body.timeline.at(-1)).toMatchObject({
      action: 'supply-info',
      by: 'reporter',
      unitName: null,
    });
    // The coordinators are told; the reporter is not notified of their own step.
    const notices = (await outbox.pending(w.t.db, 100)).filter((n) => n.template !== 'submitted');
    expect(
      notices.map((n) => [n.template, n.audience ?? 'reporter', n.data.action ?? n.data.status]),
    ).toEqual([
      ['status-changed', 'reporter', 'perlu-dilengkapi'],
      ['reporter-acted', 'coordinators', 'supply-info'],
    ]);
    expect(notices[1]!.data.note).toBe('Jalan Pajajaran, depan pos ronda RT 03.');
  });

  it('replies to a follow-up, confirms it, rates once; reopening is possible within the window only', async () => {
    const clock = newClock();
    const app = await testApp({ now: clock.now });
    const w = await publicWorld(app);
    const code = (await submit(app, w.slug, report({ categoryId: w.categoryId }))).trackingCode;
    const o = officials(w, clock.now);
    await o.toFollowUp(code);

    const rateEarly = await call(app, 'POST', `/api/public/${w.slug}/complaints/${code}/rating`, {
      body: { score: 5 },
    });
    expectProblem(rateEarly, 409, 'invalid-transition');

    const reply = await reporterAction(app, w.slug, code, {
      action: 'reporter-reply',
      note: 'Masih padam di ujung jalan.',
    });
    expect(reply.status, reply.text).toBe(200);
    expect(reply.body.status).toBe('didisposisikan');
    await o.unit(code, { action: 'respond', note: 'Lampu di ujung jalan juga sudah diganti.' });
    const confirmed = await reporterAction(app, w.slug, code, { action: 'confirm' });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body.status).toBe('selesai');
    expect(confirmed.body.allowedActions).toEqual(['reopen', 'rate']);

    const badScore = await call(app, 'POST', `/api/public/${w.slug}/complaints/${code}/rating`, {
      body: { score: 6 },
    });
    expectProblem(badScore, 400, 'validation');
    expect(errorPaths(badScore)).toEqual(['score']);
    const rated = await call<PublicView>(app, 'POST', `/api/public/${w.slug}/complaints/${code}/rating`, {
      body: { score: 4, comment: '  Ditangani cepat, terima kasih.  ' },
    });
    expect(rated.status, rated.text).toBe(200);
    expect(rated.body.rating).toEqual({
      score: 4,
      comment: 'Ditangani cepat, terima kasih.',
      at: clock.now().toISOString(),
    });
    expect(rated.body.allowedActions).toEqual(['reopen']);
    const twice = await call(app, 'POST', `/api/public/${w.slug}/complaints/${code}/rating`, {
      body: { score: 1 },
    });
    expectProblem(twice, 409, 'already-exists');
    expect((await track(app, w.slug, code)).body.rating?.score).toBe(4);
    const month = monthOf(clock.now().toISOString(), w.t.tenant.timeZone);
    const counters = await complaintStats.month(w.t.db, month);
    expect(counters).toMatchObject({ rated: 1, ratingSum: 4, [`byUnit.${w.unitId}.rated`]: 1 });

    const reopened = await reporterAction(app, w.slug, code, {
      action: 'reopen',
      note: 'Padam lagi sejak kemarin.',
    });
    expect(reopened.status, reopened.text).toBe(200);
    expect(reopened.body.status).toBe('dibuka-kembali');
    const toOfficials = (await outbox.pending(w.t.db, 100)).filter((n) => n.template === 'reporter-acted');
    expect(toOfficials.map((n) => [n.data.action, n.audience])).toEqual([
      ['reporter-reply', 'unit'],
      ['reopen', 'coordinators'],
    ]);

    // A second report, closed and left beyond the reopen window (10 hk).
    const late = (await submit(app, w.slug, report({ categoryId: w.categoryId }))).trackingCode;
    await o.toFollowUp(late);
    await reporterAction(app, w.slug, late, { action: 'confirm' });
    clock.advance(20 * DAY);
    const view = await track(app, w.slug, late);
    expect(view.body.allowedActions).toEqual(['rate']);
    const tooLate = await reporterAction(app, w.slug, late, { action: 'reopen', note: 'Padam lagi.' }, 'en');
    expectProblem(tooLate, 409, 'invalid-transition');
    expect((tooLate.body as unknown as { detail: string }).detail).toBe(
      MESSAGES['transition.reopenExpired'].en,
    );
  });

  it('a reporter step acts on the current version even when officials changed the report meanwhile', async () => {
    const clock = newClock();
    const app = await testApp({ now: clock.now });
    const w = await publicWorld(app);
    const code = (await submit(app, w.slug, report({ categoryId: w.categoryId }))).trackingCode;
    const o = officials(w, clock.now);
    await o.toFollowUp(code);
    // An official writes an internal note while the reporter replies: the reply lands, no 409.
    const results = await Promise.all([
      reporterAction(app, w.slug, code, { action: 'reporter-reply', note: 'Masih padam.' }),
      o.coordinator(code, { action: 'note', note: 'catatan internal' }).catch(() => null),
    ]);
    expect(results[0].status, results[0].text).toBe(200);
    expect((await stored(w, code)).status).toBe('didisposisikan');
  });
});
