import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { isProblem, unwrap } from './problem';

/** Citizens' pages: no sign-in, the Pemda named by its slug. */
export const publicKeys = {
  pemda: (slug: string) => ['public', slug] as const,
  units: (slug: string) => ['public', slug, 'units'] as const,
  unit: (slug: string, unitId: string) => ['public', slug, 'units', unitId] as const,
};

/** Problems of a public page that retrying will not fix. */
const final = (e: unknown) => isProblem(e) && e.status < 500;
const retry = (count: number, e: unknown) => !final(e) && count < 2;

export const usePublicPemda = (slug: string) =>
  useQuery({
    queryKey: publicKeys.pemda(slug),
    retry,
    queryFn: async () => unwrap(await api.public[':slug'].$get({ param: { slug } })),
  });

export const usePublicUnits = (slug: string, enabled: boolean) =>
  useQuery({
    queryKey: publicKeys.units(slug),
    enabled,
    retry,
    queryFn: async () => unwrap(await api.public[':slug'].units.$get({ param: { slug } })),
  });

export const usePublicUnit = (slug: string, unitId: string, enabled: boolean) =>
  useQuery({
    queryKey: publicKeys.unit(slug, unitId),
    enabled,
    retry,
    queryFn: async () => unwrap(await api.public[':slug'].units[':unitId'].$get({ param: { slug, unitId } })),
  });
