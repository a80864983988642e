import type { Locale } from '@prima/domain';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dashboard } from '../../api/complaints';
import { useLocale } from '../../i18n';
import { formatMonth, formatShare } from './ui';

/**
 * The complaint charts (recharts: SVG with presentation attributes; its few inline styles are set through the
 * CSSOM, which the page's CSP `default-src 'self'` allows). Every chart comes with its data as a table.
 */

const COLORS = {
  bar: '#0b4f8a',
  cumulative: '#b3261e',
  closed: '#17683a',
  onTime: '#8a5a00',
  grid: '#d6dce4',
  text: '#3d4754',
};

const TICK = { fill: COLORS.text, fontSize: 12 };

const shortMonth = (month: string, locale: Locale) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(d);
};

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

type ParetoRow = Dashboard['pareto'][number];

/** Pareto of categories: bars of reports per category (most first), the line of the cumulative share. */
export function ParetoChart({ rows, uncategorisedLabel }: { rows: ParetoRow[]; uncategorisedLabel: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const top = rows.slice(0, 10).map((r) => ({
    name: `${r.vital ? '★ ' : ''}${r.name ?? uncategorisedLabel}`,
    count: r.count,
    cumulative: r.cumulativeShare,
  }));
  const height = Math.max(170, 96 + top.length * 44);
  const summary = rows
    .slice(0, 3)
    .map((r) => `${r.name ?? uncategorisedLabel}: ${r.count}`)
    .join('; ');
  return (
    <div
      className="chart"
      role="img"
      aria-label={`${t('complaints.transparency.paretoHeading')}. ${summary}`}
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={top} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke={COLORS.grid} horizontal={false} />
          <XAxis xAxisId="count" type="number" allowDecimals={false} tick={TICK} orientation="bottom" />
          <XAxis
            xAxisId="share"
            type="number"
            domain={[0, 1]}
            orientation="top"
            tick={TICK}
            tickFormatter={(v: number) => formatShare(v, locale)}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={150}
            tick={TICK}
            tickFormatter={(v: string) => truncate(v, 22)}
            interval={0}
          />
          <Tooltip
            formatter={(value, name) =>
              name === t('complaints.transparency.cumulative')
                ? formatShare(Number(value), locale, 1)
                : String(value)
            }
          />
          <Legend />
          <Bar
            xAxisId="count"
            dataKey="count"
            name={t('complaints.transparency.count')}
            fill={COLORS.bar}
            barSize={18}
            isAnimationActive={false}
          />
          <Line
            xAxisId="share"
            dataKey="cumulative"
            name={t('complaints.transparency.cumulative')}
            stroke={COLORS.cumulative}
            strokeWidth={2}
            dot={{ r: 3, fill: COLORS.cumulative }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

type TrendRow = Dashboard['trend'][number];

/** Reports received per month (bars), closed and answered on time (lines). */
export function TrendChart({ rows }: { rows: TrendRow[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = rows.map((r) => ({
    month: shortMonth(r.month, locale),
    received: r.received,
    closed: r.closed,
    onTime: r.respondedOnTime,
  }));
  const total = rows.reduce((s, r) => s + r.received, 0);
  const range = rows.length
    ? `${formatMonth(rows[0]?.month ?? '', locale, 'long')} – ${formatMonth(rows[rows.length - 1]?.month ?? '', locale, 'long')}`
    : '';
  return (
    <div
      className="chart"
      role="img"
      aria-label={`${t('complaints.transparency.trendHeading')}, ${range}: ${t('complaints.transparency.received')} ${total}`}
    >
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="month" tick={TICK} interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} tick={TICK} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="received"
            name={t('complaints.transparency.received')}
            fill={COLORS.bar}
            isAnimationActive={false}
          />
          <Line
            dataKey="closed"
            name={t('complaints.transparency.closed')}
            stroke={COLORS.closed}
            strokeWidth={2}
            dot={{ r: 3, fill: COLORS.closed }}
            isAnimationActive={false}
          />
          <Line
            dataKey="onTime"
            name={t('complaints.transparency.respondedOnTime')}
            stroke={COLORS.onTime}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 3, fill: COLORS.onTime }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
