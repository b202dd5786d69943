/** @module Memoised name keys of the recogniser: the same surfaces are normalised and slugged many times per document and across documents. */

import { normaliseName, slugify } from '../../kb/index.js';
import { phraseKey } from './lexicon.js';

/** Entries a memo holds before it is emptied (bounds memory on long runs; the hot vocabulary refills it at once). */
export const MEMO_MAX_ENTRIES = 50_000;

/** Wraps a pure string function with a bounded cache: same results, each distinct input computed once. */
export function memoise(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text: string): string => {
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      if (cache.size >= MEMO_MAX_ENTRIES) cache.clear();
      cache.set(text, v);
    }
    return v;
  };
}

/** {@link normaliseName}, memoised. */
export const normName: (text: string) => string = memoise(normaliseName);

/** {@link slugify}, memoised. */
export const slugOf: (text: string) => string = memoise(slugify);

/** {@link phraseKey}, memoised (the lexicon's lookup key of a mention's text). */
export const phraseKeyOf: (text: string) => string = memoise(phraseKey);

const DIACRITICS = /[\u0300-\u036f]/g;

/** A name lower-cased without diacritics (the registry's key of a person's words), memoised. */
export const foldName: (text: string) => string = memoise((text) => text.toLowerCase().normalize('NFD').replace(DIACRITICS, ''));
