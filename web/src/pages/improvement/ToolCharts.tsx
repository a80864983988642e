import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { IkmTrend, Pareto, Xmr } from '../../api/improvement-tools';
import { useLocale } from '../../i18n';

/** The quality-tool charts (recharts, in the `charts` chunk). Each comes with its numbers as a table on the page. */

const TICK = { fill: '#3d4754', fontSize: 12 };

export function ParetoToolChart({ data }: { data: Pareto }) {
  const rows = data.bars.map((b) => ({
    name: b.name ?? '—',
    count: b.count,
    cumulative: b.cumulativePercent,
  }));
  return (
    <div className="imp-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid stroke="#d6dce4" />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis yAxisId="n" tick={TICK} allowDecimals={false} />
          <YAxis yAxisId="p" orientation="right" domain={[0, 100]} tick={TICK} unit="%" />
          <Tooltip />
          <Bar yAxisId="n" dataKey="count" fill="#0b4f8a" isAnimationActive={false} />
          <Line yAxisId="p" dataKey="cumulative" stroke="#b3261e" strokeWidth={2} isAnimationActive={false} />
          <ReferenceLine
            yAxisId="p"
            y={data.cutoff * (data.cutoff <= 1 ? 100 : 1)}
            stroke="#8a5a00"
            strokeDasharray="4 4"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { out: boolean };
}

/** A point: out-of-control ones drawn larger, in red. */
function XmrDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined) return null;
  return payload?.out ? (
    <circle cx={cx} cy={cy} r={5} fill="#b3261e" stroke="#fff" />
  ) : (
    <circle cx={cx} cy={cy} r={2.5} fill="#0b4f8a" />
  );
}

export function XmrToolChart({ data }: { data: Xmr }) {
  const c = data.chart;
  const rows = c.points.map((p) => ({
    name: p.label ?? String(p.index + 1),
    value: p.value,
    out: p.outOfControl,
  }));
  return (
    <div className="imp-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid stroke="#d6dce4" />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis tick={TICK} domain={['auto', 'auto']} />
          <Tooltip />
          {c.ucl !== null && <ReferenceLine y={c.ucl} stroke="#b3261e" strokeDasharray="6 3" />}
          {c.mean !== null && <ReferenceLine y={c.mean} stroke="#17683a" />}
          {c.lcl !== null && <ReferenceLine y={c.lcl} stroke="#b3261e" strokeDasharray="6 3" />}
          <Line dataKey="value" stroke="#0b4f8a" dot={<XmrDot />} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function IkmTrendChart({ data }: { data: IkmTrend }) {
  const locale = useLocale();
  const rows = data.points.map((p) => ({ name: p.label[locale], ikm: p.ikm }));
  return (
    <div className="imp-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid stroke="#d6dce4" />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis tick={TICK} domain={[25, 100]} />
          <Tooltip />
          <ReferenceLine y={data.target} stroke="#17683a" strokeDasharray="6 3" />
          <Line dataKey="ikm" stroke="#0b4f8a" strokeWidth={2} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
