/** @module A small deterministic pseudo-random generator (mulberry32): the same seed gives the same sequence on every machine. */

/**
 * Returns a generator of numbers in `[0, 1)` seeded with `seed`.
 * @param seed Any 32-bit integer.
 */
export function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
