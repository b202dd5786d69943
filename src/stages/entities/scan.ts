/**
 * @module Whole-text scans of the document steps, done by hand over the characters: the capitalised words of
 * {@link CAP_WORD_PATTERN} and the free-standing occurrences of one literal word, without building or running regular
 * expressions (no match objects, no substrings, no pattern compiled per document).
 */

import { classOf, codePointBefore, LETTER, MARK, NUMBER, UPPER, widthOf } from './chars.js';

/**
 * The words found: a capital letter not preceded by a letter, digit, apostrophe or hyphen, then letters, marks and
 * apostrophes, not followed by a letter, digit or hyphen (the possessive split off as the recogniser's tokens do:
 * "Major 's"). {@link forEachCapWord} visits exactly the matches of this pattern run with the `g` flag.
 */
export const CAP_WORD_PATTERN = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{M}'’]*(?![\p{L}\p{N}-])/gu;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const ASCII_UPPER_FIRST = 0x41;
const ASCII_UPPER_LAST = 0x5a;
const ASCII_END = 0x80;

/** Letter, digit, apostrophe or hyphen: what may not stand right before a capitalised word. */
function blocksBefore(cp: number): boolean {
  return cp === APOSTROPHE || cp === RIGHT_QUOTE || cp === HYPHEN || (classOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** Letter, digit or hyphen: what may not stand right after a capitalised word. */
function blocksAfter(cp: number): boolean {
  return cp === HYPHEN || (classOf(cp) & (LETTER | NUMBER)) !== 0;
}

/** Letter, mark or apostrophe: what continues a capitalised word. */
function continuesWord(cp: number): boolean {
  return cp === APOSTROPHE || cp === RIGHT_QUOTE || (classOf(cp) & (LETTER | MARK)) !== 0;
}

/**
 * Calls `visit(start, end)` for each match of {@link CAP_WORD_PATTERN} in `text`, left to right — the same spans the
 * pattern's `exec` loop gives, found by reading each character once (plus the backtracking the pattern would do).
 */
export function forEachCapWord(text: string, visit: (start: number, end: number) => void): void {
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    const unit = text.charCodeAt(pos);
    if (unit < ASCII_UPPER_FIRST || (unit > ASCII_UPPER_LAST && unit < ASCII_END)) {
      pos++; // no ASCII character but A–Z is an upper-case letter
      continue;
    }
    const cp = text.codePointAt(pos)!;
    const width = widthOf(cp);
    if ((classOf(cp) & UPPER) !== 0 && !blocksBefore(codePointBefore(text, pos))) {
      const first = pos + width;
      let end = first;
      while (end < len) {
        const c = text.codePointAt(end)!;
        if (!continuesWord(c)) break;
        end += widthOf(c);
      }
      // Give back trailing code points until the next one does not block the end (as the pattern backtracks).
      while (end < len && blocksAfter(text.codePointAt(end)!) && end > first) end -= widthOf(codePointBefore(text, end));
      if (end >= len || !blocksAfter(text.codePointAt(end)!)) {
        visit(pos, end);
        pos = end;
        continue;
      }
    }
    pos += width;
  }
}

const DOT_CHAR = 0x2e;

/**
 * Calls `visit(start)` for each occurrence of `word` in `text` not preceded by a letter, digit or dot and not followed
 * by a letter or digit, left to right and never overlapping — the matches of
 * `new RegExp(`(?<![\\p{L}\\p{N}.])${escaped word}(?![\\p{L}\\p{N}])`, 'gu')`.
 * @param word Starts with a letter (so it never starts inside a surrogate pair).
 */
export function forEachWholeWord(text: string, word: string, visit: (start: number) => void): void {
  if (!word) return;
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return;
    const before = codePointBefore(text, at);
    const end = at + word.length;
    const free = before !== DOT_CHAR && (classOf(before) & (LETTER | NUMBER)) === 0 && (end >= text.length || (classOf(text.codePointAt(end)!) & (LETTER | NUMBER)) === 0);
    if (free) visit(at);
    from = free ? end : at + 1;
  }
}
