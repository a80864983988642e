import { AsyncLocalStorage } from 'node:async_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ASSESSMENT_TEMPLATES,
  addWorkingDays,
  type ComplaintStatus,
  defaultHolidays,
  endOfLocalDay,
  type Holiday,
  type HolidaySet,
  holidaySet,
  isOpen,
  isWorkingDay,
  localDate,
  type Service,
  type Tenant,
  TRUST_TEMPLATE,
  type Unit,
  type User,
} from '@prima/domain';
import { complaints, type Store, type StoredComplaint } from '@prima/store';
import { sendForTenant, sweepTenant, workerLogger } from '@prima/workers';
import { createLocalApp } from './app';
import { devNotifier } from './mailbox';
import {
  ACTIVITY_STAFF,
  ASSESSMENT_LEVELS,
  CATEGORIES,
  CENTRE,
  CLOSE_NOTES,
  CONFIRM_NOTES,
  type ComplaintText,
  CYCLE_TEXTS,
  DESA,
  DISPATCH_NOTES,
  JALAN,
  OUT_OF_SCOPE,
  RATING_COMMENTS,
  REOPEN_NOTES,
  REPORTERS,
  REQUEST_INFO_NOTES,
  SKM_PROFILES,
  SUPPLY_INFO_NOTES,
  TRUST_SURVEY,
  UNCATEGORISED,
  VERIFY_NOTES,
} from './seed-activity-data';
import { DEMO_REGIONAL_HOLIDAY, DEMO_USERS, SEED_UNITS } from './seed-data';

/**
 * The demo Pemda's last months, played through the API by its officials and citizens on a simulated clock, so
 * that every counter, timeline, notification and aggregate is what the product itself writes: complaints from
 * submission to rating (with the SLA sweeper and the notification sender running in the simulated past as they
 * do in production), SKM and trust surveys per triwulan, follow-up plans, PDCA cycles and self-assessments.
 *
 * Each request runs at its own simulated instant (an AsyncLocalStorage clock read by the API, the token issuer and
 * the workers), so independent steps (different complaints, survey answers) run side by side; everything that
 * looks at the whole tenant (a sweep, a send) waits for what came before it. All choices come from a seeded PRNG
 * and every date is relative to `now`: the demo always covers "the last months" and reads the same each time.
 */

export interface DemoDirectory {
  tenant: Tenant;
  /** Demo logins by email. */
  users: ReadonlyMap<string, User>;
  /** Units by SEED_UNITS key. */
  units: ReadonlyMap<string, Unit>;
  /** Services by name. */
  services: ReadonlyMap<string, Service>;
}

export interface ActivitySummary {
  complaints: number;
  surveyResponses: number;
  campaigns: number;
  cycles: number;
  assessments: number;
}

/** Complaints over the window (≈ one per working day); DynamoDB Local's transactions set the pace of the seed. */
const COMPLAINTS = 100;
const MIN = 60_000;
const DAY = 86_400_000;
const OFFICE = { from: 8 * 60, to: 15 * 60 + 30 };
/**
 * Requests in flight at once: complaints wait on each other at every barrier, so they may use more; survey
 * answers (heavy transactions) fill the gaps without queueing ahead of them.
 */
const CONCURRENCY = { complaints: 6, surveys: 3 };

class SeedStepError extends Error {
  override name = 'SeedStepError';
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** An index drawn with the given weights. */
    weighted(weights: readonly number[]): number {
      const total = weights.reduce((s, w) => s + w, 0);
      let r = next() * total;
      for (const [i, w] of weights.entries()) {
        r -= w;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    /** About normal with mean 0 and deviation 1 (a sum of uniforms). */
    normal: () => (next() + next() + next() - 1.5) * 2,
  };
}
type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------------------------
// Calendar in the tenant's time zone

const nextDate = (date: string, days = 1) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

function calendar(timeZone: string, holidays: HolidaySet) {
  const startOfDay = (date: string) => endOfLocalDay(date, timeZone).getTime() + 1 - DAY;
  const day = (t: number) => localDate(new Date(t), timeZone);
  const working = (date: string) => isWorkingDay(date, holidays);
  /** The `n`th working day after `date`; n = 0: `date` itself when it is one, else the next. */
  const nthWorkingDay = (date: string, n: number) => {
    let d = date;
    while (!working(d)) d = nextDate(d);
    for (let counted = 0; counted < n; ) {
      d = nextDate(d);
      if (working(d)) counted++;
    }
    return d;
  };
  return {
    day,
    working,
    nthWorkingDay,
    /** `date` at `minutes` past local midnight. */
    at: (date: string, minutes: number) => startOfDay(date) + minutes * MIN,
    startOfDay,
    minutesOf: (t: number) => Math.floor((t - startOfDay(day(t))) / MIN),
  };
}
type Calendar = ReturnType<typeof calendar>;

interface Quarter {
  year: number;
  number: number;
  key: string;
  start: string;
  end: string;
}

function quarterOf(date: string): Quarter {
  const year = Number(date.slice(0, 4));
  const number = Math.ceil(Number(date.slice(5, 7)) / 3);
  const m = (n: number) => String(n).padStart(2, '0');
  const nextStart = number === 4 ? `${year + 1}-01-01` : `${year}-${m(number * 3 + 1)}-01`;
  return {
    year,
    number,
    key: `${year}-Q${number}`,
    start: `${year}-${m(number * 3 - 2)}-01`,
    end: nextDate(nextStart, -1),
  };
}
const previousQuarter = (q: Quarter) => quarterOf(nextDate(q.start, -1));
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * Runs `fn` over `items` with at most `limit` in flight. After a failure no new item starts, and the failure is
 * thrown once every request in flight has ended: nothing writes behind the removal of a half-seeded tenant.
 */
async function inPool<T>(items: readonly T[], limit: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (!failure && next < items.length) {
        const item = items[next++]!;
        try {
          await fn(item);
        } catch (error) {
          failure ??= { error };
        }
      }
    }),
  );
  if (failure) throw (failure as { error: unknown }).error;
}

// ---------------------------------------------------------------------------------------------------------------
// Complaint plans

type Closing = 'confirm' | 'close' | 'auto';
/** A step with everything chosen at planning time, so that the demo does not depend on which request ends first. */
type Step =
  | { kind: 'submit' }
  | {
      kind: 'verify' | 'dispatch' | 'close' | 'request-info' | 'supply-info' | 'reporter-reply' | 'reopen';
      note: string;
    }
  | { kind: 'confirm'; note: string | null }
  | { kind: 'respond'; note: string; officer: number }
  | { kind: 'rate'; score: number; comment: string | null }
  | { kind: 'reject' | 'archive'; note: string; reason?: 'duplikat' | 'di-luar-kewenangan' };

interface ComplaintPlan {
  at: number;
  channel: 'web' | 'walk-in' | 'phone' | 'sms' | 'email' | 'social-media';
  body: Record<string, unknown>;
  unitKey: string | null;
  tier: string | null;
  text: ComplaintText | null;
  /** The report this one repeats (archived as its duplicate). */
  duplicateOf: ComplaintPlan | null;
  steps: { at: number; step: Step }[];
}

interface ComplaintState {
  id: string | null;
  trackingCode: string | null;
  version: number;
  status: ComplaintStatus;
  dueAt: string | null;
  autoCloseAt: string | null;
  completionDueAt: string | null;
  escalated: boolean;
  remindedFor: string | null;
  next: number;
}

