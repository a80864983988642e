/**
 * The workers with a clock the test moves: the SLA sweeper (escalation, reminders, auto-close after 10 hk,
 * withdrawal after 30 days; idempotent and safe when two run at once) and the notification sender (renders in the
 * tenant's language, settles SENT with the address used, retries failures then gives up, discards what has no
 * recipient), with the development mailbox showing what was sent.
 */
import { addWorkingDays, type TimelineEvent } from '@prima/domain';
import { complaints, keys, MAX_ATTEMPTS, type OutboxItem, outbox, queryAll, settings } from '@prima/store';
import {
  type Notifier,
  type OutgoingMessage,
  sendPending,
  sweep,
  trackingPath,
  workerLogger,
} from '@prima/workers';
import { describe, expect, it } from 'vitest';
import { call, testApp } from '../support/harness';
import {
  DAY,
  HOUR,
  MINUTE,
  newClock,
  officials,
  type PublicWorld,
  publicWorld,
  report,
  stored,
  submit,
} from './public-support';

const log = workerLogger('SILENT');
const BASE = 'http://localhost:3000';

function capture() {
  const sent: OutgoingMessage[] = [];
  const notifier: Notifier = {
    async send(m) {
      sent.push(m);
    },
  };
  return { sent, notifier };
}

/** A tenant of its own with a moved clock; the workers run for this tenant only (tests run side by side). */
async function world() {
  const clock = newClock();
  const app = await testApp({ now: clock.now });
  const w = await publicWorld(app);
  const only = { tenantIds: [w.t.tenant.id] };
  return {
    clock,
    app,
    w,
    o: officials(w, clock.now),
    file: async (body: Record<string, unknown> = report({ categoryId: w.categoryId })) =>
      (await submit(app, w.slug, body)).trackingCode,
    sweep: () => sweep({ store: app.store, now: clock.now, log }, only),
    send: (notifier: Notifier) =>
      sendPending({ store: app.store, notifier, baseUrl: BASE, now: clock.now, log }, only),
  };
}

const pending = (w: PublicWorld) => outbox.pending(w.t.db, 100);
const inState = (w: PublicWorld, state: 'SENT' | 'FAILED') =>
  queryAll<OutboxItem>(w.t.db, { pk: keys.outbox(w.t.tenant.id, state) });
const timeline = async (w: PublicWorld, code: string): Promise<TimelineEvent[]> =>
  complaints.timeline(w.t.db, (await stored(w, code)).id);
const zero = { escalated: 0, reminded: 0, autoClosed: 0, withdrawn: 0 };

