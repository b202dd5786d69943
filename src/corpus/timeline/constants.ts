/** @module Thresholds for comparing reported figures with the reference loss series. */

/** A figure above this multiple of the reference value for its date is flagged `far-above`. */
export const FAR_ABOVE_RATIO = 2;
/** A figure below this fraction of the reference value is flagged `far-below`. */
export const FAR_BELOW_RATIO = 0.5;
/**
 * Below this fraction the figure is most likely a daily or local count, not a cumulative total, and is marked
 * `not-comparable` instead of `far-below`.
 */
export const LOCAL_FIGURE_RATIO = 0.05;
/** The reference value used is the latest record at most this many days before the figure's date. */
export const REFERENCE_MAX_AGE_DAYS = 31;
