/** @module Tunable thresholds of claim clustering (claims asserting the same thing across outlets). */

/** A claim joins a cluster only if its date is within this many days of the cluster's first date. */
export const CLAIM_PERIOD_DAYS = 14;
/** Score needed to join a cluster (sum of the weights below). */
export const CLAIM_JOIN_THRESHOLD = 0.5;
/** Weight when the claim shares a figure category (and a compatible `about`) with the cluster. */
export const W_CATEGORY = 0.4;
/** Weight when the key's subject matches. */
export const W_SUBJECT = 0.15;
/** Weight when the key's predicate kind matches. */
export const W_PREDICATE = 0.1;
/** Weight when a place is shared. */
export const W_PLACE = 0.15;
/** Weight of the entity overlap (share of the claim's entities seen in the cluster). */
export const W_ENTITIES = 0.2;
/** Weight of the content-word cosine. */
export const W_TEXT = 0.6;
/** Claim ids remembered per blocking key and period bucket. */
export const CLAIM_MAX_POSTINGS = 32;
/** Candidate clusters scored in full per claim. */
export const CLAIM_MAX_CANDIDATES = 16;
/** Rarest content words of a claim used as extra blocking keys. */
export const CLAIM_WORD_KEYS = 4;
