/** @module Page metadata extraction: dates with provenance, title, author, site, URL, language. */

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanAuthor, dateFromUrl, extractMetadata, normaliseDate, stripTitleSuffix } from './metadata.js';

function meta(head: string, body = '', url: string | null = null) {
  const { document } = parseHTML(`<!DOCTYPE html><html lang="uk-UA"><head>${head}</head><body>${body}</body></html>`);
  return extractMetadata(document as never, url);
}

describe('extractMetadata dates and provenance', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2022-03-25T14:05:00+02:00">', '', null, '2022-03-25T14:05:00+02:00', 'html-meta'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2023-01-07"}</script>', '', null, '2023-01-07', 'json-ld'],
    ['JSON-LD in @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"S"},{"@type":"Article","headline":"H","datePublished":"2023-02-08T09:00:00Z"}]}</script>', '', null, '2023-02-08T09:00:00Z', 'json-ld'],
    ['time element', '', '<p>Posted <time datetime="2021-12-01">1 Dec</time></p>', null, '2021-12-01', 'time-element'],
    ['itemprop datePublished', '', '<span itemprop="datePublished" content="2020-05-04">May 4</span>', null, '2020-05-04', 'html-meta'],
    ['URL path', '', '', 'https://news.example/world/2022/02/24/invasion', '2022-02-24', 'url-path'],
  ])('%s', (_name, head, body, url, published, source) => {
    const m = meta(head, body, url);
    expect(m.published).toBe(published);
    expect(m.publishedSource).toBe(source);
  });

  it('meta beats JSON-LD beats time element', () => {
    const m = meta('<meta property="article:published_time" content="2022-03-01"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-02"}</script>', '<time datetime="2022-03-03">x</time>');
    expect(m).toMatchObject({ published: '2022-03-01', publishedSource: 'html-meta' });
  });
});

describe('extractMetadata title, author, site, url, lang', () => {
  it('reads og tags, JSON-LD author and canonical url', () => {
    const m = meta(
      '<meta property="og:title" content="Drone attack on Odesa"><meta property="og:site_name" content="Kyiv Independent"><link rel="canonical" href="https://kyivindependent.com/odesa-drones"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Anna Myroniuk"}],"publisher":{"name":"KI"}}</script>',
    );
    expect(m).toMatchObject({ title: 'Drone attack on Odesa', author: 'Anna Myroniuk', siteName: 'Kyiv Independent', url: 'https://kyivindependent.com/odesa-drones', lang: 'uk' });
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['  JavaScript:void(0)'],
  ])('keeps no canonical url with a non-web scheme (%s)', (href) => {
    const m = meta(`<link rel="canonical" href="${href.replace(/"/g, '&quot;')}"><meta property="og:url" content="${href.replace(/"/g, '&quot;')}">`);
    expect(m.url).toBeNull();
  });

  it.each([
    ['Kharkiv shelled overnight | Example News', 'Example News', 'Kharkiv shelled overnight'],
    ['Kharkiv shelled overnight - Example News', null, 'Kharkiv shelled overnight'],
    ['Ukraine war latest: what we know on day 500', null, 'Ukraine war latest: what we know on day 500'],
  ])('strips a site suffix from %s', (title, site, expected) => {
    expect(stripTitleSuffix(title, site)).toBe(expected);
  });

  it('falls back to <title> and meta author, stripping "By"', () => {
    const m = meta('<title>Frontline report | Site</title><meta name="author" content="By Jane Doe">');
    expect(m.title).toBe('Frontline report');
    expect(m.author).toBe('Jane Doe');
  });
});

describe('cleanAuthor', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Dan Goodin - Apr 16, 2015 8:02 pm UTC', 'Dan Goodin'],
    ['Steven Musil January 18, 2017 11:00 PM PST @stevenmusil', 'Steven Musil'],
    ['por César Salza', 'César Salza'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['https://www.facebook.com/someone', null],
  ])('%s → %s', (raw, expected) => {
    expect(cleanAuthor(raw)).toBe(expected);
  });
});

describe('date helpers', () => {
  it.each([
    ['2022-03-25', '2022-03-25'],
    ['2022-03-25T14:05:00Z', '2022-03-25T14:05:00Z'],
    ['2022-03-25 14:05', '2022-03-25T14:05:00'],
    ['March 5, 2023', '2023-03-05'],
    ['5 March 2023', '2023-03-05'],
    ['2023/11/02', '2023-11-02'],
    ['yesterday', null],
    ['2022-13-40', null],
  ])('normaliseDate(%s)', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });

  it.each([
    ['https://x.com/2022/03/25/story', '2022-03-25'],
    ['https://x.com/news/2022-03-25-story', '2022-03-25'],
    ['https://x.com/news/20220325/story', '2022-03-25'],
    ['https://x.com/news/story-12345', null],
  ])('dateFromUrl(%s)', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});
