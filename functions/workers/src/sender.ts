import type { Logger } from '@aws-lambda-powertools/logger';
import type { Tenant, User } from '@prima/domain';
import { complaints, MAX_ATTEMPTS, type OutboxItem, outbox, type Store, type TenantDb } from '@prima/store';
import { workerLogger } from './log';
import { isPermanentFailure, type Notifier } from './ports';
import { type Recipient, recipientsOf, userDirectory } from './recipients';
import { render } from './templates';
import { activeTenants } from './tenants';

/**
 * The notification sender. For each active tenant it walks the pending outbox (written in the same transaction as
 * the change that caused each notification), resolves the recipients, renders the text in the notification's
 * language, hands each message to the Notifier and settles the item:
 * - delivered to every recipient: SENT, recording the addresses (`to`) and the channel;
 * - nobody to send to (a reporter who left no contact, a tenant without coordinators): the item is deleted. It
 *   was not sent, so it does not belong in SENT (the development mailbox), and it is no delivery failure either;
 * - a failed delivery: attempts + 1, retried after a backoff (30 s, 1, 2, 4 min …); after MAX_ATTEMPTS, or at
 *   once when the Notifier says retrying cannot help, FAILED with the last error.
 * Delivery is at least once: addresses already served are remembered on the item and skipped on a retry, but two
 * senders running at once may both deliver one item (the second one's settle then finds it gone and stops).
 */
export interface SenderDeps {
  store: Store;
  notifier: Notifier;
  /** Public base URL of the web app, for the links in the texts. */
  baseUrl: string;
  now?: () => Date;
  log?: Logger;
}

export interface SendSummary {
  tenants: number;
  sent: number;
  retried: number;
  failed: number;
  discarded: number;
}

/** Pending items read per tenant and run, at most (the rest waits for the next run). */
const MAX_PER_TENANT = 500;
const PAGE = 100;
/** Deliveries in flight at once, per tenant. */
const CONCURRENCY = 4;

/** Wait before the next attempt after `attempts` failures: 30 s doubling, at most an hour. */
export const retryDelayMs = (attempts: number) =>
  Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));

const defaultLog = () => workerLogger();

/** One run over every active tenant (or those named). */
export async function sendPending(
  deps: SenderDeps,
  opts: { tenantIds?: readonly string[] } = {},
): Promise<SendSummary> {
  const log = deps.log ?? defaultLog();
  const total: SendSummary = { tenants: 0, sent: 0, retried: 0, failed: 0, discarded: 0 };
  for await (const tenant of activeTenants(deps.store, opts.tenantIds)) {
    total.tenants++;
    try {
      const s = await sendForTenant({ ...deps, log }, tenant);
      total.sent += s.sent;
      total.retried += s.retried;
      total.failed += s.failed;
      total.discarded += s.discarded;
    } catch (e) {
      // One tenant's trouble does not hold up the others; its items stay pending for the next run.
      log.error('sending notifications failed for a tenant', { tenantId: tenant.id, error: e as Error });
    }
  }
  return total;
}

/** One run over one tenant's pending notifications. */
export async function sendForTenant(deps: SenderDeps, tenant: Tenant): Promise<Omit<SendSummary, 'tenants'>> {
  const log = deps.log ?? defaultLog();
  const db = deps.store.forTenant(tenant.id);
  const directory = userDirectory(db);
  const summary = { sent: 0, retried: 0, failed: 0, discarded: 0 };
  let cursor: string | undefined;
  let read = 0;
  do {
    const page = await outbox.pendingPage(db, { limit: PAGE, cursor });
    read += page.items.length;
    const now = deps.now?.() ?? new Date();
    const due = page.items.filter((i) => !i.retryAt || Date.parse(i.retryAt) <= now.getTime());
    for (let i = 0; i < due.length; i += CONCURRENCY) {
      const outcomes = await Promise.all(
        due.slice(i, i + CONCURRENCY).map((item) => deliver(deps, db, tenant, item, directory, log)),
      );
      for (const o of outcomes) if (o) summary[o]++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && read < MAX_PER_TENANT);
  return summary;
}

type Outcome = 'sent' | 'retried' | 'failed' | 'discarded' | null;

async function deliver(
  deps: SenderDeps,
  db: TenantDb,
  tenant: Tenant,
  item: OutboxItem,
  directory: () => Promise<User[]>,
  log: Logger,
): Promise<Outcome> {
  const context = { tenantId: tenant.id, outboxId: item.id, template: item.template };
  const recipients = await recipientsOf(db, item, directory);
  if (recipients.length === 0) {
    await outbox.discard(db, 'PENDING', item.id);
    log.info('notification discarded: nobody to send it to', context);
    return 'discarded';
  }
  const message = render(item, { baseUrl: deps.baseUrl, timeZone: tenant.timeZone });
  const delivered = new Set((item.to ?? '').split(', ').filter(Boolean));
  let error: unknown = null;
  for (const r of recipients) {
    if (delivered.has(r.to)) continue;
    try {
      await deps.notifier.send({
        channel: r.channel,
        to: r.to,
        subject: message.subject,
        body: r.channel === 'sms' ? message.sms : message.body,
      });
      delivered.add(r.to);
    } catch (e) {
      error = e;
      if (isPermanentFailure(e)) break;
    }
  }
  const now = (deps.now?.() ?? new Date()).toISOString();
  const to = [...delivered].join(', ') || null;
  const channel = channelOf(recipients);
  try {
    if (!error) {
      await outbox.settle(
        db,
        {
          ...item,
          to,
          channel,
          sentAt: now,
          retryAt: null,
          anonymousRecipient: await anonymousReporter(db, item),
        },
        'SENT',
      );
      return 'sent';
    }
    const attempts = item.attempts + 1;
    const lastError = String((error as Error)?.message ?? error).slice(0, 500);
    if (attempts >= MAX_ATTEMPTS || isPermanentFailure(error)) {
      await outbox.settle(
        db,
        {
          ...item,
          attempts,
          lastError,
          to,
          channel,
          retryAt: null,
          anonymousRecipient: await anonymousReporter(db, item),
        },
        'FAILED',
      );
      log.warn('notification failed for good', { ...context, attempts, error: lastError });
      return 'failed';
    }
    const retryAt = new Date(Date.parse(now) + retryDelayMs(attempts)).toISOString();
    await outbox.retryLater(db, { ...item, attempts, lastError, to, retryAt });
    log.info('notification will be retried', { ...context, attempts, retryAt });
    return 'retried';
  } catch (e) {
    // Another sender settled it meanwhile (the item is no longer pending): nothing left to do.
    if (isGone(e)) return null;
    throw e;
  }
}

const channelOf = (recipients: readonly Recipient[]): 'email' | 'sms' =>
  recipients.every((r) => r.channel === 'sms') ? 'sms' : 'email';

const isGone = (e: unknown) => {
  const name = (e as { name?: string })?.name;
  return name === 'TransactionCanceledException' || name === 'ConditionalCheckFailedException';
};

/** Whether the message went to a reporter who asked to stay anonymous: exports then withhold the address. */
async function anonymousReporter(db: TenantDb, item: OutboxItem): Promise<boolean> {
  if ((item.audience ?? 'reporter') !== 'reporter') return false;
  const contact = (await complaints.reporter(db, item.complaintId)) as { anonim?: boolean } | null;
  return contact?.anonim === true;
}