describe('SLA sweeper', () => {
  it('reminds the coordinators once when verification is due soon, then escalates once when it is missed', async () => {
    const { clock, w, file, sweep } = await world();
    const code = await file();
    const due = (await stored(w, code)).dueAt!;
    // Monday 09:00 WIB + 3 hk: the end of Thursday.
    expect(due).toBe('2026-11-05T16:59:59.999Z');

    expect(await sweep()).toMatchObject({ tenants: 1, ...zero });
    clock.advance(2 * DAY + 3 * HOUR); // Wednesday noon: due by the end of tomorrow, within 1 hk
    expect(await sweep()).toMatchObject({ ...zero, reminded: 1 });
    expect(await sweep()).toMatchObject(zero);
    const reminder = (await pending(w)).find((n) => n.template === 'reminder');
    expect(reminder).toMatchObject({ audience: 'coordinators', trackingCode: code, data: { dueAt: due } });
    expect((await stored(w, code)).remindedFor).toBe(due);

    clock.advance(2 * DAY); // Friday noon: the deadline has passed
    expect(await sweep()).toMatchObject({ ...zero, escalated: 1 });
    expect(await sweep()).toMatchObject(zero);
    const c = await stored(w, code);
    expect(c.escalated).toBe(true);
    expect(c.status).toBe('diterima');
    const events = await timeline(w, code);
    expect(events.at(-1)).toMatchObject({
      action: 'escalate',
      actor: { kind: 'system', userId: null, name: null },
      visibility: 'internal',
    });
    const escalation = (await pending(w)).filter((n) => n.template === 'escalated');
    expect(escalation).toHaveLength(1);
    expect(escalation[0]).toMatchObject({
      audience: 'coordinators',
      data: { dueKind: 'verify', dueAt: due },
    });
    // Escalation is internal: the reporter is not told.
    expect(
      (await pending(w)).filter((n) => (n.audience ?? 'reporter') === 'reporter').map((n) => n.template),
    ).toEqual(['submitted']);
  });

  it('two sweepers at once escalate a complaint exactly once', async () => {
    const { clock, w, file, sweep } = await world();
    const codes = await Promise.all([file(), file(), file()]);
    clock.advance(5 * DAY);
    const runs = await Promise.all([sweep(), sweep(), sweep()]);
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBe(3);
    expect(runs.reduce((n, r) => n + r.escalated + r.skipped, 0)).toBeGreaterThanOrEqual(3);
    const notices = (await pending(w)).filter((n) => n.template === 'escalated');
    expect(notices.map((n) => n.trackingCode).sort()).toEqual([...codes].sort());
    for (const code of codes)
      expect((await timeline(w, code)).filter((e) => e.action === 'escalate')).toHaveLength(1);
  });

  it('reminds the unit once when its follow-up is due soon', async () => {
    const { clock, w, o, file, sweep } = await world();
    const code = await file();
    await o.coordinator(code, { action: 'verify' });
    await o.coordinator(code, { action: 'dispatch', unitId: w.unitId });
    const c = await stored(w, code);
    expect(c.dueKind).toBe('follow-up');
    // Dispatched Monday: 5 hk → the end of next Monday. Remind on Friday afternoon (due by the end of the next hk).
    expect(c.dueAt).toBe('2026-11-09T16:59:59.999Z');
    clock.advance(4 * DAY + 5 * HOUR);
    expect(await sweep()).toMatchObject({ ...zero, reminded: 1 });
    expect(await sweep()).toMatchObject(zero);
    const reminder = (await pending(w)).find((n) => n.template === 'reminder');
    expect(reminder).toMatchObject({ audience: 'unit', data: { unitId: w.unitId, unitName: w.unitName } });
    // Extending the deadline makes a new one: it is reminded again when it comes near.
    await o.coordinator(code, { action: 'extend', extraWorkingDays: 3, note: 'Menunggu suku cadang' });
    clock.advance(4 * DAY); // Tuesday; the new deadline is Thursday's end
    expect(await sweep()).toMatchObject(zero);
    clock.advance(DAY); // Wednesday
    expect(await sweep()).toMatchObject({ ...zero, reminded: 1 });
  });

  it('auto-closes a follow-up the reporter left unanswered for 10 hk', async () => {
    const { clock, w, o, file, sweep } = await world();
    const code = await file();
    await o.toFollowUp(code);
    const c = await stored(w, code);
    const ctx = await o.context();
    expect(c.autoCloseAt).toBe(addWorkingDays(clock.now(), 10, ctx.holidays, 'Asia/Jakarta').toISOString());
    expect(c.autoCloseAt).toBe('2026-11-16T16:59:59.999Z');

    clock.advance(14 * DAY + 3 * HOUR); // Monday 16 November, noon: the 10th working day is not over
    expect(await sweep()).toMatchObject(zero);
    expect((await stored(w, code)).status).toBe('ditindaklanjuti');
    clock.advance(12 * HOUR + 30 * MINUTE); // just after midnight
    expect(await sweep()).toMatchObject({ ...zero, autoClosed: 1 });
    expect(await sweep()).toMatchObject(zero);
    const closed = await stored(w, code);
    expect(closed.status).toBe('selesai');
    expect(closed.closedAt).toBe(clock.now().toISOString());
    expect(closed.reopenUntil).toBeTruthy();
    expect((await timeline(w, code)).at(-1)).toMatchObject({ action: 'auto-close', to: 'selesai' });
    const notice = (await pending(w)).at(-1)!;
    expect(notice).toMatchObject({ template: 'status-changed', data: { status: 'selesai' } });
  });

  it('withdraws an incomplete report after 30 days without the information asked for', async () => {
    const { clock, w, o, file, sweep } = await world();
    const code = await file();
    await o.coordinator(code, { action: 'request-info', note: 'Mohon lampirkan foto lokasi.' });
    clock.advance(29 * DAY);
    expect(await sweep()).toMatchObject(zero);
    clock.advance(DAY + MINUTE);
    expect(await sweep()).toMatchObject({ ...zero, withdrawn: 1 });
    expect(await sweep()).toMatchObject(zero);
    const c = await stored(w, code);
    expect(c).toMatchObject({ status: 'diarsipkan', archiveReason: 'ditarik' });
    expect((await timeline(w, code)).at(-1)).toMatchObject({ action: 'withdraw', actor: { kind: 'system' } });
  });

  it('walks every active tenant of the registry', async () => {
    const { app, w } = await world();
    // A clock long before anything was filed: nothing is due anywhere, so other suites' tenants are untouched.
    const summary = await sweep({ store: app.store, now: () => new Date('2000-01-03T00:00:00Z'), log });
    expect(summary.tenants).toBeGreaterThanOrEqual(1);
    expect(summary).toMatchObject(zero);
    void w;
  });
});

