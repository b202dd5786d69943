/**
 * @module HTML extraction cascade: untrusted HTML in, plain-text article body, removals, attempts and page metadata out.
 *
 * The cascade (STYLE.md C6), each step running only when the previous one under-delivered by a named threshold:
 * 1. **guard** — script/style/svg/noscript/template elements and comments are cut from the raw text in one
 *    linear pass (JSON-LD kept); a linear tag scan then measures size and nesting depth before any parsing. Pages over
 *    `MAX_PARSE_CHARS` or deeper than `MAX_PARSE_DEPTH` are never parsed: the tag-stripping baseline
 *    flattens them (attempt `strip-tags`). Readability is skipped past `MAX_READABILITY_DEPTH`.
 * 2. **parse + pre-clean** — htmlparser2's callbacks build a light DOM (`light-dom.ts`: the same tokenizer and tree
 *    events as linkedom, so the same tree, without linkedom's per-node bookkeeping, which cost over half the page time);
 *    linkedom is only built when Readability runs (step 4). One pass indexes the tree (`dom-index.ts`) and metadata is read
 *    (meta tags, JSON-LD, `<time>`, URL path); script/style/iframe/svg/form…, nav/footer/aside/figcaption, `<header>`
 *    outside the article, hidden elements, runs of short sibling `<article>` teasers and class/id boilerplate
 *    (`data/boilerplate.ts` via `selectors.ts`) are removed and recorded. Elements holding `PROTECT_SHARE` of the
 *    page's paragraph text, or a semantic container, are never removed by these rules.
 * 3. **fast** — our own extractor scores paragraph containers by text length and link density (parent full credit,
 *    grandparent half, content-class bonus). It takes a semantic container (`[itemprop=articleBody]`, `<article>`)
 *    around the best one when that holds most of the text without much more, else all "twins" of the best container
 *    (same tag and class list: articles split into chunks), else the best container plus paragraph-bearing siblings.
 *    Blocks are then filtered (`filter.ts`: link lists, share bars, newsletter and comment prompts, captions and
 *    figure text, copyright, bylines and date stamps, the repeated headline). Accepted unless it yields under
 *    `FAST_MIN_CHARS`, its link density exceeds `FAST_MAX_LINK_DENSITY`, or it keeps under `FAST_MIN_PAGE_SHARE`
 *    of the page's paragraph text.
 * 4. **readability** — `@mozilla/readability` on a fresh linkedom document, then a relaxed retry
 *    (`READABILITY_RELAXED_CHAR_THRESHOLD`); the longer of fast and Readability wins.
 * 5. **baseline** — when everything so far is under `BASELINE_TRIGGER_CHARS`, all paragraph text of the
 *    pre-cleaned page; the longest wins.
 * Every attempt is recorded as `{ method, textLength, reason }`; `chosen` names the winner. Output is plain text.
 */

import type { ExtractionAttempt, Removal } from '../../core/doc.js';
import { MAX_READABILITY_DEPTH, scanHtml, stripTagsBaseline, decodeEntities, stripNonText } from './01-guard.js';
import { preClean, type El } from './02-preclean.js';
import { indexDocument } from './dom-index.js';
import { fastExtract } from './03-fast.js';
import { readabilityExtract } from './04-readability.js';
import { parseLight } from './light-dom.js';
import { baselineExtract } from './05-baseline.js';
import { normaliseSpace } from './blocks.js';
import { dateFromUrl, extractMetadata, stripTitleSuffix, type HtmlMetadata } from './metadata.js';

export type { HtmlMetadata } from './metadata.js';
export { extractMetadata, normaliseDate, dateFromUrl } from './metadata.js';
export { scanHtml, stripTagsBaseline } from './01-guard.js';
export { readabilityRaw } from './04-readability.js';

/** Pages up to this many characters get script/style/comment stripping before the size check (linear, ~1 ms per MB). */
export const MAX_STRIP_CHARS = 100_000_000;
/** The fast extractor must yield at least this many characters. */
export const FAST_MIN_CHARS = 300;
/** The fast extractor's chosen blocks may hold at most this share of link text. */
export const FAST_MAX_LINK_DENSITY = 0.3;
/** The fast extractor must keep at least this share of the page's paragraph text. */
export const FAST_MIN_PAGE_SHARE = 0.5;
/** Below this many characters the whole-page baseline is tried too. */
export const BASELINE_TRIGGER_CHARS = 200;

/** Result of `extractHtml`. */
export interface HtmlExtraction {
  title: string | null;
  /** Plain-text body: paragraphs separated by `\n\n`; headings, list items and blockquotes are their own paragraphs. */
  body: string;
  removed: Removal[];
  attempts: ExtractionAttempt[];
  chosen: string;
  metadata: HtmlMetadata;
}

/** Options of `extractHtml`. */
export interface ExtractHtmlOptions {
  /** The page URL (for the canonical URL and a URL-path date). */
  url?: string | null;
  /** Never run Readability (fast extractor and baseline only). */
  fast?: boolean;
}

/**
 * Extracts the article body and metadata from untrusted HTML through the cascade described in the module docs.
 * Never throws on malformed input: any failure falls back to the tag-stripping baseline, recorded as an attempt.
 */
