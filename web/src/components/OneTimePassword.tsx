import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface OneTimePasswordProps {
  label: string;
  password: string | null;
}

/** A one-time password the API returns once, with a copy button; or a note that it was e-mailed. */
export function OneTimePassword({ label, password }: OneTimePasswordProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  if (password === null) return <p>{t('users.emailedPassword')}</p>;

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(password ?? '');
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('failed');
    }
  }

  return (
    <div className="otp">
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('users.oneTimePasswordHint')}
      </p>
      <div className="otp__row">
        <input
          id={id}
          ref={input}
          className="otp__value"
          readOnly
          value={password}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={onCopy}>
          {t('common.copy')}
        </button>
      </div>
      <p className="otp__status" role="status">
        {copy === 'copied' ? t('common.copied') : copy === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  );
}
