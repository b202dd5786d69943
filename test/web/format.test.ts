/** @module Tests of the dashboard's display formatting (web/src/lib/format.ts). */

import { describe, expect, it } from 'vitest';
import { fmtCount, fmtNumber } from '../../web/src/lib/format.js';

describe('dashboard formatting', () => {
  it.each([
    [0, 'claim', undefined, '0 claims'],
    [1, 'claim', undefined, '1 claim'],
    [12345, 'mention', undefined, '12,345 mentions'],
    [1, 'story', 'stories', '1 story'],
    [3, 'story', 'stories', '3 stories'],
  ])('counts %s %s', (n, noun, plural, text) => {
    expect(fmtCount(n, noun, plural)).toBe(text);
  });

  it('shows a missing number as a dash', () => {
    expect(fmtNumber(null)).toBe('–');
    expect(fmtNumber(Number.NaN)).toBe('–');
  });
});
