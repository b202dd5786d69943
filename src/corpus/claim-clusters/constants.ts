/** @module Tunable thresholds of claim clustering (claims asserting the same thing across outlets). */

/** Two claims whose dates differ by more than this many days are never the same claim. */
export const CLAIM_PERIOD_DAYS = 14;
/**
 * Content-word cosine (tf-idf over the clustered claims) at which two claims are paraphrases of one assertion
 * without any further anchor.
 */
export const CLAIM_TEXT_ALONE = 0.6;
/** Cosine needed together with a shared specific anchor (specific place, named entity, or figure kind + subject). */
export const CLAIM_TEXT_ANCHORED = 0.35;
/**
 * Cosine needed when the claims count the same kind of figure about the same explicit subject (`refugees|UA_civ`):
 * the figure is the anchor, the text must still agree.
 */
export const CLAIM_TEXT_FIGURE = 0.2;
/**
 * Cosine needed when the claims count the same kind of figure in the same specific place (the death toll of one
 * attack on one town): the strongest anchor, so the text may differ most.
 */
export const CLAIM_TEXT_FIGURE_PLACE = 0.12;
/**
 * Cosine needed when one speaker says it twice in one document (a paraphrase in the lede and the quote further down,
 * or an indirect report and the direct quote): the same speaker in the same article is the anchor.
 */
export const CLAIM_TEXT_SAME_SPEAKER = 0.4;
/**
 * Kept for callers that pass a threshold: a claim joins a cluster when its best pair score with the cluster's core
 * exceeds this (pair scores are the cosine plus the anchor bonuses below, -1 when the pair is incompatible).
 */
export const CLAIM_JOIN_THRESHOLD = 0;
/** Bonus to a compatible pair's score per shared anchor kind (only ranks candidate clusters). */
export const W_ANCHOR = 0.1;
/**
 * Members that form a cluster's core: a new claim must be compatible with every core member and is compared with
 * them only, so later members cannot chain unrelated claims in.
 */
export const CLAIM_CORE_SIZE = 3;
/** Clusters remembered per blocking key and period bucket. */
export const CLAIM_MAX_POSTINGS = 32;
/** Candidate clusters scored in full per claim. */
export const CLAIM_MAX_CANDIDATES = 8;
/** Rarest content words of a claim used as extra blocking keys. */
export const CLAIM_WORD_KEYS = 4;
