import { SURVEY_TEMPLATES } from '@prima/domain';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMe } from '../../api/me';
import {
  type Campaign,
  type CampaignResults,
  downloadResponsesCsv,
  useAllServices,
  useCampaign,
  useCampaignResults,
  useCampaignStatus,
  useCampaignSuggestions,
  useDeleteCampaign,
} from '../../api/surveys';
import { useAllUnits } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { FollowUpList } from './FollowUps';
import { IkmHeadline, NrrChart, ProfileCharts, ServqualResults, TrustResults, UnsurTable } from './Results';
import { CampaignStatusBadge, formatCount, SampleProgress } from './ui';
import './surveys.css';

/** Open, pause, resume, close (final) or delete a draft; every change sends the version read. */
function StatusActions({ campaign, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const change = useCampaignStatus(campaign.id);
  const remove = useDeleteCampaign(campaign.id);
  const busy = change.isPending || remove.isPending;
  const to = (status: 'open' | 'paused' | 'closed') =>
    change.mutate({ status, version: campaign.version }, { onSuccess: onChanged });
  return (
    <>
      <div className="page-header__actions">
        {campaign.status === 'draft' && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => to('open')}>
            {t('surveys.campaign.open')}
          </button>
        )}
        {campaign.status === 'paused' && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => to('open')}>
            {t('surveys.campaign.resume')}
          </button>
        )}
        {campaign.status === 'open' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => to('paused')}
          >
            {t('surveys.campaign.pause')}
          </button>
        )}
        {(campaign.status === 'open' || campaign.status === 'paused') && (
          <ConfirmButton
            tone="danger"
            subject={campaign.title}
            disabled={busy}
            onConfirm={() => to('closed')}
          >
            {t('surveys.campaign.close')}
          </ConfirmButton>
        )}
        {campaign.status !== 'closed' && (
          <Link className="button button--secondary" to={`/surveys/${campaign.id}/edit`}>
            {t('common.edit')}
          </Link>
        )}
        {campaign.status === 'draft' && (
          <ConfirmButton
            tone="danger"
            subject={campaign.title}
            disabled={busy}
            onConfirm={() =>
              remove.mutate(campaign.version, {
                onSuccess: () => navigate('/surveys', { replace: true }),
              })
            }
          >
            {t('common.remove')}
          </ConfirmButton>
        )}
      </div>
      {(change.isError || remove.isError) && (
        <ProblemAlert
          error={change.error ?? remove.error}
          onRetry={() => {
            change.reset();
            remove.reset();
            onChanged();
          }}
        />
      )}
    </>
  );
}

/** Where citizens answer: the link, its poster with a QR code, and the raw answers as CSV. */
function Answering({ campaign, slug }: { campaign: Campaign; slug: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const csv = useMutation({ mutationFn: () => downloadResponsesCsv(campaign.id) });
  const url = slug ? `${window.location.origin}/p/${encodeURIComponent(slug)}/survei/${campaign.id}` : null;
  return (
    <section className="panel" aria-labelledby="answering-heading">
      <h2 id="answering-heading">{t('surveys.campaign.answeringHeading')}</h2>
      <SampleProgress progress={campaign.progress} />
      <dl className="sv-facts">
        <div>
          <dt>{t('surveys.fields.population')}</dt>
          <dd>{formatCount(campaign.population, locale)}</dd>
        </div>
        <div>
          <dt>{t('surveys.form.requiredSample')}</dt>
          <dd>{formatCount(campaign.requiredSample, locale)}</dd>
        </div>
        {campaign.openedAt && (
          <div>
            <dt>{t('surveys.campaign.openedAt')}</dt>
            <dd>{formatDateTime(campaign.openedAt, locale)}</dd>
          </div>
        )}
        {campaign.closedAt && (
          <div>
            <dt>{t('surveys.campaign.closedAt')}</dt>
            <dd>{formatDateTime(campaign.closedAt, locale)}</dd>
          </div>
        )}
      </dl>
      {campaign.status === 'draft' && <p className="muted">{t('surveys.campaign.draftHint')}</p>}
      {url && (
        <div className="public-link">
          <label htmlFor="public-url">{t('surveys.campaign.publicLink')}</label>
          <div className="public-link__row">
            <input id="public-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className="button button--secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(url);
                  setCopied('copied');
                } catch {
                  setCopied('failed');
                }
              }}
            >
              {t('common.copy')}
            </button>
          </div>
          <p className="public-link__status" role="status">
            {copied === 'copied' ? t('common.copied') : copied === 'failed' ? t('common.copyFailed') : ''}
          </p>
        </div>
      )}
      <div className="form__actions">
        <Link className="button button--secondary" to={`/surveys/${campaign.id}/poster`}>
          {t('surveys.campaign.poster')}
        </Link>
        <button
          type="button"
          className="button button--secondary"
          disabled={csv.isPending}
          onClick={() => csv.mutate()}
        >
          {csv.isPending ? t('common.loading') : t('surveys.campaign.downloadCsv')}
        </button>
      </div>
      {csv.isError && <ProblemAlert error={csv.error} />}
      {csv.isSuccess && (
        <p className="muted" role="status">
          {t('surveys.campaign.downloaded', { file: csv.data })}
        </p>
      )}
    </section>
  );
}

