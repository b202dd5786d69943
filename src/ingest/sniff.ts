/** @module Guess what a stream or a file holds from its first bytes (stdin, `.xml` files). */

import { bomEncoding } from './decode.js';

/** What the first bytes look like. */
export type SniffedKind = 'gzip' | 'warc' | 'jsonl' | 'feed' | 'html' | 'text';

/** How many leading bytes the sniffer looks at. */
export const SNIFF_BYTES = 4096;

const FEED_ROOT_RE = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/i;
const HTML_RE = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|h[1-6])\b/i;
const MARKUP_RE = /<\/?(?:p|div|br|span|a|article|section|h[1-6]|ul|li|table)\b[^>]*>/gi;
/** Markup tags in the sniffed head above which text is taken as an HTML fragment. */
export const MARKUP_TAGS_MIN = 3;

/** The first bytes as text (UTF-16 by BOM, else Latin-1: enough to see ASCII structure). */
function headText(head: Uint8Array): string {
  const bom = bomEncoding(head);
  const b = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, SNIFF_BYTES));
  if (bom?.encoding === 'utf-16le') return b.subarray(2).toString('utf16le');
  if (bom?.encoding === 'utf-16be') return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
  return b.subarray(bom ? bom.length : 0).toString('latin1');
}

/** True when the head is the root of an RSS, Atom or RDF feed. */
export function isFeedHead(head: Uint8Array): boolean {
  return FEED_ROOT_RE.test(headText(head));
}

/**
 * Guesses the kind of input from its first bytes: gzip magic, `WARC/1.`, JSON lines (first non-space
 * character `{`), a feed root, HTML (a document or fragment with several tags), else text.
 */
export function sniffKind(head: Uint8Array): SniffedKind {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  const text = headText(head);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('WARC/1.')) return 'warc';
  if (trimmed.startsWith('{')) return 'jsonl';
  if (FEED_ROOT_RE.test(text)) return 'feed';
  if (HTML_RE.test(text)) return 'html';
  const tags = text.match(MARKUP_RE);
  if (tags != null && tags.length >= MARKUP_TAGS_MIN) return 'html';
  return 'text';
}
