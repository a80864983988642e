import { useTranslation } from 'react-i18next';
import { isProblem, isVersionConflict } from '../api/problem';
import { Notice } from './Notice';

/** The title a user sees for any failed call: the API's (already in the UI language), or ours. */
export function useProblemTitle() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isProblem(error)) return error.title;
    if (error instanceof TypeError) return t('errors.network');
    return t('errors.unexpected');
  };
}

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/**
 * A failed load or action, with its problem title and a retry where that can help. A version conflict says that
 * someone else changed the data, and the retry reloads it.
 */
export function ProblemAlert({ error, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const title = useProblemTitle();
  if (isVersionConflict(error)) {
    return (
      <Notice tone="warning" role="alert" title={t('errors.conflict')}>
        <p>{t('errors.conflictHint')}</p>
        {onRetry && (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('common.reload')}
          </button>
        )}
      </Notice>
    );
  }
  return (
    <Notice tone="danger" role="alert" title={title(error)}>
      {isProblem(error) && error.detail && <p>{error.detail}</p>}
      {isProblem(error) && error.retryAfterSeconds !== undefined && (
        <p>{t('errors.retryAfter', { seconds: error.retryAfterSeconds })}</p>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Notice>
  );
}
