import type { Mutu } from '@prima/domain';
import type { ReactNode } from 'react';

/**
 * The survey charts, drawn by hand: HTML rows (labels and values stay readable at any width and in print) with SVG
 * bars sized by attributes only, so nothing needs an inline style (the CSP is `default-src 'self'`). Colours come
 * from classes in surveys.css. Every chart is shown beside a table of the same figures.
 */

const H = 24;

/**
 * The x of a value on [min, max] as a percentage of the bar's width: the bars have no viewBox, so shapes and text
 * keep their proportions at any width.
 */
const pct = (share: number) => `${(Math.max(0, Math.min(1, share)) * 100).toFixed(3)}%`;
const xOf = (value: number, min: number, max: number) => pct((value - min) / (max - min));

export interface BarRow {
  key: string;
  label: ReactNode;
  /** Extra text under the label (e.g. a "lowest" badge). */
  sub?: ReactNode;
  value: number | null;
  /** The value as printed at the end of the row. */
  display: ReactNode;
  /** A class for the bar's colour (e.g. `bar--A`). */
  tone?: string;
  highlight?: boolean;
}

/**
 * A horizontal bar per row on [min, max], with optional reference lines (grade bands) drawn through every row at
 * the same x, so they read as one line down the chart.
 */
export function BarList({
  rows,
  min,
  max,
  marks = [],
  labels = [],
  caption,
  className,
}: {
  rows: BarRow[];
  min: number;
  max: number;
  /** Reference lines through every row. */
  marks?: number[];
  /** Text above the bars at these values (e.g. the grade letter in the middle of its band). */
  labels?: { value: number; label: string }[];
  caption?: ReactNode;
  className?: string;
}) {
  return (
    <figure className={`bar-list${className ? ` ${className}` : ''}`}>
      {caption && <figcaption className="bar-list__caption">{caption}</figcaption>}
      {labels.length > 0 && (
        <div className="bar-list__row bar-list__row--scale" aria-hidden="true">
          <span />
          <svg className="bar-list__bar" height={H} aria-hidden="true">
            {labels.map((m) => (
              <text
                key={m.value}
                x={xOf(m.value, min, max)}
                y={H - 7}
                className="bar-list__scale-label"
                textAnchor="middle"
              >
                {m.label}
              </text>
            ))}
          </svg>
          <span />
        </div>
      )}
      <ul className="bar-list__rows">
        {rows.map((r) => (
          <li key={r.key} className={`bar-list__row${r.highlight ? ' bar-list__row--highlight' : ''}`}>
            <span className="bar-list__label">
              {r.label}
              {r.sub && <span className="bar-list__sub">{r.sub}</span>}
            </span>
            <svg className="bar-list__bar" height={H} aria-hidden="true" focusable="false">
              <rect className="bar-list__track" x={0} y={4} width="100%" height={H - 8} />
              {r.value !== null && (
                <rect
                  className={`bar-list__fill ${r.tone ?? ''}`}
                  x={0}
                  y={4}
                  width={xOf(r.value, min, max)}
                  height={H - 8}
                />
              )}
              {marks.map((m) => (
                <line
                  key={m}
                  className="bar-list__mark"
                  x1={xOf(m, min, max)}
                  x2={xOf(m, min, max)}
                  y1={0}
                  y2={H}
                />
              ))}
            </svg>
            <span className="bar-list__value">{r.display}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface PairRow {
  key: string;
  label: ReactNode;
  a: number | null;
  b: number | null;
  display: ReactNode;
}

/** Two bars per row (expectation and perception) on one scale, with a legend. */
export function PairBars({
  rows,
  min,
  max,
  legend,
  caption,
}: {
  rows: PairRow[];
  min: number;
  max: number;
  legend: [string, string];
  caption?: ReactNode;
}) {
  return (
    <figure className="bar-list bar-list--pairs">
      {caption && <figcaption className="bar-list__caption">{caption}</figcaption>}
      <p className="chart-legend" aria-hidden="true">
        <span className="chart-legend__item">
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <rect className="pair--a" width="12" height="12" />
          </svg>
          {legend[0]}
        </span>
        <span className="chart-legend__item">
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <rect className="pair--b" width="12" height="12" />
          </svg>
          {legend[1]}
        </span>
      </p>
      <ul className="bar-list__rows">
        {rows.map((r) => (
          <li key={r.key} className="bar-list__row">
            <span className="bar-list__label">{r.label}</span>
            <svg
              className="bar-list__bar bar-list__bar--tall"
              height={2 * H}
              aria-hidden="true"
              focusable="false"
            >
              <rect className="bar-list__track" x={0} y={4} width="100%" height={2 * H - 8} />
              {r.a !== null && (
                <rect className="pair--a" x={0} y={6} width={xOf(r.a, min, max)} height={H - 8} />
              )}
              {r.b !== null && (
                <rect className="pair--b" x={0} y={H + 2} width={xOf(r.b, min, max)} height={H - 8} />
              )}
            </svg>
            <span className="bar-list__value">{r.display}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface StackRow {
  key: string;
  label: ReactNode;
  /** Shares 0–1 of low (0–4), neutral (5) and high (6–10). */
  low: number | null;
  neutral: number | null;
  high: number | null;
  display: ReactNode;
}

/** One stacked bar per row: low, neutral and high shares (trust). */
export function StackBars({
  rows,
  legend,
  caption,
}: {
  rows: StackRow[];
  legend: [string, string, string];
  caption?: ReactNode;
}) {
  const parts = ['low', 'neutral', 'high'] as const;
  return (
    <figure className="bar-list">
      {caption && <figcaption className="bar-list__caption">{caption}</figcaption>}
      <p className="chart-legend" aria-hidden="true">
        {parts.map((p, i) => (
          <span key={p} className="chart-legend__item">
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <rect className={`stack--${p}`} width="12" height="12" />
            </svg>
            {legend[i]}
          </span>
        ))}
      </p>
      <ul className="bar-list__rows">
        {rows.map((r) => {
          let x = 0;
          return (
            <li key={r.key} className="bar-list__row">
              <span className="bar-list__label">{r.label}</span>
              <svg className="bar-list__bar" height={H} aria-hidden="true" focusable="false">
                <rect className="bar-list__track" x={0} y={4} width="100%" height={H - 8} />
                {parts.map((p) => {
                  const w = r[p] ?? 0;
                  const rect = (
                    <rect key={p} className={`stack--${p}`} x={pct(x)} y={4} width={pct(w)} height={H - 8} />
                  );
                  x += w;
                  return rect;
                })}
              </svg>
              <span className="bar-list__value">{r.display}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

export interface TrendPoint {
  key: string;
  label: string;
  value: number | null;
  mutu: Mutu | null;
}

const BANDS_2017 = [
  { mutu: 'A', from: 88.31, to: 100 },
  { mutu: 'B', from: 76.61, to: 88.31 },
  { mutu: 'C', from: 65, to: 76.61 },
  { mutu: 'D', from: 25, to: 65 },
] as const;

/**
 * IKM across periods: a line through the periods with a value (gaps where a period has none), over the 2017 grade
 * bands. The y axis starts at 50 unless a value lies below it.
 */
export function TrendLine({
  points,
  format,
  label,
  bands = BANDS_2017,
}: {
  points: TrendPoint[];
  format: (v: number) => string;
  label: string;
  bands?: readonly { mutu: string; from: number; to: number }[];
}) {
  const width = 720;
  const height = 280;
  const pad = { top: 16, right: 44, bottom: 44, left: 44 };
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const lo = Math.min(50, ...values.map((v) => Math.floor(v / 10) * 10));
  const hi = 100;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v: number) => pad.top + (1 - (v - lo) / (hi - lo)) * plotH;
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const ticks: number[] = [];
  for (let v = lo; v <= hi; v += 10) ticks.push(v);
  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="trend-chart__svg">
        {bands.map((b) => {
          const top = y(Math.min(hi, b.to));
          const bottom = y(Math.max(lo, b.from));
          if (bottom <= top) return null;
          return (
            <g key={b.mutu}>
              <rect
                className={`trend-chart__band band--${b.mutu}`}
                x={pad.left}
                y={top}
                width={plotW}
                height={bottom - top}
              />
              <text className="trend-chart__band-label" x={width - pad.right + 8} y={(top + bottom) / 2 + 4}>
                {b.mutu}
              </text>
            </g>
          );
        })}
        {ticks.map((v) => (
          <g key={v}>
            <line className="trend-chart__grid" x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
            <text className="trend-chart__tick" x={pad.left - 8} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <text
            key={p.key}
            className="trend-chart__tick"
            x={x(i)}
            y={height - pad.bottom + 20}
            textAnchor="middle"
          >
            {p.label}
          </text>
        ))}
        {segments.map((d) => (
          <path key={d} className="trend-chart__line" d={d} />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            <g key={p.key}>
              <circle className="trend-chart__dot" cx={x(i)} cy={y(p.value)} r={5} />
              <text className="trend-chart__value" x={x(i)} y={y(p.value) - 10} textAnchor="middle">
                {format(p.value)}
              </text>
            </g>
          ),
        )}
      </svg>
    </figure>
  );
}
