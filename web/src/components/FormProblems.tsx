import type { MouseEvent } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isProblem, isVersionConflict } from '../api/problem';
import { fieldId, flattenErrors, messageText } from '../forms/problems';
import { useLocale } from '../i18n';
import { Notice } from './Notice';
import { useProblemTitle } from './ProblemAlert';

interface FormProblemsProps {
  errors: FieldErrors;
  /** The failed submission (a ProblemError, or a network error). */
  problem: unknown;
  /** The visible label of a field, for the summary. */
  labelOf?: (path: string) => string | undefined;
  /** Reloads the data after a version conflict (and discards the form's changes). */
  onReload?: () => void;
  /** The form shows its own live countdown for Retry-After. */
  hideRetryAfter?: boolean;
}

/** Moves focus to the control of a summarised error (or the nearest enclosing one that exists). */
function focusField(event: MouseEvent<HTMLAnchorElement>, path: string) {
  const parts = path.split('.');
  while (parts.length) {
    const el = document.getElementById(fieldId(parts.join('.')));
    if (el) {
      event.preventDefault();
      el.focus();
      el.scrollIntoView({ block: 'center' });
      return;
    }
    parts.pop();
  }
}

/**
 * The summary above a form's buttons: a version conflict offers a reload; anything else lists the problem title and
 * every field error, each linking to its field.
 */
export function FormProblems({ errors, problem, labelOf, onReload, hideRetryAfter }: FormProblemsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useProblemTitle();

  if (isVersionConflict(problem)) {
    return (
      <Notice tone="warning" role="alert" title={t('errors.conflict')}>
        <p>{t('errors.conflictHint')}</p>
        {onReload && (
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('common.reload')}
          </button>
        )}
      </Notice>
    );
  }

  const list = flattenErrors(errors);
  if (!problem && list.length === 0) return null;
  const fieldProblems = list.filter((e) => e.path !== '');
  const general = list.filter((e) => e.path === '');
  return (
    <Notice tone="danger" role="alert" title={problem ? title(problem) : t('errors.summaryTitle')}>
      {isProblem(problem) && problem.detail && <p>{problem.detail}</p>}
      {!hideRetryAfter && isProblem(problem) && problem.retryAfterSeconds !== undefined && (
        <p>{t('errors.retryAfter', { seconds: problem.retryAfterSeconds })}</p>
      )}
      {(fieldProblems.length > 0 || general.length > 0) && (
        <ul className="error-summary">
          {general.map((e) => (
            <li key={`root-${e.message}`}>{messageText(e.message, locale)}</li>
          ))}
          {fieldProblems.map((e) => (
            <li key={e.path}>
              <a href={`#${fieldId(e.path)}`} onClick={(ev) => focusField(ev, e.path)}>
                {labelOf?.(e.path) ?? e.path}
              </a>
              : {messageText(e.message, locale)}
            </li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
