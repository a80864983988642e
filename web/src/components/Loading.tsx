import { useTranslation } from 'react-i18next';

/** A polite "Loading…" for screen readers and eyes. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
