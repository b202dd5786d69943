/** @module Tests of Unicode normalisation: one-for-one spaces, dropped invisible characters, NFC, and mapping offsets back. */

import { describe, expect, it } from 'vitest';
import { mapRangeToOriginal, mapToOriginal, normaliseText } from './normalise.js';

describe('normaliseText', () => {
  it.each([
    ['plain ASCII is untouched', 'Kyiv, March 25', 'Kyiv, March 25', []],
    ['NBSP becomes a space one-for-one', 'a\u00a0b', 'a b', [[1, 1, 1]]],
    ['narrow NBSP and thin space too', '5\u202fkm\u2009away', '5 km away', [[1, 1, 1], [4, 1, 1]]],
    ['zero-width space is dropped', 'ab\u200bc', 'abc', [[2, 1, 0]]],
    ['BOM is dropped', '\ufeffText', 'Text', [[0, 1, 0]]],
    ['CRLF becomes LF', 'a\r\nb', 'a\nb', [[1, 2, 1]]],
    ['lone CR becomes LF', 'a\rb', 'a\nb', [[1, 1, 1]]],
    ['control characters are dropped, tab and newline kept', 'a\u0007\tb\n', 'a\tb\n', [[1, 1, 0]]],
    ['decomposed é is composed (NFC)', 'Cafe\u0301 Kyiv', 'Café Kyiv', [[3, 2, 1]]],
    ['quotes and dashes are left alone', '“Yes” — he said ‘no’', '“Yes” — he said ‘no’', []],
  ])('%s', (_name, input, text, edits) => {
    const r = normaliseText(input);
    expect(r.text).toBe(text);
    expect(r.edits).toEqual(edits);
  });

  it('maps offsets back to the original', () => {
    const input = '\ufeffab\u200bcd\r\nef';
    const r = normaliseText(input);
    expect(r.text).toBe('abcd\nef');
    for (const ch of ['a', 'b', 'c', 'd', 'e', 'f']) {
      expect(input[mapToOriginal(r.text.indexOf(ch), r.edits)]).toBe(ch);
    }
  });

  it('maps ranges back, ending after a multi-unit original stretch', () => {
    const input = 'x\u200bab\u00a0c\r\nCafe\u0301';
    const r = normaliseText(input);
    expect(r.text).toBe('xab c\nCafé');
    const range = (s: number, e: number): string => {
      const [a, b] = mapRangeToOriginal(s, e, r.edits);
      return input.slice(a, b);
    };
    expect(range(1, 5)).toBe('ab\u00a0c');
    expect(range(6, 10)).toBe('Cafe\u0301');
    expect(range(0, 1)).toBe('x');
  });

  it('combines earlier edits with NFC edits in result offsets', () => {
    const r = normaliseText('\u200be\u0301\u00a0x');
    expect(r.text).toBe('é x');
    expect(r.edits).toEqual([[0, 1, 0], [0, 2, 1], [1, 1, 1]]);
  });
});
