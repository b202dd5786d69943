/** @module Step 1: word tokens of a sentence with offsets, case shape and sentence-start flags. */

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

/** Abbreviations with dots (U.S., U.N.), words with inner hyphens/apostrophes, numbers with ordinals, or one other character. */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S/gu;
const PARTICLE = /^(?:al|el|bin|ibn|ad|as|ash|an|at)-\p{Lu}/u;
/** At least two letters (for the all-caps test). */
const LETTERS2 = /\p{L}.*\p{L}/u;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase());
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

/**
 * Tokenises `text.slice(start, end)` (one sentence) into tokens with absolute offsets.
 * Possessive `'s` is split off its word so that `Russia's` gives the token `Russia`.
 */
export function tokenize(text: string, start: number, end: number): NerToken[] {
  const out: NerToken[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let afterOpener = true;
  let seenWord = false;
  while ((m = TOKEN.exec(slice)) !== null) {
    let t = m[0];
    let s = start + m.index;
    const parts: Array<[string, number]> = [];
    const last = t.charCodeAt(t.length - 1);
    const apo = t.length > 2 ? t.charCodeAt(t.length - 2) : 0;
    if ((last === 115 || last === 83) && (apo === 39 || apo === 0x2019) && isLetter(t.charCodeAt(t.length - 3))) {
      parts.push([t.slice(0, -2), s], [t.slice(-2), s + t.length - 2]);
    } else parts.push([t, s]);
    for (const [pt, ps] of parts) {
      t = pt;
      s = ps;
      const c0 = t.charCodeAt(0);
      const isWord = isLetter(c0) || (c0 >= 48 && c0 <= 57);
      let cap = (c0 >= 65 && c0 <= 90) || (c0 > 127 && t[0] !== t[0]!.toLowerCase());
      if (!cap && isWord && t.length > 3 && t.indexOf('-') > 0 && t.indexOf('-') <= 3) cap = PARTICLE.test(t);
      let upper = false;
      if (cap && t.length >= 2) {
        const up = t.toUpperCase();
        upper = t === up && t !== t.toLowerCase() && LETTERS2.test(t);
      }
      out.push({
        start: s,
        end: s + t.length,
        text: t,
        norm: norm(t),
        cap,
        upper,
        word: isWord,
        initial: isWord && afterOpener,
      });
      if (isWord) {
        afterOpener = false;
        seenWord = true;
      } else if (QUOTES.has(t) || (OPENERS.has(t) && !seenWord)) afterOpener = true;
    }
  }
  return out;
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
    if (!t.word || !/\p{L}/u.test(t.text)) continue;
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
