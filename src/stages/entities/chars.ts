/** @module Unicode classes of code points for the hand-written scanners of the recogniser (the classes its patterns name). */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{N}` */
export const NUMBER = 2;
/** `\p{M}` */
export const MARK = 4;
/** `\p{Lu}` */
export const UPPER = 8;
/** `\s` */
export const SPACE = 16;
/** First code point outside the Basic Multilingual Plane (written as two UTF-16 units). */
export const ASTRAL = 0x10000;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_SPACE = /^\s$/u;
/** Non-ASCII code points whose classes are kept before the cache is emptied (bounds memory on hostile input). */
export const CLASS_CACHE_MAX = 65_536;
/** Classes of the non-ASCII code points seen so far. */
const seen = new Map<number, number>();

/** The Unicode classes of a code point as bit flags ({@link LETTER}, {@link NUMBER}, {@link MARK}, {@link UPPER}, {@link SPACE}). */
export function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return LETTER;
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 48 && cp <= 57) return NUMBER;
    return cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : 0;
  }
  let c = seen.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (IS_LETTER.test(ch) ? LETTER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_SPACE.test(ch) ? SPACE : 0);
    if (seen.size >= CLASS_CACHE_MAX) seen.clear();
    seen.set(cp, c);
  }
  return c;
}

/** The code point that ends right before `pos` (a surrogate pair read as one), or -1 at the start. */
export function codePointBefore(text: string, pos: number): number {
  if (pos <= 0) return -1;
  const lo = text.charCodeAt(pos - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && pos >= 2) {
    const hi = text.charCodeAt(pos - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.codePointAt(pos - 2)!;
  }
  return lo;
}

/** UTF-16 units of a code point. */
export function widthOf(cp: number): number {
  return cp >= ASTRAL ? 2 : 1;
}
