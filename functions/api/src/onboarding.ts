import type { CreateTenantInput } from '@prima/domain';
import { AlreadyExistsError, newId, type Onboarding, type Store, tenants, users } from '@prima/store';
import type { IdentityPort } from './ports';

export interface OnboardingResult extends Onboarding {
  temporaryPassword: string | null;
}

/**
 * Onboards a Pemda: the tenant's items in one transaction, then its first tenant admin in the user directory.
 * Used by the API and by the operator CLI alike. A taken slug or admin email is an AlreadyExistsError naming it.
 */
export async function onboardTenant(
  store: Store,
  identity: IdentityPort,
  input: CreateTenantInput,
  now: Date,
): Promise<OnboardingResult> {
  const id = newId();
  const adminId = newId();
  const db = store.forPlatform([id]);
  if (await tenants.idBySlug(db, input.slug)) throw new AlreadyExistsError('slug');
  const { temporaryPassword } = await identity.createUser({
    email: input.adminEmail,
    userId: adminId,
    tenantId: id,
    role: 'tenant-admin',
    name: input.adminName ?? 'Admin',
  });
  try {
    const year = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: input.timeZone }).format(now),
    );
    const onboarding = await tenants.create(db, id, adminId, input, now.toISOString(), year);
    return { ...onboarding, temporaryPassword };
  } catch (e) {
    await identity.deleteUser(input.adminEmail);
    throw e;
  }
}

/** Removes a tenant: its users from the directory, then every item of it. Returns the number of items deleted. */
export async function deleteTenant(store: Store, identity: IdentityPort, tenantId: string): Promise<number> {
  const tdb = store.forTenant(tenantId);
  let cursor: string | undefined;
  do {
    const page = await users.list(tdb, { limit: 100, cursor });
    for (const u of page.items) await identity.deleteUser(u.email);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return tenants.delete(store.forPlatform([tenantId]), tenantId);
}
