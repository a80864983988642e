import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePutSlaPolicy, useSettings, useSlaPolicy, useUpdateSettings } from '../../api/settings';
import { useCan } from '../../auth/permissions';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SlaPolicyForm } from './SlaPolicyForm';
import { TenantSettingsForm } from './TenantSettingsForm';

function SettingsSection() {
  const { t } = useTranslation();
  const can = useCan();
  const query = useSettings();
  const update = useUpdateSettings();
  const [saved, setSaved] = useState(false);
  let body = <Loading />;
  if (query.isError) body = <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data)
    body = (
      <TenantSettingsForm
        key={query.data.version}
        settings={query.data}
        readOnly={!can('settings.write')}
        problem={update.error}
        onReset={update.reset}
        onReload={() => {
          setSaved(false);
          update.reset();
          void query.refetch();
        }}
        onSubmit={async (input) => {
          setSaved(false);
          await update.mutateAsync(input);
          setSaved(true);
        }}
      />
    );
  return (
    <section className="panel" aria-labelledby="tenant-settings">
      <h2 id="tenant-settings">{t('settings.tenantHeading')}</h2>
      {!can('settings.write') && <p className="muted">{t('common.readOnly')}</p>}
      {saved && (
        <Notice tone="success" role="status">
          <p>{t('settings.savedSettings')}</p>
        </Notice>
      )}
      {body}
    </section>
  );
}

function SlaSection() {
  const { t } = useTranslation();
  const can = useCan();
  const query = useSlaPolicy();
  const put = usePutSlaPolicy();
  const [saved, setSaved] = useState(false);
  let body = <Loading />;
  if (query.isError) body = <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data)
    body = (
      <SlaPolicyForm
        key={query.data.version}
        policy={query.data}
        readOnly={!can('sla.write')}
        problem={put.error}
        onReset={put.reset}
        onReload={() => {
          setSaved(false);
          put.reset();
          void query.refetch();
        }}
        onSubmit={async (input) => {
          setSaved(false);
          await put.mutateAsync(input);
          setSaved(true);
        }}
      />
    );
  return (
    <section className="panel" aria-labelledby="sla-policy">
      <h2 id="sla-policy">{t('settings.slaHeading')}</h2>
      <p className="panel__intro">{t('settings.slaIntro')}</p>
      {saved && (
        <Notice tone="success" role="status">
          <p>{t('settings.savedSla')}</p>
        </Notice>
      )}
      {body}
    </section>
  );
}

/** Tenant settings and the complaint SLA policy. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <SettingsSection />
      <SlaSection />
    </>
  );
}
