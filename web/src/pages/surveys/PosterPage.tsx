import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/me';
import { useAllServices, useCampaign } from '../../api/surveys';
import { useAllUnits } from '../../api/units';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { PrintButton } from '../../components/PrintButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { QrCode } from './QrCode';
import './surveys.css';

/** A poster for the service counter: the survey's title, its unit, the QR code of the public form, how to answer. */
export function PosterPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { campaignId = '' } = useParams();
  const { data: me } = useMe();
  const query = useCampaign(campaignId);
  const units = useAllUnits();
  const services = useAllServices();
  const back = <Link to={`/surveys/${campaignId}`}>← {query.data?.title ?? t('surveys.list.title')}</Link>;

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('surveys.poster.title')} back={back} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const c = query.data;
  const slug = me?.tenant?.slug;
  const url = slug ? `${window.location.origin}/p/${encodeURIComponent(slug)}/survei/${c.id}` : '';
  const unit = units.data?.find((u) => u.id === c.unitId);
  const service = c.serviceId ? services.data?.find((s) => s.id === c.serviceId) : undefined;

  return (
    <div className="poster-page">
      <div className="no-print">
        <PageHeader
          title={t('surveys.poster.title')}
          intro={t('surveys.poster.intro')}
          back={back}
          actions={<PrintButton label={t('surveys.poster.print')} />}
        />
        {c.status !== 'open' && (
          <Notice tone="warning">
            <p>{t('surveys.poster.notOpen', { status: t(`surveys.status.${c.status}`) })}</p>
          </Notice>
        )}
      </div>
      <article className="poster" aria-label={t('surveys.poster.title')}>
        <p className="poster__tenant">{me?.tenant?.name}</p>
        <p className="poster__headline">{t('surveys.poster.headline')}</p>
        <p className="poster__campaign">{c.title}</p>
        <p className="poster__unit">
          {unit?.name ?? ''}
          {service ? ` · ${service.name}` : ''}
        </p>
        {url && <QrCode className="poster__qr" value={url} label={t('surveys.poster.qrLabel', { url })} />}
        <ol className="poster__steps">
          <li>{t('surveys.poster.step1')}</li>
          <li>{t('surveys.poster.step2')}</li>
          <li>{t('surveys.poster.step3')}</li>
        </ol>
        <p className="poster__url">
          {t('surveys.poster.orOpen')} <span className="poster__link">{url}</span>
        </p>
        <p className="poster__period">
          {t('surveys.poster.period', { period: c.period.label[locale] })} · {t('surveys.poster.anonymous')}
        </p>
      </article>
    </div>
  );
}
