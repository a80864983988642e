import type { ComplaintStatus, Locale } from '@prima/domain';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n';
import './complaints.css';

/** Small pieces shared by the complaint pages (officials' and citizens'). */

const STATUS_TONE: Record<ComplaintStatus, 'neutral' | 'success' | 'warning' | 'danger' | 'info'> = {
  diterima: 'info',
  'perlu-dilengkapi': 'warning',
  diverifikasi: 'info',
  didisposisikan: 'info',
  ditindaklanjuti: 'success',
  selesai: 'success',
  ditolak: 'danger',
  diarsipkan: 'neutral',
  'dibuka-kembali': 'warning',
};

export function StatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`complaints.status.${status}`)}</Badge>;
}

export type DeadlineState = 'overdue' | 'due-soon' | 'on-track';

const DEADLINE: Record<DeadlineState, { tone: 'danger' | 'warning' | 'success'; icon: string }> = {
  overdue: { tone: 'danger', icon: '⚠' },
  'due-soon': { tone: 'warning', icon: '◔' },
  'on-track': { tone: 'success', icon: '✓' },
};

/** Where a complaint stands against its deadline: in words and an icon, the colour only adds to them. */
export function DeadlineBadge({ state }: { state: DeadlineState | null }) {
  const { t } = useTranslation();
  if (!state) return <span className="deadline deadline--none">{t('complaints.deadline.none')}</span>;
  const d = DEADLINE[state];
  return (
    <span className={`deadline deadline--${state} badge badge--${d.tone}`}>
      <span aria-hidden="true">{d.icon} </span>
      {t(`complaints.deadline.${state}`)}
    </span>
  );
}

const tag = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

/** A month (YYYY-MM) as people read it: "Nov 2026". */
export function formatMonth(month: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(tag(locale), { month: style, year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A share (0–1) as a percentage: "83%". */
export const formatShare = (share: number | null, locale: Locale, digits = 0): string =>
  share === null
    ? '—'
    : new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: digits }).format(share);

export const formatNumber = (n: number, locale: Locale): string =>
  new Intl.NumberFormat(tag(locale)).format(n);

/** A duration in hours: hours under two days, days above. */
export function useFormatHours() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (hours: number | null): string | null => {
    if (hours === null) return null;
    const fmt = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 });
    if (hours < 48) return t('complaints.common.hours', { value: fmt.format(hours) });
    return t('complaints.common.days', { value: fmt.format(hours / 24) });
  };
}

/** Bytes as "1,2 MB" / "340 kB". */
export function formatSize(bytes: number, locale: Locale): string {
  const fmt = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${fmt.format(bytes / (1024 * 1024))} MB`;
  return `${fmt.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/** The current month in the reader's time zone, YYYY-MM. */
export function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

interface SecretValueProps {
  label: string;
  value: string;
  hint?: string;
  copyLabel?: string;
  /** Large, for a tracking code read out over the counter or the phone. */
  large?: boolean;
}

/** A value to keep (a tracking code, an API key) with a copy button; falls back to selecting the text. */
export function SecretValue({ label, value, hint, copyLabel, large }: SecretValueProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function onCopy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('failed');
    }
  }
  return (
    <div className={`secret${large ? ' secret--large' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="secret__row">
        <input
          id={id}
          ref={input}
          className="secret__value"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" className="button button--secondary" onClick={onCopy}>
          {copyLabel ?? t('common.copy')}
        </button>
      </div>
      <p className="secret__status" role="status">
        {copy === 'copied' ? t('common.copied') : copy === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  );
}

/** A counter under a text area: how many characters are used, or how many are still missing. */
export function CharCounter({
  id,
  length,
  min,
  max,
}: {
  id: string;
  length: number;
  min: number;
  max: number;
}) {
  const { t } = useTranslation();
  const short = length > 0 && length < min;
  const over = length > max;
  return (
    <p id={id} className={`char-counter${over || short ? ' char-counter--warn' : ''}`} aria-live="polite">
      {short ? t('complaints.form.counterShort', { count: min - length }) : null}
      {short ? ' · ' : null}
      {t('complaints.form.counter', { count: length, max })}
    </p>
  );
}
