/** @module Block filter shared by every extractor: keeps article paragraphs (lede, subheadings, quotes, list items) and records link lists, share bars, newsletter and comment prompts, captions and copyright lines as removals. */

import type { Removal } from '../../core/doc.js';
import type { Block } from './blocks.js';
import { recordRemoval } from './02-preclean.js';
import { TAIL_STOP_CUES } from './data/boilerplate.js';
import { defaultTextCueMatcher } from './selectors.js';

/** Blocks with more link text than this share are link lists (navigation, related stories), unless long. */
export const MAX_BLOCK_LINK_DENSITY = 0.5;
/** A link-heavy block longer than this is still kept (a paragraph with many inline links). */
export const LINKY_BLOCK_KEEP_CHARS = 300;
/** Above this link share even a long block or a full sentence is a link list. */
export const MAX_LINKY_KEEP_DENSITY = 0.9;
/** A `<p>` this long that ends like a sentence is body text even when mostly linked. */
export const SENTENCE_MIN_CHARS = 80;
/** A block that is just a shown URL is content (the link is the text), not navigation. */
const BARE_URL_RE = /^(https?:\/\/|www\.)\S+$/i;
const SENTENCE_END_RE = /[.!?…]["”’»)]?$/u;
/** Short-text cues are only tried on blocks up to this length. */
export const CUE_MAX_CHARS = 160;
/** A related-material heading (`TAIL_STOP_CUES`) is at most this long… */
export const TAIL_STOP_MAX_CHARS = 60;
/** …and ends the body only once this share of the container's text lies before it. */
export const TAIL_STOP_MIN_SHARE = 0.5;

let tailStopRes: RegExp[] | null = null;
function tailStop(): RegExp[] {
  return (tailStopRes ??= TAIL_STOP_CUES.map((p) => new RegExp(p, 'iu')));
}

/** A short `By …` line up to this length is a byline, not body text. */
export const BYLINE_MAX_CHARS = 80;

const BYLINE_RE = /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*(,|\||and|&|·|•|-|–|—)\s*.*)?$/u;
const BYLINE_DATE_RE = /^(by|posted by|written by)\s+.{1,60}\b(19|20)\d{2}\b/iu;
const STAMP_RE = /^(updated|posted|published|last updated|first published|last modified)\b[^.!?]{0,70}\d/i;
const NUMERIC_DATE_LEAD_RE = /^(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\b/;
const DATE_ONLY_RE = /^((published|updated|posted|last updated)( on)?:?\s*)?(\p{L}+,?\s+)?(\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}([\s,|–—-]*(at\s*)?\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*[A-Z]{0,4})?$/iu;

/**
 * Filters blocks into body paragraphs, recording what it drops in `removed`.
 * @param title The page title: a block repeating it is dropped (the headline is not body text).
 */
export function filterBlocks(blocks: readonly Block[], removed: Removal[], title: string | null): string[] {
  const cues = defaultTextCueMatcher();
  const titleKey = title ? key(title) : null;
  const out: string[] = [];
  let total = 0;
  for (const b of blocks) total += b.text.length;
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.text;
    seen += text.length;
    if (text.length <= TAIL_STOP_MAX_CHARS && seen >= total * TAIL_STOP_MIN_SHARE && tailStop().some((re) => re.test(text))) {
      for (let j = i; j < blocks.length; j++) recordRemoval(removed, blocks[j]!.text, 'related-list');
      break;
    }
    if (b.tag === 'h1' || (titleKey && text.length < 400 && text.length >= titleKey.length && sameKey(text, titleKey))) continue;
    const ld = b.linkChars / text.length;
    const sentence = (b.tag === 'p' || b.tag === 'blockquote') && text.length >= SENTENCE_MIN_CHARS && SENTENCE_END_RE.test(text);
    if (ld > MAX_BLOCK_LINK_DENSITY && (text.length < LINKY_BLOCK_KEEP_CHARS || ld > MAX_LINKY_KEEP_DENSITY) && !(sentence && ld <= MAX_LINKY_KEEP_DENSITY) && !BARE_URL_RE.test(text)) {
      recordRemoval(removed, text, b.tag === 'li' ? 'related-list' : 'navigation');
      continue;
    }
    if (b.inFigure && !b.inQuote) {
      recordRemoval(removed, text, 'caption');
      continue;
    }
    if (text.length <= CUE_MAX_CHARS) {
      if (NUMERIC_DATE_LEAD_RE.test(text) && text.length <= CUE_MAX_CHARS * 0.75) {
        recordRemoval(removed, text, 'byline');
        continue;
      }
      const reason = cues.match(text);
      if (reason) {
        recordRemoval(removed, text, reason);
        continue;
      }
      if (text.length <= BYLINE_MAX_CHARS && !b.inQuote && (BYLINE_RE.test(text) || BYLINE_DATE_RE.test(text) || DATE_ONLY_RE.test(text) || STAMP_RE.test(text))) {
        recordRemoval(removed, text, 'byline');
        continue;
      }
    }
    out.push(text);
  }
  return out;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;

/** `key(text) === wanted`, stopping at the first letter or digit that differs (most blocks differ from the title at once). */
function sameKey(text: string, wanted: string): boolean {
  let pos = 0;
  for (const ch of text.toLowerCase()) {
    const c = ch.charCodeAt(0);
    const isKey = c < 128 ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER_OR_DIGIT_RE.test(ch);
    if (!isKey) continue;
    if (!wanted.startsWith(ch, pos)) return false;
    pos += ch.length;
  }
  return pos === wanted.length;
}
