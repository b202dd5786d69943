/** @module Tests of container date normalisation. */

import { describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.js';

describe('normalizeDate', () => {
  it.each([
    ['2022-03-31', '2022-03-31'],
    ['2022-07-26T07:54:56Z', '2022-07-26T07:54:56Z'],
    ['2022/06/21', '2022-06-21'],
    ['13 March 2022', '2022-03-13'],
    ['Wednesday, 23 February 2022', '2022-02-23'],
    ['Fri, 01 Apr 2022 08:15:00 +0300', '2022-04-01T08:15:00+03:00'],
    ['Sat, 02 Apr 2022 17:40:00 GMT', '2022-04-02T17:40:00Z'],
    ['Mon, 5 Sept 2022 06:00 EEST', '2022-09-05T06:00:00+03:00'],
    ['March 1, 2022', '2022-03-01'],
    ['  2022-01-02 ', '2022-01-02'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    ['31 February 2022', '31 February 2022'],
    ['2022/13/01', '2022/13/01'],
    ['yesterday', 'yesterday'],
    ['Fri, 01 Apr 2022 08:15:00 XYZ', 'Fri, 01 Apr 2022 08:15:00 XYZ'],
    ['', null],
    [null, null],
  ])('keeps what it cannot normalise: %j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});
