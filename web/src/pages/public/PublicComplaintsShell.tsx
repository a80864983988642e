import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { PublicShell } from './PublicPemdaPage';
import { type PublicPemda, usePemdaGate } from './usePemdaGate';
import '../complaints/complaints.css';

/**
 * The frame of the citizens' complaint pages: the public shell, the Pemda's name linking back to its page, and the
 * three complaint pages. An unknown or suspended Pemda is said so here, once for all of them.
 */
export function PublicComplaintsShell({
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
        <nav className="public-subnav" aria-label={t('complaints.nav.inbox')}>
          <Link to={base} className="public-subnav__back">
            ← {t('complaints.publicNav.backToPemda', { name: pemda.name })}
          </Link>
          <ul>
            <li>
              <NavLink to={`${base}/pengaduan`}>{t('complaints.publicNav.submit')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/lacak`}>{t('complaints.publicNav.track')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/transparansi`}>{t('complaints.publicNav.transparency')}</NavLink>
            </li>
          </ul>
        </nav>
      )}
      {body}
    </PublicShell>
  );
}
