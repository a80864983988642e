import type { Permission } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Notice } from '../components/Notice';
import { useCanAny } from './permissions';

/** Routes inside are for users holding `permission` (in some scope); others are told they may not open them. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const canAny = useCanAny();
  if (!canAny(permission)) {
    return (
      <Notice tone="warning" role="alert" title={t('errors.pageError')}>
        <p>{t('errors.forbidden')}</p>
      </Notice>
    );
  }
  return <Outlet />;
}
