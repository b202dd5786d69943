/** @module Step 3: find the headline among the first lines (past appeals, navigation, a breadcrumb glued to the title). */

import type { Removal } from '../../core/doc.js';
import { classifyLine } from './02-classify.js';
import { titleKey, type Line } from './01-lines.js';
import { GLUED_HOME_PATTERN } from './data/line-rules.js';
import { HEADLINE_SEARCH_LINES } from './data/thresholds.js';

/** The headline: its span in the content and the index of the first body line. */
export interface HeadlineResult {
  start: number;
  end: number;
  /** Index of the first line after the headline. */
  next: number;
}

/**
 * Picks the headline from the top of the content. Boilerplate lines above it (an appeal,
 * "Home") are marked removed; "HomeAs Putin's…" is a breadcrumb glued to the title: when the
 * next line repeats the title, that line is the headline, else the text after "Home" is.
 * @returns The headline span, or null when there is no non-blank line.
 */
export function findHeadline(lines: Line[], removed: Removal[]): HeadlineResult | null {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    const verdict = seen < HEADLINE_SEARCH_LINES ? classifyLine(line.trimmed) : null;
    if (verdict && !verdict.listHeading) {
      line.reason = verdict.reason;
      removed.push({ text: line.trimmed, reason: verdict.reason, at: line.trimStart });
      continue;
    }
    if (GLUED_HOME_PATTERN.test(line.trimmed)) {
      const rest = line.trimmed.slice(4);
      let k = i + 1;
      while (k < lines.length && lines[k]!.blank) k++;
      const nextLine = lines[k];
      if (nextLine && titleKey(nextLine.trimmed) === titleKey(rest)) {
        line.reason = 'breadcrumb';
        removed.push({ text: line.trimmed, reason: 'breadcrumb', at: line.trimStart });
        return { start: nextLine.trimStart, end: nextLine.trimStart + nextLine.trimmed.length, next: k + 1 };
      }
      removed.push({ text: 'Home', reason: 'breadcrumb', at: line.trimStart });
      return { start: line.trimStart + 4, end: line.trimStart + line.trimmed.length, next: i + 1 };
    }
    return { start: line.trimStart, end: line.trimStart + line.trimmed.length, next: i + 1 };
  }
  return null;
}
