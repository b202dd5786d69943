/** @module Plain-text boilerplate cleaning: headline, body lines kept verbatim, each removed line recorded with a reason. */

import type { Removal } from '../../core/doc.js';
import { splitLines } from './01-lines.js';
import { findHeadline } from './03-headline.js';
import { applyBodyRules } from './04-rules.js';
import { assembleBody } from './05-assemble.js';

export { classifyLine } from './02-classify.js';
export { isProse, isTitleCase, titleKey } from './01-lines.js';

/** Options of `cleanPlainText`. */
export interface CleanTextOptions {
  /** The first non-boilerplate line is the headline. */
  headlineFirstLine: boolean;
  /** A headline known from elsewhere (HTML title, JSONL title): body lines repeating it are removed. */
  title?: string | null;
}

/** The cleaned plain text. */
export interface CleanTextResult {
  /** The headline span in the content, when taken from the first line. */
  headline: { start: number; end: number; text: string } | null;
  /** Kept body lines joined (verbatim lines, at most one blank line between them). */
  body: string;
  /** Per kept line: `[contentOffset, bodyOffset, length]`. */
  segments: Array<[number, number, number]>;
  /** Removed lines in content order; `at` is the offset in the content. */
  removed: Removal[];
  /** Syndication notes found ("first published on …", "Source: Read Full Article"). */
  syndication: string[];
  /** Names from "By Name" lines. */
  authors: string[];
}

/**
 * Cleans plain text line by line: finds the headline, removes boilerplate lines (appeals,
 * related lists, captions, comment prompts, footers…) and keeps every other line unchanged.
 * @param content Normalised content (no `\r`).
 */
export function cleanPlainText(content: string, options: CleanTextOptions): CleanTextResult {
  const lines = splitLines(content);
  const removed: Removal[] = [];
  let from = 0;
  let headline: CleanTextResult['headline'] = null;
  if (options.headlineFirstLine) {
    const h = findHeadline(lines, removed);
    if (h) {
      headline = { start: h.start, end: h.end, text: content.slice(h.start, h.end) };
      from = h.next;
    } else {
      from = lines.length;
    }
  }
  const titleText = headline?.text ?? options.title ?? null;
  const { authors } = applyBodyRules(lines, from, titleText, removed);
  removed.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  const syndication = removed.filter((r) => r.reason === 'syndication').map((r) => r.text);
  const { body, segments } = assembleBody(lines, from);
  return { headline, body, segments, removed, syndication, authors };
}
