import type { Tenant } from '@prima/domain';
import { type Store, tenants } from '@prima/store';

const PAGE = 50;

/**
 * Every active tenant of the registry, page by page, read in the platform scope; the workers then work inside each
 * tenant's own scope. `only` restricts the walk to some tenants (tests; a manual re-run for one Pemda).
 */
export async function* activeTenants(store: Store, only?: readonly string[]): AsyncGenerator<Tenant> {
  const wanted = only ? new Set(only) : null;
  const platform = store.forPlatform();
  let cursor: string | undefined;
  do {
    const page = await tenants.list(platform, { limit: PAGE, cursor }, (ids) => store.forPlatform(ids));
    for (const t of page.items) {
      if (t.status === 'active' && (!wanted || wanted.has(t.id))) yield t;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
