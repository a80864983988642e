import {
  IKM_TEMPLATES,
  isIkmTemplateId,
  KINERJA_LABELS,
  type Kinerja,
  type Locale,
  type Localized,
  type Mutu,
  parsePeriodKey,
  periodLabel,
} from '@prima/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignStatusKey } from '../../api/surveys';
import { Badge } from '../../components/Badge';
import { useLocale } from '../../i18n';

/**
 * Small pieces the survey pages share (officials' pages, the report and the citizens' publication). No stylesheet
 * here: the admin pages bring surveys.css, the citizens' pages their own lighter one.
 */

const tag = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

/** A figure with a fixed number of decimals, in the reader's notation: "83,33" / "83.33". */
export const formatFixed = (value: number | null | undefined, locale: Locale, digits = 2): string =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(tag(locale), {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);

/** A measured value with up to `digits` decimals, in the reader's notation: "62,5" / "62.5", "1.234" / "1,234". */
export const formatNumber = (value: number | null | undefined, locale: Locale, digits = 2): string =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(value);

/** A gap with its sign: "−0,45" / "+1,20". */
export const formatSigned = (value: number | null | undefined, locale: Locale, digits = 2): string =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(tag(locale), {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: 'exceptZero',
      }).format(value);

export const formatCount = (n: number, locale: Locale): string =>
  new Intl.NumberFormat(tag(locale)).format(n);

/** A share 0–1 as a percentage: "83%". */
export const formatPercent = (share: number | null | undefined, locale: Locale, digits = 0): string =>
  share === null || share === undefined
    ? '—'
    : new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: digits }).format(share);

/** A method note without its leading "Metode:" / "Method:" (the page prints its own label). */
export const methodBody = (text: string): string => text.replace(/^(Metode|Method):\s*/, '');

export const loc = (l: Localized | null | undefined, locale: Locale): string => (l ? l[locale] : '');

const MUTU_TONE: Record<Mutu, 'success' | 'info' | 'warning' | 'danger'> = {
  A: 'success',
  B: 'info',
  C: 'warning',
  D: 'danger',
};

/** The grade (mutu A–D) with the unit's performance in words (kinerja); colour only adds to the text. */
export function MutuBadge({ mutu, kinerja }: { mutu: Mutu | null; kinerja?: Kinerja | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!mutu) return <span className="muted">{t('surveys.results.noGrade')}</span>;
  return (
    <Badge tone={MUTU_TONE[mutu]}>
      {mutu}
      {kinerja ? ` · ${KINERJA_LABELS[kinerja][locale]}` : ''}
    </Badge>
  );
}

const STATUS_TONE: Record<CampaignStatusKey, 'neutral' | 'success' | 'warning' | 'info'> = {
  draft: 'neutral',
  open: 'success',
  paused: 'warning',
  closed: 'info',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatusKey }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`surveys.status.${status}`)}</Badge>;
}

/** "Responses so far / required sample" as a bar and in words. */
export function SampleProgress({
  progress,
  compact,
}: {
  progress: { responses: number; required: number; remaining: number; reached: boolean };
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const text = t('surveys.progress.value', {
    responses: formatCount(progress.responses, locale),
    required: formatCount(progress.required, locale),
  });
  const note = progress.reached
    ? t('surveys.progress.reached')
    : t('surveys.progress.remaining', { n: progress.remaining });
  return (
    <div className={`sample-progress${compact ? ' sample-progress--compact' : ''}`}>
      {!compact && (
        <span className="sample-progress__label" id={id}>
          {t('surveys.progress.label')}
        </span>
      )}
      <progress
        className={`sample-progress__bar${progress.reached ? ' sample-progress__bar--reached' : ''}`}
        max={progress.required}
        value={Math.min(progress.responses, progress.required)}
        aria-labelledby={compact ? undefined : id}
        aria-label={compact ? t('surveys.progress.label') : undefined}
        aria-valuetext={`${text}; ${note}`}
      />
      <span className="sample-progress__value">
        {text}
        <span className="sample-progress__note">{note}</span>
      </span>
    </div>
  );
}

// ---------- Periods ----------

/** How a period key reads, as the API labels it: "Triwulan II 2026", "Semester 1 2026", "Tahun 2026". */
export function periodKeyLabel(key: string, locale: Locale): string {
  const p = parsePeriodKey(key);
  return p ? periodLabel(p)[locale] : key;
}

/** "Triwulan IV 2026" → "TW IV 2026", "November 2026" → "Nov 26": fits under a chart's points. */
export const shortPeriodLabel = (label: string, month: boolean): string =>
  month
    ? label.replace(/^(\S{3})\S* \d{2}(\d{2})$/, '$1 $2')
    : label
        .replace(/^Triwulan /, 'TW ')
        .replace(/^Semester /, 'Sem ')
        .replace(/^(Tahun|Year) /, '');

/** Today's date (the browser's) as YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The triwulan that contains today: "2026-Q4". */
export function currentQuarter(): string {
  const d = new Date();
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

/** Period keys to choose from, newest first: per year, the year, its semesters and its triwulan that have begun. */
export function periodChoices(years = 3): { year: number; keys: string[] }[] {
  const now = new Date();
  const y = now.getFullYear();
  const month = now.getMonth() + 1;
  const out: { year: number; keys: string[] }[] = [];
  for (let year = y; year > y - years; year--) {
    const begun = (startMonth: number) => year < y || startMonth <= month;
    const keys = [String(year)];
    for (const s of [2, 1]) if (begun(6 * s - 5)) keys.push(`${year}-S${s}`);
    for (const q of [4, 3, 2, 1]) if (begun(3 * q - 2)) keys.push(`${year}-Q${q}`);
    out.push({ year, keys });
  }
  return out;
}

/** A select of period keys (year, semester, triwulan), grouped by year. */
export function PeriodSelect({
  id,
  value,
  onChange,
  allowEmpty,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (key: string) => void;
  allowEmpty?: string;
  describedBy?: string;
}) {
  const locale = useLocale();
  const groups = periodChoices();
  const known = groups.some((g) => g.keys.includes(value));
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
      {allowEmpty !== undefined && <option value="">{allowEmpty}</option>}
      {!known && value && <option value={value}>{periodKeyLabel(value, locale)}</option>}
      {groups.map((g) => (
        <optgroup key={g.year} label={String(g.year)}>
          {g.keys.map((k) => (
            <option key={k} value={k}>
              {periodKeyLabel(k, locale)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

// ---------- Grade bands ----------

/** The grade bands of an IKM template (the 2017 ones for anything else), best first, on 25–100. */
export function bandsOf(templateId: string): { mutu: Mutu; from: number; to: number; range: string }[] {
  const bands = IKM_TEMPLATES[isIkmTemplateId(templateId) ? templateId : 'skm-2017'].bands;
  return bands.map((b, i) => ({
    mutu: b.mutu,
    from: b.from,
    to: i === 0 ? 100 : bands[i - 1]!.from,
    range: b.range,
  }));
}

/** Where each grade begins (A, B, C), as reference lines of a 25–100 chart. */
export const gradeMarks = (templateId: string) =>
  bandsOf(templateId)
    .filter((b) => b.from > 25)
    .map((b) => ({ value: b.from, label: b.mutu }));
