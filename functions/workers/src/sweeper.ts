import type { Logger } from '@aws-lambda-powertools/logger';
import { actOnComplaint, type ComplaintActor, loadTenantContext, type TenantContext } from '@prima/api';
import { addWorkingDays, type Complaint, isOpen, LifecycleViolation, type Tenant } from '@prima/domain';
import {
  complaintQueues,
  complaints,
  NotFoundError,
  type Notification,
  type Store,
  type StoredComplaint,
  units,
  VersionConflictError,
} from '@prima/store';
import { workerLogger } from './log';
import { activeTenants } from './tenants';

/**
 * The SLA sweeper. For each active tenant it reads the open queue up to the end of the due-soon window (the queue
 * is ordered by the next moment something must happen: the officials' deadline, else the auto-close, else the end
 * of the completion window) and, per complaint, does at most one thing:
 * - its deadline has passed and it is not escalated yet: escalate it (system action `escalate`) and tell the
 *   coordinators, in the same transaction;
 * - its deadline falls within the policy's due-soon window: remind whoever must act (the unit for a follow-up,
 *   the coordinators for verification), once per deadline (remembered on the complaint as `remindedFor`);
 * - the reporter left a follow-up unanswered past `autoCloseAt`: `auto-close`;
 * - an incomplete report was not completed by `completionDueAt`: `withdraw`.
 * Every write is conditional on the version read, so the sweeper is idempotent and safe next to officials and
 * another sweeper: whoever loses a race skips the complaint, and the next run looks again.
 */
export interface SweeperDeps {
  store: Store;
  now?: () => Date;
  log?: Logger;
}

export interface SweepSummary {
  tenants: number;
  escalated: number;
  reminded: number;
  autoClosed: number;
  withdrawn: number;
  /** Changed by someone else meanwhile (or no longer due): looked at again next run. */
  skipped: number;
  /** Tenants whose sweep failed; logged, retried next run. */
  errors: number;
}

const SYSTEM: ComplaintActor = { kind: 'system', userId: null, name: null };
const PAGE = 100;

const emptySummary = (): SweepSummary => ({
  tenants: 0,
  escalated: 0,
  reminded: 0,
  autoClosed: 0,
  withdrawn: 0,
  skipped: 0,
  errors: 0,
});

/** One run over every active tenant (or those named). */
export async function sweep(
  deps: SweeperDeps,
  opts: { tenantIds?: readonly string[] } = {},
): Promise<SweepSummary> {
  const log = deps.log ?? workerLogger();
  const total = emptySummary();
  for await (const tenant of activeTenants(deps.store, opts.tenantIds)) {
    total.tenants++;
    try {
      const s = await sweepTenant({ ...deps, log }, tenant);
      total.escalated += s.escalated;
      total.reminded += s.reminded;
      total.autoClosed += s.autoClosed;
      total.withdrawn += s.withdrawn;
      total.skipped += s.skipped;
    } catch (e) {
      total.errors++;
      log.error('SLA sweep failed for a tenant', { tenantId: tenant.id, error: e as Error });
    }
  }
  return total;
}

type Step = 'escalated' | 'reminded' | 'autoClosed' | 'withdrawn' | null;

/** One run over one tenant. */
export async function sweepTenant(deps: SweeperDeps, tenant: Tenant): Promise<SweepSummary> {
  const ctx = await loadTenantContext(deps.store.forTenant(tenant.id), tenant);
  const now = deps.now?.() ?? new Date();
  const soon = addWorkingDays(now, ctx.sla.dueSoonWorkingDays, ctx.holidays, tenant.timeZone);
  const unitNames = unitNameLookup(ctx);
  const summary = emptySummary();
  summary.tenants = 1;
  let cursor: string | undefined;
  do {
    // `~` sorts after every complaint id: a deadline at exactly `soon` is included.
    const page = await complaintQueues.queue(ctx.db, {
      state: 'open',
      dueBefore: `${soon.toISOString()}#~`,
      limit: PAGE,
      cursor,
    });
    for (const c of page.items as StoredComplaint[]) {
      try {
        const step = await sweepOne(ctx, c, now, soon, unitNames);
        if (step) summary[step]++;
      } catch (e) {
        if (
          e instanceof VersionConflictError ||
          e instanceof LifecycleViolation ||
          e instanceof NotFoundError
        )
          summary.skipped++;
        else throw e;
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return summary;
}

const before = (iso: string | null, instant: Date) => iso !== null && Date.parse(iso) < instant.getTime();

async function sweepOne(
  ctx: TenantContext,
  c: StoredComplaint,
  now: Date,
  soon: Date,
  unitNames: (id: string | null) => Promise<string>,
): Promise<Step> {
  if (!isOpen(c.status)) return null;
  if (c.dueAt && before(c.dueAt, now)) {
    if (c.escalated) return null;
    const notice = await officialsNotice(ctx, c, 'escalated', 'coordinators', unitNames);
    await actOnComplaint(ctx, c, { action: 'escalate', note: ESCALATION_NOTE[locale(ctx)] }, SYSTEM, now, [
      notice,
    ]);
    return 'escalated';
  }
  if (c.dueAt && Date.parse(c.dueAt) <= soon.getTime()) {
    if (c.remindedFor === c.dueAt) return null;
    const audience = c.dueKind === 'follow-up' && c.unitId ? 'unit' : 'coordinators';
    const notice = await officialsNotice(ctx, c, 'reminder', audience, unitNames);
    await complaints.markReminded(ctx.db, { before: c, notifications: [notice], now: now.toISOString() });
    return 'reminded';
  }
  if (c.status === 'ditindaklanjuti' && before(c.autoCloseAt, now)) {
    await actOnComplaint(ctx, c, { action: 'auto-close' }, SYSTEM, now);
    return 'autoClosed';
  }
  if (c.status === 'perlu-dilengkapi' && before(c.completionDueAt, now)) {
    await actOnComplaint(ctx, c, { action: 'withdraw' }, SYSTEM, now);
    return 'withdrawn';
  }
  return null;
}

const locale = (ctx: TenantContext) => ctx.settings.defaultLocale;

const ESCALATION_NOTE = {
  id: 'Tenggat terlewati; dieskalasi otomatis ke koordinator.',
  en: 'Deadline missed; escalated to the coordinators automatically.',
};

/** A notice to officials about a complaint: tracking code, title, deadline and unit; never the reporter. */
async function officialsNotice(
  ctx: TenantContext,
  c: Complaint,
  template: 'escalated' | 'reminder',
  audience: 'coordinators' | 'unit',
  unitNames: (id: string | null) => Promise<string>,
): Promise<Notification> {
  return {
    complaintId: c.id,
    trackingCode: c.trackingCode,
    template,
    audience,
    locale: locale(ctx),
    data: {
      title: c.title,
      status: c.status,
      dueAt: c.dueAt ?? '',
      dueKind: c.dueKind ?? '',
      unitId: c.unitId ?? '',
      unitName: await unitNames(c.unitId),
      tenantName: ctx.tenant.name,
      slug: ctx.tenant.slug,
    },
  };
}

/** Unit names, read once per run and unit. */
function unitNameLookup(ctx: TenantContext) {
  const cache = new Map<string, Promise<string>>();
  return (id: string | null): Promise<string> => {
    if (!id) return Promise.resolve('');
    let name = cache.get(id);
    if (!name) {
      name = units.get(ctx.db, id).then((u) => u?.name ?? '');
      cache.set(id, name);
    }
    return name;
  };
}
