import { isPeriodKey } from '@prima/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

/**
 * Quality improvement (PDCA): the board, the data-driven opportunities, cycles and their actions, stage changes,
 * standardisation (Act) and the next cycle. Every update sends the `version` it read.
 */

export const improvementKeys = {
  all: ['improvement'] as const,
  board: () => ['improvement', 'board'] as const,
  opportunities: (period: string) => ['improvement', 'opportunities', period] as const,
  cycle: (id: string) => ['improvement', 'cycle', id] as const,
};

const imp = api.improvement;
const cycleApi = imp.cycles[':cycleId'];

export const useBoard = () =>
  useQuery({
    queryKey: improvementKeys.board(),
    queryFn: async () => unwrap(await imp.board.$get({ query: {} })),
  });
export type Board = NonNullable<ReturnType<typeof useBoard>['data']>;
export type CycleSummary = Board['stages'][number]['cycles'][number];

export const useOpportunities = (period: string) =>
  useQuery({
    queryKey: improvementKeys.opportunities(period),
    enabled: isPeriodKey(period),
    queryFn: async () => unwrap(await imp.opportunities.$get({ query: { period } })),
  });
export type Opportunities = NonNullable<ReturnType<typeof useOpportunities>['data']>;
export type Opportunity = Opportunities['items'][number];

const fetchCycle = async (cycleId: string) => unwrap(await cycleApi.$get({ param: { cycleId } }));
export type CycleDetail = Awaited<ReturnType<typeof fetchCycle>>;
export const useCycle = (cycleId: string) =>
  useQuery({ queryKey: improvementKeys.cycle(cycleId), queryFn: () => fetchCycle(cycleId) });

export type CreateCycleBody = Parameters<typeof imp.cycles.$post>[0]['json'];
export type UpdateCycleBody = Parameters<typeof cycleApi.$patch>[0]['json'];
export type StageBody = Parameters<(typeof cycleApi)['stage']['$post']>[0]['json'];
export type AddActionBody = Parameters<(typeof cycleApi)['actions']['$post']>[0]['json'];
export type UpdateActionBody = Parameters<(typeof cycleApi)['actions'][':actionId']['$patch']>[0]['json'];
export type StandardiseBody = Parameters<(typeof cycleApi)['standardise']['$post']>[0]['json'];
export type NextCycleBody = Parameters<(typeof cycleApi)['next']['$post']>[0]['json'];

export function useCreateCycle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (json: CreateCycleBody) => unwrap(await imp.cycles.$post({ json })),
    onSuccess: (saved) => {
      qc.setQueryData(improvementKeys.cycle(saved.id), saved);
      void qc.invalidateQueries({ queryKey: improvementKeys.board() });
    },
  });
}

/** Every change of one cycle answers the cycle as saved: it replaces the cached one. */
function useCycleMutation<B>(cycleId: string, send: (body: B) => Promise<CycleDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      qc.setQueryData(improvementKeys.cycle(cycleId), saved);
      void qc.invalidateQueries({ queryKey: improvementKeys.board() });
    },
  });
}

export const useUpdateCycle = (cycleId: string) =>
  useCycleMutation(cycleId, async (json: UpdateCycleBody) =>
    unwrap(await cycleApi.$patch({ param: { cycleId }, json })),
  );

export const useChangeStage = (cycleId: string) =>
  useCycleMutation(cycleId, async (json: StageBody) =>
    unwrap(await cycleApi.stage.$post({ param: { cycleId }, json })),
  );

export const useAddAction = (cycleId: string) =>
  useCycleMutation(cycleId, async (json: AddActionBody) =>
    unwrap(await cycleApi.actions.$post({ param: { cycleId }, json })),
  );

export const useUpdateAction = (cycleId: string) =>
  useCycleMutation(cycleId, async ({ actionId, ...json }: UpdateActionBody & { actionId: string }) =>
    unwrap(await cycleApi.actions[':actionId'].$patch({ param: { cycleId, actionId }, json })),
  );

export const useStandardise = (cycleId: string) =>
  useCycleMutation(
    cycleId,
    async (json: StandardiseBody) =>
      (await unwrap(await cycleApi.standardise.$post({ param: { cycleId }, json }))).cycle,
  );

export function useNextCycle(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (json: NextCycleBody) =>
      unwrap(await cycleApi.next.$post({ param: { cycleId }, json })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: improvementKeys.all });
    },
  });
}

/** Possible owners of an action: the tenant's users (needs users.read; without it the caller owns the action). */
export const useOwners = (enabled: boolean) =>
  useQuery({
    queryKey: ['users', 'owners'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.users.$get({ query: { limit: '100' } })),
  });

/** The version of the service to standardise (read only once one is chosen). */
export const useServiceVersion = (serviceId: string) =>
  useQuery({
    queryKey: ['services', 'one', serviceId],
    enabled: serviceId !== '',
    queryFn: async () => unwrap(await api.services[':serviceId'].$get({ param: { serviceId } })),
  });
