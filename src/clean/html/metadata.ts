/** @module Page metadata from HTML: title, author, publication date (with provenance), site name, canonical URL, language and description, from meta tags, JSON-LD, `<time>` and the URL path. */

import type { DateProvenance } from '../../core/doc.js';
import { normaliseSpace } from './blocks.js';

/** Metadata read from the page (all fields optional; null when absent). */
export interface HtmlMetadata {
  title?: string | null;
  author?: string | null;
  published?: string | null;
  publishedSource?: DateProvenance | null;
  siteName?: string | null;
  url?: string | null;
  lang?: string | null;
  description?: string | null;
}

/** Minimal element view used here (light-DOM or linkedom element). */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
  localName?: string;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  documentElement?: El | null;
}

/** Longest JSON-LD script parsed (characters). */
const MAX_JSON_LD_CHARS = 200_000;
/** Longest title/author accepted. */
const MAX_TITLE_CHARS = 400;
const MAX_AUTHOR_CHARS = 120;
/** Title separators before a trailing site name (`Headline | Site`, `Headline - Site`). */
const TITLE_SUFFIX_RE = /\s+(?:[|–—·•»:]|-{1,2})\s+([^|–—·•»]{2,60})$/u;

/** All `<meta>` contents keyed by lower-cased property/name/itemprop (first non-empty wins), read in one pass. */
function metaMap(metas: ArrayLike<El>): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = m.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = m.getAttribute(attr);
      if (k) for (const key of k.toLowerCase().split(/\s+/)) if (key && !map.has(key)) map.set(key, normaliseSpace(content));
    }
  }
  return map;
}

