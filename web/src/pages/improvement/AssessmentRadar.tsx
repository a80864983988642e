import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import type { AssessmentResults } from '../../api/improvement-insight';
import { useLocale } from '../../i18n';
import { formatFixed } from '../surveys/ui';

/** The radar of one instrument (recharts, in the `charts` chunk): its numbers are in the table beside it. */

type Instrument = AssessmentResults['instruments'][number];

const TICK = { fill: '#3d4754', fontSize: 12 };

export function AssessmentRadar({
  instrument,
  currentLabel,
  previousLabel,
}: {
  instrument: Instrument;
  currentLabel: string;
  previousLabel: string | null;
}) {
  const locale = useLocale();
  // An element nobody answered is drawn at the centre (0), below the scale's 1, so it never reads as a score.
  const rows = instrument.elements.map((e) => ({
    name: e.name[locale],
    current: e.score ?? 0,
    previous: e.previous ?? 0,
  }));
  return (
    <div className="imp-chart asm-radar" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={rows} outerRadius="75%" margin={{ top: 10, right: 30, bottom: 10, left: 30 }}>
          <PolarGrid stroke="#d6dce4" />
          <PolarAngleAxis dataKey="name" tick={TICK} />
          {/* Between the first two axes, so its ticks do not sit on an element's spoke. */}
          <PolarRadiusAxis
            domain={[0, 5]}
            tickCount={6}
            angle={90 - 180 / rows.length}
            tick={TICK}
            axisLine={false}
          />
          {previousLabel && (
            <Radar
              name={previousLabel}
              dataKey="previous"
              stroke="#8a5a00"
              strokeDasharray="5 4"
              fill="#8a5a00"
              fillOpacity={0.08}
              isAnimationActive={false}
            />
          )}
          <Radar
            name={currentLabel}
            dataKey="current"
            stroke="#0b4f8a"
            strokeWidth={2}
            fill="#0b4f8a"
            fillOpacity={0.25}
            isAnimationActive={false}
          />
          <Tooltip formatter={(v) => (typeof v === 'number' && v > 0 ? formatFixed(v, locale) : '—')} />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
