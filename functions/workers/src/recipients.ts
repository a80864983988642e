import type { User } from '@prima/domain';
import { complaints, type OutboxItem, type TenantDb, units, users } from '@prima/store';

/** One address a notification goes to. */
export interface Recipient {
  channel: 'email' | 'sms';
  to: string;
}

/** The tenant's active users, read once per tenant and run (a Pemda has hundreds at most). */
export function userDirectory(db: TenantDb): () => Promise<User[]> {
  let all: Promise<User[]> | undefined;
  const load = async () => {
    const out: User[] = [];
    let cursor: string | undefined;
    do {
      const page = await users.list(db, { limit: 100, cursor });
      out.push(...page.items.filter((u) => u.status === 'active'));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  };
  return () => {
    all ??= load();
    return all;
  };
}

const emails = (list: readonly User[]): Recipient[] =>
  [...new Set(list.map((u) => u.email))].map((to) => ({ channel: 'email' as const, to }));

/** Coordinators; when a tenant has none yet, its admins (who hold the coordinator's powers). */
async function coordinators(directory: () => Promise<User[]>): Promise<Recipient[]> {
  const all = await directory();
  const found = emails(all.filter((u) => u.role === 'coordinator'));
  return found.length > 0 ? found : emails(all.filter((u) => u.role === 'tenant-admin'));
}

/**
 * Who a notification goes to, resolved when it is sent (so a changed address or a new coordinator counts):
 * - the reporter: their email, else their phone by SMS, else nobody (they left no contact);
 * - coordinators: every active coordinator (or, when there is none, the tenant admins);
 * - a unit: its active unit officers, else the unit's own email, else the coordinators.
 * The reporter's contact is read here and nowhere else.
 */
export async function recipientsOf(
  db: TenantDb,
  item: OutboxItem,
  directory: () => Promise<User[]>,
): Promise<Recipient[]> {
  switch (item.audience ?? 'reporter') {
    case 'reporter': {
      const contact = await complaints.reporter(db, item.complaintId);
      if (contact?.email) return [{ channel: 'email', to: contact.email }];
      if (contact?.phone) return [{ channel: 'sms', to: contact.phone }];
      return [];
    }
    case 'coordinators':
      return coordinators(directory);
    case 'unit': {
      const unitId = item.data.unitId;
      if (unitId) {
        const officers = emails(
          (await directory()).filter((u) => u.role === 'unit-officer' && u.unitIds.includes(unitId)),
        );
        if (officers.length > 0) return officers;
        const unit = await units.get(db, unitId);
        if (unit?.email && !unit.archived) return [{ channel: 'email', to: unit.email }];
      }
      return coordinators(directory);
    }
  }
}
