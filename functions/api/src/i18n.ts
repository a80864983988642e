import { isMessageKey, type Locale, type Localized, MESSAGES } from '@prima/domain';
import { z } from 'zod';

/** The caller's language from Accept-Language: Bahasa Indonesia unless English is preferred over it. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.lang === 'id' || r.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Locale | undefined) ?? 'id';
}

const zodLocales = { id: z.locales.id(), en: z.locales.en() };

/** One validation issue in the caller's language: domain message keys from the catalogue, the rest from zod. */
export function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  if (isMessageKey(issue.message)) return MESSAGES[issue.message][locale];
  if (locale === 'en') return issue.message;
  const raw = zodLocales[locale].localeError(issue as never);
  const localized = typeof raw === 'string' ? raw : (raw?.message ?? issue.message);
  // zod drops the input after parsing, so a re-localised type error would say "received undefined"; the
  // received type is still in the original (English) message.
  const received = issue.code === 'invalid_type' ? /received (\w+)$/.exec(issue.message)?.[1] : undefined;
  return received ? localized.replace(/undefined$/, received) : localized;
}

export const pick = (text: Localized, locale: Locale) => text[locale];
