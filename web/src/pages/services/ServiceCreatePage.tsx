import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCreateService } from '../../api/services';
import { useAllUnits } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ServiceForm } from './ServiceForm';
import { writableUnits } from './unitChoices';

export function ServiceCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const can = useCan();
  const units = useAllUnits();
  const create = useCreateService();
  const back = <Link to="/services">← {t('services.title')}</Link>;

  let body: ReactNode;
  if (units.isPending) body = <Loading />;
  else if (units.isError) body = <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />;
  else {
    const choices = writableUnits(units.data, (id) => can('services.write', id));
    const wanted = params.get('unit');
    body =
      choices.length === 0 ? (
        <Notice tone="warning">
          <p>{can('units.write') ? t('services.needUnit') : t('services.noUnitForYou')}</p>
          {can('units.write') && (
            <Link to="/units/new" className="button button--secondary">
              {t('units.add')}
            </Link>
          )}
        </Notice>
      ) : (
        <ServiceForm
          units={choices}
          defaultUnitId={choices.some((u) => u.id === wanted) ? (wanted ?? undefined) : undefined}
          submitLabel={t('common.save')}
          problem={create.error}
          onReset={create.reset}
          onSubmit={async (input) => {
            const service = await create.mutateAsync(input);
            navigate(`/services/${service.id}`, { state: { saved: 'created' } });
          }}
        />
      );
  }

  return (
    <>
      <PageHeader title={t('services.createTitle')} back={back} />
      <section className="panel">{body}</section>
    </>
  );
}
