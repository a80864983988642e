import type { SlaPolicy } from '../sla';
import { addWorkingDays, type HolidaySet } from '../workdays';
import { type ComplaintStatus, isOpen } from './model';

/**
 * The complaint state machine (DOMAIN.md §4, LAPOR! model) as data: which action moves a complaint from which
 * statuses to which, who may take it, and whether it needs a note and who sees that note. `applyAction` is the
 * only way a complaint changes; the API and the SLA sweeper both go through it.
 */
export type ActorKind = 'coordinator' | 'unit' | 'reporter' | 'system';

export const ACTIONS = [
  'verify',
  'request-info',
  'supply-info',
  'dispatch',
  'reroute',
  'return',
  'respond',
  'reporter-reply',
  'close',
  'confirm',
  'auto-close',
  'reject',
  'archive',
  'withdraw',
  'reopen',
  'note',
  'reply',
  'extend',
  'escalate',
] as const;
export type Action = (typeof ACTIONS)[number];

const OPEN: readonly ComplaintStatus[] = [
  'diterima',
  'perlu-dilengkapi',
  'diverifikasi',
  'didisposisikan',
  'ditindaklanjuti',
  'dibuka-kembali',
];

export interface Rule {
  from: readonly ComplaintStatus[];
  /** null: the status stays (notes, replies, extensions, escalation). */
  to: ComplaintStatus | null;
  by: readonly ActorKind[];
  note: 'required' | 'optional';
  /** Who may read the note: the reporter and the public timeline, or officials only. */
  visibility: 'public' | 'internal';
}

export const RULES: Record<Action, Rule> = {
  verify: {
    from: ['diterima'],
    to: 'diverifikasi',
    by: ['coordinator'],
    note: 'optional',
    visibility: 'internal',
  },
  'request-info': {
    from: ['diterima', 'diverifikasi'],
    to: 'perlu-dilengkapi',
    by: ['coordinator'],
    note: 'required',
    visibility: 'public',
  },
  'supply-info': {
    from: ['perlu-dilengkapi'],
    to: 'diterima',
    by: ['reporter'],
    note: 'required',
    visibility: 'public',
  },
  dispatch: {
    from: ['diverifikasi', 'dibuka-kembali'],
    to: 'didisposisikan',
    by: ['coordinator'],
    note: 'optional',
    visibility: 'internal',
  },
  reroute: {
    from: ['didisposisikan', 'ditindaklanjuti'],
    to: 'didisposisikan',
    by: ['coordinator'],
    note: 'required',
    visibility: 'internal',
  },
  return: {
    from: ['didisposisikan'],
    to: 'diverifikasi',
    by: ['unit'],
    note: 'required',
    visibility: 'internal',
  },
  respond: {
    from: ['didisposisikan', 'dibuka-kembali'],
    to: 'ditindaklanjuti',
    by: ['unit', 'coordinator'],
    note: 'required',
    visibility: 'public',
  },
  'reporter-reply': {
    from: ['ditindaklanjuti'],
    to: 'didisposisikan',
    by: ['reporter'],
    note: 'required',
    visibility: 'public',
  },
  close: {
    from: ['ditindaklanjuti'],
    to: 'selesai',
    by: ['coordinator'],
    note: 'optional',
    visibility: 'public',
  },
  confirm: {
    from: ['ditindaklanjuti'],
    to: 'selesai',
    by: ['reporter'],
    note: 'optional',
    visibility: 'public',
  },
  'auto-close': {
    from: ['ditindaklanjuti'],
    to: 'selesai',
    by: ['system'],
    note: 'optional',
    visibility: 'public',
  },
  reject: {
    from: ['diterima', 'perlu-dilengkapi', 'diverifikasi'],
    to: 'ditolak',
    by: ['coordinator'],
    note: 'required',
    visibility: 'public',
  },
  archive: {
    from: ['diterima', 'perlu-dilengkapi', 'diverifikasi', 'didisposisikan'],
    to: 'diarsipkan',
    by: ['coordinator'],
    note: 'required',
    visibility: 'public',
  },
  withdraw: {
    from: ['perlu-dilengkapi'],
    to: 'diarsipkan',
    by: ['system'],
    note: 'optional',
    visibility: 'public',
  },
  reopen: {
    from: ['selesai'],
    to: 'dibuka-kembali',
    by: ['reporter'],
    note: 'required',
    visibility: 'public',
  },
  note: { from: OPEN, to: null, by: ['coordinator', 'unit'], note: 'required', visibility: 'internal' },
  reply: { from: OPEN, to: null, by: ['coordinator', 'unit'], note: 'required', visibility: 'public' },
  extend: { from: OPEN, to: null, by: ['coordinator'], note: 'required', visibility: 'internal' },
  escalate: { from: OPEN, to: null, by: ['coordinator', 'system'], note: 'optional', visibility: 'internal' },
};

