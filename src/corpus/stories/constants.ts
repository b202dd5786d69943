/** @module Tunable thresholds of story clustering (articles about the same happening). */

/** An article joins a story only if its date is within this many days of the story's first-to-last date range. */
export const STORY_WINDOW_DAYS = 3;
/**
 * A story never spans more than this many days from its first article (stops topical drift by chaining): about two
 * months holds a happening's main coverage and its first follow-ups (docs/decisions.md, Stories).
 */
export const MAX_STORY_SPAN_DAYS = 60;
/** Width of the date buckets of the blocking index; a lookup reads its own bucket and both neighbours. */
export const BUCKET_DAYS = 4;
/** Characters of body text read per article (the lead carries the event; keeps 100,000 articles light). */
export const STORY_TEXT_CHARS = 1500;
/** Weight multipliers of the feature kinds in the article vector. */
export const TITLE_WEIGHT = 2;
export const TEXT_WEIGHT = 1;
export const ENTITY_WEIGHT = 1.5;
export const PLACE_WEIGHT = 2;
/** Features kept per article vector (highest TF-IDF weights). */
export const DOC_FEATURES = 40;
/** Features kept per story centroid (pruned when it holds twice as many). */
export const CENTROID_FEATURES = 80;
/** Highest-weighted article features used as blocking keys. */
export const BLOCK_KEYS = 10;
/** Story ids remembered per blocking key and date bucket (most recent kept). */
export const MAX_POSTINGS = 24;
/** Candidate stories scored in full per article (best blocking overlap first). */
export const MAX_CANDIDATES = 16;
/** Cosine similarity (article vector · story centroid) needed to join a story. */
export const JOIN_THRESHOLD = 0.3;
/** Number of centroid features listed as a story's label. */
export const LABEL_FEATURES = 6;
