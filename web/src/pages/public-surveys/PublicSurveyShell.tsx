import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { isProblem } from '../../api/problem';
import { usePublicPemda } from '../../api/public';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PublicShell } from '../public/PublicPemdaPage';
import './public-surveys.css';

/**
 * The frame of the citizens' survey pages: the public shell, a way back to the Pemda's page, and the two survey
 * pages (answer a survey, the published IKM). An unknown or suspended Pemda is said so here, once for all of them.
 */
export function PublicSurveyShell({
  slug,
  title,
  children,
}: {
  slug: string;
  title: string;
  children: (pemda: { name: string; slug: string }) => ReactNode;
}) {
  const { t } = useTranslation();
  const pemda = usePublicPemda(slug);
  const base = `/p/${encodeURIComponent(slug)}`;

  let body: ReactNode;
  if (pemda.isPending) body = <Loading />;
  else if (pemda.isError) {
    const e = pemda.error;
    if (isProblem(e, 'tenant-suspended'))
      body = (
        <div className="public__message" role="alert">
          <h1>{t('public.unavailableTitle')}</h1>
          <p>{t('public.unavailableText')}</p>
        </div>
      );
    else if (isProblem(e) && (e.status === 404 || e.status === 400))
      body = (
        <div className="public__message">
          <h1>{t('public.notFoundTitle')}</h1>
          <p>{t('public.notFoundText')}</p>
        </div>
      );
    else body = <ProblemAlert error={e} onRetry={() => void pemda.refetch()} />;
  } else body = children(pemda.data);

  return (
    <PublicShell title={pemda.data ? `${title} · ${pemda.data.name}` : title}>
      {pemda.data && (
        <nav className="survey-subnav" aria-label={t('surveys.public.navLabel')}>
          <Link to={base} className="survey-subnav__back">
            ← {pemda.data.name}
          </Link>
          <ul>
            <li>
              <NavLink to={`${base}/survei`} end>
                {t('surveys.public.navSurveys')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/ikm`}>{t('surveys.public.navIkm')}</NavLink>
            </li>
          </ul>
        </nav>
      )}
      {body}
    </PublicShell>
  );
}
