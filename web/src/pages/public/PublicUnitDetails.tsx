import { STANDARD_COMPONENTS } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { usePublicUnit } from '../../api/public';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatRupiah } from '../../format';
import { useLocale } from '../../i18n';

const PUBLIC_COMPONENTS = STANDARD_COMPONENTS.filter((c) => c.public);

/** A unit's published Maklumat and its services with the six public components of their standard. */
export function PublicUnitDetails({ slug, unitId, id }: { slug: string; unitId: string; id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = usePublicUnit(slug, unitId, true);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { maklumat, services } = query.data;

  return (
    <div className="public-unit__details" id={id}>
      <section aria-labelledby={`${id}-maklumat`}>
        <h4 id={`${id}-maklumat`}>{t('public.maklumatHeading')}</h4>
        {maklumat ? (
          <figure className="maklumat">
            <blockquote>{maklumat.text}</blockquote>
            <figcaption>
              {t('public.signed', { name: maklumat.signedBy, date: formatDate(maklumat.signedOn, locale) })}
            </figcaption>
          </figure>
        ) : (
          <p className="muted">{t('public.noMaklumat')}</p>
        )}
      </section>
      <section aria-labelledby={`${id}-services`}>
        <h4 id={`${id}-services`}>{t('public.servicesHeading')}</h4>
        {services.length === 0 ? (
          <p className="muted">{t('public.noServices')}</p>
        ) : (
          <ul className="public-services">
            {services.map((s) => (
              <li key={s.id} className="public-service">
                <h5 className="public-service__name">{s.name}</h5>
                {s.description && <p>{s.description}</p>}
                <dl className="public-service__facts">
                  <div>
                    <dt>{t('public.duration')}</dt>
                    <dd>
                      {s.durationWorkingDays === null
                        ? t('public.notSet')
                        : t('common.workingDays', { count: s.durationWorkingDays })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('public.fee')}</dt>
                    <dd>
                      {s.feeRupiah === null
                        ? t('public.notSet')
                        : s.feeRupiah === 0
                          ? t('common.free')
                          : formatRupiah(s.feeRupiah, locale)}
                    </dd>
                  </div>
                </dl>
                <dl className="public-service__standard">
                  {PUBLIC_COMPONENTS.map((c) => (
                    <div key={c.key}>
                      <dt>{c.label[locale]}</dt>
                      <dd>{s.standard[c.key]?.trim() ? s.standard[c.key] : t('public.notSet')}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
