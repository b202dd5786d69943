/** @module Tunable thresholds of independence counting, contradiction checks and the evidence score. */

/** Figures whose claim dates differ by more than this many days are an evolution, never a contradiction. */
export const CONTEST_MAX_DAY_GAP = 1;
/** Relative tolerance when comparing figure ranges (10 % either way). */
export const RANGE_TOLERANCE = 0.1;
/** Extra relative widening of approximate figures (`about`, `nearly`). */
export const APPROX_TOLERANCE = 0.1;
/** Depth limit when following duplicate-of links to their root. */
export const MAX_DUPLICATE_DEPTH = 16;

/**
 * Evidence score (higher = better supported), for sorting:
 *   score = log2(1 + origins)
 *         + SIDE_BONUS × (min(origin sides, MAX_SIDES) − 1)
 *         + OUTLET_BONUS × min(outlets − 1, MAX_OUTLETS)
 *         − HEDGE_PENALTY × (share of hedged members)
 *         − CONTESTED_PENALTY (if contested) − DENIED_PENALTY (if denied),
 * floored at 0 and rounded to two decimals. One unhedged origin in one outlet scores 1.
 */
export const SIDE_BONUS = 0.5;
export const MAX_SIDES = 3;
export const OUTLET_BONUS = 0.1;
export const MAX_OUTLETS = 5;
export const HEDGE_PENALTY = 0.5;
export const CONTESTED_PENALTY = 1;
export const DENIED_PENALTY = 0.75;
