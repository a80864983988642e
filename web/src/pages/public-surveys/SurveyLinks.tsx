import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './public-surveys.css';

/** The Pemda page's entry to satisfaction surveys: answer one, see the published IKM. */
export function SurveyLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const base = `/p/${encodeURIComponent(slug)}`;
  return (
    <section className="survey-links" aria-labelledby="survey-links-heading">
      <h2 id="survey-links-heading">{t('surveys.public.linksHeading')}</h2>
      <ul className="survey-links__list">
        <li className="survey-link">
          <Link to={`${base}/survei`} className="survey-link__title">
            {t('surveys.public.navSurveys')}
          </Link>
          <p>{t('surveys.public.linksSurveys')}</p>
        </li>
        <li className="survey-link">
          <Link to={`${base}/ikm`} className="survey-link__title">
            {t('surveys.public.navIkm')}
          </Link>
          <p>{t('surveys.public.linksIkm')}</p>
        </li>
      </ul>
    </section>
  );
}