function metaContent(metas: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = metas.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

/** The elements metadata is read from (from `indexDocument`, or found by selector queries). */
export interface PageIndex {
  metas: ArrayLike<El>;
  jsonLd: ArrayLike<El>;
  links: ArrayLike<El>;
  title: El | null;
  h1: El | null;
  time: El | null;
  datePublished: El | null;
  author: El | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** All JSON-LD objects on the page, flattening arrays and `@graph`. */
export function jsonLdObjects(scripts: ArrayLike<El>): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (!raw.trim() || raw.length > MAX_JSON_LD_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    while (queue.length > 0 && out.length < 100) {
      const item = queue.shift()!;
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        out.push(item);
        const graph = item['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog|webpage|newsarticle/i;

function typeOf(o: Record<string, Json>): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function nameOf(v: Json | undefined): string | null {
  if (!v) return null;
  if (typeof v === 'string') return normaliseSpace(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'object') return nameOf(v['name'] as Json);
  return null;
}

const AUTHOR_PREFIX_RE = /^(by|von|par|por|di|de|door|av|af|автор|written by|posted by)[:\s]+/iu;
const AUTHOR_CUT_RE = /\s+[-–—|•·]\s+|\s+@|\s+\d|,?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+(updated|published|posted)\b/iu;
/** Most words in an author name string (a longer byline text is cut). */
const MAX_AUTHOR_WORDS = 8;

/** Cleans a byline into author name(s): drops a leading "By"/"Par"/…, and cuts at a date, separator or handle. */
export function cleanAuthor(raw: string): string | null {
  let a = normaliseSpace(raw).replace(AUTHOR_PREFIX_RE, '');
  const cut = AUTHOR_CUT_RE.exec(a);
  if (cut && cut.index > 0) a = a.slice(0, cut.index);
  a = a.replace(/[\s,;:|–—-]+$/u, '').trim();
  if (!a || a.split(' ').length > MAX_AUTHOR_WORDS || /^https?:/i.test(a)) return null;
  return a.slice(0, MAX_AUTHOR_CHARS);
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * Normalises a date string to ISO: `YYYY-MM-DD`, or the full ISO date-time when a time is given
 * (`2022-03-25T14:05:00Z`, `2022-03-25T14:05:00+02:00`). Returns null when no plausible date is found.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const date = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (!date) return null;
    if (m[4] === undefined) return date;
    const tz = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7]) : '';
    return `${date}T${m[4]!.padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${tz}`;
  }
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) return ymd(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()]) return ymd(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  return null;
}

function ymd(y: number, mo: number, d: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date in a URL path: `/2022/03/25/`, `/2022-03-25-`, `/20220325/`. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  return m ? ymd(+m[1]!, +m[2]!, +m[3]!) : null;
}

/** Strips a trailing ` | Site` / ` - Site` from a `<title>`, when a suffix is there and the rest is a real headline. */
export function stripTitleSuffix(title: string, siteName?: string | null): string {
  let t = normaliseSpace(title);
  if (siteName) {
    const idx = t.toLowerCase().lastIndexOf(siteName.toLowerCase());
    if (idx > 10 && idx + siteName.length >= t.length - 1) {
      const cut = t.slice(0, idx).replace(/[\s|–—·•»:-]+$/u, '');
      if (cut.length >= 10) return cut;
    }
  }
  const m = TITLE_SUFFIX_RE.exec(t);
  if (m && m.index >= 15) t = t.slice(0, m.index);
  return t;
}

/**
 * Reads the page's metadata. Title: og:title, twitter:title, JSON-LD headline, first h1, `<title>` (suffix stripped).
 * Author: meta author, JSON-LD author, rel=author, byline classes. Published: article:published_time (and kin),
 * JSON-LD datePublished, `<time datetime>`, itemprop datePublished, URL path date.
 */
export function extractMetadata(doc: Doc, url?: string | null, index?: PageIndex): HtmlMetadata {
  const idx: PageIndex = index ?? {
    metas: doc.querySelectorAll('meta'),
    jsonLd: doc.querySelectorAll('script[type="application/ld+json"]'),
    links: doc.querySelectorAll('link'),
    title: doc.querySelector('title'),
    h1: doc.querySelector('h1'),
    time: doc.querySelector('time[datetime]'),
    datePublished: doc.querySelector('[itemprop="datePublished"]'),
    author: doc.querySelector('[rel="author"]') ?? doc.querySelector('[itemprop="author"]') ?? doc.querySelector('.byline, .author, .byline-name, .author-name'),
  };
  const metas = metaMap(idx.metas);
  const ld = jsonLdObjects(idx.jsonLd);
  const ldArticle =
    ld.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o['headline'] || o['datePublished'])) ?? ld.find((o) => o['headline'] || o['datePublished']) ?? ld.find((o) => ARTICLE_TYPES.test(typeOf(o))) ?? null;

  const siteName =
    metaContent(metas, ['og:site_name', 'application-name']) ??
    (ldArticle ? nameOf(ldArticle['publisher']) : null) ??
    nameOf(ld.find((o) => /organization|website/i.test(typeOf(o)))?.['name']);

  let title =
    metaContent(metas, ['og:title', 'twitter:title']) ??
    (ldArticle && typeof ldArticle['headline'] === 'string' ? normaliseSpace(ldArticle['headline']) : null);
  if (!title) {
    const h1 = idx.h1;
    title = (h1 ? normaliseSpace(h1.textContent ?? '') : '') || null;
  }
  if (!title) {
    const titleEl = idx.title;
    const docTitle = titleEl ? normaliseSpace(titleEl.textContent ?? '') : '';
    title = docTitle ? stripTitleSuffix(docTitle, siteName) : null;
  }
  if (title) title = stripTitleSuffix(title, siteName).slice(0, MAX_TITLE_CHARS) || null;

  let author = metaContent(metas, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']);
  if (author && /^https?:/i.test(author)) author = null;
  author ??= ldArticle ? nameOf(ldArticle['author']) : null;
  if (!author) {
    const el = idx.author;
    const text = el ? normaliseSpace(el.textContent ?? '') : '';
    if (text && text.length <= MAX_AUTHOR_CHARS) author = text.replace(/^by\s+/i, '');
  }
  if (author) author = cleanAuthor(author);

  let published: string | null = null;
  let publishedSource: DateProvenance | null = null;
  const fromMeta = normaliseDate(metaContent(metas, ['article:published_time', 'og:published_time', 'published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date']));
  if (fromMeta) [published, publishedSource] = [fromMeta, 'html-meta'];
  if (!published && ldArticle) {
    const d = normaliseDate(typeof ldArticle['datePublished'] === 'string' ? ldArticle['datePublished'] : typeof ldArticle['dateCreated'] === 'string' ? ldArticle['dateCreated'] : null);
    if (d) [published, publishedSource] = [d, 'json-ld'];
  }
  if (!published) {
    const el = idx.datePublished;
    const d = normaliseDate(el ? el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent : null);
    if (d) [published, publishedSource] = [d, 'html-meta'];
  }
  if (!published) {
    const el = idx.time;
    const d = normaliseDate(el?.getAttribute('datetime'));
    if (d) [published, publishedSource] = [d, 'time-element'];
  }
  let canonical: string | null = null;
  for (let i = 0; i < idx.links.length && !canonical; i++) if ((idx.links[i]!.getAttribute('rel') ?? '').toLowerCase() === 'canonical') canonical = idx.links[i]!.getAttribute('href');
  canonical ??= metaContent(metas, ['og:url']);
  const pageUrl = absoluteUrl(canonical, url) ?? url ?? null;
  if (!published) {
    const d = dateFromUrl(pageUrl) ?? dateFromUrl(url);
    if (d) [published, publishedSource] = [d, 'url-path'];
  }
  const langRaw = doc.documentElement?.getAttribute('lang') ?? metaContent(metas, ['og:locale', 'content-language']);
  const lang = langRaw ? langRaw.trim().toLowerCase().replace('_', '-').split('-')[0]!.slice(0, 3) || null : null;
  const description = metaContent(metas, ['description', 'og:description', 'twitter:description']);
  return { title: title ?? null, author: author ?? null, published, publishedSource, siteName: siteName ?? null, url: pageUrl, lang, description };
}

function absoluteUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base ?? undefined);
    // A page's address is a web address: `javascript:`, `data:` and other schemes are not kept as its URL.
    return WEB_SCHEMES.has(u.protocol) ? u.toString() : null;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/** URL schemes a canonical or `og:url` address may have. */
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
