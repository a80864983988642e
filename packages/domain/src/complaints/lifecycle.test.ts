import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY } from '../sla';
import { type HolidaySet, isoInZone } from '../workdays';
import {
  ACTIONS,
  type ActionInput,
  type ActorKind,
  applyAction,
  availableActions,
  deadlineState,
  type LifecycleContext,
  type LifecycleState,
  LifecycleViolation,
  RULES,
  submitted,
} from './lifecycle';
import { COMPLAINT_STATUSES, type ComplaintStatus } from './model';

const TZ = 'Asia/Jakarta';
const none: HolidaySet = new Set();
const base = { sla: DEFAULT_SLA_POLICY, holidays: none, timeZone: TZ };
const ctx = (actor: ActorKind, now = '2026-11-23T10:00:00+07:00'): LifecycleContext => ({
  ...base,
  actor,
  now: new Date(now),
});
const local = (iso: string | null) => (iso ? isoInZone(new Date(iso), TZ) : null);

/** A complaint in `status`, with the fields that status implies. */
function inStatus(status: ComplaintStatus): LifecycleState {
  const s = submitted(new Date('2026-11-20T09:00:00+07:00'), base);
  return {
    ...s,
    status,
    unitId: ['didisposisikan', 'ditindaklanjuti', 'dibuka-kembali'].includes(status) ? 'UNIT-A' : null,
    reopenUntil: status === 'selesai' ? '2026-12-31T00:00:00+07:00' : null,
  };
}

/** Inputs that satisfy every action's own requirements, so only the transition rule decides. */
const complete = (action: ActionInput['action']): ActionInput => ({
  action,
  note: 'Catatan petugas',
  unitId: 'UNIT-B',
  extraWorkingDays: 2,
  archiveReason: 'tidak-jelas',
});

describe('the state machine', () => {
  const actors: ActorKind[] = ['coordinator', 'unit', 'reporter', 'system'];
  for (const action of ACTIONS) {
    for (const status of COMPLAINT_STATUSES) {
      for (const actor of actors) {
        const allowed = RULES[action].from.includes(status) && RULES[action].by.includes(actor);
        it(`${actor} ${allowed ? 'may' : 'may not'} ${action} a complaint that is ${status}`, () => {
          const run = () => applyAction(inStatus(status), complete(action), ctx(actor));
          if (allowed) {
            const next = run();
            expect(next.status).toBe(RULES[action].to ?? status);
          } else {
            expect(run).toThrow(LifecycleViolation);
          }
        });
      }
    }
  }

  it('lists the actions an actor may take', () => {
    expect(availableActions('diterima', 'coordinator')).toEqual([
      'verify',
      'request-info',
      'reject',
      'archive',
      'note',
      'reply',
      'extend',
      'escalate',
    ]);
    expect(availableActions('didisposisikan', 'unit')).toEqual(['return', 'respond', 'note', 'reply']);
    expect(availableActions('selesai', 'reporter')).toEqual(['reopen']);
  });

  it('requires a note where the rule says so', () => {
    expect(() => applyAction(inStatus('didisposisikan'), { action: 'respond' }, ctx('unit'))).toThrow(
      'transition.noteRequired',
    );
    expect(() =>
      applyAction(inStatus('didisposisikan'), { action: 'respond', note: '   ' }, ctx('unit')),
    ).toThrow('transition.noteRequired');
  });
});

