import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePublicComplaintPages, useTransparency } from '../../api/complaints-public';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../format';
import { useLocale } from '../../i18n';
import { DashboardFigures } from '../complaints/DashboardFigures';
import { StatusBadge } from '../complaints/ui';
import { PublicComplaintsShell } from './PublicComplaintsShell';
import { PublicImprovement } from './PublicImprovement';

const PERIODS = [3, 6, 12, 24] as const;

function PublicList({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pages = usePublicComplaintPages(slug, true);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  // A page may be empty while older months follow: keep reading until something shows or the list ends.
  useEffect(() => {
    if (items.length === 0 && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <section aria-labelledby="public-list-heading" className="public-list">
      <h2 id="public-list-heading">{t('complaints.transparency.listHeading')}</h2>
      <p className="muted">{t('complaints.transparency.listIntro')}</p>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : items.length === 0 ? (
        hasNextPage ? (
          <Loading />
        ) : (
          <p className="empty">{t('complaints.transparency.listEmpty')}</p>
        )
      ) : (
        <ul className="public-complaints">
          {items.map((c) => (
            <li key={c.id} className="public-complaint">
              <div className="public-complaint__head">
                <h3 className="public-complaint__title">{c.title}</h3>
                <StatusBadge status={c.status} />
              </div>
              <p className="public-complaint__meta">
                {[
                  t(`complaints.type.${c.type}`),
                  c.category?.name,
                  c.unit?.name,
                  formatDate(c.submittedAt, locale),
                  c.publicReplies > 0
                    ? t('complaints.transparency.replies', { count: c.publicReplies })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <LoadMore
          hasNextPage={hasNextPage}
          isFetchingNextPage={isFetchingNextPage}
          fetchNextPage={() => fetchNextPage()}
        />
      )}
    </section>
  );
}

/** The Pemda's complaint figures, anonymised, and its public (non-rahasia) complaints. */
export function TransparencyPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [months, setMonths] = useState<number>(12);
  const query = useTransparency(slug, months);
  return (
    <PublicComplaintsShell slug={slug} title={t('complaints.transparency.title')}>
      {(pemda) => (
        <div className="transparency">
          <header className="page-header">
            <h1>{t('complaints.transparency.title')}</h1>
            <p className="page-header__intro">{t('complaints.transparency.intro', { name: pemda.name })}</p>
          </header>
          <div className="toolbar">
            <div className="field field--inline">
              <label htmlFor="transparency-months">{t('complaints.transparency.period')}</label>
              <select
                id="transparency-months"
                value={months}
                onChange={(e) => setMonths(Number(e.target.value))}
              >
                {PERIODS.map((m) => (
                  <option key={m} value={m}>
                    {t('complaints.transparency.months', { count: m })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {query.isPending ? (
            <Loading />
          ) : query.isError ? (
            <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <DashboardFigures data={query.data} idPrefix="transparency" />
          )}
          <PublicList slug={slug} />
          <PublicImprovement slug={slug} />
        </div>
      )}
    </PublicComplaintsShell>
  );
}
