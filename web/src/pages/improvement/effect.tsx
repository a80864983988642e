import type { Comparison } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n';
import { formatFixed } from '../surveys/ui';

/**
 * A cycle's measured effect (the domain's before/after comparison) as every improvement page shows it: the badge
 * says improved or worsened in words (its colour only repeats it), then whether the target was met.
 */

const STATUS_TONE: Record<Comparison['status'], 'success' | 'danger' | 'neutral'> = {
  improved: 'success',
  worsened: 'danger',
  unchanged: 'neutral',
  'no-data': 'neutral',
};

export function EffectBadge({ comparison }: { comparison: Pick<Comparison, 'status'> }) {
  const { t } = useTranslation();
  return (
    <Badge tone={STATUS_TONE[comparison.status]}>
      {t(`improvement.comparisonStatus.${comparison.status}`)}
    </Badge>
  );
}

export function TargetMet({ met }: { met: boolean | null }) {
  const { t } = useTranslation();
  if (met === null) return <span className="muted">—</span>;
  return <span>{met ? t('improvement.cycle.targetMet') : t('improvement.cycle.targetNotMet')}</span>;
}

/** "62,50 → 87,50 (+25,00) [Membaik] · Target tercapai". */
export function EffectText({ comparison: c }: { comparison: Comparison }) {
  const locale = useLocale();
  return (
    <>
      {formatFixed(c.baseline, locale)} → {formatFixed(c.current, locale)}
      {c.absoluteChange !== null &&
        ` (${c.absoluteChange > 0 ? '+' : ''}${formatFixed(c.absoluteChange, locale)})`}{' '}
      <EffectBadge comparison={c} />
      {c.targetMet !== null && (
        <>
          {' · '}
          <TargetMet met={c.targetMet} />
        </>
      )}
    </>
  );
}
