import type { InviteUserInput, UpdateUserInput } from '@prima/domain';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

export const userKeys = {
  all: ['users'] as const,
  list: () => ['users', 'list'] as const,
  one: (id: string) => ['users', 'one', id] as const,
};

export const useUserPages = () =>
  useInfiniteQuery({
    queryKey: userKeys.list(),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.users.$get({ query: { limit: '25', ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useUser = (id: string) =>
  useQuery({
    queryKey: userKeys.one(id),
    queryFn: async () => unwrap(await api.users[':userId'].$get({ param: { userId: id } })),
  });

/** Invites a user; the answer carries the one-time password, shown once. */
export function useInviteUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: InviteUserInput) => unwrap(await api.users.$post({ json: input })),
    onSuccess: ({ user }) => {
      qc.setQueryData(userKeys.one(user.id), user);
      void qc.invalidateQueries({ queryKey: userKeys.list() });
    },
  });
}

export function useUpdateUser(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateUserInput) =>
      unwrap(await api.users[':userId'].$patch({ param: { userId: id }, json: input })),
    onSuccess: (user) => {
      qc.setQueryData(userKeys.one(id), user);
      void qc.invalidateQueries({ queryKey: userKeys.list() });
    },
  });
}

export const useResetPassword = (id: string) =>
  useMutation({
    mutationFn: async () =>
      unwrap(await api.users[':userId']['reset-password'].$post({ param: { userId: id } })),
  });
