import type { CreateTenantInput } from '@prima/domain';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

export const platformKeys = { tenants: ['platform', 'tenants'] as const };

export const useTenantPages = () =>
  useInfiniteQuery({
    queryKey: platformKeys.tenants,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.platform.tenants.$get({
          query: { limit: '25', ...(pageParam ? { cursor: pageParam } : {}) },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Onboards a Pemda; the answer carries its first admin's one-time password, shown once. */
export function useOnboardTenant() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateTenantInput) => unwrap(await api.platform.tenants.$post({ json: input })),
    onSuccess: () => qc.invalidateQueries({ queryKey: platformKeys.tenants }),
  });
}

export function useSetTenantStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ tenantId, action }: { tenantId: string; action: 'suspend' | 'resume' }) => {
      const route = api.platform.tenants[':tenantId'];
      const param = { param: { tenantId } };
      return unwrap(await (action === 'suspend' ? route.suspend.$post(param) : route.resume.$post(param)));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: platformKeys.tenants }),
  });
}
