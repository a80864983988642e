import { STANDARD_COMPONENTS, type StandardComponentKey } from '@prima/domain';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type CycleDetail,
  useAddAction,
  useChangeStage,
  useCycle,
  useNextCycle,
  useOwners,
  useServiceVersion,
  useStandardise,
  useUpdateAction,
  useUpdateCycle,
} from '../../api/improvement';
import { useMe } from '../../api/me';
import { isVersionConflict } from '../../api/problem';
import { useServicePages } from '../../api/services';
import { useMaklumat } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { formatNumber } from '../surveys/ui';
import { ProblemList } from './CycleCreatePage';
import './improvement.css';

const CycleChart = lazy(async () => ({ default: (await import('./CycleChart')).CycleChart }));

const STAGES = ['plan', 'do', 'check', 'act', 'closed'] as const;
const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One PDCA cycle: problem, before/after, root cause, actions, stage changes and Act. */
export function CyclePage() {
  const { cycleId = '' } = useParams();
  const { t } = useTranslation();
  const cycle = useCycle(cycleId);
  const can = useCan();
  if (cycle.isPending) return <Loading />;
  if (cycle.isError) return <ProblemAlert error={cycle.error} onRetry={() => void cycle.refetch()} />;
  const c = cycle.data;
  const writable = can('improvement.write', c.unit?.id);
  return (
    <>
      <PageHeader
        title={c.title}
        intro={`${t('improvement.cycle.stage')}: ${t(`improvement.stage.${c.stage}`)}${c.unit ? ` · ${c.unit.name}` : ''}`}
        back={<Link to="/improvement">{t('improvement.cycle.back')}</Link>}
      />
      <CycleBody key={c.version} cycle={c} writable={writable} reload={() => void cycle.refetch()} />
    </>
  );
}

