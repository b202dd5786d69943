/** @module InputRecord → Document skeleton: Unicode normalisation, boilerplate cleaning (text or HTML), metadata and language. */

import { createHash } from 'node:crypto';
import { emptyDocument, type Document, type DocumentMeta, type Removal } from '../core/doc.js';
import { formatError } from '../core/errors.js';
import type { InputRecord } from '../core/input.js';
import { extractHtml } from './html/index.js';
import { detectLanguage } from './language.js';
import { resolveOutlet, resolvePublished } from './metadata/index.js';
import { mapRangeToOriginal, normaliseText, type Edit } from './normalise.js';
import { cleanPlainText, type CleanTextResult } from './text/index.js';

export { detectLanguage } from './language.js';
export { normaliseText, mapToOriginal, mapRangeToOriginal } from './normalise.js';
export { cleanPlainText } from './text/index.js';

/** The result of `buildDocument`: a Document with text and metadata (no layers yet), or E201. */
export type BuildResult = { ok: true; doc: Document } | { ok: false; code: 'E201'; message: string };

/** Whitespace runs other than a single space (single spaces are left alone: same result as `/\s+/g`, less work). */
const WS_RUN_RE = /(?: \s|[^\S ])\s*/g;

/** sha256 hex of the whitespace-normalised, lower-cased body. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body.replace(WS_RUN_RE, ' ').trim().toLowerCase()).digest('hex');
}

/** Metadata an HTML extraction contributes (the fields of `HtmlExtraction.metadata` used here). */
interface HtmlMeta {
  author?: string | null;
  published?: string | null;
  publishedSource?: string | null;
  siteName?: string | null;
  url?: string | null;
  lang?: string | null;
}

/** The cleaned text before metadata: what the text and HTML paths both produce. */
interface Cleaned {
  title: string | null;
  text: string;
  bodyStart: number;
  removed: Removal[];
  syndication: string[];
  authors: string[];
  normalisation: Edit[];
  html?: HtmlMeta;
  extraction?: DocumentMeta['extraction'];
}

/**
 * Builds the Document skeleton for one input: cleans the text (plain-text rules, or the HTML
 * cascade then the same rules), resolves title, outlet, URL, date, author, syndication and
 * language, and records the Unicode normalisation and content hash.
 * @returns `{ ok: false, code: 'E201' }` when no text is left after cleaning; a text record may be a headline alone
 *   (headline-only datasets), an HTML page needs a body.
 */
export function buildDocument(input: InputRecord): BuildResult {
  let cleaned: Cleaned;
  if (input.raw) cleaned = fromRaw(input);
  else if (input.kind === 'html') cleaned = fromHtml(input);
  else cleaned = fromText(input);
  const body = cleaned.text.slice(cleaned.bodyStart);
  const empty = input.kind === 'html' && !input.raw ? body.trim().length === 0 : cleaned.text.trim().length === 0;
  if (empty) return { ok: false, code: 'E201', message: formatError('E201') };
  const doc = emptyDocument(input.id, cleaned.text, cleaned.bodyStart);
  doc.title = cleaned.title;
  doc.url = input.url ?? cleaned.html?.url ?? null;
  doc.removed = cleaned.removed;
  const outlet = resolveOutlet(input.outlet, cleaned.html?.siteName, doc.url, cleaned.syndication);
  doc.outlet = outlet?.value ?? null;
  const published = resolvePublished({
    input: { value: input.published, source: input.publishedSource },
    html: { value: cleaned.html?.published, source: cleaned.html?.publishedSource },
    url: doc.url,
    body,
    removed: cleaned.removed,
  });
  doc.published = published?.value ?? null;
  doc.author = input.author ?? cleaned.html?.author ?? cleaned.authors[0] ?? null;
  const lang = detectLanguage(body.length >= 40 ? body : cleaned.text);
  doc.language = lang.language === 'und' && cleaned.html?.lang ? cleaned.html.lang.slice(0, 2).toLowerCase() : lang.language;
  const meta: DocumentMeta = { origin: input.origin };
  if (input.encoding) meta.encoding = input.encoding;
  meta.publishedSource = published?.source ?? null;
  meta.outletSource = outlet?.source ?? null;
  if (cleaned.syndication.length) meta.syndication = cleaned.syndication;
  if (cleaned.extraction) meta.extraction = cleaned.extraction;
  if (cleaned.normalisation.length) meta.normalisation = cleaned.normalisation;
  meta.languageScore = lang.score;
  meta.contentHash = contentHash(body.trim() ? body : cleaned.text);
  doc.meta = meta;
  return { ok: true, doc };
}

