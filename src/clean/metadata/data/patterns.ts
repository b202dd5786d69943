/** @module Metadata patterns: outlets named in syndication notes, dates in URLs, datelines and copyright lines. */

/** Group 1 is the outlet named by a syndication note. */
export const SYNDICATION_OUTLET_PATTERNS: readonly RegExp[] = [
  /\bwas (?:first|originally) published (?:on|by|in|at) (?:the )?((?:\p{Lu}|\d|[a-z0-9-]+\.[a-z]{2,}).{1,80}?)[.!]?$/u,
  /\b(?:[Oo]riginally|[Ff]irst) (?:appeared|published) (?:on|in|at|by) (?:the )?((?:\p{Lu}|\d|[a-z0-9-]+\.[a-z]{2,}).{1,80}?)[.!]?$/u,
  /^(?:[Rr]epublished|[Rr]eprinted) (?:with permission )?(?:from|by) (?:the )?((?:\p{Lu}|\d|[a-z0-9-]+\.[a-z]{2,}).{1,80}?)[.!]?$/u,
];

/** `/2022/03/25/` or `/2022-03-25` in a URL path: groups year, month, day. */
export const URL_DATE_PATTERN = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$|\.|_)/;
/** `/20220325/` in a URL path. */
export const URL_COMPACT_DATE_PATTERN = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/)/;

/** Month names and abbreviations to month numbers. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** `KYIV, March 25 (Reuters) -` / `MOSCOW, March 25, 2022 (AP) —`: groups month, day, year?. */
export const DATELINE_PATTERN =
  /^\s*\p{Lu}[\p{Lu}\p{L}.'’ /-]{1,40},\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:,\s*((?:19|20)\d{2}))?\s*\((?:Reuters|AP|AFP|Bloomberg|UNIAN|Ukrinform|TASS|Interfax|RIA|Xinhua|dpa|Kyodo|CNN|BBC)[^)]{0,20}\)\s*[-–—]/u;

/** A copyright line's year: group 1. */
export const COPYRIGHT_YEAR_PATTERN = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})\b/i;

/** A date written out in a label line: `March 25, 2022` (groups 1 month, 2 day, 3 year). */
export const MONTH_DAY_YEAR_PATTERN =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/i;
/** `25 March 2022` (groups 1 day, 2 month, 3 year). */
export const DAY_MONTH_YEAR_PATTERN =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})\b/i;
/** `2022-03-25` (groups year, month, day). */
export const ISO_DATE_PATTERN = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
