/** @module Hand-written SVG chart of figure values over time: one colour and marker shape per source side. */
import type { ReactNode } from 'react';
import type { Side, TimelineRow } from '../../../src/apps/server/api-types';
import { fmtCompact, fmtNumber } from '../lib/format';
import { SIDE_CODES, sideClass } from '../lib/sides';

const WIDTH = 900;
const HEIGHT = 340;
const MARGIN = { top: 16, right: 24, bottom: 40, left: 64 };
const Y_TICKS = 5;
const X_TICKS = 6;
const MARKER = 5;
const DAY_MS = 86_400_000;

/** Marker shape per side, so sides differ by more than colour. */
const SHAPES: Record<Side, 'circle' | 'square' | 'triangle' | 'diamond' | 'cross'> = {
  RU: 'square',
  UA: 'circle',
  WEST: 'triangle',
  INTL: 'diamond',
  THIRD: 'cross',
  OSINT: 'diamond',
  MEDIA: 'triangle',
  ANON: 'cross',
  OUTLET: 'circle',
};

/** A marker of `side`'s shape centred on (x, y). */
export function Marker({ side, x, y, children }: { side: Side; x: number; y: number; children?: ReactNode }) {
  const r = MARKER;
  const cls = `marker ${sideClass(side)}`;
  switch (SHAPES[side]) {
    case 'square':
      return <rect className={cls} x={x - r} y={y - r} width={2 * r} height={2 * r}>{children}</rect>;
    case 'triangle':
      return <path className={cls} d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`}>{children}</path>;
    case 'diamond':
      return <path className={cls} d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`}>{children}</path>;
    case 'cross':
      return <path className={`${cls} marker-cross`} d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`}>{children}</path>;
    default:
      return <circle className={cls} cx={x} cy={y} r={r}>{children}</circle>;
  }
}

/** Round tick values covering [lo, hi]. */
function niceTicks(lo: number, hi: number, count: number): number[] {
  if (hi <= lo) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step / 2; v += step) ticks.push(v);
  return ticks;
}

/** Day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (first day of a year or month) in ms, or null. */
export function parseDay(d: string | null): number | null {
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(t) ? t : null;
}

/** Width of the "undated" band at the right of the plot when some points have no date. */
const UNDATED_BAND = 110;

type Plotted = TimelineRow & { value: number; t: number | null; x: number };

/** One line per named source with two or more dated points (a source's own series), in date order. */
function seriesBySource(points: Plotted[]): Plotted[][] {
  const by = new Map<string, Plotted[]>();
  for (const p of points) {
    if (p.t === null || !p.source) continue;
    by.set(p.source, [...(by.get(p.source) ?? []), p]);
  }
  return [...by.values()].filter((l) => l.length > 1).map((l) => l.sort((a, b) => (a.t as number) - (b.t as number)));
}

/** The chart; points without a value are left out (they stay in the table), undated ones go in a band of their own. */
export function TimelineChart({ points, log, title }: { points: TimelineRow[]; log: boolean; title: string }) {
  const valued = points.filter((p): p is TimelineRow & { value: number } => p.value !== null && (!log || p.value > 0));
  if (valued.length === 0) return <p className="state state-empty">No figure with a value to plot.</p>;
  const dated = valued.filter((p) => parseDay(p.date) !== null);
  const undated = valued.filter((p) => parseDay(p.date) === null);
  const w = WIDTH - MARGIN.left - MARGIN.right;
  const h = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = undated.length === 0 ? 0 : dated.length === 0 ? w : UNDATED_BAND;
  const datedW = w - band - (band && dated.length ? 16 : 0);
  const times = dated.map((p) => parseDay(p.date) as number);
  const t0 = times.length ? Math.min(...times) : 0;
  const t1 = times.length ? Math.max(...times) : 0;
  const span = Math.max(DAY_MS, t1 - t0);
  const tMin = t0 - span * 0.04;
  const tMax = t1 + span * 0.04;
  const xOf = (t: number) => MARGIN.left + ((t - tMin) / (tMax - tMin)) * datedW;
  const bandStart = MARGIN.left + w - band;
  const plotted: Plotted[] = [
    ...dated.map((p) => {
      const t = parseDay(p.date) as number;
      return { ...p, t, x: xOf(t) };
    }),
    ...undated.map((p, i) => ({ ...p, t: null, x: bandStart + ((i + 0.5) / undated.length) * band })),
  ];
  const vals = plotted.map((p) => p.value);
  const vMaxRaw = Math.max(...vals);
  const vMinRaw = Math.min(...vals);

  let y: (v: number) => number;
  let yTicks: number[];
  if (log) {
    const lo = Math.floor(Math.log10(vMinRaw));
    const hi = Math.max(lo + 1, Math.ceil(Math.log10(vMaxRaw)));
    y = (v) => MARGIN.top + h - ((Math.log10(v) - lo) / (hi - lo)) * h;
    yTicks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  } else {
    yTicks = niceTicks(0, vMaxRaw * 1.05, Y_TICKS);
    const top = Math.max(...yTicks, 1);
    y = (v) => MARGIN.top + h - (v / top) * h;
  }
  const xTicks = dated.length
    ? Array.from({ length: X_TICKS }, (_, i) => t0 + ((t1 - t0) * i) / Math.max(1, X_TICKS - 1)).filter((t, i, a) => a.indexOf(t) === i)
    : [];

  const bySide = new Map<Side, Plotted[]>();
  for (const p of plotted) bySide.set(p.side, [...(bySide.get(p.side) ?? []), p]);
  const sides = SIDE_CODES.filter((s) => bySide.has(s));

  return (
    <figure className="timeline-figure">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="timeline-chart" role="img" aria-label={title} data-testid="timeline-chart">
        <title>{title}</title>
        <g className="axis axis-y">
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} className="grid" />
              <text x={MARGIN.left - 8} y={y(v) + 4} textAnchor="end">
                {fmtCompact(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="axis axis-x">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + h} y2={MARGIN.top + h} className="axis-line" />
          {xTicks.map((t) => (
            <text key={t} x={xOf(t)} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle">
              {new Date(t).toISOString().slice(0, 10)}
            </text>
          ))}
          {band > 0 && (
            <>
              {dated.length > 0 && <line x1={bandStart - 8} x2={bandStart - 8} y1={MARGIN.top} y2={MARGIN.top + h} className="band-line" />}
              <text x={bandStart + band / 2} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle">
                {dated.length ? 'undated' : 'undated figures (no date known), in table order'}
              </text>
            </>
          )}
        </g>
        {sides.map((s) => {
          const pts = bySide.get(s) ?? [];
          const lines = seriesBySource(pts);
          return (
            <g key={s} className={`series ${sideClass(s)}`} data-side={s}>
              {lines.map((line, li) => (
                <polyline key={li} className="series-line" points={line.map((p) => `${p.x},${y(p.value)}`).join(' ')} />
              ))}
              {pts.map((p, i) => (
                <Marker key={`${p.claimId}:${i}`} side={s} x={p.x} y={y(p.value)}>
                  <title>{`${p.date ?? 'undated'} · ${p.source ?? 'unnamed'} (${s}) · ${p.outlet ?? 'unknown outlet'}: ${p.figure.text} (${fmtNumber(p.value)})`}</title>
                </Marker>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {sides.map((s) => (
          <span key={s} className="legend-entry">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <Marker side={s} x={8} y={8} />
            </svg>
            {s}
          </span>
        ))}
        {plotted.length < points.length && <span className="muted">{points.length - plotted.length} figure(s) without a value are only in the table.</span>}
      </figcaption>
    </figure>
  );
}
