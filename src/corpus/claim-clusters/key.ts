/** @module Defensive parsing of the claims stage's clustering key `subject|predicate-kind|place|time|figure-category`. */

/** The parts of a claim key; a missing or empty part is null. */
export interface ClaimKey {
  subject: string | null;
  predicate: string | null;
  place: string | null;
  time: string | null;
  category: string | null;
}

const EMPTY = new Set(['', '-', '*', '_', '?', 'null', 'none', 'unknown']);

/**
 * Splits a claim key into its five parts; tolerates a missing key, fewer parts, blanks and placeholder values.
 * @returns The parts, each lower-cased and trimmed, or null.
 */
export function parseClaimKey(key: string | null | undefined): ClaimKey {
  const parts = typeof key === 'string' ? key.split('|') : [];
  const at = (i: number): string | null => {
    const v = (parts[i] ?? '').trim().toLowerCase();
    return EMPTY.has(v) ? null : v;
  };
  return { subject: at(0), predicate: at(1), place: at(2), time: at(3), category: at(4) };
}