/** Keyed by version: a save or a reload remounts the forms with fresh data. */
function CycleBody({
  cycle: c,
  writable,
  reload,
}: {
  cycle: CycleDetail;
  writable: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <section className="panel" aria-labelledby="problem-heading">
        <h2 id="problem-heading">{t('improvement.cycle.problem')}</h2>
        <p>{c.problem}</p>
        {c.previousCycleId && (
          <p>
            <Link to={`/improvement/cycles/${c.previousCycleId}`}>
              {t('improvement.cycle.previousCycleLink')}
            </Link>
          </p>
        )}
        {c.nextCycleId && (
          <p>
            <Link to={`/improvement/cycles/${c.nextCycleId}`}>{t('improvement.cycle.nextCycleLink')}</Link>
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="measure-heading">
        <h2 id="measure-heading">{t('improvement.cycle.measure')}</h2>
        <p>
          {t('improvement.cycle.metric')}: {c.metric.name[locale]} ({c.metric.unit[locale]},{' '}
          {t(`improvement.direction.${c.metric.direction}`)})
        </p>
        <dl className="imp-figures" aria-label={t('improvement.cycle.measure')}>
          <div>
            <dt>{t('improvement.cycle.baseline')}</dt>
            <dd data-testid="baseline">{formatNumber(c.baseline.value, locale)}</dd>
            <dd className="field__hint">
              {c.baseline.period} · n = {c.baseline.sample}
            </dd>
          </div>
          <div>
            <dt>{t('improvement.cycle.current')}</dt>
            <dd data-testid="current">{formatNumber(c.current?.value, locale)}</dd>
            <dd className="field__hint">
              {c.current ? `${c.current.period} · n = ${c.current.sample}` : c.checkPeriod}
            </dd>
          </div>
          <div>
            <dt>{t('improvement.cycle.target')}</dt>
            <dd>{formatNumber(c.target, locale)}</dd>
            {c.comparison.targetMet !== null && (
              <dd className="field__hint">
                {c.comparison.targetMet
                  ? t('improvement.cycle.targetMet')
                  : t('improvement.cycle.targetNotMet')}
              </dd>
            )}
          </div>
          <div>
            <dt>{t('improvement.cycle.change')}</dt>
            <dd>
              {c.comparison.absoluteChange === null
                ? '—'
                : `${c.comparison.absoluteChange > 0 ? '+' : ''}${formatNumber(c.comparison.absoluteChange, locale)}`}
            </dd>
            <dd className="field__hint">
              {t(`improvement.comparisonStatus.${c.comparison.status}`)}
              {c.comparison.relativeChange !== null &&
                ` · ${formatNumber(c.comparison.relativeChange * 100, locale, 1)}%`}
            </dd>
          </div>
        </dl>
        {c.series.length > 0 && (
          <>
            <h3>{t('improvement.cycle.series')}</h3>
            <Suspense fallback={<Loading />}>
              <CycleChart cycle={c} />
            </Suspense>
            <table className="table">
              <caption className="visually-hidden">{t('improvement.cycle.seriesTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('improvement.cycle.period')}</th>
                  <th scope="col">{t('improvement.cycle.metric')}</th>
                  <th scope="col">{t('improvement.cycle.sample')}</th>
                </tr>
              </thead>
              <tbody>
                {c.series.map((p) => (
                  <tr key={p.period}>
                    <td>{p.label[locale]}</td>
                    <td>{formatNumber(p.value, locale)}</td>
                    <td>{p.sample}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <p className="field__hint">
          {t('improvement.cycle.method')}: {c.method[locale]} {c.baseline.reference}
        </p>
      </section>
      <RootCause cycle={c} writable={writable} reload={reload} />
      <Actions cycle={c} writable={writable} reload={reload} />
      <Stages cycle={c} writable={writable} reload={reload} />
      {c.stage === 'act' && writable && <Act cycle={c} reload={reload} />}
      {c.standardChanges.length > 0 && (
        <section className="panel" aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t('improvement.cycle.standardChanges')}</h2>
          <ul>
            {c.standardChanges.map((s) => (
              <li key={s.id}>
                {s.kind === 'service'
                  ? t('improvement.cycle.kindService')
                  : t('improvement.cycle.kindMaklumat')}
                {s.component ? ` · ${s.component}` : ''} · {s.at.slice(0, 10)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface Part {
  cycle: CycleDetail;
  writable: boolean;
  reload: () => void;
}

/** A failed update: a version conflict offers the reload, anything else its problem. */
function Failure({ error, reload }: { error: unknown; reload: () => void }) {
  if (!error) return null;
  if (isVersionConflict(error)) return <ProblemAlert error={error} onRetry={reload} />;
  return <ProblemList error={error} />;
}

function RootCause({ cycle: c, writable, reload }: Part) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [whys, setWhys] = useState(c.rootCause.whys.join('\n'));
  const [causes, setCauses] = useState(c.rootCause.causes.map((x) => `${x.category}: ${x.text}`).join('\n'));
  const update = useUpdateCycle(c.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lines = (s: string) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    update.mutate({
      rootCause: {
        categorySet: c.rootCause.categorySet,
        whys: lines(whys),
        causes: lines(causes).map((l) => {
          const i = l.indexOf(':');
          return i > 0
            ? { category: l.slice(0, i).trim(), text: l.slice(i + 1).trim() }
            : { category: 'lainnya', text: l };
        }),
      },
      version: c.version,
    });
  };
  return (
    <section className="panel" aria-labelledby="root-heading">
      <h2 id="root-heading">{t('improvement.cycle.rootCause')}</h2>
      {!writable ? (
        <>
          <ol>
            {c.rootCause.whys.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ol>
          <ul>
            {c.rootCause.causes.map((x) => (
              <li key={`${x.category}:${x.text}`}>
                {x.label ? x.label[locale] : x.category}: {x.text}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor="rc-whys">{t('improvement.cycle.whys')}</label>
            <textarea id="rc-whys" rows={5} value={whys} onChange={(e) => setWhys(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="rc-causes">{t('improvement.cycle.causes')}</label>
            <textarea id="rc-causes" rows={4} value={causes} onChange={(e) => setCauses(e.target.value)} />
          </div>
          <Failure error={update.error} reload={reload} />
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {t('improvement.cycle.saveRootCause')}
          </button>
        </form>
      )}
    </section>
  );
}

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

function Actions({ cycle: c, writable, reload }: Part) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const mayListUsers = can('users.read');
  const owners = useOwners(writable && mayListUsers);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [deadline, setDeadline] = useState(inDays(30));
  const add = useAddAction(c.id);
  const update = useUpdateAction(c.id);
  const open = c.stage !== 'act' && c.stage !== 'closed';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const owner = ownerId || me.data?.userId || '';
    add.mutate({ title, ownerId: owner, deadline, version: c.version });
  };
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('improvement.cycle.actions')}</h2>
      {c.actions.length === 0 ? (
        <p className="empty">{t('improvement.cycle.noActions')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('improvement.cycle.actionTitle')}</th>
              <th scope="col">{t('improvement.cycle.owner')}</th>
              <th scope="col">{t('improvement.cycle.deadline')}</th>
              <th scope="col">{t('improvement.cycle.actionStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {c.actions.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td>{a.ownerName}</td>
                <td>
                  {a.deadline}
                  {a.overdue && <span className="imp-warn"> ({t('improvement.cycle.overdue')})</span>}
                </td>
                <td>
                  {writable && open ? (
                    <select
                      aria-label={`${t('improvement.cycle.actionStatus')}: ${a.title}`}
                      value={a.status}
                      disabled={update.isPending}
                      onChange={(e) =>
                        update.mutate({
                          actionId: a.id,
                          status: e.target.value as ActionStatus,
                          version: c.version,
                        })
                      }
                    >
                      {ACTION_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`improvement.actionStatus.${s}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`improvement.actionStatus.${a.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Failure error={update.error} reload={reload} />
      {writable && open && (
        <form className="imp-inline-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="a-title">{t('improvement.cycle.actionTitle')}</label>
            <input id="a-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          {mayListUsers && owners.data && (
            <div className="field">
              <label htmlFor="a-owner">{t('improvement.cycle.owner')}</label>
              <select
                id="a-owner"
                value={ownerId || me.data?.userId || ''}
                onChange={(e) => setOwnerId(e.target.value)}
              >
                {owners.data.items.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="a-deadline">{t('improvement.cycle.deadline')}</label>
            <input
              id="a-deadline"
              type="date"
              min={today()}
              value={deadline}
              onChange={(e) => setDeadline(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {t('improvement.cycle.addAction')}
          </button>
        </form>
      )}
      <Failure error={add.error} reload={reload} />
    </section>
  );
}

function Stages({ cycle: c, writable, reload }: Part) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const change = useChangeStage(c.id);
  return (
    <section className="panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading">{t('improvement.cycle.stage')}</h2>
      <ol className="imp-stages">
        {STAGES.map((s) => (
          <li key={s} aria-current={s === c.stage ? 'step' : undefined}>
            {s === c.stage ? <strong>{t(`improvement.stage.${s}`)}</strong> : t(`improvement.stage.${s}`)}
          </li>
        ))}
      </ol>
      {writable &&
        (c.availableStages.length === 0 ? (
          <p className="empty">{t('improvement.cycle.noStages')}</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor="stage-note">{t('improvement.cycle.stageNote')}</label>
              <textarea id="stage-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <p className="imp-inline-form">
              {c.availableStages.map((s) => (
                <button
                  key={s}
                  type="button"
                  className="button button--primary"
                  disabled={change.isPending}
                  onClick={() =>
                    change.mutate({
                      to: s,
                      ...(note.trim() ? { note: note.trim() } : {}),
                      version: c.version,
                    })
                  }
                >
                  {t('improvement.cycle.moveTo', { stage: t(`improvement.stage.${s}`) })}
                </button>
              ))}
            </p>
          </>
        ))}
      <Failure error={change.error} reload={reload} />
      <h3>{t('improvement.cycle.history')}</h3>
      <ol>
        {c.history.map((h) => (
          <li key={`${h.stage}-${h.at}`}>
            {t(`improvement.stage.${h.stage}`)} · {h.at.slice(0, 10)} · {h.byName}
            {h.note ? ` — ${h.note}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Act({ cycle: c, reload }: { cycle: CycleDetail; reload: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const me = useMe();
  const [kind, setKind] = useState<'maklumat' | 'service'>('maklumat');
  const [serviceId, setServiceId] = useState('');
  const [component, setComponent] = useState<StandardComponentKey>('prosedur');
  const [text, setText] = useState('');
  const [signedBy, setSignedBy] = useState(me.data?.name ?? '');
  const [signedOn, setSignedOn] = useState(today());
  const [nextTarget, setNextTarget] = useState('');
  const unitId = c.unit?.id ?? '';
  const services = useServicePages(unitId || null);
  const service = useServiceVersion(serviceId);
  const maklumat = useMaklumat(unitId);
  const standardise = useStandardise(c.id);
  const next = useNextCycle(c.id);
  const serviceItems = services.data?.pages.flatMap((p) => p.items) ?? [];

  const submitStandard = (e: FormEvent) => {
    e.preventDefault();
    if (kind === 'maklumat') {
      standardise.mutate({
        change: {
          kind: 'maklumat',
          text,
          signedBy,
          signedOn,
          ...(maklumat.data ? { maklumatVersion: maklumat.data.version } : {}),
        },
        version: c.version,
      });
    } else if (service.data) {
      standardise.mutate({
        change: {
          kind: 'service',
          serviceId,
          component,
          text,
          serviceVersion: service.data.version,
        },
        version: c.version,
      });
    }
  };
  const submitNext = (e: FormEvent) => {
    e.preventDefault();
    next.mutate(
      { target: nextTarget.trim() === '' ? Number.NaN : Number(nextTarget), version: c.version },
      { onSuccess: (r) => void navigate(`/improvement/cycles/${r.next.id}`) },
    );
  };
  return (
    <section className="panel" aria-labelledby="act-heading">
      <h2 id="act-heading">{t('improvement.cycle.act')}</h2>
      {standardise.isSuccess && (
        <Notice tone="success" role="status" title={t('improvement.cycle.standardised')} />
      )}
      <form onSubmit={submitStandard}>
        <div className="field">
          <label htmlFor="std-kind">{t('improvement.cycle.standardKind')}</label>
          <select
            id="std-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as 'maklumat' | 'service')}
          >
            <option value="maklumat">{t('improvement.cycle.kindMaklumat')}</option>
            <option value="service">{t('improvement.cycle.kindService')}</option>
          </select>
        </div>
        {!unitId && kind === 'maklumat' && <p className="field__hint">{t('improvement.cycle.noUnit')}</p>}
        {kind === 'service' && (
          <>
            <div className="field">
              <label htmlFor="std-service">{t('improvement.cycle.service')}</label>
              <select id="std-service" value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
                <option value="" />
                {serviceItems.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="std-component">{t('improvement.cycle.component')}</label>
              <select
                id="std-component"
                value={component}
                onChange={(e) => setComponent(e.target.value as StandardComponentKey)}
              >
                {STANDARD_COMPONENTS.map((k) => (
                  <option key={k.key} value={k.key}>
                    {k.label[locale]}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor="std-text">{t('improvement.cycle.text')}</label>
          <textarea id="std-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        {kind === 'maklumat' && (
          <div className="imp-inline-form">
            <div className="field">
              <label htmlFor="std-signed-by">{t('improvement.cycle.signedBy')}</label>
              <input id="std-signed-by" value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="std-signed-on">{t('improvement.cycle.signedOn')}</label>
              <input
                id="std-signed-on"
                type="date"
                value={signedOn}
                onChange={(e) => setSignedOn(e.target.value)}
              />
            </div>
          </div>
        )}
        <Failure error={standardise.error} reload={reload} />
        <button type="submit" className="button button--primary" disabled={standardise.isPending}>
          {t('improvement.cycle.standardise')}
        </button>
      </form>
      {!c.nextCycleId && (
        <form className="imp-inline-form" onSubmit={submitNext}>
          <div className="field">
            <label htmlFor="next-target">{t('improvement.cycle.nextTarget')}</label>
            <input
              id="next-target"
              inputMode="decimal"
              value={nextTarget}
              onChange={(e) => setNextTarget(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={next.isPending}>
            {t('improvement.cycle.nextCycle')}
          </button>
        </form>
      )}
      <Failure error={next.error} reload={reload} />
    </section>
  );
}
