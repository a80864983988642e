import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  attachmentUrl,
  type ComplaintView,
  type OfficialAction,
  type TimelineItem,
  useComplaint,
  useReporter,
} from '../../api/complaints';
import { isProblem } from '../../api/problem';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { ActionPanel } from './ActionPanel';
import { DeadlineBadge, formatSize, SecretValue, StatusBadge } from './ui';

function Attachments({ view }: { view: ComplaintView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = view.complaint.attachments;
  return (
    <section className="panel" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t('complaints.detail.attachments')}</h2>
      {error !== null && <ProblemAlert error={error} />}
      {list.length === 0 ? (
        <p className="muted">{t('complaints.detail.noAttachments')}</p>
      ) : (
        <ul className="attachment-links">
          {list.map((a) => (
            <li key={a.id}>
              <span className="attachment-links__name">
                {a.name} <span className="muted">({formatSize(a.size, locale)})</span>
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy === a.id}
                aria-label={t('complaints.detail.downloadName', { name: a.name })}
                onClick={async () => {
                  setError(null);
                  setBusy(a.id);
                  try {
                    // A short-lived URL that answers with the file as an attachment.
                    window.location.assign(await attachmentUrl(view.complaint.id, a.id));
                  } catch (e) {
                    setError(e);
                  } finally {
                    setBusy(null);
                  }
                }}
              >
                {t('complaints.detail.download')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReporterContact({ view }: { view: ComplaintView }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const reporter = useReporter(view.complaint.id, shown);
  if (view.complaint.anonim) {
    return (
      <section className="panel" aria-labelledby="reporter-heading">
        <h2 id="reporter-heading">{t('complaints.detail.reporterHeading')}</h2>
        <p className="muted">{t('complaints.detail.anonimReporter')}</p>
      </section>
    );
  }
  const r = reporter.data;
  return (
    <section className="panel" aria-labelledby="reporter-heading">
      <h2 id="reporter-heading">{t('complaints.detail.reporterHeading')}</h2>
      <p className="field__hint">{t('complaints.detail.reporterHint')}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={shown}
        aria-controls="reporter-contact"
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('complaints.detail.hideReporter') : t('complaints.detail.showReporter')}
      </button>
      <div id="reporter-contact">
        {shown &&
          (reporter.isPending ? (
            <Loading />
          ) : reporter.isError ? (
            isProblem(reporter.error, 'not-found') ? (
              <p className="muted">{t('complaints.detail.noContact')}</p>
            ) : (
              <ProblemAlert error={reporter.error} onRetry={() => void reporter.refetch()} />
            )
          ) : r && (r.name || r.email || r.phone) ? (
            <dl className="facts reporter">
              {r.name && (
                <div>
                  <dt>{t('complaints.form.name')}</dt>
                  <dd>{r.name}</dd>
                </div>
              )}
              {r.email && (
                <div>
                  <dt>{t('complaints.form.email')}</dt>
                  <dd>
                    <a href={`mailto:${r.email}`}>{r.email}</a>
                  </dd>
                </div>
              )}
              {r.phone && (
                <div>
                  <dt>{t('complaints.form.phone')}</dt>
                  <dd>
                    <a href={`tel:${r.phone.replace(/[^+0-9]/g, '')}`}>{r.phone}</a>
                  </dd>
                </div>
              )}
            </dl>
          ) : (
            <p className="muted">{t('complaints.detail.noContact')}</p>
          ))}
      </div>
    </section>
  );
}

function TimelineEntry({ e }: { e: TimelineItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const internal = e.visibility === 'internal';
  const actor =
    e.actor.kind === 'reporter'
      ? t('complaints.actor.reporter')
      : (e.actor.name ?? t(`complaints.actor.${e.actor.kind}`));
  return (
    <li
      className={`timeline__item timeline__item--${internal ? 'internal' : e.actor.kind === 'reporter' ? 'reporter' : 'public'}`}
    >
      <div className="timeline__meta">
        <span className="timeline__action">{t(`complaints.event.${e.action}`)}</span>
        <span className="timeline__who">
          {actor}
          {e.actor.kind !== 'reporter' &&
            e.actor.kind !== 'system' &&
            ` · ${t(`complaints.actor.${e.actor.kind}`)}`}
        </span>
        <time dateTime={e.at} className="timeline__at">
          {formatDateTime(e.at, locale)}
        </time>
      </div>
      <p className="timeline__tags">
        <span className={`visibility visibility--${e.visibility}`}>
          {t(`complaints.visibility.${e.visibility}`)}
        </span>
        {e.to && e.from !== e.to && (
          <span className="timeline__status">
            {e.from ? `${t(`complaints.status.${e.from}`)} → ` : ''}
            <StatusBadge status={e.to} />
          </span>
        )}
      </p>
      {e.note && <p className="timeline__note">{e.note}</p>}
    </li>
  );
}

function Details({ view }: { view: ComplaintView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = view.complaint;
  const loc = c.location;
  const coords = loc && loc.lat !== undefined && loc.lng !== undefined ? `${loc.lat}, ${loc.lng}` : null;
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('complaints.detail.detailsHeading')}</h2>
      <dl className="facts facts--grid">
        <div>
          <dt>{t('complaints.detail.type')}</dt>
          <dd>{t(`complaints.type.${c.type}`)}</dd>
        </div>
        <div>
          <dt>{t('complaints.detail.channel')}</dt>
          <dd>{t(`complaints.channel.${c.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('complaints.detail.category')}</dt>
          <dd>{view.category?.name ?? t('complaints.common.uncategorised')}</dd>
        </div>
        <div>
          <dt>{t('complaints.detail.unit')}</dt>
          <dd>{view.unit?.name ?? t('complaints.common.noUnit')}</dd>
        </div>
        {c.tier && (
          <div>
            <dt>{t('complaints.detail.tier')}</dt>
            <dd>{c.tier}</dd>
          </div>
        )}
        <div>
          <dt>{t('complaints.common.submittedAt')}</dt>
          <dd>{formatDateTime(c.submittedAt, locale)}</dd>
        </div>
        {c.serviceDate && (
          <div>
            <dt>{t('complaints.detail.serviceDate')}</dt>
            <dd>{formatDate(c.serviceDate, locale)}</dd>
          </div>
        )}
        {c.closedAt && (
          <div>
            <dt>{t('complaints.common.closedAt')}</dt>
            <dd>{formatDateTime(c.closedAt, locale)}</dd>
          </div>
        )}
        {c.resolutionCeilingAt && (
          <div>
            <dt>{t('complaints.detail.resolutionCeiling')}</dt>
            <dd>{formatDate(c.resolutionCeilingAt, locale)}</dd>
          </div>
        )}
        {loc && (
          <div>
            <dt>{t('complaints.detail.location')}</dt>
            <dd>
              {loc.address}
              {loc.address && coords && <br />}
              {coords && (
                <a
                  href={`https://www.openstreetmap.org/?mlat=${loc.lat}&mlon=${loc.lng}#map=18/${loc.lat}/${loc.lng}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  {coords} ({t('complaints.detail.openMap')})
                  <span className="visually-hidden"> {t('common.newTab')}</span>
                </a>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('complaints.detail.flags')}</dt>
          <dd>
            {!c.anonim && !c.rahasia && t('complaints.detail.noFlags')}
            {c.anonim && <span className="flag">{t('complaints.detail.anonimFlag')}</span>}
            {c.rahasia && <span className="flag">{t('complaints.detail.rahasiaFlag')}</span>}
          </dd>
        </div>
        {c.extensions > 0 && (
          <div>
            <dt>{t('complaints.detail.extensions')}</dt>
            <dd>{t('complaints.detail.times', { count: c.extensions })}</dd>
          </div>
        )}
        {c.reopenCount > 0 && (
          <div>
            <dt>{t('complaints.detail.reopened')}</dt>
            <dd>{t('complaints.detail.times', { count: c.reopenCount })}</dd>
          </div>
        )}
        {c.duplicateOf && (
          <div>
            <dt>{t('complaints.detail.duplicateOf')}</dt>
            <dd>
              <Link to={`/complaints/${c.duplicateOf}`}>{c.duplicateOf}</Link>
            </dd>
          </div>
        )}
        {c.rating && (
          <div>
            <dt>{t('complaints.detail.rating')}</dt>
            <dd>
              <span aria-hidden="true">{'★'.repeat(c.rating.score)} </span>
              {t('complaints.detail.ratingValue', { score: c.rating.score })}
              {c.rating.comment && <span className="table__sub">“{c.rating.comment}”</span>}
            </dd>
          </div>
        )}
      </dl>
      <h3>{t('complaints.detail.descriptionHeading')}</h3>
      <p className="description">{c.description}</p>
    </section>
  );
}

/** One complaint as officials see it: details, attachments, contact, timeline and the actions they may take. */
export function ComplaintPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const { complaintId = '' } = useParams();
  const query = useComplaint(complaintId);
  const [done, setDone] = useState<OfficialAction | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const back = <Link to="/complaints">← {t('complaints.detail.back')}</Link>;

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('complaints.inbox.title')} back={back} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );

  const view = query.data;
  const c = view.complaint;
  const canContact = can('complaints.contact', c.unitId ?? undefined);

  return (
    <>
      <PageHeader
        title={c.title}
        back={back}
        intro={
          <span className="complaint-head">
            <StatusBadge status={c.status} />
            <DeadlineBadge state={view.deadline.state} />
            {view.deadline.dueAt && view.deadline.state && (
              <span>
                {t('complaints.common.dueAt', { date: formatDateTime(view.deadline.dueAt, locale) })}
                {view.deadline.dueKind && ` · ${t(`complaints.dueKind.${view.deadline.dueKind}`)}`}
              </span>
            )}
            {c.escalated && <Badge tone="danger">{t('complaints.common.escalated')}</Badge>}
          </span>
        }
      />
      <div ref={doneRef}>
        {done && (
          <Notice tone="success" role="status">
            <p>{t('complaints.panel.done', { action: t(`complaints.action.${done}`) })}</p>
          </Notice>
        )}
      </div>
      <div className="complaint-layout">
        <div className="complaint-layout__main">
          {c.trackingCode && (
            <SecretValue label={t('complaints.common.trackingCode')} value={c.trackingCode} />
          )}
          <Details view={view} />
          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('complaints.detail.timelineHeading')}</h2>
            <p className="panel__intro">{t('complaints.detail.timelineIntro')}</p>
            {view.timeline.length === 0 ? (
              <p className="muted">{t('complaints.detail.noTimeline')}</p>
            ) : (
              <ol className="timeline">
                {[...view.timeline].reverse().map((e) => (
                  <TimelineEntry key={e.id} e={e} />
                ))}
              </ol>
            )}
          </section>
        </div>
        <div className="complaint-layout__side">
          <ActionPanel
            key={c.version}
            view={view}
            onReload={() => void query.refetch()}
            onDone={(a) => {
              setDone(a);
              doneRef.current?.scrollIntoView({ block: 'nearest' });
            }}
          />
          <Attachments view={view} />
          {canContact && <ReporterContact view={view} />}
        </div>
      </div>
    </>
  );
}