/** The part of a complaint the lifecycle reads and writes. */
export interface LifecycleState {
  status: ComplaintStatus;
  unitId: string | null;
  tier: string | null;
  submittedAt: string;
  verifiedAt: string | null;
  dispatchedAt: string | null;
  firstResponseAt: string | null;
  closedAt: string | null;
  /** The deadline officials are working against now, and which one it is. */
  dueAt: string | null;
  dueKind: 'verify' | 'follow-up' | null;
  /** When the sweeper closes a follow-up the reporter did not answer. */
  autoCloseAt: string | null;
  /** When an incomplete report counts as withdrawn. */
  completionDueAt: string | null;
  /** Until when the reporter may reopen a closed report. */
  reopenUntil: string | null;
  /** Legal ceiling: 60 days after the file is complete. */
  resolutionCeilingAt: string | null;
  escalated: boolean;
  reopenCount: number;
  extensions: number;
  archiveReason: string | null;
  duplicateOf: string | null;
}

export interface ActionInput {
  action: Action;
  note?: string | undefined;
  /** dispatch / reroute: the OPD unit. */
  unitId?: string | undefined;
  /** dispatch / reroute: an SLA tier key; its working days replace the default follow-up period. */
  tier?: string | undefined;
  /** extend: extra working days. */
  extraWorkingDays?: number | undefined;
  /** archive: why. */
  archiveReason?: string | undefined;
  /** archive as a duplicate: the original complaint's id. */
  duplicateOf?: string | undefined;
}

export interface LifecycleContext {
  actor: ActorKind;
  now: Date;
  sla: Pick<
    SlaPolicy,
    | 'verifyWorkingDays'
    | 'followUpWorkingDays'
    | 'autoCloseWorkingDays'
    | 'resolutionCeilingDays'
    | 'completionWindowDays'
    | 'reopenWindowWorkingDays'
    | 'tiers'
  >;
  holidays: HolidaySet;
  timeZone: string;
}

export type LifecycleError =
  | 'transition.notAllowed'
  | 'transition.forbidden'
  | 'transition.noteRequired'
  | 'transition.unitRequired'
  | 'transition.unknownTier'
  | 'transition.noDeadline'
  | 'transition.daysRequired'
  | 'transition.reasonRequired'
  | 'transition.reopenExpired'
  | 'transition.sameUnit';

export class LifecycleViolation extends Error {
  override name = 'LifecycleViolation';
  constructor(readonly code: LifecycleError) {
    super(code);
  }
}

/** Actions an actor may take on a complaint in `status` (the UI shows only these). */
export const availableActions = (status: ComplaintStatus, actor: ActorKind): Action[] =>
  ACTIONS.filter((a) => RULES[a].from.includes(status) && RULES[a].by.includes(actor));

const addDays = (instant: Date, days: number) => new Date(instant.getTime() + days * 86_400_000);

/** The initial lifecycle of a new report, with its verification deadline. */
export function submitted(now: Date, ctx: Omit<LifecycleContext, 'actor' | 'now'>): LifecycleState {
  return {
    status: 'diterima',
    unitId: null,
    tier: null,
    submittedAt: now.toISOString(),
    verifiedAt: null,
    dispatchedAt: null,
    firstResponseAt: null,
    closedAt: null,
    dueAt: addWorkingDays(now, ctx.sla.verifyWorkingDays, ctx.holidays, ctx.timeZone).toISOString(),
    dueKind: 'verify',
    autoCloseAt: null,
    completionDueAt: null,
    reopenUntil: null,
    resolutionCeilingAt: null,
    escalated: false,
    reopenCount: 0,
    extensions: 0,
    archiveReason: null,
    duplicateOf: null,
  };
}

/**
 * Applies one action: checks the transition, the actor and the inputs, and returns the new lifecycle state.
 * Throws LifecycleViolation when the action is not allowed; the caller then stores nothing.
 */
