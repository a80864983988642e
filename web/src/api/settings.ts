import type { PutSlaPolicyInput, UpdateSettingsInput } from '@prima/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

export const settingsKeys = {
  settings: ['settings'] as const,
  sla: ['sla-policy'] as const,
};

export const useSettings = () =>
  useQuery({ queryKey: settingsKeys.settings, queryFn: async () => unwrap(await api.settings.$get()) });

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateSettingsInput) => unwrap(await api.settings.$patch({ json: input })),
    onSuccess: (s) => qc.setQueryData(settingsKeys.settings, s),
  });
}

export const useSlaPolicy = () =>
  useQuery({ queryKey: settingsKeys.sla, queryFn: async () => unwrap(await api['sla-policy'].$get()) });

export function usePutSlaPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: PutSlaPolicyInput) => unwrap(await api['sla-policy'].$put({ json: input })),
    onSuccess: (p) => qc.setQueryData(settingsKeys.sla, p),
  });
}
