import type { Permission } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMe } from '../api/me';
import { useCanAny } from '../auth/permissions';
import { PageHeader } from '../components/PageHeader';

const CARDS: ReadonlyArray<{
  key: 'units' | 'services' | 'users' | 'holidays' | 'settings';
  to: string;
  permission: Permission;
}> = [
  { key: 'units', to: '/units', permission: 'units.read' },
  { key: 'services', to: '/services', permission: 'services.read' },
  { key: 'users', to: '/users', permission: 'users.read' },
  { key: 'holidays', to: '/holidays', permission: 'settings.read' },
  { key: 'settings', to: '/settings', permission: 'settings.read' },
];

/** The start page: what this user can do, as links. The platform operator starts at the tenant list. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canAny = useCanAny();
  if (!me) return null;
  if (!me.tenant) return <Navigate to="/platform" replace />;
  const tenant = me.tenant;
  return (
    <>
      <PageHeader
        title={t('home.title')}
        intro={
          <>
            {t('home.welcome', { name: me.name })} {t('home.intro', { tenant: tenant.name })}
          </>
        }
      />
      <ul className="card-grid">
        {CARDS.filter((c) => canAny(c.permission)).map((c) => (
          <li key={c.key} className="card card--link">
            <h2 className="card__title">
              <Link to={c.to}>{t(`nav.${c.key}`)}</Link>
            </h2>
            <p>{t(`home.cards.${c.key}`)}</p>
          </li>
        ))}
      </ul>
      <p className="home__public">
        <a href={`/p/${tenant.slug}`}>{t('home.publicLink')}</a>
      </p>
    </>
  );
}
