import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { isProblem, unwrap } from './problem';

/** Citizens' view of the improvement cycles a Pemda marked public (no sign-in). */
export const usePublicImprovement = (slug: string) =>
  useQuery({
    queryKey: ['public', slug, 'improvement'],
    retry: (count, e) => !(isProblem(e) && e.status < 500) && count < 2,
    queryFn: async () => unwrap(await api.public[':slug'].improvement.$get({ param: { slug } })),
  });
export type PublicImprovement = NonNullable<ReturnType<typeof usePublicImprovement>['data']>;
export type PublicCycle = PublicImprovement['items'][number];
