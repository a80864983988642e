import { LOCALES, type Locale } from '@prima/domain';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { z } from 'zod';
import { assessmentEn } from './assessment.en';
import { assessmentId } from './assessment.id';
import { complaintsEn } from './complaints.en';
import { complaintsId } from './complaints.id';
import { en } from './en';
import { executiveEn } from './executive.en';
import { executiveId } from './executive.id';
import { id } from './id';
import { improvementEn } from './improvement.en';
import { improvementId } from './improvement.id';
import { recognitionEn } from './recognition.en';
import { recognitionId } from './recognition.id';
import { surveysEn } from './surveys.en';
import { surveysId } from './surveys.id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof id &
        typeof complaintsId &
        typeof surveysId &
        typeof improvementId &
        typeof executiveId &
        typeof assessmentId &
        typeof recognitionId;
    };
  }
}

const STORAGE_KEY = 'prima.lang';

const isLocale = (s: string | null | undefined): s is Locale =>
  s != null && (LOCALES as readonly string[]).includes(s);

function storedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : 'id';
  } catch {
    return 'id';
  }
}

/** zod's built-in messages (client-side validation) follow the UI language too. */
const zodLocales = { id: z.locales.id, en: z.locales.en };

function applyLocale(locale: Locale) {
  document.documentElement.lang = locale;
  z.config(zodLocales[locale]());
}

export async function initI18n(): Promise<void> {
  const lng = storedLocale();
  applyLocale(lng);
  await i18next.use(initReactI18next).init({
    resources: {
      id: {
        translation: {
          ...id,
          ...complaintsId,
          ...surveysId,
          ...improvementId,
          ...executiveId,
          ...assessmentId,
          ...recognitionId,
        },
      },
      en: {
        translation: {
          ...en,
          ...complaintsEn,
          ...surveysEn,
          ...improvementEn,
          ...executiveEn,
          ...assessmentEn,
          ...recognitionEn,
        },
      },
    },
    lng,
    fallbackLng: 'id',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The UI language: what every API call sends as Accept-Language. */
export const currentLocale = (): Locale => (isLocale(i18next.language) ? i18next.language : 'id');

export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLocale(locale);
  await i18next.changeLanguage(locale);
}

/** The UI language in a component; re-renders when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'id';
}
