import { TRUST_TEMPLATE } from '@prima/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IkmResult, ProfileBreakdown, ServqualResult, TrustResult } from '../../api/surveys';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n';
import { BarList, PairBars, StackBars } from './charts';
import {
  bandsOf,
  formatCount,
  formatFixed,
  formatPercent,
  formatSigned,
  gradeMarks,
  MutuBadge,
  methodBody,
} from './ui';

/** The index at a glance: IKM (25–100) with its grade, the respondents, the method and the legacy label. */
export function IkmHeadline({ ikm, extra }: { ikm: IkmResult; extra?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="ikm-headline">
      <div className="ikm-headline__figure">
        <p className="ikm-headline__label">{t('surveys.results.ikm')}</p>
        <p className="ikm-headline__value" data-testid="ikm-value">
          {formatFixed(ikm.ikm, locale)}
        </p>
        <MutuBadge mutu={ikm.mutu} kinerja={ikm.kinerja} />
      </div>
      <dl className="ikm-headline__facts">
        <div>
          <dt>{t('surveys.results.respondents')}</dt>
          <dd data-testid="respondents">{formatCount(ikm.respondents, locale)}</dd>
        </div>
        <div>
          <dt>{t('surveys.results.ikmRaw')}</dt>
          <dd>{ikm.ikmRaw === null ? '—' : formatFixed(ikm.ikmRaw, locale, 4)}</dd>
        </div>
        <div>
          <dt>{t('surveys.results.weight')}</dt>
          <dd>
            {ikm.method.weightLabel}{' '}
            {ikm.legacyLabel && (
              <Badge tone="warning">
                {t('surveys.results.legacy')}: {ikm.legacyLabel}
              </Badge>
            )}
          </dd>
        </div>
        {extra}
      </dl>
      {ikm.ikm === null && ikm.respondents > 0 && (
        <p className="ikm-headline__missing">
          {t('surveys.results.incomplete', { codes: ikm.missingUnsur.join(', ') })}
        </p>
      )}
      <p className="method-note">
        <strong>{t('surveys.results.method')}:</strong> {methodBody(ikm.method.text[locale])}
      </p>
    </div>
  );
}

