/** @module Named thresholds of the plain-text boilerplate heuristics (prose vs headline-like lines). */

/** A line ending in sentence punctuation with at least this many words reads as body prose. */
export const PROSE_MIN_WORDS = 8;
/** A line at least this long is body prose even without final punctuation. */
export const PROSE_LONG_CHARS = 220;
/** Title Case: at least this share of the longer words (after the first) start with a capital. */
export const TITLE_CASE_SHARE = 0.75;
/** Words shorter than this are ignored by the Title Case test (articles, prepositions). */
export const TITLE_CASE_MIN_WORD = 4;
/** The Title Case test needs at least this many long words. */
export const TITLE_CASE_MIN_WORDS = 3;
/** A related list stops after this many lines even if no prose follows. */
export const LIST_MAX_LINES = 40;
/** A video/related headline directly under the headline is at most this long. */
export const STRAY_HEADLINE_MAX_CHARS = 140;
/** … and has at least this many words. */
export const STRAY_HEADLINE_MIN_WORDS = 3;
/** How many non-blank lines at the top are searched for the headline (past appeals and navigation). */
export const HEADLINE_SEARCH_LINES = 5;
/** A byline ("By Name") is looked for in this many first non-blank body lines. */
export const BYLINE_WINDOW = 4;
/** Bylines are at most this long. */
export const BYLINE_MAX_CHARS = 90;
