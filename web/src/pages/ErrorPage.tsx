import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

/** What a route shows when rendering it fails. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <main id="main" className="standalone">
      <h1>{t('errors.pageError')}</h1>
      <p role="alert">{t('errors.unexpected')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('errors.goHome')}
        </Link>
      </p>
    </main>
  );
}
