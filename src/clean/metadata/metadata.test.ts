/** @module Tests of metadata resolution: outlet and date provenance, URL dates, datelines, copyright years. */

import { describe, expect, it } from 'vitest';
import { dateFromDateline, dateFromLabel, dateFromUrl, domainFromUrl, outletFromSyndication, resolveOutlet, resolvePublished } from './index.js';

describe('metadata', () => {
  it.each([
    ['https://www.example.com/world/2022/03/25/story.html', '2022-03-25'],
    ['https://example.com/news/2022-3-5-some-slug', '2022-03-05'],
    ['https://example.com/20220325/story', '2022-03-25'],
    ['https://example.com/world/story-123', null],
    ['not a url', null],
  ])('dateFromUrl(%s) = %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it.each([
    ['KYIV, March 25 (Reuters) - Ukrainian forces…', '2022', '2022-03-25'],
    ['MOSCOW, Sept. 30, 2022 (AP) — President…', null, '2022-09-30'],
    ['KYIV, March 25 (Reuters) - no year known', null, null],
    ['Kyiv said on March 25 that…', '2022', null],
  ])('dateFromDateline(%s)', (body, year, date) => {
    expect(dateFromDateline(body, year)).toBe(date);
  });

  it.each([
    ['Published on March 25, 2022', '2022-03-25'],
    ['Updated: 25 March 2022, 10:15', '2022-03-25'],
    ['Published 2022-03-25 10:00', '2022-03-25'],
    ['Updated at 23.36 BST', null],
  ])('dateFromLabel(%s) = %s', (text, date) => {
    expect(dateFromLabel([{ text, reason: 'published-label', at: 0 }])).toBe(date);
  });

  it('domainFromUrl strips www', () => {
    expect(domainFromUrl('https://www.kyivindependent.com/a')).toBe('kyivindependent.com');
    expect(domainFromUrl('nope')).toBeNull();
  });

  it('outletFromSyndication reads the outlet a note names', () => {
    expect(outletFromSyndication(['The following article, X Y, was first published on Flag And Cross.'])).toBe('Flag And Cross');
    expect(outletFromSyndication(['This article originally appeared on The Conversation.'])).toBe('The Conversation');
    expect(outletFromSyndication(['Source: Read Full Article'])).toBeNull();
  });

  it('resolveOutlet prefers input, then HTML site name, then URL, then text', () => {
    expect(resolveOutlet('Reuters', 'Site', 'https://a.com/', [])).toEqual({ value: 'Reuters', source: 'input' });
    expect(resolveOutlet(null, 'Site', 'https://a.com/', [])).toEqual({ value: 'Site', source: 'html' });
    expect(resolveOutlet(null, null, 'https://a.com/', [])).toEqual({ value: 'a.com', source: 'url' });
    expect(resolveOutlet(null, null, null, ['… was first published on Flag And Cross.'])).toEqual({ value: 'Flag And Cross', source: 'text' });
  });

  it('resolvePublished goes from the strongest evidence to the copyright year', () => {
    const copyright = [{ text: '© 2022, GDC.', reason: 'copyright', at: 0 }];
    expect(resolvePublished({ input: { value: '2022-04-01', source: 'feed' }, body: '', removed: [] })).toEqual({ value: '2022-04-01', source: 'feed' });
    expect(resolvePublished({ html: { value: '2022-04-02', source: 'json-ld' }, body: '', removed: [] })).toEqual({ value: '2022-04-02', source: 'json-ld' });
    expect(resolvePublished({ url: 'https://a.com/2022/04/03/x', body: '', removed: copyright })).toEqual({ value: '2022-04-03', source: 'url-path' });
    expect(resolvePublished({ body: 'KYIV, April 4 (Reuters) - Text', removed: copyright })).toEqual({ value: '2022-04-04', source: 'dateline' });
    expect(resolvePublished({ body: 'Text', removed: copyright })).toEqual({ value: '2022', source: 'copyright' });
    expect(resolvePublished({ body: 'Text', removed: [] })).toBeNull();
  });
});
