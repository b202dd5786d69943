/** @module De-duplication fingerprints: an exact content hash of the normalised text and a MinHash/LSH fingerprint of the body. */

import { createHash } from 'node:crypto';
import type { Document } from '../../core/doc.js';
import { MIN_SHINGLES } from './constants.js';
import { bandKeys, minhash, shingleHashes, words } from './minhash.js';

export { LSH_BANDS, LSH_ROWS, MINHASH_SIZE, MIN_SHINGLES, NEAR_DUPLICATE_JACCARD, SHINGLE_WORDS } from './constants.js';
export { bandKeys, estimateJaccard, minhash, shingleHashes, signatureFromBuffer, signatureToBuffer, words } from './minhash.js';

/** The fingerprint of one document, as the store keeps it. */
export interface Fingerprint {
  /** sha256 hex of the lower-cased word sequence of the whole text: equal for exact copies, whatever their spacing or punctuation. */
  contentHash: string;
  /** MinHash signature of the body's word shingles; null when the body is too short to judge ({@link MIN_SHINGLES}). */
  signature: Uint32Array | null;
  /** LSH band keys of the signature (empty when there is none). */
  bands: number[];
}

/**
 * Hash of the normalised text: lower-cased words joined by single spaces.
 * @returns sha256 hex.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(words(text).join(' ')).digest('hex');
}

/**
 * Fingerprints a Document for exact and near-duplicate detection.
 * The near-duplicate signature covers the body only (`text` from `bodyStart`), so a re-headlined syndicated copy still matches.
 */
export function fingerprint(doc: Pick<Document, 'text' | 'bodyStart'>): Fingerprint {
  const body = doc.bodyStart > 0 && doc.bodyStart < doc.text.length ? doc.text.slice(doc.bodyStart) : doc.text;
  const shingles = shingleHashes(body);
  const signature = shingles.length >= MIN_SHINGLES ? minhash(shingles) : null;
  return { contentHash: contentHash(doc.text), signature, bands: signature ? bandKeys(signature) : [] };
}
