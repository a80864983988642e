import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCampaign, useUpdateCampaign } from '../../api/surveys';
import { useCan } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CampaignForm } from './CampaignForm';
import './surveys.css';

/** Changes a campaign; unit, service and template only while it is a draft. Sends the version it read. */
export function CampaignEditPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const navigate = useNavigate();
  const can = useCan();
  const query = useCampaign(campaignId);
  const update = useUpdateCampaign(campaignId);
  const back = <Link to={`/surveys/${campaignId}`}>← {query.data?.title ?? t('surveys.list.title')}</Link>;

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('surveys.form.editTitle')} back={back} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const c = query.data;
  if (!can('surveys.manage', c.unitId))
    return (
      <>
        <PageHeader title={t('surveys.form.editTitle')} back={back} />
        <Notice tone="warning" role="alert">
          <p>{t('errors.forbidden')}</p>
        </Notice>
      </>
    );
  return (
    <>
      <PageHeader title={t('surveys.form.editTitle')} intro={c.title} back={back} />
      <section className="panel">
        <CampaignForm
          key={c.version}
          campaign={c}
          defaultTemplate={c.templateId}
          submitLabel={t('common.save')}
          problem={update.error}
          onReset={update.reset}
          onReload={() => {
            update.reset();
            void query.refetch();
          }}
          onSubmit={async (input) => {
            const { unitId, serviceId, templateId, ...rest } = input;
            const draftOnly = c.status === 'draft' ? { unitId, serviceId, templateId } : {};
            await update.mutateAsync({ ...rest, ...draftOnly, version: c.version });
            navigate(`/surveys/${c.id}`, { state: { saved: 'updated' } });
          }}
        />
      </section>
    </>
  );
}
