/** @module Word and punctuation tokens of the cleaned text, with the sentence and quote each lies in. */

import type { Quote } from './01-quotes.js';

/** One token: `[s, e)` into the text. */
export interface Tok {
  s: number;
  e: number;
  /** The token text and its lower-case form. */
  w: string;
  lw: string;
  /** True for words (letters or digits), false for punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Sentence index. */
  sent: number;
  /** Index of the quote whose marks enclose the token (the marks included), or -1. */
  quote: number;
}

const TOKEN_RE = /([\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*)|''|[^\s\p{L}\p{N}]/gu;
const DOTTED_ABBR = /^(?:\p{L}\.)+\p{L}$/u;
const TITLE_ABBR = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sen', 'rep', 'st', 'gov', 'maj', 'capt', 'sgt', 'adm', 'prof', 'jr', 'sr']);
/** A middle initial (`Donald J. Trump`): one capital letter whose period is followed by a capitalised name. */
const INITIAL = /^\p{Lu}$/u;
const NAME_AFTER = /^ \p{Lu}/u;

/**
 * Tokenises the text once.
 * @param sentences Sentence spans (in order) used to tag tokens.
 * @param quotes Quotes used to tag tokens inside quotation marks.
 */
export function tokenize(text: string, sentences: ReadonlyArray<{ start: number; end: number }>, quotes: readonly Quote[]): Tok[] {
  const out: Tok[] = [];
  let si = 0;
  let qi = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const s = m.index;
    let e = s + m[0].length;
    let w = m[0];
    const word = m[1] !== undefined;
    if (word && text.charCodeAt(e) === 46 && (TITLE_ABBR.has(w.toLowerCase()) || DOTTED_ABBR.test(w) || (INITIAL.test(w) && NAME_AFTER.test(text.slice(e + 1, e + 3))))) {
      e++;
      w += '.';
      TOKEN_RE.lastIndex = e;
    }
    while (si < sentences.length - 1 && sentences[si]!.end <= s) si++;
    while (qi < quotes.length && quotes[qi]!.close <= s) qi++;
    const q = qi < quotes.length && quotes[qi]!.open <= s && s < quotes[qi]!.close ? qi : -1;
    const lw = w.toLowerCase();
    out.push({ s, e, w, lw, word, cap: word && w[0] !== lw[0], sent: si, quote: q });
  }
  return out;
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
