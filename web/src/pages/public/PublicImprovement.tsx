import { type Locale, STAGE_LABELS, STANDARD_COMPONENTS } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { type PublicCycle, usePublicImprovement } from '../../api/improvement-public';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../format';
import { useLocale } from '../../i18n';
import { periodKeyLabel } from '../surveys/ui';
import './public-improvement.css';

/** A measured value with at most two decimals, in the reader's notation. */
const value = (n: number | null | undefined, locale: Locale): string =>
  n === null || n === undefined
    ? '—'
    : new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

const EFFECT_TONE = {
  improved: 'success',
  worsened: 'danger',
  unchanged: 'neutral',
  'no-data': 'neutral',
} as const;

const componentLabel = (key: string | null, locale: Locale) =>
  key ? (STANDARD_COMPONENTS.find((c) => c.key === key)?.label[locale] ?? key) : null;

/** Baseline → result with the effect in words, and whether the target was reached. */
function Effect({ cycle: c }: { cycle: PublicCycle }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unit = c.metric.unit[locale];
  const x = c.comparison;
  return (
    <div className="pub-imp__effect">
      <p className="pub-imp__metric">
        {c.metric.name[locale]}{' '}
        <span className="muted">({t(`improvement.direction.${c.metric.direction}`).toLowerCase()})</span>
      </p>
      <dl className="pub-imp__values">
        <div>
          <dt>{t('publicImprovement.baseline')}</dt>
          <dd>
            {value(c.baseline.value, locale)} <span className="pub-imp__unit">{unit}</span>
          </dd>
          <dd className="pub-imp__period">{periodKeyLabel(c.baseline.period, locale)}</dd>
        </div>
        <div aria-hidden="true" className="pub-imp__arrow">
          →
        </div>
        <div>
          <dt>{t('publicImprovement.result')}</dt>
          <dd>
            {c.result ? (
              <>
                {value(c.result.value, locale)} <span className="pub-imp__unit">{unit}</span>
              </>
            ) : (
              '—'
            )}
          </dd>
          <dd className="pub-imp__period">
            {c.result
              ? `${periodKeyLabel(c.result.period, locale)}${c.result.complete ? '' : ` · ${t('publicImprovement.running')}`}`
              : t('publicImprovement.noResult')}
          </dd>
        </div>
        <div>
          <dt>{t('publicImprovement.target')}</dt>
          <dd>
            {value(c.target, locale)} <span className="pub-imp__unit">{unit}</span>
          </dd>
        </div>
      </dl>
      <p className="pub-imp__verdict">
        <Badge tone={EFFECT_TONE[x.status]}>{t(`publicImprovement.effect.${x.status}`)}</Badge>
        {x.targetMet !== null && (
          <Badge tone={x.targetMet ? 'success' : 'warning'}>
            {x.targetMet ? t('publicImprovement.targetMet') : t('publicImprovement.targetNotMet')}
          </Badge>
        )}
      </p>
    </div>
  );
}

function Cycle({ cycle: c }: { cycle: PublicCycle }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `pub-imp-${c.id}`;
  const progressText =
    c.progress.total === 0
      ? t('publicImprovement.noActions')
      : t('publicImprovement.progress', { done: c.progress.done, total: c.progress.total });
  return (
    <li>
      <article className="pub-imp__cycle" aria-labelledby={headingId}>
        <header className="pub-imp__head">
          <h3 id={headingId}>{c.title}</h3>
          <Badge tone={c.stage === 'closed' ? 'success' : 'info'}>{c.stageLabel[locale]}</Badge>
        </header>
        <p className="pub-imp__meta">
          {[
            c.unit?.name ?? t('publicImprovement.pemdaWide'),
            t('publicImprovement.started', { date: formatDate(c.startedAt, locale) }),
          ].join(' · ')}
        </p>
        <p className="pub-imp__problem">{c.problem}</p>

        <Effect cycle={c} />

        <div className="pub-imp__progress">
          <p className="pub-imp__label">{t('publicImprovement.actions')}</p>
          {c.progress.total > 0 && (
            <progress
              max={c.progress.total}
              value={c.progress.done}
              aria-label={t('publicImprovement.actions')}
              aria-valuetext={progressText}
            />
          )}
          <p className="pub-imp__progress-text">{progressText}</p>
          {c.actions.length > 0 && (
            <ul className="pub-imp__actions">
              {c.actions.map((a) => (
                <li key={`${a.title}-${a.deadline}`}>
                  <span className={`pub-imp__check pub-imp__check--${a.status}`} aria-hidden="true">
                    {a.status === 'done' ? '✓' : '○'}
                  </span>
                  <span>
                    {a.title}
                    <span className="pub-imp__sub">
                      {a.status === 'done' && a.completedAt
                        ? t('publicImprovement.doneOn', { date: formatDate(a.completedAt, locale) })
                        : `${t(`improvement.actionStatus.${a.status}`)} · ${t('publicImprovement.due', {
                            date: formatDate(a.deadline, locale),
                          })}`}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className="pub-imp__timeline">
          <p className="pub-imp__label">{t('publicImprovement.timeline')}</p>
          <ol>
            {c.timeline.map((h) => (
              <li key={`${h.stage}-${h.at}`}>
                <time dateTime={h.at}>{formatDate(h.at, locale)}</time>: {STAGE_LABELS[h.stage][locale]}
              </li>
            ))}
          </ol>
        </div>

        {c.standardised.length > 0 && (
          <div className="pub-imp__standards">
            <p className="pub-imp__label">{t('publicImprovement.standardised')}</p>
            <ul>
              {c.standardised.map((s) => (
                <li key={`${s.kind}-${s.component ?? ''}-${s.at}`}>
                  {s.kind === 'maklumat'
                    ? t('publicImprovement.maklumat')
                    : t('publicImprovement.standard', {
                        component: componentLabel(s.component, locale) ?? '',
                      })}{' '}
                  <span className="muted">({formatDate(s.at, locale)})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </article>
    </li>
  );
}

/**
 * Public accountability on the transparency page: the improvement cycles the Pemda chose to publish, with what was
 * done and what it changed. No names: the API gives the unit only.
 */
export function PublicImprovement({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const query = usePublicImprovement(slug);
  return (
    <section id="perbaikan" className="pub-imp" aria-labelledby="perbaikan-heading">
      <h2 id="perbaikan-heading">{t('publicImprovement.heading')}</h2>
      <p className="muted">{t('publicImprovement.intro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <div className="empty">
          <p>{t('publicImprovement.empty')}</p>
          <p>{t('publicImprovement.emptyHint')}</p>
        </div>
      ) : (
        <ul className="pub-imp__list">
          {query.data.items.map((c) => (
            <Cycle key={c.id} cycle={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
