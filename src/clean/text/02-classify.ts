/** @module Step 2: classify one line against the boilerplate rules (whole-line patterns, captions, list headings). */

import { CAPTION_END_PATTERNS, CAPTION_MAX_CHARS, LINE_RULES, LIST_HEADING_PATTERN } from './data/line-rules.js';

/** What a rule says about a line. `listHeading` lines open a related-list block. */
export interface LineVerdict {
  reason: string;
  syndication: boolean;
  listHeading: boolean;
}

const LIST_HEADING_MAX_CHARS = 60;
const CAPTION_HINT_RE = /[/:()]|Getty/;
/** Credits end a caption: only this many last characters are matched against the caption patterns. */
const CAPTION_TAIL_CHARS = 160;

/**
 * Classifies a trimmed, non-empty line.
 * @returns The verdict of the first matching rule, or null for a line to keep.
 */
export function classifyLine(trimmed: string): LineVerdict | null {
  const len = trimmed.length;
  if (len <= LIST_HEADING_MAX_CHARS && LIST_HEADING_PATTERN.test(trimmed)) {
    return { reason: 'related-list', syndication: false, listHeading: true };
  }
  for (const rule of LINE_RULES) {
    if (len > rule.maxChars) continue;
    if (rule.pattern.test(trimmed)) return { reason: rule.reason, syndication: rule.syndication === true, listHeading: false };
  }
  if (len <= CAPTION_MAX_CHARS) {
    const tail = len > CAPTION_TAIL_CHARS ? trimmed.slice(len - CAPTION_TAIL_CHARS) : trimmed;
    if (!CAPTION_HINT_RE.test(tail)) return null;
    for (const p of CAPTION_END_PATTERNS) {
      if (p.test(tail)) return { reason: 'caption', syndication: false, listHeading: false };
    }
  }
  return null;
}
