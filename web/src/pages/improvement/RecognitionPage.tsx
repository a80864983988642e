import { authorize, type Role } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Contribution, useRecognition } from '../../api/improvement-insight';
import { useMe } from '../../api/me';
import { useAllUnits } from '../../api/units';
import { actorOf } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n';
import { formatPercent } from '../surveys/ui';
import './improvement.css';
import './recognition.css';

/** This year and the four before it (the browser's calendar), plus `selected` when it lies outside them. */
export function yearChoices(selected: number | null): number[] {
  const now = new Date().getFullYear();
  const years = Array.from({ length: 5 }, (_, i) => now - i);
  if (selected !== null && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}

/** A year from the URL, or null for "the API's default" (this year in the Pemda's time zone). */
export function yearParam(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

/** A measured value with at most two decimals, in the reader's notation ("62,5" / "62.5"). */
/**
 * Whether the signed-in user may read only its own record: recognition is self-scoped for a unit officer, so the
 * policy refuses it "someone else" (an empty id) while it grants it to those who see everyone.
 */
export function useOnlySelf(): boolean {
  const me = useMe();
  return me.data ? !authorize(actorOf(me.data), 'recognition.read', { userId: '' }) : false;
}

const contributed = (r: Contribution) => r.cyclesLed + r.actionsOwned > 0;

/** Officials' contributions to improvement in a year, as a basis for recognition and appraisal (DOMAIN.md §8). */
export function RecognitionPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const onlySelf = useOnlySelf();
  const year = yearParam(params.get('year'));
  const unitId = onlySelf ? '' : (params.get('unitId') ?? '');
  const query = useRecognition(year === null ? '' : String(year), unitId);
  const units = useAllUnits();
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.shortName ?? u.name]));
  const shownYear = query.data?.year ?? year ?? new Date().getFullYear();

  const set = (key: 'year' | 'unitId', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const items = query.data?.items ?? [];
  const unitLabel = unitId ? (unitName.get(unitId) ?? '') : '';
  return (
    <>
      <PageHeader
        title={t('recognition.title')}
        intro={onlySelf ? t('recognition.introSelf') : t('recognition.intro')}
        back={<Link to="/improvement">{t('improvement.cycle.back')}</Link>}
      />
      <div className="recognition-filters">
        <div className="field">
          <label htmlFor="recognition-year">{t('recognition.year')}</label>
          <select id="recognition-year" value={shownYear} onChange={(e) => set('year', e.target.value)}>
            {yearChoices(shownYear).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {!onlySelf && (
          <div className="field">
            <label htmlFor="recognition-unit">{t('recognition.unit')}</label>
            <select id="recognition-unit" value={unitId} onChange={(e) => set('unitId', e.target.value)}>
              <option value="">{t('recognition.allUnits')}</option>
              {(units.data ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <section className="panel" aria-labelledby="recognition-table-heading">
          <h2 id="recognition-table-heading">
            {onlySelf
              ? t('recognition.headingSelf', { year: query.data.year })
              : unitLabel
                ? t('recognition.headingUnit', { year: query.data.year, unit: unitLabel })
                : t('recognition.heading', { year: query.data.year })}
          </h2>
          {!items.some(contributed) ? (
            <div className="empty">
              <p>
                {onlySelf
                  ? t('recognition.emptySelf', { year: query.data.year })
                  : unitLabel
                    ? t('recognition.emptyUnit', { year: query.data.year, unit: unitLabel })
                    : t('recognition.empty', { year: query.data.year })}
              </p>
              <p>{t('recognition.emptyHint')}</p>
            </div>
          ) : (
            <>
              {!onlySelf && items.length > 1 && <p className="field__hint">{t('recognition.order')}</p>}
              <div className="table-wrap">
                <table className="table recognition-table">
                  <caption className="visually-hidden">
                    {t('recognition.caption', { year: query.data.year })}
                  </caption>
                  <colgroup />
                  <colgroup span={4} />
                  <colgroup span={4} />
                  <thead>
                    <tr>
                      <th scope="col" rowSpan={2}>
                        {t('recognition.col.official')}
                      </th>
                      <th scope="colgroup" colSpan={4} className="recognition-table__group">
                        {t('recognition.col.cycles')}
                      </th>
                      <th scope="colgroup" colSpan={4} className="recognition-table__group">
                        {t('recognition.col.actions')}
                      </th>
                    </tr>
                    <tr>
                      <th scope="col" className="num">
                        {t('recognition.col.led')}
                      </th>
                      <th scope="col" className="num">
                        {t('recognition.col.completed')}
                      </th>
                      <th scope="col" className="num">
                        {t('recognition.col.improved')}
                      </th>
                      <th scope="col" className="num">
                        {t('recognition.col.targetMet')}
                      </th>
                      <th scope="col" className="num">
                        {t('recognition.col.owned')}
                      </th>
                      <th scope="col" className="num">
                        {t('recognition.col.done')}
                      </th>
                      <th scope="col" className="num">
                        {t('recognition.col.onTime')}
                      </th>
                      <th scope="col" className="num">
                        {t('recognition.col.rate')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((r) => (
                      <tr key={r.userId} className={contributed(r) ? undefined : 'recognition-row--none'}>
                        <th scope="row">
                          <Link to={`/improvement/recognition/${r.userId}?year=${query.data.year}`}>
                            {r.name}
                          </Link>
                          <span className="table__sub">
                            {[t(`roles.${r.role as Role}`), ...r.unitIds.map((id) => unitName.get(id))]
                              .filter(Boolean)
                              .join(' · ')}
                          </span>
                        </th>
                        <td className="num">{r.cyclesLed}</td>
                        <td className="num">{r.cyclesCompleted}</td>
                        <td className="num">{r.cyclesImproved}</td>
                        <td className="num">{r.cyclesTargetMet}</td>
                        <td className="num">{r.actionsOwned}</td>
                        <td className="num">{r.actionsDone}</td>
                        <td className="num">{r.actionsOnTime}</td>
                        <td className="num">{formatPercent(r.onTimeRate, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <p className="field__hint">
            {t('recognition.method')}: {query.data.method[locale]}
          </p>
        </section>
      )}
    </>
  );
}
