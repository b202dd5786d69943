/** @module Step 1: split content into lines with their offsets, and the line predicates the rules share. */

import {
  PROSE_LONG_CHARS,
  PROSE_MIN_WORDS,
  TITLE_CASE_MIN_WORD,
  TITLE_CASE_MIN_WORDS,
  TITLE_CASE_SHARE,
} from './data/thresholds.js';
import { TEASER_ELLIPSIS_PATTERN, TEASER_TAG_PATTERN } from './data/line-rules.js';

/** One line of the content: `[start, end)` excludes the newline; `trimmed` has no surrounding whitespace. */
export interface Line {
  start: number;
  end: number;
  text: string;
  trimmed: string;
  /** Offset of `trimmed` in the content. */
  trimStart: number;
  blank: boolean;
  /** Set when a rule removed the line. */
  reason: string | null;
}

/**
 * Splits content on `\n` into lines (the content has no `\r` after normalisation).
 * @returns One `Line` per line, in order, offsets into `content`.
 */
export function splitLines(content: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = content.length;
  while (start <= n) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = n;
    const text = content.slice(start, end);
    const trimmed = text.trim();
    const lead = trimmed ? text.indexOf(trimmed[0]!) : 0;
    lines.push({ start, end, text, trimmed, trimStart: start + lead, blank: trimmed.length === 0, reason: null });
    start = end + 1;
  }
  return lines;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const SENTENCE_END_RE = /[.!?]["”’')\]]*$/;
const UPPER_START_RE = /^\p{Lu}/u;

/** Counts words (letter/digit runs). */
export function wordCount(s: string): number {
  WORD_RE.lastIndex = 0;
  let c = 0;
  while (WORD_RE.exec(s)) c++;
  return c;
}

/** True when most longer words (after the first) start with a capital letter. */
export function isTitleCase(s: string): boolean {
  const words = s.match(WORD_RE);
  if (!words) return false;
  let long = 0;
  let upper = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.length < TITLE_CASE_MIN_WORD || /^\d/.test(w)) continue;
    long++;
    if (UPPER_START_RE.test(w)) upper++;
  }
  return long >= TITLE_CASE_MIN_WORDS && upper / long >= TITLE_CASE_SHARE;
}

/** True when the line ends with sentence punctuation (optionally followed by closing quotes/brackets). */
export function endsSentence(s: string): boolean {
  return SENTENCE_END_RE.test(s) && !TEASER_ELLIPSIS_PATTERN.test(s);
}

/** True for teaser lines: cut off with an ellipsis, or tagged like `[NEWS]`. */
export function isTeaser(s: string): boolean {
  return TEASER_ELLIPSIS_PATTERN.test(s) || TEASER_TAG_PATTERN.test(s);
}

/**
 * True when a trimmed line reads as body prose rather than a headline or a teaser:
 * long enough and ending like a sentence and not in Title Case, or very long.
 */
export function isProse(s: string): boolean {
  if (isTeaser(s)) return false;
  if (s.length >= PROSE_LONG_CHARS) return true;
  return endsSentence(s) && wordCount(s) >= PROSE_MIN_WORDS && !isTitleCase(s);
}

/** A comparison key for titles: lower case, straight quotes, single spaces, no trailing punctuation. */
export function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s.!?:;,…]+$/, '')
    .trim();
}
