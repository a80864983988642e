import type { CreateServiceInput, UpdateServiceInput } from '@prima/domain';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

export const serviceKeys = {
  all: ['services'] as const,
  list: (unitId: string | null) => ['services', 'list', unitId] as const,
  one: (id: string) => ['services', 'one', id] as const,
};

/** Services page by page, optionally of one unit. */
export const useServicePages = (unitId: string | null) =>
  useInfiniteQuery({
    queryKey: serviceKeys.list(unitId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.services.$get({
          query: { limit: '25', ...(unitId ? { unitId } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useService = (id: string) =>
  useQuery({
    queryKey: serviceKeys.one(id),
    queryFn: async () => unwrap(await api.services[':serviceId'].$get({ param: { serviceId: id } })),
  });

export function useCreateService() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateServiceInput) => unwrap(await api.services.$post({ json: input })),
    onSuccess: (service) => {
      qc.setQueryData(serviceKeys.one(service.id), service);
      void qc.invalidateQueries({ queryKey: ['services', 'list'] });
    },
  });
}

export function useUpdateService(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateServiceInput) =>
      unwrap(await api.services[':serviceId'].$patch({ param: { serviceId: id }, json: input })),
    onSuccess: (service) => {
      qc.setQueryData(serviceKeys.one(id), service);
      void qc.invalidateQueries({ queryKey: ['services', 'list'] });
    },
  });
}