const CHANNELS = ['web', 'walk-in', 'phone', 'sms', 'email', 'social-media'] as const;
const CHANNEL_WEIGHTS = [62, 12, 9, 4, 6, 7];

function fill(text: string, rng: Rng): string {
  return text
    .replaceAll('{desa}', rng.pick(DESA))
    .replaceAll('{jalan}', rng.pick(JALAN))
    .replaceAll('{rt}', String(rng.int(1, 9)).padStart(2, '0'))
    .replaceAll('{rw}', String(rng.int(1, 6)).padStart(2, '0'))
    .replaceAll('{n}', String(rng.int(2, 5)));
}

/** The reporter as they fill in the form (or tell the officer): contact depends on the channel. */
function reporterOf(channel: ComplaintPlan['channel'], rng: Rng): Record<string, string> {
  const name = rng.pick(REPORTERS);
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
  const phone = `08${rng.pick(['12', '13', '21', '52', '57', '77'])}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`;
  const r = rng.next();
  switch (channel) {
    case 'web':
      if (r < 0.35) return { name, email };
      if (r < 0.5) return { name, email, phone };
      if (r < 0.65) return { name, phone };
      return rng.chance(0.55) ? { name } : {};
    case 'email':
      return { name, email };
    case 'social-media':
      return r < 0.4 ? { name, email } : { name };
    case 'walk-in':
      return r < 0.7 ? { name, phone } : { name };
    default:
      return { name, phone };
  }
}

interface PlanContext {
  rng: Rng;
  cal: Calendar;
  nowMs: number;
  windowStart: string;
  /** Working days of the follow-up period, by tier key (null: the default). */
  followUpDays: (tier: string | null) => number;
  services: ReadonlyMap<string, Service>;
  categoryIds: ReadonlyMap<string, string>;
}

