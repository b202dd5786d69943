/** @module RSS 2.0 / Atom / RDF (RSS 1.0) feed reader: each item an article (HTML content, title, link, date, author). */

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { InputResult } from '../../core/input.js';
import { normalizeDate } from '../dates.js';
import { decodeBytes } from '../decode.js';
import { fileStem } from '../formats.js';
import { readBoundedFile } from '../source.js';
import { errorMessage, inputError, resolveOptions, type ReadOptions } from '../types.js';

/** A feed file is read whole: it may be this many times `maxBytes` (each item is still held to `maxBytes`). */
export const FEED_FILE_FACTOR = 10;

/** Elements whose content is kept verbatim (HTML inside CDATA, escaped or as XHTML) and unescaped by us. */
const CONTENT_TAGS = ['description', 'content:encoded', 'content', 'summary'];
/** Content elements in order of preference. */
const CONTENT_ORDER = ['content:encoded', 'content', 'description', 'summary'];
const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'author', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  stopNodes: CONTENT_TAGS.map((t) => `*.${t}`),
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAY_TAGS.has(name),
});

type Node = Record<string, unknown>;

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY_RE = /&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|amp|quot|apos));/gi;
const CDATA_RE = /<!\[CDATA\[([\s\S]*?)\]\]>/;

/** Unescapes a verbatim element body: CDATA sections as they are, the rest with XML entities decoded. */
export function unescapeXml(raw: string): string {
  const parts = raw.split(CDATA_RE);
  return parts
    .map((p, i) =>
      i % 2 === 1
        ? p
        : p.replace(ENTITY_RE, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
            if (name) return XML_ENTITIES[name.toLowerCase()] ?? m;
            const cp = dec ? Number(dec) : parseInt(hex!, 16);
            return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
          }),
    )
    .join('')
    .trim();
}

function textOf(v: unknown): string | null {
  if (v == null) return null;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') return textOf((v as Node)['#text'] ?? (v as Node).name);
  return null;
}

function attr(v: unknown, name: string): string | null {
  return v != null && typeof v === 'object' && !Array.isArray(v) ? textOf((v as Node)[`@_${name}`]) : null;
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

/** The content of an item: `content:encoded`, Atom `content`, `description`, Atom `summary`, as html (or text for Atom type="text"). */
function contentOf(item: Node): { kind: 'html' | 'text'; content: string } | null {
  for (const tag of CONTENT_ORDER) {
    const v = item[tag];
    if (v == null) continue;
    const raw = typeof v === 'string' ? v : textOf(v);
    if (raw == null) continue;
    const type = (attr(v, 'type') ?? '').toLowerCase();
    const content = type === 'xhtml' ? raw.trim() : unescapeXml(raw);
    if (content === '') continue;
    return { kind: type === 'text' ? 'text' : 'html', content };
  }
  return null;
}

function linkOf(item: Node): string | null {
  const links = item.link as unknown[] | undefined;
  if (!Array.isArray(links)) return textOf(item.guid);
  let fallback: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') return l.trim() || null;
    const href = attr(l, 'href');
    if (href == null) {
      fallback ??= textOf(l);
      continue;
    }
    const rel = attr(l, 'rel');
    if (rel == null || rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

function authorOf(item: Node): string | null {
  const names: string[] = [];
  for (const key of ['dc:creator', 'author']) {
    const v = item[key];
    for (const a of Array.isArray(v) ? v : v != null ? [v] : []) {
      const n = textOf(a);
      if (n != null && !names.includes(n)) names.push(n);
    }
  }
  return names.length > 0 ? names.join(', ') : null;
}

function titleOf(item: Node): string | null {
  const t = textOf(item.title);
  if (t == null) return null;
  return (attr(item.title, 'type') ?? '').toLowerCase() === 'html' || /<[a-z][^>]*>/i.test(t) ? stripTags(t) : t;
}

/** The items of a parsed feed, or null when the document is not an RSS, Atom or RDF feed. */
function itemsOf(doc: Node): Node[] | null {
  const rss = doc.rss as Node | undefined;
  if (rss != null) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node | undefined;
    return ((channel?.item as Node[] | undefined) ?? (rss.item as Node[] | undefined) ?? []).filter((i) => typeof i === 'object');
  }
  const feed = doc.feed as Node | undefined;
  if (feed != null) return ((feed.entry as Node[] | undefined) ?? []).filter((i) => typeof i === 'object');
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf != null) return ((rdf.item as Node[] | undefined) ?? []).filter((i) => typeof i === 'object');
  return null;
}

/**
 * Parses a decoded feed and yields one record per item: kind html (text for Atom `type="text"`), title, link, date
 * (`pubDate`, `published`, `updated`, `dc:date` → `publishedSource: 'feed'`), author (`author`, `dc:creator`), id
 * `<stem>#<n>`. A document that is not well-formed or not a feed → E113; an item without content → E109.
 */
export function* feedRecords(xml: string, name: string, encoding: string, opts: ReadOptions = {}): Generator<InputResult> {
  const o = resolveOptions(opts);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield inputError('E113', name, undefined, { message: `${valid.err.msg} (line ${valid.err.line})` });
    return;
  }
  let items: Node[] | null;
  try {
    items = itemsOf(parser.parse(xml) as Node);
  } catch (err) {
    yield inputError('E113', name, undefined, { message: errorMessage(err) });
    return;
  }
  if (items == null) {
    yield inputError('E113', name, undefined, { message: 'the root element is not <rss>, <feed> or <rdf:RDF>' });
    return;
  }
  const stem = fileStem(name);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const n = i + 1;
    const c = contentOf(item);
    if (c == null) {
      yield inputError('E109', name, n);
      continue;
    }
    const size = Buffer.byteLength(c.content, 'utf8');
    if (size > o.maxBytes) {
      yield inputError('E104', name, n, { size, limit: o.maxBytes });
      continue;
    }
    const published = normalizeDate(textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item['dc:date']) ?? textOf(item.updated));
    const rec: InputResult = {
      ok: true,
      id: `${stem}#${n}`,
      kind: c.kind,
      content: c.content,
      origin: { file: name, record: n },
      title: titleOf(item),
      url: linkOf(item),
      published,
      publishedSource: published != null ? 'feed' : null,
      author: authorOf(item),
      encoding,
    };
    if (c.kind === 'text') rec.headlineFirstLine = false;
    if (o.raw) rec.raw = true;
    yield rec;
  }
}

/** Decodes feed bytes (BOM, XML declaration, detection) and yields its items (see {@link feedRecords}). */
export function* feedFromBytes(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Generator<InputResult> {
  if (bytes.length === 0) {
    yield inputError('E101', name);
    return;
  }
  const d = decodeBytes(bytes, { markup: true });
  if (!d.ok) {
    yield d.code === 'E102' ? inputError('E102', name) : inputError('E103', name, undefined, { message: d.message });
    return;
  }
  if (d.text.trim() === '') {
    yield inputError('E101', name);
    return;
  }
  yield* feedRecords(d.text, name, d.encoding, opts);
}

/** Reads an RSS/Atom/RDF feed file (`.xml .rss .atom`); the file may be up to {@link FEED_FILE_FACTOR} × `maxBytes`. */
export async function* readFeed(file: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  const bytes = await readBoundedFile(file, o.maxBytes * FEED_FILE_FACTOR);
  if (!Buffer.isBuffer(bytes)) {
    yield bytes;
    return;
  }
  yield* feedFromBytes(bytes, file, o);
}
