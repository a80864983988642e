import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useService, useUpdateService } from '../../api/services';
import { useAllUnits } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ServiceForm } from './ServiceForm';
import { writableUnits } from './unitChoices';

/** One service with its Standar Pelayanan: edit, archive. */
export function ServiceEditPage() {
  const { t } = useTranslation();
  const { serviceId = '' } = useParams();
  const location = useLocation();
  const can = useCan();
  const query = useService(serviceId);
  const units = useAllUnits();
  const update = useUpdateService(serviceId);
  const archive = useUpdateService(serviceId);
  const [saved, setSaved] = useState<boolean>(
    (location.state as { saved?: string } | null)?.saved === 'created',
  );
  const back = <Link to="/services">← {t('services.title')}</Link>;

  if (query.isPending || units.isPending) return <Loading />;
  if (query.isError || units.isError) {
    const error = query.error ?? units.error;
    return (
      <>
        <PageHeader title={t('services.editTitle')} back={back} />
        <ProblemAlert
          error={error}
          onRetry={() => {
            void query.refetch();
            void units.refetch();
          }}
        />
      </>
    );
  }

  const service = query.data;
  const unit = units.data.find((u) => u.id === service.unitId);
  const canWrite = can('services.write', service.unitId);
  const choices = writableUnits(units.data, (id) => can('services.write', id), service.unitId);
  const reload = () => {
    setSaved(false);
    update.reset();
    archive.reset();
    void query.refetch();
  };

  let status: ReactNode = null;
  if (service.archived) status = <Badge tone="warning">{t('common.archived')}</Badge>;

  return (
    <>
      <PageHeader
        title={service.name}
        intro={
          <>
            {unit ? <Link to={`/units/${unit.id}`}>{unit.name}</Link> : null} {status}
          </>
        }
        back={back}
        actions={
          canWrite && (
            <ConfirmButton
              tone={service.archived ? 'secondary' : 'danger'}
              subject={service.name}
              disabled={archive.isPending}
              onConfirm={() => {
                setSaved(false);
                archive.mutate({ archived: !service.archived, version: service.version });
              }}
            >
              {service.archived ? t('common.unarchive') : t('common.archive')}
            </ConfirmButton>
          )
        }
      />
      {service.archived && (
        <Notice tone="warning">
          <p>{t('services.archivedNotice')}</p>
        </Notice>
      )}
      {archive.isError && <ProblemAlert error={archive.error} onRetry={reload} />}
      <section className="panel">
        {!canWrite && <p className="muted">{t('common.readOnly')}</p>}
        {saved && (
          <Notice tone="success" role="status">
            <p>{t('services.created')}</p>
          </Notice>
        )}
        <ServiceForm
          key={service.version}
          service={service}
          units={choices}
          readOnly={!canWrite}
          submitLabel={t('common.save')}
          problem={update.error}
          onReset={update.reset}
          onReload={reload}
          onSubmit={async (input) => {
            setSaved(false);
            await update.mutateAsync({ ...input, version: service.version });
            setSaved(true);
          }}
        />
      </section>
    </>
  );
}