function planComplaints(p: PlanContext): ComplaintPlan[] {
  const { rng, cal, nowMs } = p;
  const today = cal.day(nowMs);
  const days: string[] = [];
  for (let d = p.windowStart; d <= today; d = nextDate(d)) days.push(d);
  const dayWeights = days.map((d) => (cal.working(d) ? 1 : 0.35));

  /** An office-hours instant `wd` working days after `t` (later the same day when wd = 0 and there is time). */
  const officeAfter = (t: number, wd: number): number => {
    let date = cal.nthWorkingDay(cal.day(t), wd);
    let when = cal.at(date, rng.int(OFFICE.from, OFFICE.to));
    if (when <= t + 10 * MIN) {
      when = t + rng.int(10, 90) * MIN;
      if (!cal.working(date) || when > cal.at(date, 16 * 60)) {
        date = cal.nthWorkingDay(nextDate(date), 0);
        when = cal.at(date, rng.int(OFFICE.from, OFFICE.to));
      }
    }
    return when;
  };
  /** A citizen's instant `days` calendar days after `t`, between 06:00 and 21:30. */
  const citizenAfter = (t: number, days: number): number => {
    const when = cal.at(nextDate(cal.day(t), days), rng.int(6 * 60, 21 * 60 + 30));
    return when > t + 10 * MIN ? when : t + rng.int(15, 120) * MIN;
  };

  // When and how each report arrives: about the same number every working day, fewer at weekends (when only the
  // web form is open), with day-to-day scatter, so the months compare.
  const arrivals: { at: number; channel: ComplaintPlan['channel'] }[] = [];
  const perWeight = COMPLAINTS / dayWeights.reduce((sum, w) => sum + w, 0);
  let owed = rng.next();
  for (const [k, date] of days.entries()) {
    owed += dayWeights[k]! * perWeight * (0.4 + 1.2 * rng.next());
    for (; owed >= 1; owed--) {
      const channel = cal.working(date) ? CHANNELS[rng.weighted(CHANNEL_WEIGHTS)]! : 'web';
      const at =
        channel === 'web'
          ? cal.at(date, rng.int(6 * 60, 22 * 60))
          : cal.at(date, rng.int(OFFICE.from, OFFICE.to));
      if (at < nowMs - 30 * MIN) arrivals.push({ at, channel });
    }
  }
  arrivals.sort((a, b) => a.at - b.at);

  const outOfScope = new Map<number, (typeof OUT_OF_SCOPE)[number]>();
  const uncategorised = new Map<number, (typeof UNCATEGORISED)[number]>();
  const cut = Math.floor(arrivals.length * 0.85);
  for (const x of OUT_OF_SCOPE) outOfScope.set(freeIndex(rng, cut, outOfScope, uncategorised), x);
  for (const x of UNCATEGORISED) uncategorised.set(freeIndex(rng, cut, outOfScope, uncategorised), x);
  // A few reports dispatched (or not even verified) and then left: overdue now, escalated by the sweeper.
  const stalled = new Set<number>();
  const stallFrom = cal.at(cal.nthWorkingDay(nextDate(today, -40), 0), 0);
  const stallTo = nowMs - 12 * DAY;
  arrivals.forEach((a, i) => {
    if (stalled.size < 3 && a.at >= stallFrom && a.at <= stallTo && !outOfScope.has(i) && rng.chance(0.2))
      stalled.add(i);
  });

  // Answers that come after the deadline: a steady share, spread over the months (field work, roads, more often).
  const lateShare = { field: 0.3, desk: 0.18 };
  const lateDebt = { field: rng.next(), desk: rng.next() };
  const lateOne = (kind: keyof typeof lateShare) => {
    lateDebt[kind] += lateShare[kind];
    if (lateDebt[kind] < 1) return false;
    lateDebt[kind] -= 1;
    return true;
  };

  let comeBacks = 0;
  // Categories in fixed shares (the Pareto keeps its shape whatever the dates), in random order.
  const totalWeight = CATEGORIES.reduce((sum, c) => sum + c.weight, 0);
  const categorised = arrivals.length - outOfScope.size - uncategorised.size;
  const deck = CATEGORIES.flatMap((c) =>
    Array.from({ length: Math.round((c.weight / totalWeight) * categorised) }, () => c),
  );
  while (deck.length < categorised) deck.push(CATEGORIES[0]!);
  for (let k = deck.length - 1; k > 0; k--) {
    const j = rng.int(0, k);
    [deck[k], deck[j]] = [deck[j]!, deck[k]!];
  }
  const plans: ComplaintPlan[] = arrivals.map((a, i) => {
    const oos = outOfScope.get(i);
    const unc = uncategorised.get(i);
    const category = oos || unc ? null : deck.pop()!;
    const text = oos ? null : (unc ?? rng.pick(category!.texts));
    const title = fill(oos?.title ?? text!.title, rng);
    const description = fill(oos?.description ?? text!.description, rng);
    const reporter = reporterOf(a.channel, rng);
    const service = text?.service ? p.services.get(text.service) : undefined;
    const body: Record<string, unknown> = {
      type: text?.type ?? 'pengaduan',
      title,
      description,
      reporter,
      anonim: a.channel === 'web' && rng.chance(0.07),
      rahasia: Boolean(text?.rahasia) || rng.chance(0.03),
    };
    if (category) body.categoryId = p.categoryIds.get(category.name);
    if (service) {
      body.serviceId = service.id;
      body.serviceDate = cal.day(a.at - rng.int(1, 14) * DAY);
    }
    if (text?.place) {
      body.location = {
        lat: Number((CENTRE.lat + (rng.next() - 0.5) * 0.1).toFixed(5)),
        lng: Number((CENTRE.lng + (rng.next() - 0.5) * 0.1).toFixed(5)),
        address: `${rng.pick(JALAN)}, Desa ${rng.pick(DESA)}`,
      };
    }
    const unitKey = category?.unit ?? unc?.unit ?? null;
    const tier = category?.tier ?? (body.type === 'permintaan-informasi' ? 'ringan' : null) ?? null;
    return { at: a.at, channel: a.channel, body, unitKey, tier, text, duplicateOf: null, steps: [] };
  });

  // Two reporters who sent the same web report twice; the coordinator archives the second as a duplicate.
  const originals = plans
    .map((x, i) => ({ x, i }))
    .filter(({ x, i }) => x.channel === 'web' && x.text && !stalled.has(i) && x.at < nowMs - 10 * DAY);
  for (let k = 0; k < 2 && originals.length > 0; k++) {
    const { x } = originals.splice(rng.int(0, originals.length - 1), 1)[0]!;
    // A day or two later: the original is filed (and has its id) before the coordinator sees the copy.
    plans.push({ ...x, at: citizenAfter(x.at, rng.int(1, 2)), duplicateOf: x, steps: [] });
  }

  for (const [i, plan] of plans.entries()) {
    const steps = plan.steps;
    const push = (at: number, step: Step) => steps.push({ at, step });
    push(plan.at, { kind: 'submit' });
    const oos = outOfScope.get(i);
    if (oos) {
      push(officeAfter(plan.at, rng.int(0, 1)), {
        kind: oos.action,
        note: oos.note,
        reason: oos.action === 'archive' ? 'di-luar-kewenangan' : undefined,
      });
    } else if (plan.duplicateOf !== null) {
      push(officeAfter(plan.at, rng.int(0, 1)), {
        kind: 'archive',
        reason: 'duplikat',
        note: 'Laporan yang sama sudah diterima dan sedang ditangani; mohon ikuti kode pelacakan laporan pertama.',
      });
    } else if (stalled.has(i)) {
      // The last one never gets verified; the others wait for the unit.
      if (stalled.size > 1 && i !== Math.max(...stalled)) {
        const t = officeAfter(plan.at, rng.int(0, 1));
        push(t, { kind: 'verify', note: rng.pick(VERIFY_NOTES) });
        push(t + rng.int(5, 30) * MIN, { kind: 'dispatch', note: rng.pick(DISPATCH_NOTES) });
      }
    } else {
      lifecycle(plan, plan.channel === 'web');
    }
    // What lies in the future has not happened yet: recent reports are still under way.
    const future = steps.findIndex((s) => s.at >= nowMs - MIN);
    if (future >= 0) steps.length = future;
  }
  plans.sort((a, b) => a.at - b.at);
  return plans;

  function lifecycle(plan: ComplaintPlan, web: boolean) {
    const push = (at: number, step: Step) => plan.steps.push({ at, step });
    let t = plan.at;
    if (web && rng.chance(0.05)) {
      t = officeAfter(t, rng.int(0, 1));
      push(t, { kind: 'request-info', note: rng.pick(REQUEST_INFO_NOTES) });
      t = citizenAfter(t, rng.int(1, 3));
      push(t, { kind: 'supply-info', note: rng.pick(SUPPLY_INFO_NOTES) });
    }
    t = officeAfter(t, [0, 1, 2][rng.weighted([50, 40, 10])]!);
    push(t, { kind: 'verify', note: rng.pick(VERIFY_NOTES) });
    t += rng.int(5, 40) * MIN;
    push(t, { kind: 'dispatch', note: rng.pick(DISPATCH_NOTES) });
    const follow = p.followUpDays(plan.tier);
    // Field work (roads) runs late more often than desk work.
    const late = lateOne(plan.tier === 'tanpa-pemeriksaan' ? 'field' : 'desk');
    t = officeAfter(
      t,
      late ? follow + rng.int(1, 3) : rng.int(Math.min(1, follow - 1), Math.max(0, follow - 2)),
    );
    const answer = (note: string) => ({
      kind: 'respond' as const,
      note: fill(note, rng),
      officer: rng.int(0, 1),
    });
    push(t, answer(plan.text!.response));
    // Half the reporters whose case allows it come back once: a reply to the answer, or reopening after closing
    // (which needs a report closed by someone, not by the sweeper after the window for replies).
    const back = plan.text?.again && rng.chance(0.5);
    const again = back ? ((comeBacks++ % 2 === 0 ? 'reopen' : 'reply') as 'reopen' | 'reply') : null;
    let closing: Closing = web
      ? (['confirm', 'close', 'auto'] as const)[rng.weighted([45, 30, 25])]!
      : rng.chance(0.6)
        ? 'close'
        : 'auto';
    if (again === 'reopen' && closing === 'auto') closing = 'close';
    if (again === 'reply') {
      t = citizenAfter(t, rng.int(1, 3));
      push(t, { kind: 'reporter-reply', note: plan.text!.again!.reporter });
      t = officeAfter(t, rng.int(1, 3));
      push(t, answer(plan.text!.again!.unit));
    }
    const respondedAt = t;
    if (closing === 'confirm') {
      t = citizenAfter(t, rng.int(0, 4));
      push(t, { kind: 'confirm', note: rng.chance(0.5) ? rng.pick(CONFIRM_NOTES) : null });
    } else if (closing === 'close') {
      t = officeAfter(t, rng.int(0, 3));
      push(t, { kind: 'close', note: rng.pick(CLOSE_NOTES) });
    } else {
      // The sweeper closes it just after the end of the 10th working day after the answer.
      t = cal.at(nextDate(cal.nthWorkingDay(nextDate(cal.day(respondedAt)), 9)), 1);
    }
    if (again === 'reopen') {
      t = citizenAfter(t, rng.int(2, 5));
      push(t, { kind: 'reopen', note: rng.pick(REOPEN_NOTES) });
      t = officeAfter(t, rng.int(0, 1));
      push(t, { kind: 'dispatch', note: rng.pick(DISPATCH_NOTES) });
      t = officeAfter(t, rng.int(1, 3));
      push(t, answer(plan.text!.again!.unit));
      t = officeAfter(t, rng.int(1, 2));
      push(t, { kind: 'close', note: rng.pick(CLOSE_NOTES) });
    }
    if (rng.chance(0.4)) {
      const slow = late || again !== null;
      const score = slow ? rng.int(2, 4) : [3, 4, 5][rng.weighted([15, 45, 40])]!;
      const comments = RATING_COMMENTS[score - 1]!;
      push(closing === 'confirm' ? t + rng.int(2, 10) * MIN : citizenAfter(t, rng.int(0, 3)), {
        kind: 'rate',
        score,
        comment: rng.chance(0.7) ? rng.pick(comments) : null,
      });
    }
  }
}

