import { isPeriodKey } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useKsf } from '../../api/improvement-insight';
import { useCan } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { PeriodSelect, periodKeyLabel } from '../surveys/ui';
import { UnitSelect, useReadableUnits } from './AssessmentsPage';
import { KsfScorecard } from './KsfScorecard';
import './improvement.css';
import './assessment.css';

/**
 * The key-success-factor scorecard of the whole Pemda or one unit for a period (default: this year), with where its
 * scores come from. A unit officer sees its own units only: the API refuses it the whole Pemda.
 */
export function KsfPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const param = params.get('unitId');
  const { units, readable } = useReadableUnits(param);
  const mayPemda = can('improvement.read');
  const chosen = readable.find((u) => u.id === param) ?? null;
  // "" is the whole Pemda; without it the first unit the user may see.
  const unit = chosen ?? (mayPemda ? null : (readable[0] ?? null));
  const unitId = unit?.id ?? '';
  const periodParam = params.get('period') ?? '';
  const period = isPeriodKey(periodParam) ? periodParam : String(new Date().getFullYear());
  const periodLabel = periodKeyLabel(period, locale);
  const scopeName = unit ? unit.name : t('assessment.ksf.wholePemda');

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const assessments = `/improvement/assessments?${new URLSearchParams(unit ? { unitId, period } : { period })}`;
  const ready = mayPemda || unit !== null;
  return (
    <>
      <PageHeader
        title={t('assessment.ksf.title')}
        intro={t('assessment.ksf.intro')}
        back={<Link to={assessments}>{t('assessment.ksf.back')}</Link>}
      />
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />
      ) : !ready ? (
        <p className="empty">{t('assessment.noUnits')}</p>
      ) : (
        <>
          <fieldset className="asm-filters">
            <legend className="visually-hidden">{t('assessment.ksf.filters')}</legend>
            <div className="field">
              <label htmlFor="ksf-unit">{t('assessment.ksf.scope')}</label>
              <UnitSelect
                id="ksf-unit"
                units={readable}
                value={unitId}
                onChange={(v) => set('unitId', v)}
                wholePemda={mayPemda ? t('assessment.ksf.wholePemda') : undefined}
              />
            </div>
            <div className="field">
              <label htmlFor="ksf-period">{t('assessment.period')}</label>
              <PeriodSelect id="ksf-period" value={period} onChange={(k) => set('period', k)} />
            </div>
          </fieldset>
          <section className="panel asm-ksf" aria-labelledby="ksf-heading">
            <h2 id="ksf-heading">{t('assessment.ksf.heading', { scope: scopeName, period: periodLabel })}</h2>
            <Scorecard unitId={unitId} period={period} />
          </section>
          <section className="panel" aria-labelledby="ksf-sources">
            <h2 id="ksf-sources">{t('assessment.ksf.whereFrom')}</h2>
            <ul className="asm-sources">
              <li>{t('assessment.ksf.measured')}</li>
              <li>{t('assessment.ksf.selfAssessed')}</li>
            </ul>
            <p>{t('assessment.ksf.periods')}</p>
            <p>
              <Link to={assessments}>
                {unit
                  ? t('assessment.ksf.toAssessments', { unit: unit.name, period: periodLabel })
                  : t('assessment.ksf.toAssessmentsAny')}
              </Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}

/** Mounted only once the scope is known, so a unit officer never asks for the whole Pemda's card. */
function Scorecard({ unitId, period }: { unitId: string; period: string }) {
  const ksf = useKsf(unitId, period);
  if (ksf.isPending) return <Loading />;
  if (ksf.isError) return <ProblemAlert error={ksf.error} onRetry={() => void ksf.refetch()} />;
  return <KsfScorecard data={ksf.data} headingId="ksf-heading" />;
}
