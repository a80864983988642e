import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type IkmPublication, usePublication } from '../../api/surveys-public';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { formatCount, formatFixed, MutuBadge, methodBody } from '../surveys/ui';
import { PublicSurveyShell } from './PublicSurveyShell';

type Item = IkmPublication['items'][number];

function UnitIkm({ item }: { item: Item }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `ikm-${item.unit.id}`;
  const weakest = item.unsur.filter((u) => item.weakest.includes(u.code));
  return (
    <li className="ikm-card">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="ikm-card__unit">
          {item.unit.name}
        </h2>
        <p className="ikm-card__period">
          {item.period.label[locale]} · {item.campaign.title}
        </p>
        <div className="ikm-card__figure">
          <p className="ikm-card__value">
            <span className="visually-hidden">{t('surveys.results.ikm')}: </span>
            {formatFixed(item.ikm, locale)}
          </p>
          <div>
            <MutuBadge mutu={item.mutu} kinerja={item.kinerja} />
            <p className="ikm-card__respondents">
              {t('surveys.public.ikm.respondents', { n: formatCount(item.respondents, locale) })}
            </p>
          </div>
        </div>
        {weakest.length > 0 && (
          <p className="ikm-card__weakest">
            <strong>{t('surveys.public.ikm.weakest')}:</strong>{' '}
            {weakest
              .map((u) => `${u.code} ${u.name[locale]} (${formatFixed(u.nrrConverted, locale)})`)
              .join('; ')}
          </p>
        )}
        <details className="ikm-card__details">
          <summary>{t('surveys.public.ikm.perUnsur')}</summary>
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">
                {t('surveys.public.ikm.perUnsur')}: {item.unit.name}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.unsur')}</th>
                  <th scope="col" className="num">
                    {t('surveys.results.nilai')}
                  </th>
                  <th scope="col">{t('surveys.results.mutu')}</th>
                </tr>
              </thead>
              <tbody>
                {item.unsur.map((u) => (
                  <tr key={u.code}>
                    <th scope="row">
                      {u.code} {u.name[locale]}
                    </th>
                    <td className="num">{formatFixed(u.nrrConverted, locale)}</td>
                    <td>{u.mutu ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <section className="ikm-card__plans" aria-labelledby={`${headingId}-plans`}>
          <h3 id={`${headingId}-plans`}>{t('surveys.public.ikm.followUps')}</h3>
          {item.followUps.length === 0 ? (
            <p className="muted">{t('surveys.public.ikm.noFollowUps')}</p>
          ) : (
            <ul className="plan-list">
              {item.followUps.map((f) => (
                <li key={`${f.unsurCode}-${f.action}-${f.deadline}`}>
                  <p className="plan-list__action">{f.action}</p>
                  <p className="plan-list__meta">
                    {f.unsurCode} {f.unsurName[locale]} · {f.owner} ·{' '}
                    {t('surveys.followUps.deadlineOn', { date: formatDate(f.deadline, locale) })} ·{' '}
                    {t(`surveys.followUps.statuses.${f.status}`)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <p className="ikm-card__method">
          <strong>{t('surveys.results.method')}:</strong> {methodBody(item.method.text[locale])}
          {item.method.legacyLabel && <span className="badge badge--warning">{item.method.legacyLabel}</span>}
        </p>
      </article>
    </li>
  );
}

function Publication({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = usePublication(slug);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { items, generatedAt } = query.data;
  return (
    <>
      {items.length === 0 ? (
        <p className="survey-empty">{t('surveys.public.ikm.none')}</p>
      ) : (
        <ul className="ikm-cards">
          {items.map((i) => (
            <UnitIkm key={i.unit.id} item={i} />
          ))}
        </ul>
      )}
      <p className="muted ikm-generated">
        {t('surveys.public.ikm.generated', { date: formatDateTime(generatedAt, locale) })}
      </p>
    </>
  );
}

/** The published IKM: each unit's latest closed SKM with its grade, method and follow-up plan. */
export function PublicIkmPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <PublicSurveyShell slug={slug} title={t('surveys.public.ikm.title')}>
      {(pemda) => (
        <>
          <header className="page-header">
            <h1>{t('surveys.public.ikm.title')}</h1>
            <p className="page-header__intro">{t('surveys.public.ikm.intro', { name: pemda.name })}</p>
          </header>
          <Publication slug={slug} />
          <p>
            <Link to={`/p/${encodeURIComponent(slug)}/survei`}>{t('surveys.public.ikm.answerCta')}</Link>
          </p>
        </>
      )}
    </PublicSurveyShell>
  );
}
