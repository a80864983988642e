import { isIkmTemplateId } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSettings } from '../../api/settings';
import { useAllUnits } from '../../api/units';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { FollowUpList } from './FollowUps';
import { PeriodSelect } from './ui';
import './surveys.css';

/** The follow-up plans (rencana tindak lanjut) of a unit, from every campaign, by deadline. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const units = useAllUnits();
  const settings = useSettings();
  const unitId = params.get('unitId') || '';
  const period = params.get('period') || '';
  const unit = units.data?.find((u) => u.id === unitId);
  const templateId = settings.data?.surveyTemplate;

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('surveys.followUps.title')} intro={t('surveys.followUps.pageIntro')} />
      <fieldset className="sv-filters">
        <legend className="visually-hidden">{t('surveys.list.filters')}</legend>
        <div className="field field--filter">
          <label htmlFor="plans-unit">{t('surveys.fields.unit')}</label>
          <select id="plans-unit" value={unitId} onChange={(e) => set('unitId', e.target.value)}>
            <option value="">{t('surveys.form.chooseUnit')}</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {unitId && (
          <div className="field field--filter">
            <label htmlFor="plans-period">{t('surveys.followUps.newPeriod')}</label>
            <PeriodSelect
              id="plans-period"
              value={period}
              onChange={(k) => set('period', k)}
              allowEmpty={t('surveys.followUps.noPeriod')}
              describedBy="plans-period-hint"
            />
            <p className="field__hint" id="plans-period-hint">
              {t('surveys.followUps.newPeriodHint')}
            </p>
          </div>
        )}
      </fieldset>
      {!unitId ? (
        <p className="empty">{t('surveys.followUps.chooseUnitFirst')}</p>
      ) : units.isPending || settings.isPending ? (
        <Loading />
      ) : (
        <section className="panel" aria-labelledby="plans-heading">
          <h2 id="plans-heading">{unit?.name ?? unitId}</h2>
          <FollowUpList
            key={unitId}
            scope={{ unitId }}
            showCampaign
            target={
              templateId && isIkmTemplateId(templateId)
                ? { campaignId: null, unitId, templateId, period: period || null }
                : undefined
            }
          />
        </section>
      )}
    </>
  );
}
