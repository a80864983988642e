import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('errors.notFoundTitle')} · Prima`;
  }, [t]);
  return (
    <main id="main" className="standalone">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundText')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('errors.goHome')}
        </Link>
      </p>
    </main>
  );
}