/** `--raw`: the content exactly as given, nothing removed, no headline added. */
function fromRaw(input: InputRecord): Cleaned {
  return {
    title: input.title ?? null,
    text: input.content,
    bodyStart: 0,
    removed: [],
    syndication: [],
    authors: [],
    normalisation: [],
  };
}

/** Plain text: normalise, find the headline, remove boilerplate lines. */
function fromText(input: InputRecord): Cleaned {
  const norm = normaliseText(input.content);
  const givenTitle = input.title ? normaliseText(input.title.trim()).text.replace(/\s+/g, ' ') : null;
  const c = cleanPlainText(norm.text, { headlineFirstLine: input.headlineFirstLine === true, title: givenTitle });
  const removed = norm.edits.length ? c.removed.map((r) => toOriginal(r, input.content, norm.edits)) : c.removed;
  return assemble(c, givenTitle, norm.edits, removed);
}

/** A removal with its offset and text taken from the original input (before normalisation). */
function toOriginal(r: Removal, content: string, edits: readonly Edit[]): Removal {
  if (r.at == null) return r;
  const [start, end] = mapRangeToOriginal(r.at, r.at + r.text.length, edits);
  return { ...r, text: content.slice(start, end), at: start };
}

/** HTML: the extraction cascade gives title, body paragraphs and metadata; the plain-text rules then clean the body. */
function fromHtml(input: InputRecord): Cleaned {
  const ext = extractHtml(input.content, { url: input.url ?? null });
  const norm = normaliseText(ext.body);
  const rawTitle = input.title ?? ext.title ?? ext.metadata.title ?? null;
  const givenTitle = rawTitle?.trim() ? normaliseText(rawTitle.trim()).text.replace(/\s+/g, ' ') : null;
  const c = cleanPlainText(norm.text, { headlineFirstLine: false, title: givenTitle });
  const removed: Removal[] = [...ext.removed, ...c.removed.map((r) => ({ ...r, at: null }))];
  const out = assemble(c, givenTitle, norm.edits, removed);
  out.html = ext.metadata;
  out.extraction = { chosen: ext.chosen, attempts: ext.attempts };
  return out;
}

/** Joins headline and body into `text` and maps the normalisation edits into it. */
function assemble(c: CleanTextResult, givenTitle: string | null, edits: readonly Edit[], removed: Removal[]): Cleaned {
  const headline = c.headline?.text ?? (givenTitle || null);
  const bodyStart = headline ? headline.length + 2 : 0;
  const text = headline ? (c.body ? `${headline}\n\n${c.body}` : headline) : c.body;
  const normalisation: Edit[] = [];
  if (edits.length) {
    const ranges: Array<[number, number, number]> = c.segments.map(([src, dst, len]) => [src, bodyStart + dst, len]);
    if (c.headline) ranges.unshift([c.headline.start, 0, c.headline.end - c.headline.start]);
    let r = 0;
    for (const [at, oldLen, newLen] of edits) {
      while (r < ranges.length && ranges[r]![0] + ranges[r]![2] < at) r++;
      const range = ranges[r];
      if (!range || at < range[0]) continue;
      normalisation.push([range[1] + (at - range[0]), oldLen, newLen]);
    }
  }
  return {
    title: headline,
    text,
    bodyStart: Math.min(bodyStart, text.length),
    removed,
    syndication: c.syndication,
    authors: c.authors,
    normalisation,
  };
}
