/** @module Tunable constants of de-duplication: shingle size, MinHash size, LSH banding and the near-duplicate threshold. */

/** Words per shingle (word n-grams). */
export const SHINGLE_WORDS = 5;

/** Number of MinHash values per signature. */
export const MINHASH_SIZE = 128;

/** LSH bands; `MINHASH_SIZE / LSH_BANDS` rows per band (32 × 4: a pair at Jaccard 0.8 shares a band with probability ≈ 1, at 0.3 with ≈ 0.23). */
export const LSH_BANDS = 32;

/** Rows (hash values) per LSH band. */
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;

/**
 * Estimated Jaccard similarity (over word 5-shingles of the body) at or above which two documents are near-duplicates.
 * Every edited word changes up to five shingles, so a 300-word syndicated copy with a new footer and a handful of edits
 * lands around 0.75–0.9; unrelated reports on the same event stay below 0.2.
 */
export const NEAR_DUPLICATE_JACCARD = 0.7;

/** Documents with fewer shingles than this are too short to judge near-duplication (only exact copies are recognised). */
export const MIN_SHINGLES = 20;
