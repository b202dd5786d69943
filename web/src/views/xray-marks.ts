/** @module Builds the X-ray's highlight marks from a Document JSON: one mark per entity, place, time, figure and claim part. */
import { fmtRange } from '../lib/format';
import type { Mark } from '../lib/segments';
import type { XrayDocument } from '../types';

/** Highlight layers the reader can switch off. */
export const LAYERS = [
  { kind: 'entity', label: 'Entities' },
  { kind: 'place', label: 'Places' },
  { kind: 'time', label: 'Times' },
  { kind: 'figure', label: 'Figures' },
  { kind: 'claim', label: 'Claims' },
] as const;

export type LayerKind = (typeof LAYERS)[number]['kind'];

/** All marks of a document, in layer order (entities first, claim parts last). */
export function documentMarks(doc: XrayDocument): Mark[] {
  const marks: Mark[] = [];
  for (const e of doc.entities) {
    const extra = [e.type, e.role, e.side].filter(Boolean).join(', ');
    marks.push({ kind: 'entity', start: e.start, end: e.end, note: `Entity: ${e.name}${extra ? ` (${extra})` : ''}`, side: e.side ?? null });
  }
  for (const p of doc.places) {
    const where = [p.admin1, p.country].filter(Boolean).join(', ');
    const coords = p.lat !== null && p.lon !== null ? ` @ ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : '';
    marks.push({ kind: 'place', start: p.start, end: p.end, note: `Place: ${p.name}${where ? `, ${where}` : ''}${coords}` });
  }
  for (const t of doc.times) marks.push({ kind: 'time', start: t.start, end: t.end, note: `Time: ${t.value ?? 'unresolved'}` });
  for (const f of doc.figures) {
    const what = [f.category ?? 'figure', f.about ? `about ${f.about}` : ''].filter(Boolean).join(' ');
    marks.push({ kind: 'figure', start: f.start, end: f.end, note: `Figure: ${what}: ${fmtRange(f.low, f.high, f.approx)}${f.unit ? ` ${f.unit}` : ''}` });
  }
  doc.claims.forEach((c, i) => {
    marks.push({ kind: 'claim', start: c.start, end: c.end, claim: i, side: c.side, note: `Claim #${i} (${c.side}${c.hedged ? ', hedged' : ''}${c.denial ? ', denial' : ''})` });
    if (c.source) marks.push({ kind: 'source', start: c.source.start, end: c.source.end, claim: i, side: c.source.side, note: `Source of claim #${i}: ${c.source.name ?? c.source.text} (${c.source.side})` });
    if (c.cue) marks.push({ kind: 'cue', start: c.cue.start, end: c.cue.end, claim: i, note: `Cue of claim #${i}` });
    if (c.via) marks.push({ kind: 'via', start: c.via.start, end: c.via.end, claim: i, side: c.via.side, note: `Relayed via ${c.via.name ?? c.via.text}` });
    for (const h of c.hedges ?? []) marks.push({ kind: 'hedge', start: h.start, end: h.end, claim: i, note: `Hedge: ${h.text}` });
    for (const d of c.denials ?? []) marks.push({ kind: 'denial', start: d.start, end: d.end, claim: i, note: `Denial: ${d.text}` });
  });
  return marks;
}
