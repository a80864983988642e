import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isProblem } from '../../api/problem';
import { usePublicPemda, usePublicUnits } from '../../api/public';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SurveyLinks } from '../public-surveys/SurveyLinks';
import { ComplaintLinks } from './ComplaintLinks';
import { PublicUnitDetails } from './PublicUnitDetails';

export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('public.header')}` : t('public.header');
  }, [title, t]);
  return (
    <div className="public">
      <header className="public__top">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <span className="public__brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          {t('public.header')}
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="public__main">
        {children}
      </main>
      <footer className="public__footer">
        <p>{t('public.footer')}</p>
      </footer>
    </div>
  );
}

function UnitCard({
  slug,
  unit,
}: {
  slug: string;
  unit: {
    id: string;
    name: string;
    shortName: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
  };
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = `unit-${unit.id}`;
  return (
    <li className="public-unit">
      <h3 className="public-unit__name">{unit.name}</h3>
      {unit.shortName && <p className="public-unit__short">{unit.shortName}</p>}
      {(unit.address || unit.phone || unit.email) && (
        <ul className="public-unit__contact">
          {unit.address && <li>{unit.address}</li>}
          {unit.phone && (
            <li>
              <a href={`tel:${unit.phone.replace(/[^+0-9]/g, '')}`}>{unit.phone}</a>
            </li>
          )}
          {unit.email && (
            <li>
              <a href={`mailto:${unit.email}`}>{unit.email}</a>
            </li>
          )}
        </ul>
      )}
      <button
        type="button"
        className="button button--secondary public-unit__toggle"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('public.hide') : t('public.show')}
        <span className="visually-hidden">: {unit.name}</span>
      </button>
      {open && <PublicUnitDetails slug={slug} unitId={unit.id} id={detailsId} />}
    </li>
  );
}

/** A Pemda as citizens see it: its units, each unit's Maklumat and its services' public standards. */
export function PublicPemdaPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const pemda = usePublicPemda(slug);
  const units = usePublicUnits(slug, pemda.isSuccess);

  if (pemda.isPending) {
    return (
      <PublicShell title="">
        <Loading />
      </PublicShell>
    );
  }
  if (pemda.isError) {
    const e = pemda.error;
    if (isProblem(e, 'tenant-suspended')) {
      return (
        <PublicShell title={t('public.unavailableTitle')}>
          <div className="public__message" role="alert">
            <h1>{t('public.unavailableTitle')}</h1>
            <p>{t('public.unavailableText')}</p>
          </div>
        </PublicShell>
      );
    }
    // An unknown slug, or one that cannot be a slug at all (400), is not a Pemda.
    if (isProblem(e) && (e.status === 404 || e.status === 400)) {
      return (
        <PublicShell title={t('public.notFoundTitle')}>
          <div className="public__message">
            <h1>{t('public.notFoundTitle')}</h1>
            <p>{t('public.notFoundText')}</p>
          </div>
        </PublicShell>
      );
    }
    return (
      <PublicShell title="">
        <ProblemAlert error={e} onRetry={() => void pemda.refetch()} />
      </PublicShell>
    );
  }

  const p = pemda.data;
  return (
    <PublicShell title={p.name}>
      <section className="public__hero" aria-labelledby="pemda-name">
        <p className="public__kind">{t(`platform.kinds.${p.kind}`)}</p>
        <h1 id="pemda-name">{p.name}</h1>
        {(p.address || p.contactPhone || p.contactEmail) && (
          <div className="public__contact">
            <h2 className="visually-hidden">{t('public.contact')}</h2>
            <ul>
              {p.address && <li>{p.address}</li>}
              {p.contactPhone && (
                <li>
                  <a href={`tel:${p.contactPhone.replace(/[^+0-9]/g, '')}`}>{p.contactPhone}</a>
                </li>
              )}
              {p.contactEmail && (
                <li>
                  <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a>
                </li>
              )}
            </ul>
          </div>
        )}
      </section>
      <ComplaintLinks slug={slug} />
      <SurveyLinks slug={slug} />
      <section aria-labelledby="units-heading">
        <h2 id="units-heading">{t('public.unitsHeading')}</h2>
        {units.isPending ? (
          <Loading />
        ) : units.isError ? (
          <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />
        ) : units.data.items.length === 0 ? (
          <p className="muted">{t('public.noUnits')}</p>
        ) : (
          <ul className="public-units">
            {units.data.items.map((u) => (
              <UnitCard key={u.id} slug={slug} unit={u} />
            ))}
          </ul>
        )}
      </section>
    </PublicShell>
  );
}
