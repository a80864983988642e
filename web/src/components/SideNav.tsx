import type { Permission } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCanAny } from '../auth/permissions';
import { COMPLAINT_NAV } from '../pages/complaints/nav';
import { IMPROVEMENT_NAV } from '../pages/improvement/nav';
import { SURVEY_NAV } from '../pages/surveys/nav';

type NavKey = 'home' | 'units' | 'services' | 'users' | 'holidays' | 'settings' | 'platform';

const ITEMS: ReadonlyArray<{ key: NavKey; to: string; permission: Permission | null; tenantOnly?: boolean }> =
  [
    { key: 'home', to: '/', permission: null, tenantOnly: true },
    { key: 'units', to: '/units', permission: 'units.read' },
    { key: 'services', to: '/services', permission: 'services.read' },
    { key: 'users', to: '/users', permission: 'users.read' },
    { key: 'holidays', to: '/holidays', permission: 'settings.read' },
    { key: 'settings', to: '/settings', permission: 'settings.read' },
    { key: 'platform', to: '/platform', permission: 'tenants.manage' },
  ];

/** The sections the signed-in user's role may open (domain policy), nothing else. */
export function SideNav({ hasTenant, publicSlug }: { hasTenant: boolean; publicSlug: string | null }) {
  const { t } = useTranslation();
  const canAny = useCanAny();
  const items = ITEMS.filter(
    (i) => (i.permission === null || canAny(i.permission)) && (!i.tenantOnly || hasTenant),
  );
  const complaintItems = COMPLAINT_NAV.filter(
    (i) => hasTenant && canAny(i.permission) && (!i.when || i.when({ slug: publicSlug })),
  );
  // The complaint pages come right after the start page.
  const complaintLinks = complaintItems.map((i) => (
    <li key={i.key}>
      <NavLink
        to={i.path ? i.path({ slug: publicSlug }) : i.to}
        end={i.to === '/complaints'}
        className="side-nav__link"
      >
        {t(`complaints.nav.${i.key}`)}
      </NavLink>
    </li>
  ));
  // The survey pages follow the complaint pages.
  const surveyLinks = SURVEY_NAV.filter((i) => hasTenant && canAny(i.permission)).map((i) => (
    <li key={i.key}>
      <NavLink to={i.to} end={i.to === '/surveys'} className="side-nav__link">
        {t(`surveys.nav.${i.key}`)}
      </NavLink>
    </li>
  ));
  // The improvement pages follow the survey pages.
  const improvementLinks = IMPROVEMENT_NAV.filter((i) => hasTenant && canAny(i.permission)).map((i) => (
    <li key={i.key}>
      <NavLink to={i.to} end={i.to === '/improvement'} className="side-nav__link">
        {t(`improvement.nav.${i.key}`)}
      </NavLink>
    </li>
  ));
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {items
          .map((i) => (
            <li key={i.key}>
              <NavLink to={i.to} end={i.to === '/'} className="side-nav__link">
                {t(`nav.${i.key}`)}
              </NavLink>
            </li>
          ))
          .flatMap((li, index) =>
            index === 0 ? [li, ...complaintLinks, ...surveyLinks, ...improvementLinks] : [li],
          )}
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
