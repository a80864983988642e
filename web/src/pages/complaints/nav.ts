import type { Permission } from '@prima/domain';

/** Side-navigation entries of the complaint pages, each shown only to those the domain policy allows. */
export type ComplaintNavKey = 'inbox' | 'dashboard' | 'categories' | 'canned' | 'apiKeys' | 'mailbox';

export interface ComplaintNavItem {
  key: ComplaintNavKey;
  to: string;
  permission: Permission;
  /** Only where it means something (the development mailbox exists on the local server only). */
  when?: (ctx: { slug: string | null }) => boolean;
  /** The path for this user (the mailbox names the Pemda). */
  path?: (ctx: { slug: string | null }) => string;
}

const isLocalHost = () => ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);

export const COMPLAINT_NAV: readonly ComplaintNavItem[] = [
  { key: 'inbox', to: '/complaints', permission: 'complaints.read' },
  { key: 'dashboard', to: '/complaints/dashboard', permission: 'complaints.read' },
  { key: 'categories', to: '/complaints/categories', permission: 'categories.write' },
  { key: 'canned', to: '/complaints/canned-replies', permission: 'categories.write' },
  { key: 'apiKeys', to: '/open311-keys', permission: 'apikeys.manage' },
  {
    key: 'mailbox',
    to: '/dev/mailbox',
    permission: 'complaints.handle',
    when: ({ slug }) => slug !== null && isLocalHost(),
    path: ({ slug }) => `/dev/mailbox/${encodeURIComponent(slug ?? '')}`,
  },
];
