import { CHANNELS, COMPLAINT_STATUSES } from '@prima/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type InboxFilters, useCategories, useInboxPages } from '../../api/complaints';
import { useMe } from '../../api/me';
import { useAllUnits } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { DeadlineBadge, StatusBadge } from './ui';

const KEYS = [
  'state',
  'status',
  'unitId',
  'categoryId',
  'channel',
  'overdue',
  'dueSoon',
  'period',
  'closedMonth',
  'q',
] as const;

/** The filters the URL holds (so a reload or the back button keeps them). */
function filtersOf(params: URLSearchParams): InboxFilters {
  const f: Record<string, string> = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f as InboxFilters;
}

/** The officials' inbox: open reports by nearest deadline, with filters, deadline badges and "load more". */
export function InboxPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const units = useAllUnits();
  const categories = useCategories(true);
  const filters = filtersOf(params);

  // An officer of several units reads one unit's queue at a time (the API needs it named).
  const officerUnits = me?.role === 'unit-officer' ? me.unitIds : null;
  const mustChooseUnit = officerUnits !== null && officerUnits.length > 1;
  const effective: InboxFilters =
    mustChooseUnit && !filters.unitId ? { ...filters, unitId: officerUnits[0] } : filters;
  const pages = useInboxPages(effective, me !== undefined);

  const [q, setQ] = useState(filters.q ?? '');
  const [qError, setQError] = useState(false);
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  const set = (patch: Partial<Record<(typeof KEYS)[number], string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    // "All statuses" exists only for one period of submission.
    if (next.get('state') === 'all' && !next.get('period')) next.delete('state');
    if (next.get('state') !== 'closed' || next.get('unitId')) next.delete('closedMonth');
    setParams(next, { replace: true });
  };

  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const categoryName = new Map((categories.data ?? []).map((c) => [c.id, c.name]));
  const unitChoices = (units.data ?? []).filter(
    (u) => !u.archived && (officerUnits === null || officerUnits.includes(u.id)),
  );
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const state = effective.state ?? (effective.period ? 'all' : 'open');
  const filtered = KEYS.some((k) => filters[k as keyof InboxFilters]);

  return (
    <>
      <PageHeader
        title={t('complaints.inbox.title')}
        intro={t('complaints.inbox.intro')}
        actions={
          can('complaints.handle') && (
            <Link to="/complaints/new" className="button button--primary">
              {t('complaints.inbox.newEntry')}
            </Link>
          )
        }
      />

      <search className="filters panel" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="visually-hidden">
          {t('complaints.inbox.filters')}
        </h2>
        {mustChooseUnit && <p className="muted">{t('complaints.inbox.chooseUnit')}</p>}
        <form
          className="filters__grid"
          onSubmit={(e) => {
            e.preventDefault();
            const text = q.trim();
            if (text.length === 1) {
              setQError(true);
              return;
            }
            setQError(false);
            set({ q: text || undefined });
          }}
        >
          <div className="field filters__q">
            <label htmlFor="f-q">{t('complaints.inbox.q')}</label>
            <div className="filters__search">
              <input
                id="f-q"
                type="search"
                value={q}
                maxLength={100}
                aria-invalid={qError || undefined}
                aria-describedby={qError ? 'f-q-error' : undefined}
                onChange={(e) => setQ(e.target.value)}
              />
              <button type="submit" className="button button--primary">
                {t('complaints.inbox.apply')}
              </button>
            </div>
            {qError && (
              <p id="f-q-error" className="field__error">
                {t('complaints.inbox.qShort')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="f-state">{t('complaints.inbox.state')}</label>
            <select id="f-state" value={state} onChange={(e) => set({ state: e.target.value })}>
              <option value="open">{t('complaints.inbox.states.open')}</option>
              <option value="closed">{t('complaints.inbox.states.closed')}</option>
              <option value="all" disabled={!effective.period}>
                {t('complaints.inbox.states.all')}
              </option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-status">{t('complaints.inbox.status')}</label>
            <select
              id="f-status"
              value={filters.status ?? ''}
              onChange={(e) => set({ status: e.target.value })}
            >
              <option value="">{t('complaints.inbox.anyStatus')}</option>
              {COMPLAINT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`complaints.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {(officerUnits === null || officerUnits.length > 1) && (
            <div className="field">
              <label htmlFor="f-unit">{t('complaints.inbox.unit')}</label>
              <select
                id="f-unit"
                value={effective.unitId ?? ''}
                onChange={(e) => set({ unitId: e.target.value })}
              >
                {!mustChooseUnit && <option value="">{t('complaints.inbox.allUnits')}</option>}
                {unitChoices.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="f-category">{t('complaints.inbox.category')}</label>
            <select
              id="f-category"
              value={filters.categoryId ?? ''}
              onChange={(e) => set({ categoryId: e.target.value })}
            >
              <option value="">{t('complaints.inbox.anyCategory')}</option>
              {(categories.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-channel">{t('complaints.inbox.channel')}</label>
            <select
              id="f-channel"
              value={filters.channel ?? ''}
              onChange={(e) => set({ channel: e.target.value })}
            >
              <option value="">{t('complaints.inbox.anyChannel')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`complaints.channel.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-period">{t('complaints.inbox.period')}</label>
            <input
              id="f-period"
              type="month"
              value={filters.period ?? ''}
              aria-describedby="f-period-hint"
              onChange={(e) => set({ period: e.target.value })}
            />
            <p id="f-period-hint" className="field__hint">
              {t('complaints.inbox.periodHint')}
            </p>
          </div>
          {state === 'closed' && !effective.unitId && (
            <div className="field">
              <label htmlFor="f-closedMonth">{t('complaints.inbox.closedMonth')}</label>
              <input
                id="f-closedMonth"
                type="month"
                value={filters.closedMonth ?? ''}
                onChange={(e) => set({ closedMonth: e.target.value })}
              />
            </div>
          )}
          <div className="filters__flags">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filters.overdue === 'true'}
                onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
              />
              {t('complaints.inbox.overdue')}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filters.dueSoon === 'true'}
                onChange={(e) => set({ dueSoon: e.target.checked ? 'true' : undefined })}
              />
              {t('complaints.inbox.dueSoon')}
            </label>
            {filtered && (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => {
                  setQ('');
                  setQError(false);
                  setParams({}, { replace: true });
                }}
              >
                {t('complaints.inbox.clear')}
              </button>
            )}
          </div>
        </form>
      </search>

      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />
      ) : items.length === 0 && !pages.hasNextPage ? (
        <p className="empty">{t('complaints.inbox.empty')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('complaints.inbox.count', { count: items.length })}
          </p>
          <div className="table-wrap">
            <table className="table inbox">
              <caption className="visually-hidden">{t('complaints.inbox.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('complaints.inbox.colDeadline')}</th>
                  <th scope="col">{t('complaints.inbox.colTitle')}</th>
                  <th scope="col">{t('complaints.inbox.colStatus')}</th>
                  <th scope="col">{t('complaints.inbox.colUnit')}</th>
                  <th scope="col">{t('complaints.inbox.colSubmitted')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id} className={c.deadline ? `inbox__row--${c.deadline}` : undefined}>
                    <td className="inbox__deadline">
                      <DeadlineBadge state={c.deadline} />
                      {c.dueAt && c.deadline && (
                        <span className="table__sub">
                          <time dateTime={c.dueAt}>{formatDateTime(c.dueAt, locale)}</time>
                          {c.dueKind && ` · ${t(`complaints.dueKind.${c.dueKind}`)}`}
                        </span>
                      )}
                    </td>
                    <th scope="row">
                      <Link to={`/complaints/${c.id}`}>{c.title}</Link>
                      <span className="table__sub">
                        {t(`complaints.type.${c.type}`)} · {t(`complaints.channel.${c.channel}`)}
                      </span>
                      <span className="inbox__flags">
                        {c.escalated && <Badge tone="danger">{t('complaints.common.escalated')}</Badge>}
                        {c.anonim && <Badge>{t('complaints.common.anonim')}</Badge>}
                        {c.rahasia && <Badge>{t('complaints.common.rahasia')}</Badge>}
                      </span>
                    </th>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    <td>
                      {c.unitId ? (unitName.get(c.unitId) ?? '—') : t('complaints.common.noUnit')}
                      <span className="table__sub">
                        {c.categoryId
                          ? (categoryName.get(c.categoryId) ?? '—')
                          : t('complaints.common.uncategorised')}
                      </span>
                    </td>
                    <td className="table__nowrap">{formatDate(c.submittedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <LoadMore
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => pages.fetchNextPage()}
      />
    </>
  );
}