export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): HtmlExtraction {
  const attempts: ExtractionAttempt[] = [];
  // Script/style/svg/comments go first (linear): less to scan and a third less to parse.
  const stripped = html.length > MAX_STRIP_CHARS ? html : stripNonText(html);
  const scan = scanHtml(stripped);
  if (scan.tooBig || scan.tooDeep) {
    attempts.push({ method: 'guard', textLength: 0, reason: scan.tooBig ? `page of ${scan.length} chars is too big to parse` : `nesting deeper than ${scan.maxDepth - 1} levels` });
    return flatten(stripped, opts, attempts);
  }
  try {
    return cascade(stripped, opts, attempts, scan.maxDepth);
  } catch (err) {
    attempts.push({ method: 'cascade', textLength: 0, reason: `failed: ${err instanceof Error ? err.message.slice(0, 120) : String(err)}` });
    return flatten(html, opts, attempts);
  }
}

function cascade(html: string, opts: ExtractHtmlOptions, attempts: ExtractionAttempt[], depth: number): HtmlExtraction {
  const doc = parseLight(html);
  const index = indexDocument(doc.documentElement as unknown as El);
  const metadata = extractMetadata(doc as never, opts.url ?? null, index);
  const title = metadata.title ?? null;
  const body = (doc.body ?? doc.documentElement) as unknown as El;
  const removed: Removal[] = [];
  const semantic = index.semantic;
  preClean(body, removed, semantic, index.paragraphs);

  const candidates: Array<{ method: string; text: string; removed: Removal[] }> = [];
  const fastRemoved: Removal[] = [];
  const fast = fastExtract(body, fastRemoved, title, semantic);
  const fastText = fast.paragraphs.join('\n\n');
  let under: string | null = null;
  if (fastText.length < FAST_MIN_CHARS) under = `under ${FAST_MIN_CHARS} chars`;
  else if (fast.linkDensity > FAST_MAX_LINK_DENSITY) under = `link density ${fast.linkDensity.toFixed(2)} > ${FAST_MAX_LINK_DENSITY}`;
  else if (fastText.length < fast.pageCredit * FAST_MIN_PAGE_SHARE) under = `${fastText.length} chars < ${FAST_MIN_PAGE_SHARE} of page paragraph text ${Math.round(fast.pageCredit)}`;
  attempts.push({ method: 'fast', textLength: fastText.length, reason: under ? `under-delivered: ${under}` : `accepted (${fast.container})` });
  candidates.push({ method: 'fast', text: fastText, removed: fastRemoved });

  if (under) {
    if (opts.fast) attempts.push({ method: 'readability', textLength: 0, reason: 'skipped: fast mode' });
    else if (depth > MAX_READABILITY_DEPTH) attempts.push({ method: 'readability', textLength: 0, reason: `skipped: nesting depth ${depth} > ${MAX_READABILITY_DEPTH}` });
    else {
      const rRemoved: Removal[] = [];
      const r = readabilityExtract(html, rRemoved, title, FAST_MIN_CHARS);
      const text = r ? r.paragraphs.join('\n\n') : '';
      attempts.push({ method: r?.relaxed ? 'readability-relaxed' : 'readability', textLength: text.length, reason: r ? 'ran because fast under-delivered' : 'no article found' });
      if (r) candidates.push({ method: r.relaxed ? 'readability-relaxed' : 'readability', text, removed: rRemoved });
    }
  }
  let best = candidates[0]!;
  for (const c of candidates) if (c.text.length > best.text.length) best = c;
  if (best.text.length < BASELINE_TRIGGER_CHARS) {
    const bRemoved: Removal[] = [];
    const text = baselineExtract(body, bRemoved, title).join('\n\n');
    attempts.push({ method: 'baseline', textLength: text.length, reason: `best so far under ${BASELINE_TRIGGER_CHARS} chars` });
    if (text.length > best.text.length) best = { method: 'baseline', text, removed: bRemoved };
  }
  return { title, body: best.text, removed: removed.concat(best.removed), attempts, chosen: best.method, metadata };
}

/** The no-DOM path: tag-stripping baseline plus the metadata a regex can read. */
function flatten(html: string, opts: ExtractHtmlOptions, attempts: ExtractionAttempt[]): HtmlExtraction {
  const body = stripTagsBaseline(html, 1);
  attempts.push({ method: 'strip-tags', textLength: body.length, reason: 'DOM not built; tags stripped' });
  const head = html.slice(0, 200_000);
  const titleRaw = /<title[^>]*>([\s\S]{1,1000}?)<\/title>/i.exec(head)?.[1];
  const title = titleRaw ? stripTitleSuffix(normaliseSpace(decodeEntities(titleRaw.replace(/<[^>]*>/g, ' ')))) || null : null;
  const lang = /<html[^>]*\slang=["']?([a-zA-Z]{2,3})/i.exec(head)?.[1]?.toLowerCase() ?? null;
  const published = dateFromUrl(opts.url ?? null);
  const metadata: HtmlMetadata = { title, author: null, published, publishedSource: published ? 'url-path' : null, siteName: null, url: opts.url ?? null, lang, description: null };
  return { title, body, removed: [], attempts, chosen: 'strip-tags', metadata };
}
