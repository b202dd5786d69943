/** @module MinHash signatures over word shingles with fast 32-bit hashing, LSH band keys and the Jaccard estimate. */

import { LSH_BANDS, LSH_ROWS, MINHASH_SIZE, SHINGLE_WORDS } from './constants.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens of a text (letters and digits; punctuation and spacing ignored). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A murmur3-style finaliser: spreads the bits of a 32-bit value. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Per-permutation seeds (an odd multiplier and an xor key each), derived deterministically once at module load. */
const MULS = new Uint32Array(MINHASH_SIZE);
const KEYS = new Uint32Array(MINHASH_SIZE);
{
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = mix(x + 0x6d2b79f5 + i);
    MULS[i] = x | 1;
    x = mix(x + 0x6d2b79f5 + i);
    KEYS[i] = x;
  }
}

/**
 * Distinct 32-bit hashes of the word shingles of a text (fewer than {@link SHINGLE_WORDS} words: one shingle of all of them).
 * @returns The shingle hashes (deduplicated).
 */
export function shingleHashes(text: string): Uint32Array {
  const ws = words(text);
  if (ws.length === 0) return new Uint32Array(0);
  const wh = ws.map(fnv1a);
  const n = Math.max(1, ws.length - SHINGLE_WORDS + 1);
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    const end = Math.min(i + SHINGLE_WORDS, wh.length);
    for (let j = i; j < end; j++) h = mix(Math.imul(h ^ wh[j]!, 0x01000193) + j - i);
    seen.add(h);
  }
  return Uint32Array.from(seen);
}

/**
 * The MinHash signature of a set of shingle hashes: for each of {@link MINHASH_SIZE} seeded 32-bit permutations, the minimum.
 * @returns A signature of MINHASH_SIZE unsigned 32-bit values (all 0xffffffff for an empty set).
 */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let k = 0; k < shingles.length; k++) {
    const h = shingles[k]!;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      // xor with a key, multiply by an odd number, xorshift: each step is a bijection on 32 bits, so this is a permutation.
      let v = Math.imul(h ^ KEYS[i]!, MULS[i]!);
      v = (v ^ (v >>> 16)) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures: the share of positions where they agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * LSH band keys of a signature: one integer per band (band index, and a 53-bit hash of the band's rows).
 * Two documents are candidates when they share a key in the same band.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h1 = 0x811c9dc5 ^ b;
    let h2 = 0x1b873593 + b;
    for (let r = 0; r < LSH_ROWS; r++) {
      const v = sig[b * LSH_ROWS + r]!;
      h1 = mix(h1 ^ v);
      h2 = mix(Math.imul(h2, 31) + v);
    }
    // 32 bits of h1 and 21 bits of h2: an exact JS integer, stored as SQLite INTEGER.
    keys.push((h1 >>> 0) * 2 ** 21 + (h2 >>> 11));
  }
  return keys;
}

/** Serialises a signature to bytes (little-endian Uint32) for storage. */
export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** Reads a signature stored by {@link signatureToBuffer}. */
export function signatureFromBuffer(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