/** NRR, value and grade per unsur, the weakest highlighted; an action per row (e.g. plan a follow-up). */
export function UnsurTable({
  ikm,
  action,
  caption,
}: {
  ikm: IkmResult;
  action?: (u: IkmResult['unsur'][number]) => ReactNode;
  caption?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-wrap">
      <table className="table unsur-table">
        <caption className={caption ? 'table__caption' : 'visually-hidden'}>
          {caption ?? t('surveys.results.unsurHeading')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('surveys.results.unsur')}</th>
            <th scope="col" className="num">
              {t('surveys.results.answers')}
            </th>
            <th scope="col" className="num">
              {t('surveys.results.nrr')}
            </th>
            <th scope="col" className="num">
              {t('surveys.results.nilai')}
            </th>
            <th scope="col">{t('surveys.results.mutu')}</th>
            {action && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {ikm.unsur.map((u) => (
            <tr key={u.code} className={u.weakest ? 'row--weakest' : undefined}>
              <th scope="row">
                <span className="unsur-code">{u.code}</span> {u.name[locale]}
                {u.weakest && (
                  <span className="weakest-tag">
                    <span aria-hidden="true">▼ </span>
                    {t('surveys.results.weakest')}
                  </span>
                )}
              </th>
              <td className="num">{formatCount(u.answers, locale)}</td>
              <td className="num">{u.nrr === null ? '—' : formatFixed(u.nrr, locale, 3)}</td>
              <td className="num">{formatFixed(u.nrrConverted, locale)}</td>
              <td>
                <MutuBadge mutu={u.mutu} kinerja={u.kinerja} />
              </td>
              {action && <td className="table__actions">{action(u)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** NRR × 25 per unsur as bars over the grade bands. */
export function NrrChart({ ikm }: { ikm: IkmResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const bands = bandsOf(ikm.templateId);
  return (
    <BarList
      caption={t('surveys.results.chartCaption')}
      min={25}
      max={100}
      marks={gradeMarks(ikm.templateId).map((m) => m.value)}
      labels={bands.map((b) => ({ value: (b.from + b.to) / 2, label: b.mutu }))}
      rows={ikm.unsur.map((u) => ({
        key: u.code,
        label: (
          <>
            <span className="unsur-code">{u.code}</span> {u.name[locale]}
          </>
        ),
        sub: u.weakest ? (
          <span className="weakest-tag">
            <span aria-hidden="true">▼ </span>
            {t('surveys.results.weakest')}
          </span>
        ) : undefined,
        value: u.nrrConverted,
        display: (
          <>
            {formatFixed(u.nrrConverted, locale)} <span className="bar-list__grade">{u.mutu ?? ''}</span>
          </>
        ),
        tone: u.mutu ? `bar--${u.mutu}` : undefined,
        highlight: u.weakest,
      }))}
    />
  );
}

const PROFILE_FIELDS = ['umur', 'jenisKelamin', 'pendidikan', 'pekerjaan', 'disabilitas'] as const;

/** Who answered: a bar per answer of every profile question, and the services used. */
export function ProfileCharts({ profile }: { profile: ProfileBreakdown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = profile.respondents;
  if (n === 0) return <p className="muted">{t('surveys.results.noRespondents')}</p>;
  const share = (count: number) => (n ? count / n : 0);
  const row = (key: string, label: string, count: number) => ({
    key,
    label,
    value: share(count),
    display: `${formatCount(count, locale)} (${formatPercent(share(count), locale)})`,
  });
  return (
    <div className="profile-grid">
      {PROFILE_FIELDS.map((field) => {
        const rows = profile[field].map((p) => row(p.value, p.label[locale], p.count));
        if (field === 'disabilitas' && profile.disabilitasNotStated > 0)
          rows.push(row('not-stated', t('surveys.results.notStated'), profile.disabilitasNotStated));
        return (
          <BarList
            key={field}
            className="bar-list--profile"
            caption={t(`surveys.profile.${field}`)}
            min={0}
            max={1}
            rows={rows}
          />
        );
      })}
      {profile.layanan.length > 0 && (
        <BarList
          className="bar-list--profile"
          caption={t('surveys.profile.serviceId')}
          min={0}
          max={1}
          rows={profile.layanan.map((l) => row(l.serviceId, l.name ?? l.serviceId, l.count))}
        />
      )}
    </div>
  );
}

/** SERVQUAL: expectation against perception per dimension, the gaps, and the weighted score. */
export function ServqualResults({ servqual }: { servqual: ServqualResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tone = (gap: number | null) =>
    gap === null ? '' : gap < 0 ? 'gap--below' : gap > 0 ? 'gap--above' : '';
  return (
    <>
      <dl className="score-cards">
        <div className="score-card">
          <dt>{t('surveys.servqual.weighted')}</dt>
          <dd className={tone(servqual.weighted)}>{formatSigned(servqual.weighted, locale)}</dd>
        </div>
        <div className="score-card">
          <dt>{t('surveys.servqual.unweighted')}</dt>
          <dd className={tone(servqual.unweighted)}>{formatSigned(servqual.unweighted, locale)}</dd>
        </div>
        <div className="score-card">
          <dt>{t('surveys.results.respondents')}</dt>
          <dd>{formatCount(servqual.respondents, locale)}</dd>
        </div>
        <div className="score-card">
          <dt>{t('surveys.servqual.allocations')}</dt>
          <dd>
            {formatCount(servqual.allocations.valid, locale)}
            {servqual.allocations.invalid > 0 && (
              <span className="score-card__sub">
                {t('surveys.servqual.invalidAllocations', { n: servqual.allocations.invalid })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <p className="method-note">{t('surveys.servqual.note')}</p>
      <PairBars
        caption={t('surveys.servqual.chartCaption')}
        min={1}
        max={7}
        legend={[t('surveys.servqual.expectation'), t('surveys.servqual.perception')]}
        rows={servqual.dimensions.map((d) => ({
          key: d.dimension,
          label: d.name[locale],
          a: d.expectation,
          b: d.perception,
          display: (
            <>
              <span className={tone(d.gap)}>{formatSigned(d.gap, locale)}</span>
              <span className="bar-list__grade">
                E {formatFixed(d.expectation, locale)} · P {formatFixed(d.perception, locale)}
              </span>
            </>
          ),
        }))}
      />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('surveys.servqual.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.servqual.dimension')}</th>
              <th scope="col" className="num">
                {t('surveys.servqual.expectation')}
              </th>
              <th scope="col" className="num">
                {t('surveys.servqual.perception')}
              </th>
              <th scope="col" className="num">
                {t('surveys.servqual.gap')}
              </th>
              <th scope="col" className="num">
                {t('surveys.servqual.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {servqual.dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row">{d.name[locale]}</th>
                <td className="num">{formatFixed(d.expectation, locale)}</td>
                <td className="num">{formatFixed(d.perception, locale)}</td>
                <td className={`num ${tone(d.gap)}`}>{formatSigned(d.gap, locale)}</td>
                <td className="num">{formatPercent(d.weight, locale, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="details">
        <summary>{t('surveys.servqual.items')}</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('surveys.servqual.items')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.servqual.item')}</th>
                <th scope="col">{t('surveys.servqual.dimension')}</th>
                <th scope="col" className="num">
                  E
                </th>
                <th scope="col" className="num">
                  P
                </th>
                <th scope="col" className="num">
                  {t('surveys.servqual.gap')}
                </th>
              </tr>
            </thead>
            <tbody>
              {servqual.items.map((i) => (
                <tr key={i.code}>
                  <th scope="row">{i.code}</th>
                  <td>{servqual.dimensions.find((d) => d.dimension === i.dimension)?.name[locale]}</td>
                  <td className="num">{formatFixed(i.expectation, locale)}</td>
                  <td className="num">{formatFixed(i.perception, locale)}</td>
                  <td className={`num ${tone(i.gap)}`}>{formatSigned(i.gap, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** Public trust: the headline (share answering 6–10), by driver, by group, and social trust. */
export function TrustResults({ trust }: { trust: TrustResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const driverName = (key: string) => TRUST_TEMPLATE.drivers.find((d) => d.key === key)?.name[locale] ?? key;
  const groupName = (key: string) => TRUST_TEMPLATE.groups.find((g) => g.key === key)?.name[locale] ?? key;
  const legend: [string, string, string] = [
    t('surveys.trust.low'),
    t('surveys.trust.neutral'),
    t('surveys.trust.high'),
  ];
  const row = (
    key: string,
    label: string,
    d: { low: number | null; neutral: number | null; high: number | null; mean: number | null },
  ) => ({
    key,
    label,
    low: d.low,
    neutral: d.neutral,
    high: d.high,
    display: (
      <>
        {formatPercent(d.high, locale)}
        <span className="bar-list__grade">
          {t('surveys.trust.mean')} {formatFixed(d.mean, locale, 1)}
        </span>
      </>
    ),
  });
  return (
    <>
      <dl className="score-cards">
        <div className="score-card">
          <dt>{t('surveys.trust.political')}</dt>
          <dd>{formatPercent(trust.political.high, locale)}</dd>
        </div>
        <div className="score-card">
          <dt>{t('surveys.trust.social')}</dt>
          <dd>{formatPercent(trust.social.high, locale)}</dd>
        </div>
        <div className="score-card">
          <dt>{t('surveys.results.respondents')}</dt>
          <dd>{formatCount(trust.respondents, locale)}</dd>
        </div>
      </dl>
      <p className="method-note">{t('surveys.trust.note')}</p>
      <StackBars
        caption={t('surveys.trust.driversCaption')}
        legend={legend}
        rows={[
          ...trust.drivers.map((d) => row(d.driver, `${driverName(d.driver)} (${groupName(d.group)})`, d)),
          row('political', t('surveys.trust.political'), trust.political),
          row('social', t('surveys.trust.social'), trust.social),
        ]}
      />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('surveys.trust.driversCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.trust.driver')}</th>
              <th scope="col" className="num">
                {t('surveys.trust.high')}
              </th>
              <th scope="col" className="num">
                {t('surveys.trust.neutral')}
              </th>
              <th scope="col" className="num">
                {t('surveys.trust.low')}
              </th>
              <th scope="col" className="num">
                {t('surveys.trust.mean')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[
              ...trust.drivers.map((d) => ({ key: d.driver, name: driverName(d.driver), d })),
              ...trust.groups.map((g) => ({ key: g.group, name: groupName(g.group), d: g })),
            ].map(({ key, name, d }) => (
              <tr key={key}>
                <th scope="row">{name}</th>
                <td className="num">{formatPercent(d.high, locale)}</td>
                <td className="num">{formatPercent(d.neutral, locale)}</td>
                <td className="num">{formatPercent(d.low, locale)}</td>
                <td className="num">{formatFixed(d.mean, locale, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
