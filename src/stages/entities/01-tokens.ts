/** @module Step 1: word tokens of a sentence with offsets, case shape and sentence-start flags. */

import { classOf, LETTER, NUMBER, SPACE, widthOf } from './chars.js';

/** A token of the recogniser. `norm` is lower case without diacritics or dots. */
export interface NerToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  /** First letter upper case (or an `al-`/`bin-` particle before an upper-case part). */
  cap: boolean;
  /** Two or more letters, all upper case. */
  upper: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** First word of the sentence, or first word after an opening quote, bracket or colon. */
  initial: boolean;
}

/**
 * Abbreviations with dots (U.S., U.N.), words with inner hyphens/apostrophes, numbers with ordinals, or one other
 * character: the tokens {@link tokenize} cuts (by hand, see {@link tokenEnd}), as this pattern run with the `g` flag would.
 */
export const TOKEN_PATTERN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S/gu;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;
const PARTICLE = /^(?:al|el|bin|ibn|ad|as|ash|an|at)-\p{Lu}/u;
/** At least two letters (for the all-caps test). */
const LETTERS2 = /\p{L}.*\p{L}/u;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase());
}
/** Any letter (the test behind a word's counting in {@link sentenceShape}). */
const HAS_LETTER = /\p{L}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Punctuation after which a word counts as sentence-initial when nothing but punctuation came before it. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*']);
/** Quotes and colons open a new quasi-sentence anywhere ("he said: “Everything…”"). */
const QUOTES = new Set(['"', '“', '‘', ':']);
const DIACRITICS = /[\u0300-\u036f]/g;

const ASCII = /^[\x20-\x7e]*$/;

function norm(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(/\./g, '');
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/\./g, '').replace(/’/g, "'");
}

/** What a token's text alone decides: its norm and case flags (computed once per distinct text). */
interface TokenShape {
  text: string;
  norm: string;
  cap: boolean;
  upper: boolean;
  word: boolean;
}

/** Distinct token texts whose shapes are kept before the cache is emptied (bounds memory on long runs). */
export const SHAPE_CACHE_MAX = 100_000;
const shapes = new Map<string, TokenShape>();

function shapeOf(t: string): TokenShape {
  const c0 = t.charCodeAt(0);
  // Lower-case ASCII words (most tokens) are their own norm and need no case tests.
  if (c0 >= 97 && c0 <= 122 && isPlainLower(t)) return { text: t, norm: t, cap: false, upper: false, word: true };
  let sh = shapes.get(t);
  if (sh !== undefined) return sh;
  const word = isLetter(c0) || (c0 >= 48 && c0 <= 57);
  let cap = (c0 >= 65 && c0 <= 90) || (c0 > 127 && t[0] !== t[0]!.toLowerCase());
  if (!cap && word && t.length > 3 && t.indexOf('-') > 0 && t.indexOf('-') <= 3) cap = PARTICLE.test(t);
  let upper = false;
  if (cap && t.length >= 2) {
    const up = t.toUpperCase();
    upper = t === up && t !== t.toLowerCase() && LETTERS2.test(t);
  }
  sh = { text: t, norm: norm(t), cap, upper, word };
  if (shapes.size >= SHAPE_CACHE_MAX) shapes.clear();
  shapes.set(t, sh);
  return sh;
}

/** Only `a`–`z`, digits, `'` and `&` after the first letter, hyphens not in the first four (no particle, no dot, no capital). */
function isPlainLower(t: string): boolean {
  for (let k = 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 38) continue;
    if (c === 45 && k > 3) continue;
    return false;
  }
  return true;
}

/**
 * Tokenises `text.slice(start, end)` (one sentence) into tokens with absolute offsets.
 * Possessive `'s` is split off its word so that `Russia's` gives the token `Russia`.
 */