describe('notification sender', () => {
  it('sends the submission notice with the tracking code and link, settles it SENT, and the mailbox shows it', async () => {
    const { app, w, file, send } = await world();
    const code = await file();
    const { sent, notifier } = capture();
    expect(await send(notifier)).toMatchObject({ tenants: 1, sent: 1, retried: 0, failed: 0, discarded: 0 });
    expect(sent).toHaveLength(1);
    const link = `${BASE}${trackingPath(w.slug, code)}`;
    expect(sent[0]).toMatchObject({ channel: 'email', to: 'siti.aminah@contoh.id' });
    expect(sent[0]!.subject).toContain(code);
    expect(sent[0]!.subject).toContain(w.t.tenant.name);
    expect(sent[0]!.body).toContain(`Kode lacak: ${code}`);
    expect(sent[0]!.body).toContain(link);
    expect(sent[0]!.body).toContain('5 November 2026 pukul 23.59 WIB');
    expect(sent[0]!.body).not.toContain('Siti Aminah');
    expect(await pending(w)).toEqual([]);
    const [item] = await inState(w, 'SENT');
    expect(item).toMatchObject({
      template: 'submitted',
      to: 'siti.aminah@contoh.id',
      channel: 'email',
      sentAt: '2026-11-02T02:00:00.000Z',
    });
    expect(await send(notifier)).toMatchObject({ sent: 0 });
    expect(sent).toHaveLength(1);

    const mailbox = await call<{ items: { to: string; subject: string; body: string; sentAt: string }[] }>(
      app,
      'GET',
      `/dev/mailbox?slug=${w.slug}`,
    );
    expect(mailbox.status, mailbox.text).toBe(200);
    expect(mailbox.body.items).toEqual([
      expect.objectContaining({
        to: 'siti.aminah@contoh.id',
        subject: sent[0]!.subject,
        body: sent[0]!.body,
        sentAt: '2026-11-02T02:00:00.000Z',
      }),
    ]);
    expect((await call(app, 'GET', '/dev/mailbox?slug=tidak-ada-pemda')).status).toBe(404);
    expect((await call(app, 'GET', '/dev/mailbox')).status).toBe(400);
  });

  it('writes in the tenant’s language; uses SMS for a phone-only reporter; a status change picks its own text', async () => {
    const { clock, w, o, file, send } = await world();
    await settings.update(w.t.db, { defaultLocale: 'en', version: 1 }, clock.now().toISOString());
    const code = await file(report({ reporter: { phone: '+62 812 3456 7890' } }));
    await o.coordinator(code, { action: 'request-info', note: 'Which street is it?' });
    const { sent, notifier } = capture();
    expect(await send(notifier)).toMatchObject({ sent: 2 });
    expect(sent.map((m) => m.channel)).toEqual(['sms', 'sms']);
    expect(sent.every((m) => m.to === '+62 812 3456 7890')).toBe(true);
    const bodies = sent.map((m) => m.body).sort();
    expect(bodies.find((b) => b.includes('was received'))).toContain(`Tracking code ${code}`);
    expect(bodies.find((b) => b.includes('needs more information'))).toContain(trackingPath(w.slug, code));
    expect((await inState(w, 'SENT')).map((i) => i.channel)).toEqual(['sms', 'sms']);
  });

  it('the closing notice invites to rate and to the satisfaction survey; escalations go to the coordinators', async () => {
    const { clock, w, o, file, sweep, send } = await world();
    const code = await file();
    clock.advance(5 * DAY);
    await sweep();
    await o.toFollowUp(code);
    await o.coordinator(code, { action: 'close' });
    const { sent, notifier } = capture();
    await send(notifier);
    const toCoordinators = sent.filter((m) => m.to === w.coordinator.email);
    expect(toCoordinators).toHaveLength(1);
    expect(toCoordinators[0]!.subject).toContain('[Eskalasi]');
    expect(toCoordinators[0]!.body).toContain(`${BASE}/complaints/`);
    expect(toCoordinators[0]!.body).not.toContain('siti');
    const closing = sent.find((m) => m.subject.includes('selesai'));
    expect(closing?.to).toBe('siti.aminah@contoh.id');
    expect(closing?.body).toContain(`${BASE}${trackingPath(w.slug, code)}`);
    expect(closing?.body).toContain(`${BASE}/p/${w.slug}/survei`);
    expect(closing?.body).toMatch(/nilai 1–5/);
  });

  it('a failed delivery is retried after a backoff, and after the last attempt it is FAILED', async () => {
    const { clock, w, file, send } = await world();
    await file();
    let calls = 0;
    const failing: Notifier = {
      async send() {
        calls++;
        throw new Error('SMTP 451: try again later');
      },
    };
    expect(await send(failing)).toMatchObject({ retried: 1 });
    const [waiting] = await pending(w);
    expect(waiting).toMatchObject({ attempts: 1, lastError: 'SMTP 451: try again later', sentAt: null });
    expect(Date.parse(waiting!.retryAt!)).toBe(clock.ms + 30_000);
    // Not before its time.
    expect(await send(failing)).toMatchObject({ retried: 0, failed: 0 });
    expect(calls).toBe(1);
    for (let attempt = 2; attempt < MAX_ATTEMPTS; attempt++) {
      clock.advance(HOUR);
      expect(await send(failing)).toMatchObject({ retried: 1 });
    }
    clock.advance(HOUR);
    expect(await send(failing)).toMatchObject({ retried: 0, failed: 1 });
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(await pending(w)).toEqual([]);
    expect(await inState(w, 'FAILED')).toEqual([
      expect.objectContaining({
        attempts: MAX_ATTEMPTS,
        lastError: 'SMTP 451: try again later',
        sentAt: null,
      }),
    ]);
    expect(await inState(w, 'SENT')).toEqual([]);
  });

  it('a failure the notifier calls permanent is FAILED at once; a recovered one is SENT', async () => {
    const { clock, w, file, send } = await world();
    await file(report({ reporter: { email: 'tidak.ada@contoh.id' } }));
    const permanent: Notifier = {
      async send() {
        throw Object.assign(new Error('address rejected'), { permanent: true });
      },
    };
    expect(await send(permanent)).toMatchObject({ failed: 1 });
    expect(await inState(w, 'FAILED')).toHaveLength(1);

    await file();
    let first = true;
    const flaky: Notifier = {
      async send() {
        if (first) {
          first = false;
          throw new Error('timeout');
        }
      },
    };
    expect(await send(flaky)).toMatchObject({ retried: 1 });
    clock.advance(MINUTE);
    expect(await send(flaky)).toMatchObject({ sent: 1 });
    expect(await inState(w, 'SENT')).toEqual([
      expect.objectContaining({ attempts: 1, to: 'siti.aminah@contoh.id' }),
    ]);
  });

  it('a notification nobody can receive (the reporter left no contact) is discarded, not sent', async () => {
    const { w, o, file, send } = await world();
    const code = await file(report({ reporter: {}, anonim: true }));
    await o.coordinator(code, { action: 'request-info', note: 'Mohon sebutkan alamatnya.' });
    expect((await pending(w)).map((n) => n.template)).toEqual(['status-changed']);
    const { sent, notifier } = capture();
    expect(await send(notifier)).toMatchObject({ sent: 0, discarded: 1 });
    expect(sent).toEqual([]);
    expect(await pending(w)).toEqual([]);
    expect(await inState(w, 'SENT')).toEqual([]);
  });
});
