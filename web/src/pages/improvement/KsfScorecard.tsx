import { useTranslation } from 'react-i18next';
import type { Ksf } from '../../api/improvement-insight';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n';
import { formatFixed, formatPercent, methodBody } from '../surveys/ui';

type Row = Ksf['rows'][number];

/** The raw value on its own scale, as the reader knows it: "83%", "IKM 81,25", "gap −0,45", "3,50 / 5". */
function rawText(row: Row, locale: 'id' | 'en'): string {
  if (row.raw === null) return '—';
  switch (row.scale) {
    case '0-1':
      return formatPercent(row.raw, locale, 1);
    case '25-100':
      return `IKM ${formatFixed(row.raw, locale)}`;
    case 'gap-6':
      return `gap ${formatFixed(row.raw, locale)}`;
    default:
      return `${formatFixed(row.raw, locale)} / 5`;
  }
}

/** A 0–100 bar drawn with SVG attributes (the CSP allows no inline style). */
export function ScoreBar({ score }: { score: number | null }) {
  return (
    <svg className="score-bar" height={10} aria-hidden="true" focusable="false">
      <rect className="score-bar__track" x={0} y={0} width="100%" height={10} />
      {score !== null && (
        <rect
          className="score-bar__fill"
          x={0}
          y={0}
          width={`${Math.max(0, Math.min(100, score))}%`}
          height={10}
        />
      )}
    </svg>
  );
}

const SOURCE_TONE = { measured: 'success', 'self-assessment': 'info', none: 'neutral' } as const;

/**
 * The key-success-factor scorecard (0–100): one row per factor with a bar, where its score comes from (measured by
 * Prima, self-assessed, or nothing yet) and the raw value before normalisation. The bar is decoration; the number
 * is in the text.
 */
export function KsfScorecard({ data, headingId }: { data: Ksf; headingId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <table className="table ksf-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('executive.ksf.factor')}</th>
            <th scope="col" className="num">
              {t('executive.ksf.score')}
            </th>
            <th scope="col">{t('executive.ksf.source')}</th>
            <th scope="col">{t('executive.ksf.raw')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.key} data-ksf={r.key}>
              <th scope="row">
                {r.name[locale]}
                {r.measure && <span className="field__hint ksf-measure">{r.measure[locale]}</span>}
              </th>
              <td className="num">
                <ScoreBar score={r.score} />
                {formatFixed(r.score, locale, 1)}
              </td>
              <td>
                <Badge tone={SOURCE_TONE[r.source]}>{t(`executive.ksf.sources.${r.source}`)}</Badge>
              </td>
              <td>{rawText(r, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('executive.ksf.overall')}</th>
            <td className="num" data-testid="ksf-overall">
              {formatFixed(data.overall, locale, 1)}
            </td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
      {data.selfAssessedFrom.length > 0 && (
        <p className="field__hint">
          {t('executive.ksf.selfAssessedFrom', {
            list: data.selfAssessedFrom
              .map(
                (s) => `${t(`executive.ksf.instrument.${s.templateId}`)} ${s.period} (n = ${s.respondents})`,
              )
              .join('; '),
          })}
        </p>
      )}
      <p className="field__hint">{methodBody(data.method[locale])}</p>
    </>
  );
}
