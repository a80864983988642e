import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../complaints/complaints.css';

/** The Pemda page's entry to complaints: submit one, track one, see how well they are handled. */
export function ComplaintLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const base = `/p/${encodeURIComponent(slug)}`;
  const links = [
    {
      to: `${base}/pengaduan`,
      label: t('complaints.publicNav.submit'),
      text: t('complaints.publicNav.submitIntro'),
      primary: true,
    },
    {
      to: `${base}/lacak`,
      label: t('complaints.publicNav.track'),
      text: t('complaints.publicNav.trackIntro'),
    },
    {
      to: `${base}/transparansi`,
      label: t('complaints.publicNav.transparency'),
      text: t('complaints.publicNav.transparencyIntro'),
    },
  ];
  return (
    <section className="complaint-links" aria-labelledby="complaint-links-heading">
      <h2 id="complaint-links-heading" className="visually-hidden">
        {t('complaints.nav.inbox')}
      </h2>
      <ul className="complaint-links__list">
        {links.map((l) => (
          <li key={l.to} className={`complaint-link${l.primary ? ' complaint-link--primary' : ''}`}>
            <Link to={l.to} className="complaint-link__title">
              {l.label}
            </Link>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
