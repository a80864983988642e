import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSettings } from '../../api/settings';
import { useCreateCampaign } from '../../api/surveys';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { CampaignForm } from './CampaignForm';
import './surveys.css';

/** A new survey campaign, saved as a draft; it is opened from its page. */
export function CampaignCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const settings = useSettings();
  return (
    <>
      <PageHeader
        title={t('surveys.form.createTitle')}
        intro={t('surveys.form.createIntro')}
        back={<Link to="/surveys">← {t('surveys.list.title')}</Link>}
      />
      <section className="panel">
        {settings.isPending ? (
          <Loading />
        ) : (
          <CampaignForm
            defaultTemplate={settings.data?.surveyTemplate ?? 'skm-2017'}
            submitLabel={t('surveys.form.create')}
            problem={create.error}
            onReset={create.reset}
            onSubmit={async (input) => {
              const c = await create.mutateAsync(input);
              navigate(`/surveys/${c.id}`, { state: { saved: 'created' } });
            }}
          />
        )}
      </section>
    </>
  );
}
