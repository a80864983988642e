import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreateUnit } from '../../api/units';
import { PageHeader } from '../../components/PageHeader';
import { UnitForm } from './UnitForm';

export function UnitCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUnit();
  return (
    <>
      <PageHeader title={t('units.createTitle')} back={<Link to="/units">← {t('units.title')}</Link>} />
      <section className="panel">
        <UnitForm
          submitLabel={t('common.save')}
          problem={create.error}
          onReset={create.reset}
          onSubmit={async (input) => {
            const unit = await create.mutateAsync(input);
            navigate(`/units/${unit.id}`, { state: { saved: 'created' } });
          }}
        />
      </section>
    </>
  );
}
