import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePublicUnits } from '../../api/public';
import { useOpenSurveys } from '../../api/surveys-public';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { PublicSurveyShell } from './PublicSurveyShell';

function OpenSurveys({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const surveys = useOpenSurveys(slug);
  const units = usePublicUnits(slug, true);
  const unitName = new Map((units.data?.items ?? []).map((u) => [u.id, u.name]));
  const base = `/p/${encodeURIComponent(slug)}`;

  if (surveys.isPending) return <Loading />;
  if (surveys.isError) return <ProblemAlert error={surveys.error} onRetry={() => void surveys.refetch()} />;
  if (surveys.data.items.length === 0) {
    return (
      <div className="survey-empty">
        <p>{t('surveys.public.noneOpen')}</p>
        <p>
          <Link to={`${base}/ikm`}>{t('surveys.public.seeIkm')}</Link>
        </p>
      </div>
    );
  }
  return (
    <ul className="survey-cards">
      {surveys.data.items.map((s) => (
        <li key={s.id} className="survey-card">
          <h2 className="survey-card__title">
            <Link to={`${base}/survei/${encodeURIComponent(s.id)}`} className="survey-card__link">
              {s.title}
            </Link>
          </h2>
          <p className="survey-card__meta">
            {[unitName.get(s.unitId), s.period.label[locale]].filter(Boolean).join(' · ')}
          </p>
          <span className="survey-card__cta" aria-hidden="true">
            {t('surveys.public.answer')} →
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The Pemda's open surveys: the page the "fill in the survey" link of notification mails opens. */
export function PublicSurveysPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <PublicSurveyShell slug={slug} title={t('surveys.public.listTitle')}>
      {() => (
        <>
          <header className="page-header">
            <h1>{t('surveys.public.listTitle')}</h1>
            <p className="page-header__intro">{t('surveys.public.listIntro')}</p>
          </header>
          <OpenSurveys slug={slug} />
        </>
      )}
    </PublicSurveyShell>
  );
}
