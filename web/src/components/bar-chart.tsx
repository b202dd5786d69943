/** @module A horizontal SVG bar chart with labels and values (no chart library). */
import { fmtNumber } from '../lib/format';

export interface Bar {
  label: string;
  value: number;
  /** CSS class for the bar's fill (e.g. a side class). */
  className?: string;
  title?: string;
}

const ROW = 26;
const LABEL_W = 78;
const VALUE_W = 56;
const WIDTH = 420;

/** Bars scaled to the largest value; an accessible table-like label via `title`/`desc`. */
export function BarChart({ bars, title, testId }: { bars: Bar[]; title: string; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_W - VALUE_W;
  const height = bars.length * ROW + 4;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={testId ? `${testId}-title` : undefined} data-testid={testId}>
      <title id={testId ? `${testId}-title` : undefined}>{`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`}</title>
      {bars.map((b, i) => {
        const w = (b.value / max) * plot;
        const y = i * ROW + 4;
        return (
          <g key={b.label} className="bar-row">
            <text x={LABEL_W - 8} y={y + ROW / 2 + 1} textAnchor="end" className="bar-label">
              {b.label}
            </text>
            <rect x={LABEL_W} y={y + 3} width={Math.max(b.value > 0 ? 2 : 0, w)} height={ROW - 10} rx={3} className={`bar ${b.className ?? ''}`}>
              {b.title && <title>{b.title}</title>}
            </rect>
            <text x={LABEL_W + Math.max(2, w) + 6} y={y + ROW / 2 + 1} className="bar-value">
              {fmtNumber(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
