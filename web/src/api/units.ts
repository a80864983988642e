import type { CreateUnitInput, PutMaklumatInput, Unit, UpdateUnitInput } from '@prima/domain';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { isProblem, unwrap } from './problem';

export const unitKeys = {
  all: ['units'] as const,
  list: () => ['units', 'list'] as const,
  everything: () => ['units', 'everything'] as const,
  one: (id: string) => ['units', 'one', id] as const,
  maklumat: (id: string) => ['units', 'maklumat', id] as const,
};

const PAGE = '25';

/** Units page by page ("load more"). */
export const useUnitPages = () =>
  useInfiniteQuery({
    queryKey: unitKeys.list(),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.units.$get({ query: { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Every unit of the tenant (a Pemda has tens of units), for pickers and names. */
export async function fetchAllUnits(): Promise<Unit[]> {
  const all: Unit[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      await api.units.$get({ query: { limit: '100', ...(cursor ? { cursor } : {}) } }),
    );
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export const useAllUnits = () => useQuery({ queryKey: unitKeys.everything(), queryFn: fetchAllUnits });

export const useUnit = (id: string) =>
  useQuery({
    queryKey: unitKeys.one(id),
    queryFn: async () => unwrap(await api.units[':unitId'].$get({ param: { unitId: id } })),
  });

export function useCreateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateUnitInput) => unwrap(await api.units.$post({ json: input })),
    onSuccess: (unit) => {
      qc.setQueryData(unitKeys.one(unit.id), unit);
      void qc.invalidateQueries({ queryKey: unitKeys.all });
    },
  });
}

export function useUpdateUnit(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateUnitInput) =>
      unwrap(await api.units[':unitId'].$patch({ param: { unitId: id }, json: input })),
    onSuccess: (unit) => {
      qc.setQueryData(unitKeys.one(id), unit);
      void qc.invalidateQueries({ queryKey: unitKeys.list() });
      void qc.invalidateQueries({ queryKey: unitKeys.everything() });
    },
  });
}

/** The unit's maklumat; null when it has none yet (404). */
export const useMaklumat = (unitId: string) =>
  useQuery({
    queryKey: unitKeys.maklumat(unitId),
    queryFn: async () => {
      try {
        return await unwrap(await api.units[':unitId'].maklumat.$get({ param: { unitId } }));
      } catch (e) {
        if (isProblem(e, 'not-found')) return null;
        throw e;
      }
    },
  });

export function usePutMaklumat(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: PutMaklumatInput) =>
      unwrap(await api.units[':unitId'].maklumat.$put({ param: { unitId }, json: input })),
    onSuccess: (m) => qc.setQueryData(unitKeys.maklumat(unitId), m),
  });
}
