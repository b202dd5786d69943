/** @module Maps a Document's layers to table rows (and finds the sentence around a span), with no SQL in it. */

import type { Document } from '../../core/doc.js';

/** `[start, end)` of the sentence containing `[start, end)`; without a sentence layer, the line containing it. */
export function sentenceBounds(doc: Pick<Document, 'text' | 'sentences'>, start: number, end: number): [number, number] {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return [s.start, Math.max(s.end, Math.min(end, doc.text.length))];
  }
  const text = doc.text;
  let a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return [a, b];
}

/** Joins values as `|a|b|` so that a filter can test membership with `instr(col, '|a|')`. */
export function joinSet(values: readonly (string | null | undefined)[] | undefined): string {
  const vs = (values ?? []).filter((v): v is string => typeof v === 'string' && v.length > 0);
  return vs.length ? `|${vs.join('|')}|` : '';
}

/** Splits a `|a|b|` set back into its values. */
export function splitSet(s: string | null): string[] {
  return s ? s.split('|').filter((v) => v.length > 0) : [];
}

/** Figure categories of a claim: those listed by `figureIdx`, else those of the figures lying inside its content span. */
export function claimCategories(doc: Document, claimIdx: number): string[] {
  const c = doc.claims[claimIdx]!;
  const idxs = c.figureIdx?.length
    ? c.figureIdx
    : doc.figures.map((f, i) => (f.start >= c.start && f.end <= c.end ? i : -1)).filter((i) => i >= 0);
  const cats = new Set<string>();
  for (const i of idxs) {
    const cat = doc.figures[i]?.category;
    if (cat) cats.add(cat);
  }
  return [...cats];
}
