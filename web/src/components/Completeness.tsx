import { STANDARD_COMPONENT_KEYS, type Standard, standardCompleteness } from '@prima/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface CompletenessProps {
  standard: Standard;
  /** Compact: the bar and percentage only (for tables). */
  compact?: boolean;
}

/** How many of the 14 components of a Standar Pelayanan are filled in. */
export function Completeness({ standard, compact }: CompletenessProps) {
  const { t } = useTranslation();
  const id = useId();
  const share = standardCompleteness(standard);
  const total = STANDARD_COMPONENT_KEYS.length;
  const filled = Math.round(share * total);
  const text = t('services.completenessValue', { filled, total });
  return (
    <div className={`completeness${compact ? ' completeness--compact' : ''}`}>
      {!compact && (
        <span className="completeness__label" id={id}>
          {t('services.completeness')}
        </span>
      )}
      <progress
        className={`completeness__bar${share === 1 ? ' completeness__bar--full' : ''}`}
        max={total}
        value={filled}
        aria-labelledby={compact ? undefined : id}
        aria-label={compact ? t('services.completeness') : undefined}
        aria-valuetext={text}
      />
      <span className="completeness__value" title={text}>
        {compact ? `${Math.round(share * 100)}%` : text}
      </span>
    </div>
  );
}
