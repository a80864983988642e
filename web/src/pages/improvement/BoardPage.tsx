import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CycleSummary, useBoard } from '../../api/improvement';
import { useCanAny } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import './improvement.css';

/** The PDCA board: cycles grouped by stage, and the follow-up plans from survey results. */
export function BoardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canAny = useCanAny();
  const board = useBoard();
  return (
    <>
      <PageHeader
        title={t('improvement.board.title')}
        intro={t('improvement.board.intro')}
        actions={
          <>
            <Link className="button button--secondary" to="/improvement/tools">
              {t('improvement.tools.link')}
            </Link>
            {canAny('improvement.write') && (
              <Link className="button button--primary" to="/improvement/new">
                {t('improvement.board.newCycle')}
              </Link>
            )}
          </>
        }
      />
      {board.isPending && <Loading />}
      {board.isError && <ProblemAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && (
        <>
          <div className="imp-board">
            {board.data.stages.map((s) => (
              <section key={s.stage} className="panel imp-board__column" aria-labelledby={`stage-${s.stage}`}>
                <h2 id={`stage-${s.stage}`}>
                  {t(`improvement.stage.${s.stage}`)} <span className="imp-count">({s.cycles.length})</span>
                </h2>
                {s.cycles.length === 0 ? (
                  <p className="empty">{t('improvement.board.empty')}</p>
                ) : (
                  <ul className="imp-cards">
                    {s.cycles.map((c) => (
                      <CycleCard key={c.id} cycle={c} />
                    ))}
                  </ul>
                )}
                {s.stage === 'closed' && s.cycles.length >= board.data.closedShown && (
                  <p className="field__hint">
                    {t('improvement.board.closedShown', { count: board.data.closedShown })}
                  </p>
                )}
              </section>
            ))}
          </div>
          <section className="panel" aria-labelledby="follow-ups-heading">
            <h2 id="follow-ups-heading">{t('improvement.board.followUps')}</h2>
            {board.data.followUps.length === 0 ? (
              <p className="empty">{t('improvement.board.noFollowUps')}</p>
            ) : (
              <ul className="imp-cards">
                {board.data.followUps.map((f) => (
                  <li key={f.id} className="imp-card">
                    <strong>{f.action}</strong>
                    <span>
                      {f.unsurCode} · {f.unsurName[locale]} · {f.period ?? ''}
                    </span>
                    <span>
                      {f.ownerName} · {f.deadline} · {t(`surveys.followUps.statuses.${f.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function CycleCard({ cycle }: { cycle: CycleSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="imp-card">
      <Link to={`/improvement/cycles/${cycle.id}`}>{cycle.title}</Link>
      <span>
        {cycle.metric.name[locale]}: {cycle.baseline.value} → {cycle.target}
      </span>
      {cycle.unit && <span>{cycle.unit.shortName ?? cycle.unit.name}</span>}
      <span>
        {t('improvement.board.progress', { done: cycle.progress.done, total: cycle.progress.total })}
      </span>
      {cycle.overdueActions > 0 && (
        <span className="imp-warn">{t('improvement.board.overdue', { count: cycle.overdueActions })}</span>
      )}
    </li>
  );
}