export function applyAction(
  state: LifecycleState,
  input: ActionInput,
  ctx: LifecycleContext,
): LifecycleState {
  const rule = RULES[input.action];
  if (!rule.from.includes(state.status)) throw new LifecycleViolation('transition.notAllowed');
  if (!rule.by.includes(ctx.actor)) throw new LifecycleViolation('transition.forbidden');
  if (rule.note === 'required' && ctx.actor !== 'system' && !input.note?.trim())
    throw new LifecycleViolation('transition.noteRequired');

  const now = ctx.now;
  const iso = now.toISOString();
  const hk = (days: number, from: Date = now) =>
    addWorkingDays(from, days, ctx.holidays, ctx.timeZone).toISOString();
  const next: LifecycleState = { ...state, status: rule.to ?? state.status };

  switch (input.action) {
    case 'verify':
      next.verifiedAt = iso;
      next.resolutionCeilingAt = addDays(now, ctx.sla.resolutionCeilingDays).toISOString();
      break;
    case 'request-info':
      next.dueAt = null;
      next.dueKind = null;
      next.completionDueAt = addDays(now, ctx.sla.completionWindowDays).toISOString();
      break;
    case 'supply-info':
      next.completionDueAt = null;
      next.dueAt = hk(ctx.sla.verifyWorkingDays);
      next.dueKind = 'verify';
      break;
    case 'dispatch':
    case 'reroute': {
      if (!input.unitId) throw new LifecycleViolation('transition.unitRequired');
      if (input.action === 'reroute' && input.unitId === state.unitId)
        throw new LifecycleViolation('transition.sameUnit');
      const tier = input.tier ? ctx.sla.tiers.find((t) => t.key === input.tier) : undefined;
      if (input.tier && !tier) throw new LifecycleViolation('transition.unknownTier');
      next.unitId = input.unitId;
      next.tier = tier?.key ?? (input.action === 'reroute' ? state.tier : null);
      const days = tier?.workingDays ?? ctx.sla.followUpWorkingDays;
      next.dispatchedAt = iso;
      next.dueAt = hk(days);
      next.dueKind = 'follow-up';
      next.autoCloseAt = null;
      next.resolutionCeilingAt ??= addDays(now, ctx.sla.resolutionCeilingDays).toISOString();
      break;
    }
    case 'return':
      next.unitId = null;
      next.dueAt = hk(ctx.sla.verifyWorkingDays);
      next.dueKind = 'verify';
      break;
    case 'respond':
      next.firstResponseAt ??= iso;
      next.dueAt = null;
      next.dueKind = null;
      next.autoCloseAt = hk(ctx.sla.autoCloseWorkingDays);
      break;
    case 'reporter-reply':
      next.autoCloseAt = null;
      next.dueAt = hk(ctx.sla.followUpWorkingDays);
      next.dueKind = 'follow-up';
      break;
    case 'close':
    case 'confirm':
    case 'auto-close':
      next.closedAt = iso;
      next.dueAt = null;
      next.dueKind = null;
      next.autoCloseAt = null;
      next.reopenUntil = hk(ctx.sla.reopenWindowWorkingDays);
      break;
    case 'reject':
    case 'withdraw':
      Object.assign(next, closedState(iso));
      if (input.action === 'withdraw') next.archiveReason = 'ditarik';
      break;
    case 'archive':
      if (!input.archiveReason) throw new LifecycleViolation('transition.reasonRequired');
      Object.assign(next, closedState(iso));
      next.archiveReason = input.archiveReason;
      next.duplicateOf = input.archiveReason === 'duplikat' ? (input.duplicateOf ?? null) : null;
      if (input.archiveReason === 'duplikat' && !next.duplicateOf)
        throw new LifecycleViolation('transition.reasonRequired');
      break;
    case 'reopen':
      if (!state.reopenUntil || now.getTime() > Date.parse(state.reopenUntil))
        throw new LifecycleViolation('transition.reopenExpired');
      next.closedAt = null;
      next.reopenUntil = null;
      next.reopenCount = state.reopenCount + 1;
      next.escalated = true;
      next.dueAt = hk(ctx.sla.followUpWorkingDays);
      next.dueKind = 'follow-up';
      break;
    case 'extend':
      if (!state.dueAt) throw new LifecycleViolation('transition.noDeadline');
      if (!input.extraWorkingDays || input.extraWorkingDays < 1)
        throw new LifecycleViolation('transition.daysRequired');
      next.dueAt = hk(input.extraWorkingDays, new Date(state.dueAt));
      next.extensions = state.extensions + 1;
      break;
    case 'escalate':
      next.escalated = true;
      break;
    case 'note':
    case 'reply':
      break;
  }
  return next;
}

const closedState = (iso: string): Partial<LifecycleState> => ({
  closedAt: iso,
  dueAt: null,
  dueKind: null,
  autoCloseAt: null,
  completionDueAt: null,
});

export type DeadlineState = 'overdue' | 'due-soon' | 'on-track';

/** Where a complaint stands against its current deadline; null when no official deadline runs. */
export function deadlineState(
  state: Pick<LifecycleState, 'status' | 'dueAt'>,
  now: Date,
  dueSoonWorkingDays: number,
  holidays: HolidaySet,
  timeZone: string,
): DeadlineState | null {
  if (!state.dueAt || !isOpen(state.status)) return null;
  const due = Date.parse(state.dueAt);
  if (now.getTime() > due) return 'overdue';
  const soon = addWorkingDays(now, dueSoonWorkingDays, holidays, timeZone).getTime();
  return due <= soon ? 'due-soon' : 'on-track';
}