function Suggestions({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pages = useCampaignSuggestions(campaignId);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="panel" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('surveys.campaign.suggestionsHeading')}</h2>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('surveys.campaign.noSuggestions')}</p>
      ) : (
        <ul className="suggestions">
          {items.map((s) => (
            <li key={s.responseId}>
              <blockquote>{s.saran}</blockquote>
              <p className="suggestions__date">{formatDateTime(s.submittedAt, locale)}</p>
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => pages.fetchNextPage()}
      />
    </section>
  );
}

function ResultsSections({
  campaign,
  results,
  onPlan,
}: {
  campaign: Campaign;
  results: CampaignResults;
  onPlan: (code: string) => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const canPlan = can('followup.write', campaign.unitId);
  const reportLink =
    results.kind === 'ikm' && campaign.period.key
      ? `/surveys/report?unitId=${campaign.unitId}&period=${campaign.period.key}`
      : null;
  return (
    <>
      <section className="panel" aria-labelledby="results-heading">
        <div className="panel__head">
          <h2 id="results-heading">{t('surveys.campaign.resultsHeading')}</h2>
          {reportLink && (
            <Link className="button button--secondary" to={reportLink}>
              {t('surveys.campaign.report')}
            </Link>
          )}
        </div>
        {results.respondents === 0 && <p className="muted">{t('surveys.results.noRespondents')}</p>}
        {results.ikm && (
          <>
            <IkmHeadline ikm={results.ikm} />
            <h3>{t('surveys.results.unsurHeading')}</h3>
            <NrrChart ikm={results.ikm} />
            <UnsurTable
              ikm={results.ikm}
              action={
                canPlan
                  ? (u) =>
                      u.nrr !== null && (
                        <button
                          type="button"
                          className={`button ${u.weakest ? 'button--primary' : 'button--ghost'} button--small`}
                          onClick={() => onPlan(u.code)}
                        >
                          {t('surveys.results.plan')}
                          <span className="visually-hidden">
                            {' '}
                            {t('surveys.followUps.title')}: {u.code}
                          </span>
                        </button>
                      )
                  : undefined
              }
            />
          </>
        )}
        {results.servqual && <ServqualResults servqual={results.servqual} />}
        {results.trust && <TrustResults trust={results.trust} />}
      </section>
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('surveys.results.profileHeading')}</h2>
        <ProfileCharts profile={results.profile} />
      </section>
    </>
  );
}

/** One campaign: its status and progress, where citizens answer, its results, suggestions and follow-up plans. */
export function CampaignPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { campaignId = '' } = useParams();
  const location = useLocation();
  const { data: me } = useMe();
  const query = useCampaign(campaignId);
  const results = useCampaignResults(campaignId);
  const units = useAllUnits();
  const services = useAllServices();
  const [preset, setPreset] = useState<string | null>(null);
  const clearPreset = useCallback(() => setPreset(null), []);
  const saved = (location.state as { saved?: string } | null)?.saved;
  const back = <Link to="/surveys">← {t('surveys.list.title')}</Link>;

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('surveys.campaign.title')} back={back} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const c = query.data;
  const unit = units.data?.find((u) => u.id === c.unitId);
  const service = c.serviceId ? services.data?.find((s) => s.id === c.serviceId) : undefined;
  const refresh = () => {
    void query.refetch();
    void results.refetch();
  };

  return (
    <>
      <PageHeader
        title={c.title}
        back={back}
        intro={
          <>
            <CampaignStatusBadge status={c.status} /> {unit?.name ?? '…'}
            {service ? ` · ${service.name}` : ''} · {c.period.label[locale]} ·{' '}
            {SURVEY_TEMPLATES[c.templateId].name[locale]}
          </>
        }
      />
      <CampaignStatusActions campaign={c} onChanged={refresh} />
      {saved && (
        <Notice tone="success" role="status">
          <p>{saved === 'created' ? t('surveys.campaign.created') : t('common.saved')}</p>
        </Notice>
      )}
      {c.description && <p className="campaign-desc">{c.description}</p>}
      <Answering campaign={c} slug={me?.tenant?.slug ?? null} />
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <ProblemAlert error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <ResultsSections campaign={c} results={results.data} onPlan={setPreset} />
      )}
      <Suggestions campaignId={c.id} />
      <section className="panel" aria-labelledby="plans-heading">
        <h2 id="plans-heading">{t('surveys.followUps.title')}</h2>
        <p className="panel__intro">{t('surveys.followUps.intro')}</p>
        <FollowUpList
          scope={{ campaignId: c.id }}
          target={{ campaignId: c.id, unitId: c.unitId, templateId: c.templateId, period: c.period.key }}
          preset={preset}
          onPresetUsed={clearPreset}
        />
      </section>
    </>
  );
}

/** The status actions, for those who may manage surveys of this unit. */
function CampaignStatusActions({ campaign, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const can = useCan();
  if (!can('surveys.manage', campaign.unitId)) return null;
  return (
    <div className="campaign-actions">
      <StatusActions campaign={campaign} onChanged={onChanged} />
    </div>
  );
}