function freeIndex(rng: Rng, below: number, ...taken: ReadonlyMap<number, unknown>[]): number {
  for (;;) {
    const i = rng.int(0, below - 1);
    if (taken.every((m) => !m.has(i))) return i;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The seed

/**
 * The simulated months, relative to `now`: four triwulan of surveys (the current one included) and complaints
 * over six calendar months, stretched back to the start of the last whole triwulan before the complaint-driven
 * cycles start (five weeks ago) so that their baselines cover the whole period.
 */
function activityWindow(now: Date, timeZone: string) {
  const today = localDate(now, timeZone);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const monthStart = new Date(Date.UTC(y, m - 1 - 5, 1)).toISOString().slice(0, 10);
  const cyclesStart = now.getTime() - 36 * DAY;
  const baseQuarter = previousQuarter(quarterOf(localDate(new Date(cyclesStart), timeZone)));
  const windowStart = [baseQuarter.start, monthStart].sort()[0]!;
  const quarters = [quarterOf(today)];
  while (quarters.length < 4) quarters.unshift(previousQuarter(quarters[0]!));
  const first = [windowStart, quarters[0]!.start].sort()[0]!;
  const simStart = endOfLocalDay(nextDate(first, -1), timeZone).getTime() + 1;
  return { today, windowStart, cyclesStart, baseQuarter, quarters, simStart };
}

/** When the demo Pemda must have joined for its activity to fit: the midnight the simulated months begin at. */
export const activitySince = (now: Date, timeZone: string): Date =>
  new Date(activityWindow(now, timeZone).simStart);

interface Caller {
  user: User;
  token: string;
}

export async function seedActivity(store: Store, demo: DemoDirectory, now: Date): Promise<ActivitySummary> {
  const { tenant } = demo;
  const tz = tenant.timeZone;
  const db = store.forTenant(tenant.id);
  const nowMs = now.getTime();
  const rng = prng(0x5eed_2026);

  const clock = new AsyncLocalStorage<number>();
  const simNow = () => new Date(clock.getStore() ?? nowMs);
  const at = <T>(t: number, fn: () => Promise<T>): Promise<T> => clock.run(t, fn);

  const { today, windowStart, cyclesStart, baseQuarter, quarters, simStart } = activityWindow(now, tz);

  const local = await createLocalApp({
    store,
    endpoint: '',
    tableName: store.tableName,
    baseUrl: 'http://seed.prima.local',
    logLevel: 'SILENT',
    now: simNow,
    // Nothing is uploaded: the folder is never created.
    blobRoot: join(tmpdir(), 'prima-seed-blobs'),
  });

  /** One token per official, valid from the start of the simulation to its end. */
  const ttl = Math.ceil((nowMs - simStart) / 1000) + 86_400;
  const callerOf = (user: User): Promise<Caller> =>
    at(simStart, async () => ({
      user,
      token: await local.issuer.sign(
        { sub: user.id, email: user.email, tenantId: tenant.id, role: user.role },
        ttl,
      ),
    }));

  async function send<T>(
    caller: Caller | null,
    method: string,
    path: string,
    body?: unknown,
    ip?: string,
  ): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = {};
    if (caller) headers.authorization = `Bearer ${caller.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await local.app.request(
      path,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
      ip ? { incoming: { socket: { remoteAddress: ip } } } : undefined,
    );
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }
  /** A request that must succeed. */
  async function api<T = Record<string, unknown>>(
    caller: Caller | null,
    method: string,
    path: string,
    body?: unknown,
    ip?: string,
  ): Promise<T> {
    const res = await send<T>(caller, method, path, body, ip);
    if (res.status >= 300) {
      throw new SeedStepError(
        `${method} ${path} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`,
      );
    }
    return res.body;
  }

  // Who is who.
  const byEmail = new Map(demo.users);
  const admin = await callerOf(userOf(byEmail, DEMO_USERS[0]!.email));
  const coordinator = await callerOf(userOf(byEmail, 'koordinator@sukamaju.go.id'));
  const unitId = (key: string) => demo.units.get(key)?.id ?? unknown('unit', key);

  await at(simStart, async () => {
    for (const s of ACTIVITY_STAFF) {
      const { user } = await api<{ user: User }>(admin, 'POST', '/api/users', {
        email: s.email,
        name: s.name,
        role: 'unit-officer',
        unitIds: [unitId(s.unit)],
      });
      byEmail.set(user.email, user);
    }
  });
  const officers = new Map<string, Caller[]>();
  for (const u of byEmail.values()) {
    if (u.role !== 'unit-officer') continue;
    const caller = await callerOf(u);
    for (const id of u.unitIds) {
      const key = SEED_UNITS.find((s) => demo.units.get(s.key)?.id === id)?.key;
      if (key) officers.set(key, [...(officers.get(key) ?? []), caller]);
    }
  }
  const officer = (key: string, k = 0): Caller => {
    const list = officers.get(key) ?? unknown('officer of', key);
    return list[k % list.length]!;
  };
  const staff = async (email: string) => callerOf(userOf(byEmail, email));
  const agus = officer('disdukcapil');
  const rina = await staff('rina.marlina@sukamaju.go.id');
  const dedi = await staff('dedi.kurniawan@sukamaju.go.id');

  // The working-day calendar of every year the months touch, with the regional holiday, as the admin keeps it.
  const holidays = await at(simStart, async () => {
    const known = await api<{ items: { year: number; days: Holiday[]; version: number }[] }>(
      admin,
      'GET',
      '/api/calendars',
    );
    const { monthDay, name, kind } = DEMO_REGIONAL_HOLIDAY;
    const years = [];
    for (
      let year = Number(localDate(new Date(simStart), tz).slice(0, 4));
      year <= Number(today.slice(0, 4));
      year++
    ) {
      const stored = known.items.find((c) => c.year === year);
      const regional = { date: `${year}-${monthDay}`, name, kind };
      if (stored?.days.some((d) => d.date === regional.date)) {
        years.push(stored);
        continue;
      }
      const days = [...(stored?.days ?? defaultHolidays(year)), regional].sort((a, b) =>
        a.date.localeCompare(b.date),
      );
      years.push(
        await api<{ days: Holiday[] }>(admin, 'PUT', `/api/calendars/${year}`, {
          days: days.map((d) => ({ date: d.date, name: d.name, kind: d.kind })),
          ...(stored ? { version: stored.version } : {}),
        }),
      );
    }
    return holidaySet([...known.items, ...years]);
  });
  const cal = calendar(tz, holidays);
  const sla = await at(simStart, () =>
    api<{
      followUpWorkingDays: number;
      dueSoonWorkingDays: number;
      tiers: { key: string; workingDays: number }[];
    }>(admin, 'GET', '/api/sla-policy'),
  );

  // Complaint categories, each routed to its OPD (created unless the Pemda has them already).
  const categoryIds = await at(simStart, async () => {
    const existing = await api<{ items: { id: string; name: string }[] }>(
      coordinator,
      'GET',
      '/api/categories',
    );
    const ids = new Map(existing.items.map((c) => [c.name, c.id]));
    for (const c of CATEGORIES) {
      if (ids.has(c.name)) continue;
      const made = await api<{ id: string }>(coordinator, 'POST', '/api/categories', {
        name: c.name,
        unitId: unitId(c.unit),
        description: c.description,
      });
      ids.set(c.name, made.id);
    }
    return ids;
  });

  const plans = planComplaints({
    rng,
    cal,
    nowMs,
    windowStart,
    followUpDays: (tier) =>
      (tier ? sla.tiers.find((x) => x.key === tier)?.workingDays : undefined) ?? sla.followUpWorkingDays,
    services: demo.services,
    categoryIds,
  });
  const surveyPlan = planSurveys(rng, cal, quarters, nowMs, demo);
  const log = workerLogger('SILENT');

  // Both simulations run side by side; a failure in one stops the other at its next step.
  let failure: unknown = null;
  const guard = async (fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      failure ??= e;
    }
  };
  const stop = () => {
    if (failure) throw failure;
  };
  let surveyResponses = 0;
  await Promise.all([guard(runComplaints), guard(runSurveys)]);
  if (failure) throw failure;
  const improvement = await runImprovement();

  return {
    complaints: plans.length,
    surveyResponses,
    campaigns: surveyPlan.campaigns.length,
    cycles: improvement.cycles,
    assessments: improvement.assessments,
  };

  // -------------------------------------------------------------------------------------------------------------
  // Complaints, day by day: the sweeper at midnight (when something is due), the sender after it and at 17:00

  async function runComplaints() {
    const states: ComplaintState[] = plans.map(() => ({
      id: null,
      trackingCode: null,
      version: 1,
      status: 'diterima',
      dueAt: null,
      autoCloseAt: null,
      completionDueAt: null,
      escalated: false,
      remindedFor: null,
      next: 0,
    }));
    const stateOf = new Map(plans.map((plan, i) => [plan, states[i]!]));
    let mail = false;

    const stepsIn = async (from: number, to: number) => {
      const due = plans
        .map((plan, i) => ({ plan, state: states[i]!, i }))
        .filter(({ plan, state }) => plan.steps[state.next] && plan.steps[state.next]!.at < to);
      await inPool(due, CONCURRENCY.complaints, async ({ plan, state }) => {
        for (let s = plan.steps[state.next]; s && s.at < to; s = plan.steps[state.next]) {
          stop();
          if (s.at < from) throw new SeedStepError('complaint step out of order');
          await at(s.at, () => runStep(plan, state, s.step));
          state.next++;
          mail = true;
        }
      });
    };

    const dueAt = (t: number) => {
      const soon = addWorkingDays(new Date(t), sla.dueSoonWorkingDays, holidays, tz).getTime();
      return states.filter((c) => c.id && sweeperActsOn(c, t, soon));
    };
    const sweepIfDue = async (t: number) => {
      const touched = dueAt(t);
      if (touched.length === 0) return;
      const summary = await at(t, () => sweepTenant({ store, now: simNow, log }, tenant));
      if (summary.errors > 0) throw new SeedStepError('the SLA sweeper failed');
      // What the sweeper changed (versions, statuses, escalation) is read back for the next steps.
      await Promise.all(touched.map((c) => refresh(c)));
    };
    const sendMail = async (t: number) => {
      await at(t, () =>
        sendForTenant(
          { store, notifier: devNotifier, baseUrl: 'http://localhost:3000', now: simNow, log },
          tenant,
        ),
      );
      mail = false;
    };

    // The barriers: the sweeper at 00:01 when something is due then, the sender at 17:00 after a day's work.
    // Between two of them every complaint moves on its own, side by side. Whether the sweeper has work at 00:01 is
    // judged before the evening's steps are played: those (reports filed, reporters' replies) set deadlines a
    // working day away at the least, so they never make the next midnight's sweep.
    const first = plans[0]?.at ?? nowMs;
    let from = first;
    for (let d = cal.day(first); d <= today; d = nextDate(d)) {
      const midnight = cal.at(d, 1);
      if (midnight > from && midnight < nowMs && dueAt(midnight).length > 0) {
        await stepsIn(from, midnight);
        from = midnight;
        await sweepIfDue(midnight);
        if (mail) await sendMail(midnight + MIN);
      }
      // When the sweeper runs at the coming midnight, the day's messages go out right after it (one stop fewer).
      const evening = cal.at(d, 17 * 60);
      const sweepNext = cal.at(nextDate(d), 1);
      if (evening > from && evening < nowMs && !(sweepNext < nowMs && dueAt(sweepNext).length > 0)) {
        await stepsIn(from, evening);
        from = evening;
        if (mail) await sendMail(evening);
      }
    }
    await stepsIn(from, nowMs);
    await sweepIfDue(nowMs);
    if (mail) await sendMail(nowMs);

    async function refresh(c: ComplaintState) {
      // The sweeper's stored reminder mark rides along on the item (StoredComplaint).
      const stored = (await complaints.get(db, c.id!, true)) as StoredComplaint | null;
      if (!stored) throw new SeedStepError(`complaint ${c.id} vanished`);
      Object.assign(c, {
        version: stored.version,
        status: stored.status,
        dueAt: stored.dueAt,
        autoCloseAt: stored.autoCloseAt,
        completionDueAt: stored.completionDueAt,
        escalated: stored.escalated,
        remindedFor: stored.remindedFor ?? null,
      });
    }

    function track(c: ComplaintState, x: Record<string, unknown>) {
      const dueAt = (x.dueAt as string | null) ?? null;
      if (dueAt !== c.dueAt) c.remindedFor = null;
      Object.assign(c, {
        version: x.version as number,
        status: x.status as ComplaintStatus,
        dueAt,
        autoCloseAt: (x.autoCloseAt as string | null) ?? null,
        completionDueAt: (x.completionDueAt as string | null) ?? null,
        escalated: Boolean(x.escalated),
      });
    }

    /** An official's action; a version moved on by the sweeper is read again and the action retried once. */
    async function act(c: ComplaintState, who: Caller, input: Record<string, unknown>) {
      const path = `/api/complaints/${c.id}/actions`;
      let res = await send<{ complaint: Record<string, unknown>; type?: string }>(who, 'POST', path, {
        ...input,
        version: c.version,
      });
      if (res.status === 409 && res.body.type?.endsWith('/version-conflict')) {
        await refresh(c);
        res = await send(who, 'POST', path, { ...input, version: c.version });
      }
      if (res.status !== 200)
        throw new SeedStepError(`${input.action} answered ${res.status}: ${JSON.stringify(res.body)}`);
      track(c, res.body.complaint);
    }

    /** A reporter's step on the tracking page (no version: the route acts on the current one). */
    async function asReporter(c: ComplaintState, path: string, body: Record<string, unknown>) {
      const view = await api<{ status: ComplaintStatus; deadline: Record<string, string | null> }>(
        null,
        'POST',
        `/api/public/${tenant.slug}/complaints/${c.trackingCode}/${path}`,
        body,
      );
      if (view.deadline.dueAt !== c.dueAt) c.remindedFor = null;
      Object.assign(c, {
        version: c.version + 1,
        status: view.status,
        dueAt: view.deadline.dueAt,
        autoCloseAt: view.deadline.autoCloseAt,
        completionDueAt: view.deadline.completionDueAt,
        escalated: c.escalated || body.action === 'reopen',
      });
    }

    async function runStep(plan: ComplaintPlan, c: ComplaintState, step: Step) {
      const unitKey = plan.unitKey;
      switch (step.kind) {
        case 'submit': {
          if (plan.channel === 'web') {
            const r = await api<{ trackingCode: string; status: ComplaintStatus; dueAt: string }>(
              null,
              'POST',
              `/api/public/${tenant.slug}/complaints`,
              plan.body,
            );
            c.trackingCode = r.trackingCode;
            c.id = await complaints.idByTrackingCode(db, r.trackingCode);
            Object.assign(c, { status: r.status, dueAt: r.dueAt, version: 1 });
          } else {
            const r = await api<Record<string, unknown>>(coordinator, 'POST', '/api/complaints', {
              ...plan.body,
              channel: plan.channel,
            });
            c.id = r.id as string;
            c.trackingCode = r.trackingCode as string;
            track(c, r);
          }
          return;
        }
        case 'verify':
        case 'request-info':
        case 'close':
        case 'reject':
          return act(c, coordinator, { action: step.kind, note: step.note });
        case 'dispatch':
          return act(c, coordinator, {
            action: 'dispatch',
            unitId: unitId(unitKey!),
            note: step.note,
            ...(plan.tier ? { tier: plan.tier } : {}),
          });
        case 'respond':
          return act(c, officer(unitKey!, step.officer), { action: 'respond', note: step.note });
        case 'archive':
          return act(c, coordinator, {
            action: 'archive',
            archiveReason: step.reason,
            note: step.note,
            ...(step.reason === 'duplikat' ? { duplicateOf: stateOf.get(plan.duplicateOf!)!.id } : {}),
          });
        case 'supply-info':
        case 'reporter-reply':
        case 'reopen':
          return asReporter(c, 'actions', { action: step.kind, note: step.note });
        case 'confirm':
          return asReporter(c, 'actions', { action: 'confirm', ...(step.note ? { note: step.note } : {}) });
        case 'rate':
          await api(null, 'POST', `/api/public/${tenant.slug}/complaints/${c.trackingCode}/rating`, {
            score: step.score,
            ...(step.comment ? { comment: step.comment } : {}),
          });
          return;
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Surveys, triwulan by triwulan: campaigns opened at the start, answered, closed (and published) at the end

  async function runSurveys() {
    let ip = 0;
    const campaignIds = new Map<string, { id: string; version: number }>();
    for (const [k, q] of quarters.entries()) {
      const opening = surveyPlan.campaigns.filter((c) => c.quarter === k);
      for (const c of opening) {
        stop();
        const by = c.byOfficer ? officer(c.unit) : admin;
        const created = await at(c.openAt, async () => {
          const made = await api<{ id: string; version: number }>(by, 'POST', '/api/surveys/campaigns', {
            title: c.title,
            description: c.description,
            unitId: unitId(c.unit),
            templateId: c.templateId,
            period: { kind: 'triwulan', year: q.year, number: q.number },
            population: c.population,
          });
          return api<{ id: string; version: number }>(
            by,
            'POST',
            `/api/surveys/campaigns/${made.id}/status`,
            {
              status: 'open',
              version: made.version,
            },
          );
        });
        campaignIds.set(c.key, created);
      }
      const answers = surveyPlan.responses.filter((r) => r.quarter === k);
      await inPool(answers, CONCURRENCY.surveys, async (r) => {
        stop();
        const campaign = campaignIds.get(r.campaign)!;
        // Every respondent answers from their own phone: a client address of the documentation range.
        const address = `198.51.${(ip >> 8) & 255}.${ip++ & 255}`;
        await at(r.at, () =>
          api(null, 'POST', `/api/public/${tenant.slug}/surveys/${campaign.id}`, r.body, address),
        );
        surveyResponses++;
      });
      for (const c of opening) {
        if (c.closeAt === null) continue;
        const campaign = campaignIds.get(c.key)!;
        await at(c.closeAt, () =>
          api(c.byOfficer ? officer(c.unit) : admin, 'POST', `/api/surveys/campaigns/${campaign.id}/status`, {
            status: 'closed',
            version: campaign.version,
          }),
        );
      }
    }
    surveyPlan.ids = campaignIds;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Improvement: follow-up plans, four PDCA cycles in different stages, self-assessments

  async function runImprovement(): Promise<{ cycles: number; assessments: number }> {
    const [q0, q1, q2, q3] = quarters as [Quarter, Quarter, Quarter, Quarter];
    const office = (date: string, wd: number) =>
      cal.at(cal.nthWorkingDay(date, wd), rng.int(OFFICE.from, OFFICE.to));
    const dateOf = (t: number) => cal.day(t);
    /** Office hours on the first working day `days` calendar days after `t`. */
    const later = (t: number, days: number) => office(dateOf(t + days * DAY), 0);
    const campaignOf = (unit: string, q: Quarter) => surveyPlan.ids.get(`${unit}:${q.key}`)!;
    const ratna = officer('pkm-sukamaju');
    const hendra = officer('dpupr');
    const texts = CYCLE_TEXTS;
    let cycles = 0;

    type Cycle = { id: string; version: number; actions: { id: string }[] };
    const stage = (who: Caller, c: Cycle, to: string, note?: string) =>
      api<Cycle>(who, 'POST', `/api/improvement/cycles/${c.id}/stage`, { to, version: c.version, note });
    const actionUpdate = (who: Caller, c: Cycle, k: number, body: Record<string, unknown>) =>
      api<Cycle>(who, 'PATCH', `/api/improvement/cycles/${c.id}/actions/${c.actions[k]!.id}`, {
        ...body,
        version: c.version,
      });

    // 1. Disdukcapil, U3 weak in the oldest triwulan: plan, do, check in the next one, act and standardise the
    //    KTP-el procedure, closed; public. Its follow-up plan is done.
    {
      const t = office(q1.start, 2);
      const plan = await at(t, () =>
        api<{ id: string; version: number }>(agus, 'POST', '/api/surveys/follow-ups', {
          campaignId: campaignOf('disdukcapil', q0).id,
          unsurCode: 'U3',
          action: 'Menerapkan antrean daring dan membuka loket perekaman tambahan pada jam sibuk',
          ownerId: rina.user.id,
          deadline: q1.end,
        }),
      );
      const done = office(q1.start, 38);
      await at(done, () =>
        api(agus, 'PATCH', `/api/surveys/follow-ups/${plan.id}`, {
          status: 'done',
          note: 'Antrean daring berjalan sejak pertengahan triwulan; loket tambahan buka setiap hari kerja.',
          version: plan.version,
        }),
      );

      const ktp = demo.services.get('Penerbitan KTP-el') ?? unknown('service', 'Penerbitan KTP-el');
      let c = await at(office(q1.start, 3), () =>
        api<Cycle>(agus, 'POST', '/api/improvement/cycles', {
          title: texts.skm.title,
          problem: texts.skm.problem,
          source: { kind: 'skm-unsur', unitId: unitId('disdukcapil'), period: q0.key, unsurCode: 'U3' },
          target: 72,
          ownerId: rina.user.id,
          rootCause: {
            categorySet: 'public-service',
            whys: texts.skm.whys,
            causes: texts.skm.causes,
          },
          actions: [
            { title: texts.skm.actions[0], ownerId: dedi.user.id, deadline: cal.nthWorkingDay(q1.start, 25) },
            { title: texts.skm.actions[1], ownerId: rina.user.id, deadline: cal.nthWorkingDay(q1.start, 45) },
          ],
          public: true,
          notes: 'Dibahas pada rapat evaluasi layanan; anggaran loket tambahan dari DPA tahun berjalan.',
        }),
      );
      cycles++;
      c = await at(office(q1.start, 4), () => stage(agus, c, 'do'));
      c = await at(office(q1.start, 20), () =>
        actionUpdate(dedi, c, 0, {
          status: 'done',
          note: 'Loket 4 dan 5 dibuka untuk perekaman pukul 08.00–11.00.',
        }),
      );
      c = await at(office(q1.start, 22), () => actionUpdate(rina, c, 1, { status: 'in-progress' }));
      c = await at(office(q1.start, 40), () =>
        actionUpdate(rina, c, 1, { status: 'done', note: 'Antrean daring melalui WhatsApp berjalan.' }),
      );
      c = await at(office(q1.start, 43), () => stage(agus, c, 'check'));
      c = await at(office(q2.start, 2), () =>
        stage(agus, c, 'act', 'Hasil SKM triwulan berikutnya menunjukkan U3 naik melampaui target.'),
      );
      c = await at(office(q2.start, 3), async () => {
        const service = await api<{ version: number }>(agus, 'GET', `/api/services/${ktp.id}`);
        const r = await api<{ cycle: Cycle }>(agus, 'POST', `/api/improvement/cycles/${c.id}/standardise`, {
          change: {
            kind: 'service',
            serviceId: ktp.id,
            component: 'prosedur',
            text: texts.skm.procedure,
            serviceVersion: service.version,
          },
          note: texts.skm.standardiseNote,
          version: c.version,
        });
        return r.cycle;
      });
      await at(office(q2.start, 4), () => stage(agus, c, 'closed', texts.skm.closeNote));
    }

    // 2. Pemda-wide on-time first responses, started five weeks ago: actions done, in Check.
    {
      const t = cal.at(cal.nthWorkingDay(dateOf(cyclesStart), 0), rng.int(OFFICE.from, OFFICE.to));
      const source = { kind: 'missed-deadlines', unitId: null, period: baseQuarter.key };
      const preview = await at(t, () =>
        api<{ available: boolean; measurement: { value: number } | null }>(
          coordinator,
          'POST',
          '/api/improvement/baseline',
          { source },
        ),
      );
      const base = preview.measurement?.value ?? 100;
      const target = Math.min(100, Math.max(90, Math.ceil(base) + 5));
      if (preview.available && target > base) {
        const start = dateOf(t);
        let c = await at(t, () =>
          api<Cycle>(coordinator, 'POST', '/api/improvement/cycles', {
            title: texts.onTime.title,
            problem: texts.onTime.problem,
            source,
            target,
            actions: [
              { title: texts.onTime.actions[0], ownerId: coordinator.user.id, deadline: nextDate(start, 20) },
              { title: texts.onTime.actions[1], ownerId: coordinator.user.id, deadline: nextDate(start, 30) },
            ],
          }),
        );
        cycles++;
        c = await at(later(t, 1), () => stage(coordinator, c, 'do'));
        c = await at(later(t, 18), () => actionUpdate(coordinator, c, 0, { status: 'done' }));
        c = await at(later(t, 28), () => actionUpdate(coordinator, c, 1, { status: 'done' }));
        await at(later(t, 31), () => stage(coordinator, c, 'check'));
      }
    }

    // 3. Roads (Pareto's vital few), started five weeks ago: in Do, one action overdue; public.
    {
      const t = cal.at(cal.nthWorkingDay(dateOf(cyclesStart + DAY), 0), rng.int(OFFICE.from, OFFICE.to));
      const source = {
        kind: 'complaint-category',
        categoryId: categoryIds.get(CATEGORIES.find((x) => x.unit === 'dpupr')!.name),
        period: baseQuarter.key,
      };
      const preview = await at(t, () =>
        api<{ available: boolean; measurement: { value: number } | null }>(
          coordinator,
          'POST',
          '/api/improvement/baseline',
          { source },
        ),
      );
      if (preview.available && preview.measurement!.value >= 2) {
        const base = preview.measurement!.value;
        const start = dateOf(t);
        let c = await at(t, () =>
          api<Cycle>(coordinator, 'POST', '/api/improvement/cycles', {
            title: texts.roads.title,
            problem: texts.roads.problem,
            source,
            target: Math.floor(base * 0.6),
            ownerId: hendra.user.id,
            actions: [
              { title: texts.roads.actions[0], ownerId: hendra.user.id, deadline: nextDate(start, 14) },
              { title: texts.roads.actions[1], ownerId: hendra.user.id, deadline: nextDate(today, 20) },
              { title: texts.roads.actions[2], ownerId: hendra.user.id, deadline: nextDate(start, 10) },
            ],
            public: true,
          }),
        );
        cycles++;
        c = await at(later(t, 1), () => stage(coordinator, c, 'do'));
        c = await at(later(t, 5), () => actionUpdate(hendra, c, 0, { status: 'in-progress' }));
        c = await at(later(t, 8), () =>
          actionUpdate(hendra, c, 2, { status: 'done', note: 'Papan terpasang di 24 ruas jalan kabupaten.' }),
        );
        await at(later(t, 12), () =>
          actionUpdate(hendra, c, 1, {
            status: 'in-progress',
            note: 'Regu tambal cepat bekerja sejak pekan lalu.',
          }),
        );
      }
    }

    // 4. Puskesmas, U8 weak in the last triwulan: a follow-up plan under way and a cycle still in Plan.
    {
      const t = Math.min(Math.max(office(q3.start, 1), nowMs - 4 * DAY), nowMs - 10 * MIN);
      const campaign = campaignOf('pkm-sukamaju', q2);
      await at(t, () =>
        api(ratna, 'POST', '/api/surveys/follow-ups', {
          campaignId: campaign.id,
          unsurCode: 'U8',
          action: texts.followUp.action,
          ownerId: ratna.user.id,
          deadline: nextDate(today, 25),
          status: 'in-progress',
          note: texts.followUp.note,
        }),
      );
      const source = { kind: 'skm-unsur', unitId: unitId('pkm-sukamaju'), period: q2.key, unsurCode: 'U8' };
      const preview = await at(t + 5 * MIN, () =>
        api<{ measurement: { value: number } }>(ratna, 'POST', '/api/improvement/baseline', { source }),
      );
      await at(t + 5 * MIN, () =>
        api(ratna, 'POST', '/api/improvement/cycles', {
          title: texts.waitingRoom.title,
          problem: texts.waitingRoom.problem,
          source,
          // A clear step up from the baseline, whatever this triwulan's answers were.
          target: Math.min(100, Math.max(70, Math.ceil(preview.measurement.value) + 8)),
          actions: [
            { title: texts.waitingRoom.actions[0], ownerId: ratna.user.id, deadline: nextDate(today, 30) },
            { title: texts.waitingRoom.actions[1], ownerId: ratna.user.id, deadline: nextDate(today, 45) },
          ],
        }),
      );
      cycles++;
    }

    // Self-assessments of Disdukcapil by three officials: two triwulan ago and now.
    let assessments = 0;
    const assessed = [agus, rina, dedi];
    for (const [period, when, phase] of [
      [q1.key, office(q1.start, 10), 'before'],
      [q3.key, Math.min(office(q3.start, 2), nowMs - 30 * MIN), 'now'],
    ] as const) {
      for (const [k, who] of assessed.entries()) {
        const lean = [0.1, -0.2, 0.15][k]!;
        for (const template of Object.values(ASSESSMENT_TEMPLATES)) {
          const answers: Record<string, number> = {};
          for (const element of template.elements) {
            const level = ASSESSMENT_LEVELS[element.key]?.[phase] ?? 3;
            for (const s of element.statements)
              answers[s.code] = Math.min(5, Math.max(1, Math.round(level + lean + rng.normal() * 0.5)));
          }
          await at(when + k * 7 * MIN, () =>
            api(who, 'PUT', '/api/improvement/assessments', {
              templateId: template.id,
              unitId: unitId('disdukcapil'),
              period,
              answers,
            }),
          );
          assessments++;
        }
      }
    }
    return { cycles, assessments };
  }
}

/** What the SLA sweeper would do with a complaint at `t` (the conditions of its sweepOne): anything at all. */
function sweeperActsOn(c: ComplaintState, t: number, soon: number): boolean {
  if (!isOpen(c.status)) return false;
  const due = c.dueAt ? Date.parse(c.dueAt) : null;
  if (due !== null && due < t) return !c.escalated;
  if (due !== null && due <= soon) return c.remindedFor !== c.dueAt;
  if (c.status === 'ditindaklanjuti' && c.autoCloseAt && Date.parse(c.autoCloseAt) < t) return true;
  return c.status === 'perlu-dilengkapi' && c.completionDueAt !== null && Date.parse(c.completionDueAt) < t;
}

// ---------------------------------------------------------------------------------------------------------------
// Survey plans

interface CampaignPlan {
  key: string;
  quarter: number;
  unit: string;
  /** Opened and closed by the unit's officer (else by the tenant admin). */
  byOfficer: boolean;
  title: string;
  description: string;
  templateId: 'skm-2017' | 'trust';
  population: number;
  openAt: number;
  closeAt: number | null;
}

const AGES = ['under-20', '20-29', '30-39', '40-49', '50-59', '60-plus'] as const;
const EDUCATION = ['sd-ke-bawah', 'smp', 'sma', 'diploma', 's1', 's2-ke-atas'] as const;
const JOBS = [
  'pns-tni-polri',
  'pegawai-swasta',
  'wiraswasta',
  'pelajar-mahasiswa',
  'petani-nelayan',
  'ibu-rumah-tangga',
  'tidak-bekerja',
  'lainnya',
] as const;

function planSurveys(
  rng: Rng,
  cal: Calendar,
  quarters: readonly Quarter[],
  nowMs: number,
  demo: DemoDirectory,
) {
  const campaigns: CampaignPlan[] = [];
  const responses: { quarter: number; campaign: string; at: number; body: Record<string, unknown> }[] = [];
  const shortName = (key: string) => SEED_UNITS.find((u) => u.key === key)!.shortName;

  for (const [k, q] of quarters.entries()) {
    const openAt = cal.at(cal.nthWorkingDay(q.start, 0), rng.int(8 * 60, 9 * 60));
    const closeDay = cal.nthWorkingDay(nextDate(q.end), 0);
    const closeAt = cal.at(closeDay, 8 * 60 + 30) < nowMs ? cal.at(closeDay, 8 * 60 + 30) : null;
    const last = Math.min(cal.at(nextDate(q.end), 0), nowMs - 60 * MIN);
    const share = Math.max(0, Math.min(1, (last - openAt) / (cal.at(nextDate(q.end), 0) - openAt)));
    // A triwulan that has only just begun has no survey yet.
    if (openAt >= nowMs - 60 * MIN) continue;
    const label = `Triwulan ${ROMAN[q.number - 1]} ${q.year}`;
    const moments = (n: number) => {
      const out: number[] = [];
      while (out.length < n) {
        const t = openAt + Math.floor(rng.next() * (last - openAt));
        const date = cal.day(t);
        if (!cal.working(date)) continue;
        const when = cal.at(date, rng.int(8 * 60, 15 * 60));
        if (when > openAt && when < last) out.push(when);
      }
      return out.sort((a, b) => a - b);
    };

    for (const profile of SKM_PROFILES) {
      const key = `${profile.unit}:${q.key}`;
      campaigns.push({
        key,
        quarter: k,
        unit: profile.unit,
        byOfficer: profile.unit === 'disdukcapil',
        title: `SKM ${shortName(profile.unit)} ${label}`,
        description: 'Survei di ruang tunggu dan melalui kode QR di loket pelayanan.',
        templateId: 'skm-2017',
        population: profile.population,
        openAt,
        closeAt,
      });
      const serviceNames = Object.keys(profile.services);
      const serviceWeights = Object.values(profile.services);
      const means = profile.means[k]!;
      for (const at of moments(Math.round(profile.responses * share))) {
        const answers = Object.fromEntries(
          means.map((m, u) => [`U${u + 1}`, Math.min(4, Math.max(1, Math.round(m + rng.normal() * 0.55)))]),
        );
        const service = demo.services.get(serviceNames[rng.weighted(serviceWeights)]!);
        const disability = rng.next();
        responses.push({
          quarter: k,
          campaign: key,
          at,
          body: {
            templateId: 'skm-2017',
            answers,
            profile: {
              umur: AGES[rng.weighted([5, 25, 30, 20, 13, 7])],
              jenisKelamin: rng.chance(profile.women) ? 'perempuan' : 'laki-laki',
              pendidikan: EDUCATION[rng.weighted([12, 18, 40, 10, 17, 3])],
              pekerjaan: JOBS[rng.weighted([10, 20, 22, 10, 10, 18, 5, 5])],
              ...(service ? { serviceId: service.id } : {}),
              ...(disability < 0.6
                ? { disabilitas: 'tidak' }
                : disability < 0.63
                  ? { disabilitas: rng.pick(['fisik', 'sensorik'] as const) }
                  : {}),
              ...(rng.chance(0.3) ? { saran: rng.pick(profile.saran) } : {}),
            },
          },
        });
      }
    }

    // The public trust survey, in the last whole triwulan.
    if (k === quarters.length - 2) {
      const key = `trust:${q.key}`;
      campaigns.push({
        key,
        quarter: k,
        unit: TRUST_SURVEY.unit,
        byOfficer: false,
        title: `Survei Kepercayaan Publik ${label}`,
        description: 'Indeks kepercayaan publik model OECD (skala 0–10), di ruang tunggu Disdukcapil.',
        templateId: 'trust',
        population: TRUST_SURVEY.population,
        openAt,
        closeAt,
      });
      for (const at of moments(TRUST_SURVEY.responses)) {
        const answers: Record<string, number> = {};
        for (const item of TRUST_TEMPLATE.items) {
          if (rng.chance(0.05)) continue; // "tidak tahu"
          const mean = TRUST_SURVEY.means[item.code] ?? TRUST_SURVEY.driverMean;
          answers[item.code] = Math.min(10, Math.max(0, Math.round(mean + rng.normal() * 1.8)));
        }
        responses.push({
          quarter: k,
          campaign: key,
          at,
          body: {
            templateId: 'trust',
            answers,
            profile: {
              umur: AGES[rng.weighted([5, 25, 30, 20, 13, 7])],
              jenisKelamin: rng.chance(0.5) ? 'perempuan' : 'laki-laki',
              pendidikan: EDUCATION[rng.weighted([12, 18, 40, 10, 17, 3])],
              pekerjaan: JOBS[rng.weighted([10, 20, 22, 10, 10, 18, 5, 5])],
            },
          },
        });
      }
    }
  }
  return { campaigns, responses, ids: new Map<string, { id: string; version: number }>() };
}

const userOf = (users: ReadonlyMap<string, User>, email: string): User =>
  users.get(email) ?? unknown('user', email);

function unknown(what: string, key: string): never {
  throw new SeedStepError(`seed data: unknown ${what} ${key}`);
}
