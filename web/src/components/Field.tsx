import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, messageText } from '../forms/problems';
import { useLocale } from '../i18n';

/** What a form control needs to be labelled and linked to its hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

interface FieldProps {
  /** The form field's name (dotted path); the control's id derives from it. */
  name: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** Shown after the label, e.g. a "Published" badge. */
  badge?: ReactNode;
  /** Label for screen readers only (a table's column header already shows it). */
  hideLabel?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and error, linked by aria-describedby. */
export function Field({
  name,
  label,
  error,
  hint,
  required,
  badge,
  hideLabel,
  className,
  children,
}: FieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className={hideLabel ? 'visually-hidden' : 'field__label-row'}>
        <label htmlFor={id}>
          {label}
          {required ? (
            <span className="field__required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : (
            <span className="field__optional"> ({t('common.optional')})</span>
          )}
        </label>
        {badge}
      </div>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="field__error">
          {messageText(error, locale)}
        </p>
      )}
    </div>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

/** A fieldset of checkboxes or radios, its error linked to the group. */
export function ChoiceGroup({ name, legend, error, hint, children }: ChoiceGroupProps) {
  const locale = useLocale();
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      className={`field choice-group${error ? ' field--invalid' : ''}`}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="choice-group__options">{children}</div>
      {error && (
        <p id={errorId} className="field__error">
          {messageText(error, locale)}
        </p>
      )}
    </fieldset>
  );
}
