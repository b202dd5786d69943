/** @module Step 4: apply the boilerplate rules to the body lines: line rules, related-list blocks, duplicate titles, bylines, stray headlines. */

import type { Removal } from '../../core/doc.js';
import { classifyLine } from './02-classify.js';
import { endsSentence, isProse, titleKey, wordCount, type Line } from './01-lines.js';
import { BYLINE_PATTERN, BYLINE_STOPWORDS } from './data/byline.js';
import {
  BYLINE_MAX_CHARS,
  BYLINE_WINDOW,
  LIST_MAX_LINES,
  STRAY_HEADLINE_MAX_CHARS,
  STRAY_HEADLINE_MIN_WORDS,
} from './data/thresholds.js';

/** What the body rules found besides removals. */
export interface BodyRuleResult {
  authors: string[];
}

/** A line can repeat the headline only if its length is within this many characters of it. */
const TITLE_LENGTH_SLACK = 12;
const NO_FINAL_PUNCT_RE = /[\p{L}\p{N})\]]$/u;

function remove(line: Line, reason: string, removed: Removal[]): void {
  line.reason = reason;
  removed.push({ text: line.trimmed, reason, at: line.trimStart });
}

/**
 * Marks boilerplate lines in `lines[from…]` (sets `line.reason`) and records each removal.
 * @param headline The headline text (for duplicate-title lines), or null.
 */
export function applyBodyRules(
  lines: Line[],
  from: number,
  headline: string | null,
  removed: Removal[],
): BodyRuleResult {
  const authors: string[] = [];
  const headKey = headline ? titleKey(headline) : null;
  let nonBlank = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.reason) continue;
    nonBlank++;
    const t = line.trimmed;
    if (headKey && Math.abs(t.length - headKey.length) <= TITLE_LENGTH_SLACK && titleKey(t) === headKey) {
      remove(line, 'duplicate-title', removed);
      continue;
    }
    if (nonBlank <= BYLINE_WINDOW && t.length <= BYLINE_MAX_CHARS && t.startsWith('By ') && !endsSentence(t)) {
      const m = BYLINE_PATTERN.exec(t);
      const first = m?.[1]?.split(/\s+/)[0]?.toLowerCase();
      if (m && first && !BYLINE_STOPWORDS.has(first)) {
        authors.push(m[1]!.trim());
        remove(line, 'byline', removed);
        continue;
      }
    }
    const verdict = classifyLine(t);
    if (!verdict) continue;
    remove(line, verdict.reason, removed);
    if (verdict.listHeading) i = removeListItems(lines, i + 1, removed);
  }
  removeStrayHeadline(lines, from, removed);
  return { authors };
}

/** Removes the headline-like lines under a list heading, until body prose; returns the index of the last line looked at. */
function removeListItems(lines: Line[], j: number, removed: Removal[]): number {
  let count = 0;
  for (; j < lines.length && count < LIST_MAX_LINES; j++) {
    const line = lines[j]!;
    if (line.blank || line.reason) continue;
    if (isProse(line.trimmed)) break;
    const verdict = classifyLine(line.trimmed);
    remove(line, verdict ? verdict.reason : 'related-list', removed);
    count++;
  }
  return j - 1;
}

/** Removals that may sit between the headline and a stray headline (they are not story text either). */
const ABOVE_STRAY: ReadonlySet<string> = new Set(['duplicate-title', 'byline']);

/**
 * A short line without final punctuation directly under the headline (past a duplicate title or a
 * byline), followed by a removed boilerplate line, is a video or related headline, not part of the story.
 */
function removeStrayHeadline(lines: Line[], from: number, removed: Removal[]): void {
  let first = from;
  while (first < lines.length && (lines[first]!.blank || ABOVE_STRAY.has(lines[first]!.reason ?? ''))) first++;
  const line = lines[first];
  if (!line || line.reason) return;
  const t = line.trimmed;
  if (t.length > STRAY_HEADLINE_MAX_CHARS || !NO_FINAL_PUNCT_RE.test(t) || wordCount(t) < STRAY_HEADLINE_MIN_WORDS) return;
  let k = first + 1;
  while (k < lines.length && lines[k]!.blank) k++;
  const next = lines[k];
  if (!next || !next.reason || ABOVE_STRAY.has(next.reason)) return;
  remove(line, 'related-headline', removed);
}
