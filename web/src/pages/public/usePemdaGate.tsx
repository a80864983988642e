import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../api/problem';
import { usePublicPemda } from '../../api/public';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';

export type PublicPemda = NonNullable<ReturnType<typeof usePublicPemda>['data']>;

/**
 * The Pemda a citizens' page is about, and what the page shows: the page itself once the Pemda is known, or why
 * not (still loading, suspended, unknown, or an error to retry). Said once here for every public page family.
 */
export function usePemdaGate(
  slug: string,
  render: (pemda: PublicPemda) => ReactNode,
): { pemda: PublicPemda | undefined; body: ReactNode } {
  const { t } = useTranslation();
  const pemda = usePublicPemda(slug);
  if (pemda.isPending) return { pemda: undefined, body: <Loading /> };
  if (!pemda.isError) return { pemda: pemda.data, body: render(pemda.data) };
  const e = pemda.error;
  if (isProblem(e, 'tenant-suspended'))
    return {
      pemda: undefined,
      body: (
        <div className="public__message" role="alert">
          <h1>{t('public.unavailableTitle')}</h1>
          <p>{t('public.unavailableText')}</p>
        </div>
      ),
    };
  if (isProblem(e) && (e.status === 404 || e.status === 400))
    return {
      pemda: undefined,
      body: (
        <div className="public__message">
          <h1>{t('public.notFoundTitle')}</h1>
          <p>{t('public.notFoundText')}</p>
        </div>
      ),
    };
  return { pemda: undefined, body: <ProblemAlert error={e} onRetry={() => void pemda.refetch()} /> };
}