export function tokenize(text: string, start: number, end: number): NerToken[] {
  const out: NerToken[] = [];
  const slice = text.slice(start, end);
  let afterOpener = true;
  let seenWord = false;
  const emit = (t: string, s: number): void => {
    const sh = shapeOf(t);
    out.push({ start: s, end: s + t.length, text: sh.text, norm: sh.norm, cap: sh.cap, upper: sh.upper, word: sh.word, initial: sh.word && afterOpener });
    if (sh.word) {
      afterOpener = false;
      seenWord = true;
    } else if (QUOTES.has(t) || (OPENERS.has(t) && !seenWord)) afterOpener = true;
  };
  const len = slice.length;
  let p = 0;
  while (p < len) {
    const cp = slice.codePointAt(p)!;
    if ((classOf(cp) & SPACE) !== 0) {
      p += widthOf(cp);
      continue;
    }
    const e = tokenEnd(slice, p, cp);
    const t = slice.slice(p, e);
    const s = start + p;
    p = e;
    const last = t.charCodeAt(t.length - 1);
    const apo = t.length > 2 ? t.charCodeAt(t.length - 2) : 0;
    if ((last === 115 || last === 83) && (apo === 39 || apo === 0x2019) && isLetter(t.charCodeAt(t.length - 3))) {
      emit(t.slice(0, -2), s);
      emit(t.slice(-2), s + t.length - 2);
    } else emit(t, s);
  }
  return out;
}

/** Letter or digit (`[\p{L}\p{N}]`). */
function isAlnum(cp: number): boolean {
  return (classOf(cp) & (LETTER | NUMBER)) !== 0;
}

/**
 * End of the token of {@link TOKEN_PATTERN} that starts at `p` in `s` (`cp`, the code point there, is no space):
 * dotted letters repeated at least twice, else letters and digits joined by single hyphens, apostrophes or ampersands,
 * else the one character.
 */
function tokenEnd(s: string, p: number, cp: number): number {
  const len = s.length;
  let q = p;
  let dotted = 0;
  while (q < len) {
    const c = s.codePointAt(q)!;
    if ((classOf(c) & LETTER) === 0) break;
    const w = widthOf(c);
    if (q + w >= len || s.charCodeAt(q + w) !== DOT) break;
    q += w + 1;
    dotted++;
  }
  if (dotted >= 2) return q;
  if (!isAlnum(cp)) return p + widthOf(cp);
  let e = p + widthOf(cp);
  for (;;) {
    while (e < len) {
      const c = s.codePointAt(e)!;
      if (!isAlnum(c)) break;
      e += widthOf(c);
    }
    if (e + 1 >= len) return e;
    const sep = s.charCodeAt(e);
    if (sep !== HYPHEN && sep !== APOSTROPHE && sep !== RIGHT_QUOTE && sep !== AMPERSAND) return e;
    const next = s.codePointAt(e + 1)!;
    if (!isAlnum(next)) return e;
    e += 1 + widthOf(next);
  }
}

/** A sentence is in title case when it has at least this many words of 4+ letters … */
export const TITLE_MIN_LONG_WORDS = 4;
/** … and this share of them are Capitalised (headlines capitalise all of them; running text has lower-case verbs). */
export const TITLE_CAP_SHARE = 1;
/** A sentence is a shouted headline when at least this share of its words are all capitals. */
export const CAPS_SHARE = 0.6;

/** Sentence shape: `caps` when most words are upper case (headline), `title` when most long words are Capitalised. */
export function sentenceShape(tokens: readonly NerToken[]): 'normal' | 'caps' | 'title' {
  let words = 0;
  let upper = 0;
  let long = 0;
  let capLong = 0;
  for (const t of tokens) {
    if (!t.word || !(isAsciiLetter(t.text.charCodeAt(0)) || HAS_LETTER.test(t.text))) continue;
    words++;
    if (t.upper) upper++;
    if (t.text.length >= 4) {
      long++;
      if (t.cap) capLong++;
    }
  }
  if (words >= 3 && upper / words >= CAPS_SHARE) return 'caps';
  if (long >= TITLE_MIN_LONG_WORDS && capLong / long >= TITLE_CAP_SHARE) return 'title';
  return 'normal';
}
