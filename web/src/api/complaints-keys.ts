import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

/** Open311 API keys of the Pemda (tenant admin): listed without the key; a new key is shown once. */
export const apiKeyKeys = { all: ['api-keys'] as const };

export const fetchApiKeys = async () => (await unwrap(await api['api-keys'].$get())).items;
export type ApiKey = Awaited<ReturnType<typeof fetchApiKeys>>[number];

export const useApiKeys = () => useQuery({ queryKey: apiKeyKeys.all, queryFn: fetchApiKeys });

export function useCreateApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => unwrap(await api['api-keys'].$post({ json: { name } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api['api-keys'][':apiKeyId'].revoke.$post({ param: { apiKeyId: id } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
