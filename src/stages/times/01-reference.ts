/** @module The reference date for normalising times: the article's publication date, unless a dateline date wins (spec §0). */

import type { Document } from '../../core/doc.js';
import { isValidDay, parseDay, type Day } from './02-calendar.js';
import { MONTHS } from './data/lexicon.js';

/** How far into the body a dateline may start (characters). */
export const DATELINE_WINDOW = 300;
/** A dateline date without a year may lie at most this many days away from the publication date. */
export const DATELINE_MAX_DRIFT_DAYS = 45;

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** "KYIV, 3 May (Reuters) –", "KYIV, May 3, 2023 —", "March 23, 2022 —" at the start of a body line. */
const DATELINE_RE = new RegExp(
  String.raw`^(?:[A-Z][A-Za-z.'’ -]{1,40},\s+)?(?:(?<d1>\d{1,2})\s+(?<m1>${MONTH_ALT})\.?|(?<m2>${MONTH_ALT})\.?\s+(?<d2>\d{1,2}))(?:,?\s+(?<y>(?:19|20)\d\d))?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]`,
  'mi',
);

/**
 * Finds a dateline date near the start of the body.
 * @param published The publication day, used for a dateline without a year.
 * @returns The dateline day, or null when there is none.
 */
export function datelineDate(text: string, bodyStart: number, published: Day | null): Day | null {
  const head = text.slice(bodyStart, bodyStart + DATELINE_WINDOW);
  const m = DATELINE_RE.exec(head);
  if (!m?.groups) return null;
  const g = m.groups;
  const monthWord = (g.m1 ?? g.m2)!;
  if (!/^[A-Z]/.test(monthWord)) return null;
  const month = MONTHS[monthWord.toLowerCase()]!;
  const day = Number(g.d1 ?? g.d2);
  let year = g.y ? Number(g.y) : published?.y;
  if (year === undefined) return null;
  if (!g.y && published) {
    // The same month-day in the publication year, or the year before when it would fall after publication.
    const t = Date.UTC(year, month - 1, day) - Date.UTC(published.y, published.m - 1, published.d);
    if (t > DATELINE_MAX_DRIFT_DAYS * 86_400_000) year -= 1;
    else if (t < -(365 - DATELINE_MAX_DRIFT_DAYS) * 86_400_000) year += 1;
  }
  if (!isValidDay(year, month, day)) return null;
  return { y: year, m: month, d: day };
}

/** The reference day of a document: a dateline date in the text, else `published`, else null. */
export function referenceDay(doc: Pick<Readonly<Document>, 'text' | 'bodyStart' | 'published'>): Day | null {
  const published = parseDay(doc.published);
  return datelineDate(doc.text, doc.bodyStart, published) ?? published;
}
