/** @module Tests: the hand-written scanners of the recogniser cut exactly what the patterns they stand for would. */

import { describe, expect, it } from 'vitest';
import { prng } from '../../core/prng.js';
import { tokenize, TOKEN_PATTERN } from './01-tokens.js';
import { CAP_WORD_PATTERN, forEachCapWord, forEachWholeWord } from './scan.js';

/** Spans of every match of `pattern` (global) in `text`. */
function patternSpans(pattern: RegExp, text: string): Array<[number, number]> {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, m.index + m[0].length]);
}

/** Token spans with the possessive `'s` joined back to its word (the one split the tokenizer makes after matching; the pattern never cuts a two-character `'s` itself). */
function tokenSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const t of tokenize(text, 0, text.length)) {
    const prev = out[out.length - 1];
    if (prev && prev[1] === t.start && /^['’][sS]$/.test(t.text)) prev[1] = t.end;
    else out.push([t.start, t.end]);
  }
  return out;
}

function capWordSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  forEachCapWord(text, (s, e) => out.push([s, e]));
  return out;
}

/** Characters that exercise the classes and joins of both patterns: cases, marks, astral letters, odd spaces, lone surrogates. */
const ALPHABET = ['A', 'b', 'Z', 's', 'S', 'é', 'É', '\u0301', '\u0903', "'", '’', '-', '&', '.', ' ', '\u00a0', '\u2028', '\ufeff', '\u200b', '\u3000', '\t', '\n', '1', '²', 'Ⅻ', '𝐀', '𝐚', '😀', '\ud835', '\udc00', 'ǅ', 'ß', 'İ', '٣', 'Ω', '(', '"', ':'];
/** Random strings compared per run (deterministic seed). */
const FUZZ_CASES = 5000;
const FUZZ_MAX_LENGTH = 14;

function randomTexts(seed: number): string[] {
  const rnd = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < FUZZ_CASES; i++) {
    let t = '';
    const len = 1 + Math.floor(rnd() * FUZZ_MAX_LENGTH);
    for (let j = 0; j < len; j++) t += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
    out.push(t);
  }
  return out;
}

describe('entities scanners: tokens', () => {
  it.each([
    ['the U.S. and U.N. said', [[0, 3], [4, 8], [9, 12], [13, 17], [18, 22]]],
    ['U.S.A', [[0, 4], [4, 5]]],
    ['A.B', [[0, 1], [1, 2], [2, 3]]],
    ["AT&T rock'n'roll well- -x", [[0, 4], [5, 16], [17, 21], [21, 22], [23, 24], [24, 25]]],
    ['93rd  brigade\u00a0Kharkiv', [[0, 4], [6, 13], [14, 21]]],
  ])('cuts %j like the token pattern', (text, spans) => {
    expect(tokenSpans(text)).toEqual(spans);
    expect(patternSpans(TOKEN_PATTERN, text)).toEqual(spans);
  });

  it('splits a possessive off its word', () => {
    expect(tokenize("Russia's army", 0, 13).map((t) => t.text)).toEqual(['Russia', "'s", 'army']);
  });

  it('cuts random text exactly where the token pattern does', () => {
    for (const text of randomTexts(1)) expect(tokenSpans(text), JSON.stringify(text)).toEqual(patternSpans(TOKEN_PATTERN, text));
  });

  it('keeps offsets absolute and stays inside the sentence', () => {
    const text = 'xx Kyiv said. Then';
    expect(tokenize(text, 3, 13).map((t) => [t.text, t.start, t.end])).toEqual([['Kyiv', 3, 7], ['said', 8, 12], ['.', 12, 13]]);
  });
});

describe('entities scanners: capitalised words', () => {
  it.each([
    ["Major 's men", [[0, 5]]],
    ['JORDAN-born', []],
    ["Jordan'-x", [[0, 6]]],
    ['x-Ray Kyiv2 Élan', [[12, 16]]],
    ['\u0301Kyiv Kiev\u0301s', [[1, 5], [6, 12]]],
  ])('finds in %j what the pattern finds', (text, spans) => {
    expect(capWordSpans(text)).toEqual(spans);
    expect(patternSpans(CAP_WORD_PATTERN, text)).toEqual(spans);
  });

  it('finds in random text exactly what the pattern finds', () => {
    for (const text of randomTexts(2)) expect(capWordSpans(text), JSON.stringify(text)).toEqual(patternSpans(CAP_WORD_PATTERN, text));
  });
});

describe('entities scanners: whole words', () => {
  const spansOf = (text: string, word: string): number[] => {
    const out: number[] = [];
    forEachWholeWord(text, word, (s) => out.push(s));
    return out;
  };
  const patternStarts = (text: string, word: string): number[] =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}.])${word.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);

  it.each([
    ["AN leader quitting AN 's ranks, BAN, AN2, .AN, (AN)", 'AN', [0, 19, 48]],
    ['AAA AA AA', 'AA', [4, 7]],
    ['U.S. and U.S.A. and XU.S. (U.S.)', 'U.S.', [0, 27]],
  ])('finds the free-standing %j', (text, word, starts) => {
    expect(spansOf(text, word)).toEqual(starts);
    expect(patternStarts(text, word)).toEqual(starts);
  });

  it('finds in random text exactly what the pattern finds', () => {
    const rnd = prng(3);
    for (const text of randomTexts(4)) {
      const word = ['A', 'AS', 'S.A', 'É', '𝐀'][Math.floor(rnd() * 5)]!;
      expect(spansOf(text, word), JSON.stringify([text, word])).toEqual(patternStarts(text, word));
    }
  });
});
