/** @module Figure timelines: every figure of a category and subject with source, side, outlet and date, and its distance from the reference series. */

import type { FigureMention, Side } from '../../core/doc.js';
import { claimDay, claimId, type ClaimInput } from '../claim-clusters/cluster.js';
import { FAR_ABOVE_RATIO, FAR_BELOW_RATIO, LOCAL_FIGURE_RATIO } from './constants.js';
import { referenceValues, type ReferenceValue } from './reference.js';

export type ReferenceFlag = 'consistent' | 'far-above' | 'far-below' | 'not-comparable';

/** One figure on a timeline. */
export interface TimelinePoint {
  /** The date the figure is for (claim time value, else publication), `YYYY-MM-DD`. */
  date: string | null;
  published: string | null;
  claimId: string;
  docId: string;
  outlet: string | null;
  source: string | null;
  side: Side;
  hedged: boolean;
  figure: Pick<FigureMention, 'text' | 'low' | 'high' | 'approx' | 'unit'>;
  /** A single representative value: the midpoint of a closed range, else the known bound. */
  value: number | null;
  /** Change of `value` from the previous point with a value (null for the first). */
  change: number | null;
  reference: Array<ReferenceValue & { ratio: number; flag: ReferenceFlag }>;
}

export interface Timeline {
  category: string;
  about: string | null;
  points: TimelinePoint[];
  /** Lowest and highest representative values. */
  min: number | null;
  max: number | null;
  /** Points flagged far above or far below a reference. */
  flagged: number;
}

export interface TimelineOptions {
  /** Compare with the reference series (default true; needs the shared folder, silently skipped without it). */
  reference?: boolean;
}

/** Representative value of a figure: the midpoint of a closed range, else whichever bound is known. */
export function figureValue(f: Pick<FigureMention, 'low' | 'high'>): number | null {
  if (f.low !== null && f.high !== null) return (f.low + f.high) / 2;
  return f.low ?? f.high ?? null;
}

/** Flags a value against a reference value with {@link FAR_ABOVE_RATIO}, {@link FAR_BELOW_RATIO} and {@link LOCAL_FIGURE_RATIO}. */
export function referenceFlag(value: number, reference: number): { ratio: number; flag: ReferenceFlag } {
  if (reference <= 0) return { ratio: Infinity, flag: value > 0 ? 'not-comparable' : 'consistent' };
  const ratio = value / reference;
  const flag: ReferenceFlag = ratio > FAR_ABOVE_RATIO ? 'far-above' : ratio < LOCAL_FIGURE_RATIO ? 'not-comparable' : ratio < FAR_BELOW_RATIO ? 'far-below' : 'consistent';
  return { ratio: Math.round(ratio * 1000) / 1000, flag };
}

const iso = (d: number | null): string | null => (d === null ? null : new Date(d * 86_400_000).toISOString().slice(0, 10));

/**
 * Builds the timeline of one figure category and subject from claims (figures inside claims). `about` null takes
 * every subject; a figure with `about` null is kept for any subject.
 * @returns The points sorted by date (undated last), then publication, then claim id.
 */
export function figureTimeline(claims: readonly ClaimInput[], category: string, about: string | null = null, options: TimelineOptions = {}): Timeline {
  const points: TimelinePoint[] = [];
  for (const c of claims) {
    if (c.claim.denial) continue;
    for (const f of c.figures) {
      if (f.category !== category) continue;
      if (about !== null && f.about !== null && f.about !== about) continue;
      const date = iso(claimDay(c));
      const value = figureValue(f);
      const reference =
        options.reference === false || value === null || date === null
          ? []
          : referenceValues(category, f.about ?? about, date).map((r) => ({ ...r, ...referenceFlag(value, r.value) }));
      points.push({
        date,
        published: c.published,
        claimId: claimId(c),
        docId: c.docId,
        outlet: c.outlet,
        source: c.claim.source ? c.claim.source.name || c.claim.source.text : null,
        side: c.claim.side,
        hedged: c.claim.hedged,
        figure: { text: f.text, low: f.low, high: f.high, approx: f.approx, unit: f.unit },
        value,
        change: null,
        reference,
      });
    }
  }
  const k = (s: string | null): string => s ?? '\uffff';
  points.sort((a, b) => (k(a.date) < k(b.date) ? -1 : k(a.date) > k(b.date) ? 1 : k(a.published) < k(b.published) ? -1 : k(a.published) > k(b.published) ? 1 : a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  let prev: number | null = null;
  for (const p of points) {
    if (p.value === null) continue;
    p.change = prev === null ? null : p.value - prev;
    prev = p.value;
  }
  let min: number | null = null;
  let max: number | null = null;
  for (const p of points) {
    if (p.value === null) continue;
    if (min === null || p.value < min) min = p.value;
    if (max === null || p.value > max) max = p.value;
  }
  return {
    category,
    about,
    points,
    min,
    max,
    flagged: points.filter((p) => p.reference.some((r) => r.flag === 'far-above' || r.flag === 'far-below')).length,
  };
}
