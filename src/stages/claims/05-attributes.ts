/** @module Claim attributes: quote type, epistemic hedges and denials as cue-word spans (spec/claims.md §1.4). */

import type { Span } from '../../core/doc.js';
import { COULD_POSSIBILITY_NEXT, DENIAL_CONTENT_PATTERNS, DENIAL_CUES, HEDGE_PATTERNS } from './data/hedges.js';

function alternation(list: readonly string[]): RegExp {
  const body = [...list].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

let hedgeRe: RegExp | null = null;
let denialRe: RegExp | null = null;
const COULD_RE = /(?<![\p{L}])could(?:\s+not)?\s+([\p{L}]+)/giu;

/** Hedge-word spans in `[start, end)` of the text. */
export function findHedges(text: string, start: number, end: number): Span[] {
  hedgeRe ??= alternation(HEDGE_PATTERNS);
  const seg = text.slice(start, end);
  const out: Span[] = [];
  hedgeRe.lastIndex = 0;
  for (let m = hedgeRe.exec(seg); m; m = hedgeRe.exec(seg)) {
    const w = m[0].toLowerCase();
    // "may" the month; "May 9".
    if (w === 'may' && (/^May\b/.test(m[0]) && /^\s+\d/.test(seg.slice(m.index + 3)))) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  COULD_RE.lastIndex = 0;
  for (let m = COULD_RE.exec(seg); m; m = COULD_RE.exec(seg)) {
    if (!COULD_POSSIBILITY_NEXT.has(m[1]!.toLowerCase())) continue;
    if (/not\s+(?:be\s+)?(?:independently\s+)?verif/i.test(seg.slice(m.index, m.index + 40))) continue;
    out.push({ start: start + m.index, end: start + m.index + 5, text: text.slice(start + m.index, start + m.index + 5) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Denial spans: a denial cue verb, or rebuttal expressions in the content. */
export function findDenials(text: string, cue: Span | null, content: Span): Span[] {
  const out: Span[] = [];
  if (cue) {
    const m = /^[\p{L}]+/u.exec(cue.text);
    if (m && DENIAL_CUES.has(m[0].toLowerCase())) out.push({ start: cue.start, end: cue.start + m[0].length, text: m[0] });
  }
  denialRe ??= alternation(DENIAL_CONTENT_PATTERNS);
  denialRe.lastIndex = 0;
  for (let m = denialRe.exec(content.text); m; m = denialRe.exec(content.text)) {
    out.push({ start: content.start + m.index, end: content.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** `direct` when the content was a whole quotation, `mixed` when it holds quotation marks, else `indirect`. */
export function quoteType(content: string, direct: boolean): 'direct' | 'indirect' | 'mixed' {
  if (direct) return 'direct';
  return /["“”]/.test(content) ? 'mixed' : 'indirect';
}