describe('deadlines in working days', () => {
  it('a new report must be verified and dispatched within 3 hk', () => {
    // Friday 27 Nov 2026 15:00 WIB + 3 hk → Wednesday 2 Dec
    const s = submitted(new Date('2026-11-27T15:00:00+07:00'), base);
    expect(local(s.dueAt)).toBe('2026-12-02T23:59:59.999+07:00');
    expect(s.dueKind).toBe('verify');
  });

  it('dispatch gives the OPD 5 hk for a first follow-up, or the chosen tier', () => {
    const verified = applyAction(inStatus('diterima'), { action: 'verify' }, ctx('coordinator'));
    const d = applyAction(
      verified,
      { action: 'dispatch', unitId: 'U1' },
      ctx('coordinator', '2026-11-23T10:00:00+07:00'),
    );
    expect(local(d.dueAt)).toBe('2026-11-30T23:59:59.999+07:00');
    expect(d.dueKind).toBe('follow-up');
    expect(d.unitId).toBe('U1');
    const t = applyAction(
      verified,
      { action: 'dispatch', unitId: 'U1', tier: 'tanpa-pemeriksaan' },
      ctx('coordinator', '2026-11-23T10:00:00+07:00'),
    );
    expect(local(t.dueAt)).toBe('2026-12-11T23:59:59.999+07:00');
    expect(() =>
      applyAction(verified, { action: 'dispatch', unitId: 'U1', tier: 'nope' }, ctx('coordinator')),
    ).toThrow('transition.unknownTier');
    expect(() => applyAction(verified, { action: 'dispatch' }, ctx('coordinator'))).toThrow(
      'transition.unitRequired',
    );
  });

  it('verification starts the 60-day legal ceiling', () => {
    const v = applyAction(
      inStatus('diterima'),
      { action: 'verify' },
      ctx('coordinator', '2026-11-23T10:00:00+07:00'),
    );
    expect(v.resolutionCeilingAt).toBe('2027-01-22T03:00:00.000Z');
  });

  it('a follow-up closes automatically after 10 hk of silence, and the reporter may reopen within 10 hk', () => {
    const r = applyAction(
      inStatus('didisposisikan'),
      { action: 'respond', note: 'Lampu sudah diganti' },
      ctx('unit', '2026-11-23T10:00:00+07:00'),
    );
    expect(r.firstResponseAt).toBe('2026-11-23T03:00:00.000Z');
    expect(r.dueAt).toBeNull();
    expect(local(r.autoCloseAt)).toBe('2026-12-07T23:59:59.999+07:00');
    const closed = applyAction(r, { action: 'auto-close' }, ctx('system', '2026-12-08T00:00:00+07:00'));
    expect(closed.status).toBe('selesai');
    expect(local(closed.reopenUntil)).toBe('2026-12-22T23:59:59.999+07:00');
    const reopened = applyAction(
      closed,
      { action: 'reopen', note: 'Lampu padam lagi' },
      ctx('reporter', '2026-12-10T09:00:00+07:00'),
    );
    expect(reopened.status).toBe('dibuka-kembali');
    expect(reopened.escalated).toBe(true);
    expect(reopened.reopenCount).toBe(1);
    expect(() =>
      applyAction(
        closed,
        { action: 'reopen', note: 'terlambat' },
        ctx('reporter', '2026-12-23T09:00:00+07:00'),
      ),
    ).toThrow('transition.reopenExpired');
  });

  it('an incomplete report waits 30 days for the reporter, without an official deadline', () => {
    const w = applyAction(
      inStatus('diterima'),
      { action: 'request-info', note: 'Mohon lampirkan foto lokasi' },
      ctx('coordinator', '2026-11-23T10:00:00+07:00'),
    );
    expect(w.dueAt).toBeNull();
    expect(w.completionDueAt).toBe('2026-12-23T03:00:00.000Z');
    const back = applyAction(
      w,
      { action: 'supply-info', note: 'Foto terlampir' },
      ctx('reporter', '2026-11-25T10:00:00+07:00'),
    );
    expect(back.status).toBe('diterima');
    expect(local(back.dueAt)).toBe('2026-11-30T23:59:59.999+07:00');
    const gone = applyAction(w, { action: 'withdraw' }, ctx('system', '2026-12-24T00:00:00+07:00'));
    expect(gone.status).toBe('diarsipkan');
    expect(gone.archiveReason).toBe('ditarik');
  });

  it('extending moves the current deadline by working days and counts the extensions', () => {
    const s = submitted(new Date('2026-11-27T15:00:00+07:00'), base);
    const e = applyAction(
      s,
      { action: 'extend', extraWorkingDays: 2, note: 'Menunggu data dari kecamatan' },
      ctx('coordinator'),
    );
    expect(local(e.dueAt)).toBe('2026-12-04T23:59:59.999+07:00');
    expect(e.extensions).toBe(1);
    expect(() => applyAction(s, { action: 'extend', note: 'x' }, ctx('coordinator'))).toThrow(
      'transition.daysRequired',
    );
  });

  it('archiving a duplicate needs the original', () => {
    expect(() =>
      applyAction(
        inStatus('diterima'),
        { action: 'archive', archiveReason: 'duplikat', note: 'sama' },
        ctx('coordinator'),
      ),
    ).toThrow('transition.reasonRequired');
    const a = applyAction(
      inStatus('diterima'),
      { action: 'archive', archiveReason: 'duplikat', duplicateOf: 'C1', note: 'sama' },
      ctx('coordinator'),
    );
    expect(a.duplicateOf).toBe('C1');
  });

  it('classifies deadlines as overdue, due soon or on track', () => {
    const s = { status: 'diverifikasi' as const, dueAt: '2026-12-02T16:59:59.999Z' };
    expect(deadlineState(s, new Date('2026-11-27T10:00:00+07:00'), 1, none, TZ)).toBe('on-track');
    expect(deadlineState(s, new Date('2026-12-01T10:00:00+07:00'), 1, none, TZ)).toBe('due-soon');
    expect(deadlineState(s, new Date('2026-12-03T00:00:01+07:00'), 1, none, TZ)).toBe('overdue');
    expect(
      deadlineState(
        { status: 'selesai', dueAt: s.dueAt },
        new Date('2026-12-03T00:00:01+07:00'),
        1,
        none,
        TZ,
      ),
    ).toBeNull();
  });
});
