/** @module Test helper: checks the span invariants every Document must hold (BRIEF.md, spec/claims.md §0). */

import type { Document, Span } from '../../src/core/doc.js';

/** Returns a list of violations (empty when the document is sound). */
export function spanViolations(doc: Document): string[] {
  const bad: string[] = [];
  const check = (layer: string, s: Span | null | undefined) => {
    if (!s) return;
    if (!(0 <= s.start && s.start <= s.end && s.end <= doc.text.length)) bad.push(`${layer}: [${s.start},${s.end}) out of bounds`);
    else if (doc.text.slice(s.start, s.end) !== s.text) bad.push(`${layer}: text ${JSON.stringify(s.text)} ≠ slice ${JSON.stringify(doc.text.slice(s.start, s.end))}`);
    if (/^\s|\s$/.test(s.text)) bad.push(`${layer}: ${JSON.stringify(s.text)} begins or ends with whitespace`);
  };
  for (const e of doc.entities) check('entity', e);
  for (const p of doc.places) check('place', p);
  for (const t of doc.times) check('time', t);
  for (const f of doc.figures) check('figure', f);
  for (const c of doc.claims) {
    check('claim', c);
    check('claim.source', c.source);
    check('claim.cue', c.cue);
  }
  // Figures, places and times never overlap one another (spec §0).
  const flat = [...doc.figures.map((s) => ['figure', s] as const), ...doc.places.map((s) => ['place', s] as const), ...doc.times.map((s) => ['time', s] as const)].sort((a, b) => a[1].start - b[1].start);
  for (let i = 1; i < flat.length; i++) {
    const [ka, a] = flat[i - 1]!;
    const [kb, b] = flat[i]!;
    if (b.start < a.end && ka !== kb) bad.push(`${ka} ${JSON.stringify(a.text)} overlaps ${kb} ${JSON.stringify(b.text)}`);
  }
  return bad;
}
