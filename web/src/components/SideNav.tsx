import type { Permission } from '@prima/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCanAny } from '../auth/permissions';
import { COMPLAINT_NAV } from '../pages/complaints/nav';
import { IMPROVEMENT_NAV } from '../pages/improvement/nav';
import { SURVEY_NAV } from '../pages/surveys/nav';

type AdminKey = 'units' | 'services' | 'users' | 'holidays' | 'settings' | 'platform';

const ADMIN: ReadonlyArray<{ key: AdminKey; to: string; permission: Permission }> = [
  { key: 'units', to: '/units', permission: 'units.read' },
  { key: 'services', to: '/services', permission: 'services.read' },
  { key: 'users', to: '/users', permission: 'users.read' },
  { key: 'holidays', to: '/holidays', permission: 'settings.read' },
  { key: 'settings', to: '/settings', permission: 'settings.read' },
  { key: 'platform', to: '/platform', permission: 'tenants.manage' },
];

interface Link {
  key: string;
  to: string;
  label: string;
  /** Active only on exactly this path (a section's start page), not on the pages below it. */
  end?: boolean;
}

function Item({ link }: { link: Link }) {
  return (
    <li>
      <NavLink to={link.to} end={link.end} className="side-nav__link">
        {link.label}
      </NavLink>
    </li>
  );
}

/** A titled group of links; nothing at all when the user may open none of them. */
function Group({ id, title, links }: { id: string; title: string; links: Link[] }): ReactNode {
  if (links.length === 0) return null;
  return (
    <li className="side-nav__group">
      <span className="side-nav__heading" id={id}>
        {title}
      </span>
      <ul aria-labelledby={id}>
        {links.map((l) => (
          <Item key={l.key} link={l} />
        ))}
      </ul>
    </li>
  );
}

/**
 * The sections the signed-in user's role may open (domain policy), nothing else, grouped by the work they serve:
 * complaints, satisfaction surveys, quality improvement, administration.
 */
export function SideNav({ hasTenant, publicSlug }: { hasTenant: boolean; publicSlug: string | null }) {
  const { t } = useTranslation();
  const canAny = useCanAny();
  const complaints: Link[] = COMPLAINT_NAV.filter(
    (i) => hasTenant && canAny(i.permission) && (!i.when || i.when({ slug: publicSlug })),
  ).map((i) => ({
    key: i.key,
    to: i.path ? i.path({ slug: publicSlug }) : i.to,
    label: t(`complaints.nav.${i.key}`),
    end: i.to === '/complaints',
  }));
  const surveys: Link[] = SURVEY_NAV.filter((i) => hasTenant && canAny(i.permission)).map((i) => ({
    key: i.key,
    to: i.to,
    label: t(`surveys.nav.${i.key}`),
    end: i.to === '/surveys',
  }));
  const improvement: Link[] = IMPROVEMENT_NAV.filter((i) => hasTenant && canAny(i.permission)).map((i) => ({
    key: i.key,
    to: i.to,
    label: t(`improvement.nav.${i.key}`),
    end: i.to === '/improvement',
  }));
  const admin: Link[] = ADMIN.filter((i) => canAny(i.permission)).map((i) => ({
    key: i.key,
    to: i.to,
    label: t(`nav.${i.key}`),
  }));
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {hasTenant && <Item link={{ key: 'home', to: '/', label: t('nav.home'), end: true }} />}
        <Group id="nav-complaints" title={t('nav.groups.complaints')} links={complaints} />
        <Group id="nav-surveys" title={t('nav.groups.surveys')} links={surveys} />
        <Group id="nav-improvement" title={t('nav.groups.improvement')} links={improvement} />
        <Group id="nav-admin" title={t('nav.groups.admin')} links={admin} />
        {publicSlug && (
          <li className="side-nav__external">
            <a className="side-nav__link" href={`/p/${publicSlug}`} target="_blank" rel="noreferrer">
              {t('nav.publicPage')}
              <span className="visually-hidden"> {t('common.newTab')}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
