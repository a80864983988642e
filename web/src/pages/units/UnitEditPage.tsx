import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useUnit, useUpdateUnit } from '../../api/units';
import { useCan } from '../../auth/permissions';
import { Badge } from '../../components/Badge';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MaklumatSection } from './MaklumatSection';
import { UnitForm } from './UnitForm';

/** One unit: its details (edit, archive) and its Maklumat Pelayanan. */
export function UnitEditPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const location = useLocation();
  const can = useCan();
  const query = useUnit(unitId);
  const update = useUpdateUnit(unitId);
  const archive = useUpdateUnit(unitId);
  const [saved, setSaved] = useState<boolean>(
    (location.state as { saved?: string } | null)?.saved === 'created',
  );
  const back = <Link to="/units">← {t('units.title')}</Link>;

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('units.editTitle')} back={back} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );

  const unit = query.data;
  const canWrite = can('units.write');
  const reload = () => {
    setSaved(false);
    update.reset();
    archive.reset();
    void query.refetch();
  };

  return (
    <>
      <PageHeader
        title={unit.name}
        intro={
          <>
            {t(`units.kinds.${unit.kind}`)}
            {unit.shortName ? ` · ${unit.shortName}` : ''}{' '}
            {unit.archived && <Badge tone="warning">{t('common.archived')}</Badge>}
          </>
        }
        back={back}
        actions={
          <>
            <Link className="button button--secondary" to={`/services?unit=${unit.id}`}>
              {t('units.servicesOfUnit')}
            </Link>
            {canWrite && (
              <ConfirmButton
                tone={unit.archived ? 'secondary' : 'danger'}
                subject={unit.name}
                disabled={archive.isPending}
                onConfirm={() => {
                  setSaved(false);
                  archive.mutate({ archived: !unit.archived, version: unit.version });
                }}
              >
                {unit.archived ? t('common.unarchive') : t('common.archive')}
              </ConfirmButton>
            )}
          </>
        }
      />
      {unit.archived && (
        <Notice tone="warning">
          <p>{t('units.archivedNotice')}</p>
        </Notice>
      )}
      {archive.isError && <ProblemAlert error={archive.error} onRetry={reload} />}
      <section className="panel" aria-labelledby="unit-details">
        <h2 id="unit-details">{t('units.detailsHeading')}</h2>
        {!canWrite && <p className="muted">{t('common.readOnly')}</p>}
        {saved && (
          <Notice tone="success" role="status">
            <p>{t('units.created')}</p>
          </Notice>
        )}
        <UnitForm
          key={unit.version}
          unit={unit}
          readOnly={!canWrite}
          submitLabel={t('common.save')}
          problem={update.error}
          onReset={update.reset}
          onReload={reload}
          onSubmit={async (input) => {
            setSaved(false);
            await update.mutateAsync({ ...input, version: unit.version });
            setSaved(true);
          }}
        />
      </section>
      <MaklumatSection unitId={unit.id} canWrite={can('maklumat.write', unit.id)} headName={unit.headName} />
    </>
  );
}
