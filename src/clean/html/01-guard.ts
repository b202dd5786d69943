/** @module Step 1 of the HTML cascade: cheap size and nesting-depth checks before parsing, and the tag-stripping baseline used when a page is too deep or too big to parse. */

import { normaliseSpace } from './blocks.js';

/** Pages longer than this (UTF-16 units, ~8 MB) are not parsed into a DOM; the tag-stripping baseline flattens them. */
export const MAX_PARSE_CHARS = 8_000_000;
/** Nesting deeper than this is not parsed into a DOM (parsers and DOM libraries recurse). */
export const MAX_PARSE_DEPTH = 2_000;
/** Nesting deeper than this skips Readability (its scoring walks recursively and slows down badly). */
export const MAX_READABILITY_DEPTH = 400;
/** Most characters the tag-stripping baseline returns. */
export const MAX_BASELINE_CHARS = 2_000_000;

/** Elements without a closing tag, or whose closing tag is often omitted: they never add depth. */
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'colgroup', 'optgroup', 'rp', 'rt',
]);

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
const SCRIPT_CLOSE_RE = /<\/script/gi;
const STYLE_CLOSE_RE = /<\/style/gi;

/** What the pre-parse scan found. */
export interface HtmlScan {
  length: number;
  maxDepth: number;
  /** True when the scan stopped early because the depth limit was passed. */
  tooDeep: boolean;
  tooBig: boolean;
}

/**
 * Scans tags once with a regex, tracking nesting depth (void and optional-close elements excluded).
 * Stops as soon as the depth passes `MAX_PARSE_DEPTH`. Linear time, constant memory.
 */
export function scanHtml(html: string): HtmlScan {
  const tooBig = html.length > MAX_PARSE_CHARS;
  let depth = 0;
  let maxDepth = 0;
  let tooDeep = false;
  if (!tooBig) {
    TAG_RE.lastIndex = 0;
    for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
      const name = m[2]!.toLowerCase();
      if (NO_DEPTH.has(name) || m[3] === '/') continue;
      if (name === 'script' || name === 'style') {
        if (m[1] === '/') continue;
        const closeRe = name === 'script' ? SCRIPT_CLOSE_RE : STYLE_CLOSE_RE;
        closeRe.lastIndex = TAG_RE.lastIndex;
        if (!closeRe.exec(html)) break;
        TAG_RE.lastIndex = closeRe.lastIndex;
        continue;
      }
      if (m[1] === '/') depth = Math.max(0, depth - 1);
      else if (++depth > maxDepth) {
        maxDepth = depth;
        if (maxDepth > MAX_PARSE_DEPTH) {
          tooDeep = true;
          break;
        }
      }
    }
  }
  return { length: html.length, maxDepth, tooDeep, tooBig };
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** Decodes the common named and all numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return ENTITY[ref.toLowerCase()] ?? whole;
  });
}

const DROP_BLOCK_RE = /<(script|style|noscript|template|svg|iframe|head|nav|footer|form)\b[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT_RE = /<!--[\s\S]*?(-->|$)/g;
const BLOCK_TAG_RE = /<\/?(p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|tr|table|pre|hr|dd|dt)\b[^>]*>/gi;
const ANY_TAG_RE = /<\/?[a-zA-Z!][^>]*>?/g;

/**
 * The whole-page baseline that never builds a DOM: drops script/style/nav/footer blocks and comments,
 * turns block tags into paragraph breaks, strips the remaining tags, decodes entities and keeps
 * paragraphs with at least `minChars` characters. Output is plain text, `\n\n` between paragraphs.
 */
export function stripTagsBaseline(html: string, minChars = 1): string {
  const src = html.length > MAX_PARSE_CHARS * 2 ? html.slice(0, MAX_PARSE_CHARS * 2) : html;
  const flat = src
    .replace(COMMENT_RE, ' ')
    .replace(DROP_BLOCK_RE, ' ')
    .replace(BLOCK_TAG_RE, '\n\n')
    .replace(ANY_TAG_RE, ' ');
  const out: string[] = [];
  let total = 0;
  for (const raw of flat.split(/\n\s*\n/)) {
    const para = normaliseSpace(decodeEntities(raw).replace(/[<>]/g, ' '));
    if (para.length < minChars) continue;
    out.push(para);
    total += para.length + 2;
    if (total > MAX_BASELINE_CHARS) break;
  }
  return out.join('\n\n');
}

const OPENER_RE = /<(script|style|svg|noscript|template)\b([^>]*)>|<!--/gi;
const CLOSERS: Record<string, RegExp> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  svg: /<\/svg\s*>/gi,
  noscript: /<\/noscript\s*>/gi,
  template: /<\/template\s*>/gi,
  '!--': /-->/g,
};

/**
 * Removes script/style/svg/noscript/template elements and comments from raw HTML before parsing, in one linear pass
 * (JSON-LD scripts are kept for metadata). An unclosed element swallows the rest of the page, as in a browser.
 * Saves a third of the parse time on typical news pages.
 */
export function stripNonText(html: string): string {
  const out: string[] = [];
  let pos = 0;
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(html); m; m = OPENER_RE.exec(html)) {
    const tag = m[1] ? m[1].toLowerCase() : '!--';
    if (tag === 'script' && /ld\+json/i.test(m[2] ?? '')) continue;
    out.push(html.slice(pos, m.index));
    const closer = CLOSERS[tag]!;
    closer.lastIndex = OPENER_RE.lastIndex;
    const c = closer.exec(html);
    pos = c ? closer.lastIndex : html.length;
    OPENER_RE.lastIndex = pos;
    if (!c) break;
  }
  out.push(html.slice(pos));
  return out.join('');
}
