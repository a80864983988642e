import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExport, useDashboard } from '../../api/complaints';
import { useCan } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DashboardFigures } from './DashboardFigures';
import { thisMonth } from './ui';

const PERIODS = [3, 6, 12, 24] as const;

/** The month's CSV, fetched with the session's token and saved as a file. */
function ExportPanel() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(thisMonth());
  const download = useMutation({ mutationFn: (m: string) => downloadExport(m) });
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('complaints.dashboard.exportHeading')}</h2>
      <p className="panel__intro">{t('complaints.dashboard.exportIntro')}</p>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (month) download.mutate(month);
        }}
      >
        <div className="field">
          <label htmlFor="export-month">{t('complaints.dashboard.month')}</label>
          <input
            id="export-month"
            type="month"
            required
            value={month}
            max={thisMonth()}
            onChange={(e) => setMonth(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={download.isPending || !month}>
          {download.isPending ? t('complaints.dashboard.downloading') : t('complaints.dashboard.download')}
        </button>
      </form>
      {download.isSuccess && (
        <Notice tone="success" role="status">
          <p>{t('complaints.dashboard.downloaded', { name: download.data })}</p>
        </Notice>
      )}
      {download.isError && <ProblemAlert error={download.error} />}
    </section>
  );
}

/** Complaint figures for officials, and the CSV export for those allowed to take the data out. */
export function DashboardPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [months, setMonths] = useState(12);
  const query = useDashboard(months);
  return (
    <>
      <PageHeader title={t('complaints.dashboard.title')} intro={t('complaints.dashboard.intro')} />
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="dashboard-months">{t('complaints.transparency.period')}</label>
          <select id="dashboard-months" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
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
        <DashboardFigures data={query.data} idPrefix="dashboard" />
      )}
      {can('complaints.export') && <ExportPanel />}
    </>
  );
}
