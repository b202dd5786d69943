/** @module Step 4 of the HTML cascade: Mozilla Readability on a fresh linkedom document, with a relaxed retry; its article HTML is turned into paragraphs by the shared block walker and filter. */

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Removal } from '../../core/doc.js';
import { collectBlocks, normaliseSpace, type DomNode } from './blocks.js';
import { filterBlocks } from './filter.js';

/** Readability's default minimum article length (characters). */
export const READABILITY_CHAR_THRESHOLD = 500;
/** The relaxed retry's minimum article length. */
export const READABILITY_RELAXED_CHAR_THRESHOLD = 100;

/** Parses `html` with linkedom (a full document even for fragments). */
export function parseDocument(html: string): Document {
  const src = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as Document;
}

/** One Readability run: the article's plain text (`textContent`) and its HTML content, or null. */
export function readabilityRaw(html: string, charThreshold = READABILITY_CHAR_THRESHOLD): { content: string; textContent: string } | null {
  const doc = parseDocument(html);
  const article = new Readability(doc, { charThreshold }).parse();
  if (!article || !article.content) return null;
  return { content: article.content, textContent: article.textContent ?? '' };
}

/** Readability's article as filtered body paragraphs. */
export interface ReadabilityResult {
  paragraphs: string[];
  relaxed: boolean;
}

/**
 * Runs Readability (default threshold, then relaxed) and converts its article into paragraphs.
 * @returns null when Readability finds nothing even relaxed.
 */
export function readabilityExtract(html: string, removed: Removal[], title: string | null, minChars: number): ReadabilityResult | null {
  let raw = readabilityRaw(html);
  let relaxed = false;
  if (!raw || normaliseSpace(raw.textContent).length < minChars) {
    const retry = readabilityRaw(html, READABILITY_RELAXED_CHAR_THRESHOLD);
    if (retry && (!raw || retry.textContent.length > raw.textContent.length)) [raw, relaxed] = [retry, true];
  }
  if (!raw) return null;
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${raw.content}</body></html>`);
  const blocks = collectBlocks(document.body as unknown as DomNode);
  return { paragraphs: filterBlocks(blocks, removed, title), relaxed };
}
