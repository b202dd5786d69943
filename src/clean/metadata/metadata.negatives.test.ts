/** @module Negatives: text that must yield no date, no outlet and no URL date. */

import { describe, expect, it } from 'vitest';
import { dateFromDateline, dateFromLabel, dateFromUrl, outletFromSyndication, yearFromCopyright } from './index.js';

describe('metadata negatives', () => {
  it.each([
    'Kyiv said on March 25 (local time) that the talks had stalled.',
    'Reuters reported on March 25 that the convoy had stalled.',
    'In MOSCOW, the mood was grim.',
  ])('no dateline date: %s', (body) => {
    expect(dateFromDateline(body, '2022')).toBeNull();
  });

  it.each(['https://example.com/news/12345/story', 'https://example.com/2022/99/99/story', 'https://example.com/a-3022/01/01'])(
    'no URL date: %s',
    (url) => {
      expect(dateFromUrl(url)).toBeNull();
    },
  );

  it.each(['Source: Read Full Article', 'He said the report was first published by mistake', 'Continue reading: X ...'])(
    'no outlet: %s',
    (note) => {
      expect(outletFromSyndication([note])).toBeNull();
    },
  );

  it('copyright years and label dates come only from removed lines of the right kind', () => {
    expect(yearFromCopyright([{ text: '© 2022 Example', reason: 'caption', at: 0 }])).toBeNull();
    expect(dateFromLabel([{ text: 'Published on March 25, 2022', reason: 'read-more', at: 0 }])).toBeNull();
  });
});
