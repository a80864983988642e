import { LOCALES } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import { setLocale, useLocale } from '../i18n';

/** Bahasa Indonesia / English, as two toggle buttons; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of toggle buttons, not form controls
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="lang-switch__option"
          aria-pressed={locale === l}
          onClick={() => void setLocale(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
