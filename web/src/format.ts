import type { Locale } from '@prima/domain';

const tag = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

/**
 * A date as people read it: "17 Agustus 2026". A calendar date (YYYY-MM-DD) is shown as it is; an instant is shown
 * on the reader's calendar (its UTC date would be the day before for anything between 00:00 and 07:00 WIB).
 */
export function formatDate(isoDate: string, locale: Locale): string {
  if (isoDate.length > 10) {
    const at = new Date(isoDate);
    if (!Number.isNaN(at.getTime()))
      return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long' }).format(at);
  }
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** A weekday of a calendar date: "Senin". */
export function formatWeekday(isoDate: string, locale: Locale): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(tag(locale), { weekday: 'long', timeZone: 'UTC' }).format(d);
}

/** An instant with its offset, shown in the reader's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Rupiah without decimals: "Rp 50.000". */
export const formatRupiah = (amount: number, locale: Locale): string =>
  new Intl.NumberFormat(tag(locale), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(
    amount,
  );
