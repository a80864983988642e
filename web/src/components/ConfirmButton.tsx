import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  children: ReactNode;
  onConfirm: () => void;
  tone?: 'danger' | 'secondary';
  disabled?: boolean;
  /** What is being confirmed, read out with the question (e.g. the unit's name). */
  subject?: string;
}

/** A button that asks "Are you sure?" in place before acting; Escape or Cancel backs out. */
export function ConfirmButton({
  children,
  onConfirm,
  tone = 'secondary',
  disabled,
  subject,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={start}
        type="button"
        className={`button button--${tone}`}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {children}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: an inline confirmation, not a form group
    <span
      className="confirm"
      role="group"
      aria-label={subject ? `${children}: ${subject}` : String(children)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <span className="confirm__question">{t('common.areYouSure')}</span>
      <button
        ref={yes}
        type="button"
        className={`button button--${tone === 'danger' ? 'danger' : 'primary'}`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('common.yes')}, {children}
      </button>
      <button type="button" className="button button--ghost" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
