import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/me';
import { useAllUnits } from '../../api/units';
import { useUserPages } from '../../api/users';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The tenant's users, a page at a time. */
export function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { data: me } = useMe();
  const pages = useUserPages();
  const units = useAllUnits();
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.shortName ?? u.name]));
  const users = pages.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          can('users.write') && (
            <Link to="/users/new" className="button button--primary">
              {t('users.invite')}
            </Link>
          )
        }
      />
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : users.length === 0 ? (
        <p className="empty">{t('users.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.units')}</th>
                <th scope="col">{t('users.status')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <Link to={`/users/${u.id}`}>{u.name}</Link>
                    {u.id === me?.userId && <span className="table__sub">({t('common.you')})</span>}
                  </th>
                  <td className="table__nowrap">{u.email}</td>
                  <td>{t(`roles.${u.role}`)}</td>
                  <td>
                    {u.unitIds.length === 0
                      ? t('common.none')
                      : u.unitIds.map((id) => unitName.get(id) ?? id).join(', ')}
                  </td>
                  <td>
                    <Badge tone={u.status === 'active' ? 'success' : 'danger'}>
                      {t(`users.statuses.${u.status}`)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => pages.fetchNextPage()}
      />
    </>
  );
}
