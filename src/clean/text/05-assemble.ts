/** @module Step 5: join the kept body lines exactly as they were, with at most one blank line between them. */

import type { Line } from './01-lines.js';

/** The assembled body and, per kept line, `[contentOffset, bodyOffset, length]`. */
export interface Assembled {
  body: string;
  segments: Array<[number, number, number]>;
}

/**
 * Joins the kept lines from index `from`: removed lines disappear, runs of blank lines become one blank line,
 * leading and trailing blank lines are dropped; kept lines are copied unchanged.
 */
export function assembleBody(lines: Line[], from: number): Assembled {
  const parts: string[] = [];
  const segments: Array<[number, number, number]> = [];
  let length = 0;
  let pendingBlank = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.reason) continue;
    if (line.blank) {
      pendingBlank = true;
      continue;
    }
    if (parts.length > 0) {
      const sep = pendingBlank ? '\n\n' : '\n';
      parts.push(sep);
      length += sep.length;
    }
    pendingBlank = false;
    segments.push([line.start, length, line.text.length]);
    parts.push(line.text);
    length += line.text.length;
  }
  return { body: parts.join(''), segments };
}
