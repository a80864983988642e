import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

export const meKey = ['me'] as const;

/** Who is signed in: name, role, units, permissions and tenant. */
export const fetchMe = async () => unwrap(await api.me.$get());
export type Me = Awaited<ReturnType<typeof fetchMe>>;

export const useMe = () => useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
