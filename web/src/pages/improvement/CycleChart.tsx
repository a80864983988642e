import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CycleDetail } from '../../api/improvement';
import { useLocale } from '../../i18n';

/**
 * The cycle's metric from the baseline to the check period, with the baseline and target lines (recharts: SVG; its
 * few inline styles go through the CSSOM, which the CSP allows). The same numbers are in the table beside it.
 */
export function CycleChart({ cycle }: { cycle: CycleDetail }) {
  const locale = useLocale();
  const data = cycle.series.map((p) => ({ name: p.label[locale], value: p.value }));
  return (
    <div className="imp-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid stroke="#d6dce4" />
          <XAxis dataKey="name" tick={{ fill: '#3d4754', fontSize: 12 }} />
          <YAxis tick={{ fill: '#3d4754', fontSize: 12 }} domain={['auto', 'auto']} />
          <Tooltip />
          <ReferenceLine y={cycle.baseline.value} stroke="#8a5a00" strokeDasharray="4 4" />
          <ReferenceLine y={cycle.target} stroke="#17683a" strokeDasharray="6 3" />
          <Line
            type="monotone"
            dataKey="value"
            stroke="#0b4f8a"
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
