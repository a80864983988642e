import { useTranslation } from 'react-i18next';
import type { Executive } from '../../api/improvement-insight';
import { useLocale } from '../../i18n';
import { formatCount, formatFixed, formatPercent, MutuBadge } from '../surveys/ui';

/** The figures of a unit or of the whole Pemda: the same four whatever the scope. */
export type ExecutiveFigures = Executive['pemda'];
/** IKM, on-time first responses, public trust and improvement cycles, as four figures with their basis. */
export function ExecutiveFigureList({ row, label }: { row: ExecutiveFigures; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="imp-figures exec-figures" aria-label={label}>
      <div>
        <dt>{t('executive.figures.ikm')}</dt>
        <dd data-testid="figure-ikm">{formatFixed(row.ikm.value, locale)}</dd>
        <dd className="field__hint">
          <MutuBadge mutu={row.ikm.mutu} />{' '}
          {t('executive.figures.respondents', { n: formatCount(row.ikm.respondents, locale) })}
        </dd>
      </div>
      <div>
        <dt>{t('executive.figures.onTime')}</dt>
        <dd data-testid="figure-on-time">{formatPercent(row.complaints.onTimeRate, locale, 1)}</dd>
        <dd className="field__hint">
          {t('executive.figures.onTimeOf', {
            onTime: formatCount(row.complaints.respondedOnTime, locale),
            responded: formatCount(row.complaints.responded, locale),
          })}
          {' · '}
          {t('executive.figures.received', { count: row.complaints.received })}
        </dd>
      </div>
      <div>
        <dt>{t('executive.figures.trust')}</dt>
        <dd>{formatPercent(row.trust?.high, locale, 1)}</dd>
        <dd className="field__hint">
          {row.trust
            ? t('executive.figures.respondents', { n: formatCount(row.trust.respondents, locale) })
            : t('executive.figures.noTrust')}
        </dd>
      </div>
      <div>
        <dt>{t('executive.figures.cycles')}</dt>
        <dd data-testid="figure-cycles">{formatCount(row.cycles.open, locale)}</dd>
        <dd className="field__hint">
          {t('executive.figures.cyclesOf', { completed: row.cycles.completed })}
          {' · '}
          {t('executive.figures.improvedOf', {
            improved: row.cycles.improved,
            targetMet: row.cycles.targetMet,
          })}
        </dd>
      </div>
    </dl>
  );
}
