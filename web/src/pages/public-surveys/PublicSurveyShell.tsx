import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { PublicShell } from '../public/PublicPemdaPage';
import { type PublicPemda, usePemdaGate } from '../public/usePemdaGate';
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
  children: (pemda: PublicPemda) => ReactNode;
}) {
  const { t } = useTranslation();
  const { pemda, body } = usePemdaGate(slug, children);
  const base = `/p/${encodeURIComponent(slug)}`;

  return (
    <PublicShell title={pemda ? `${title} · ${pemda.name}` : title}>
      {pemda && (
        <nav className="survey-subnav" aria-label={t('surveys.public.navLabel')}>
          <Link to={base} className="survey-subnav__back">
            ← {pemda.name}
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
