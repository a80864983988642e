import { slugSchema } from '@prima/domain';
import { outbox, profile, type Store, tenants } from '@prima/store';
import { type Notifier, render } from '@prima/workers';
import { Hono } from 'hono';

/**
 * The development mailbox. Locally nothing is delivered: the notifier accepts every message, and the notifications
 * the sender settled as SENT are the mailbox. `GET /dev/mailbox?slug=…` shows a tenant's sent messages as they
 * were rendered (recipient, subject, body), newest first, for the web app's mailbox page. Only the local server
 * mounts it (it is not under /api, not in the OpenAPI document, and does not exist in AWS); it shows recipients'
 * addresses, an anonymous reporter's included, because it stands in for their inbox.
 */
export const devNotifier: Notifier = {
  async send() {
    // Accepted; the SENT outbox item records it.
  },
};

export interface MailboxMessage {
  id: string;
  to: string | null;
  channel: 'email' | 'sms' | null;
  subject: string;
  body: string;
  sentAt: string | null;
  template: string;
  trackingCode: string;
  audience: 'reporter' | 'coordinators' | 'unit';
}

export function mailboxRoutes(store: Store, baseUrl: string): Hono {
  return new Hono().get('/dev/mailbox', async (c) => {
    const slug = c.req.query('slug') ?? '';
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit')) || 50));
    const cursor = c.req.query('cursor') || undefined;
    if (!slugSchema.safeParse(slug).success)
      return c.json({ error: 'Give the tenant as ?slug=… (e.g. /dev/mailbox?slug=kab-sukamaju)' }, 400);
    const tenantId = await tenants.idBySlug(store.forPlatform(), slug);
    if (!tenantId) return c.json({ error: `No tenant with slug ${slug}` }, 404);
    const db = store.forTenant(tenantId);
    const [tenant, page] = await Promise.all([profile.get(db), outbox.sent(db, { limit, cursor })]);
    const timeZone = tenant?.timeZone ?? 'Asia/Jakarta';
    const items: MailboxMessage[] = page.items.map((n) => {
      const text = render(n, { baseUrl, timeZone });
      return {
        id: n.id,
        to: n.to,
        channel: n.channel,
        subject: text.subject,
        body: n.channel === 'sms' ? text.sms : text.body,
        sentAt: n.sentAt,
        template: text.template,
        trackingCode: n.trackingCode,
        audience: n.audience ?? 'reporter',
      };
    });
    items.sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? '') || b.id.localeCompare(a.id));
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  });
}
