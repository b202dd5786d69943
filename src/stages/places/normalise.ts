/** @module Lookup-key normalisation shared by the gazetteer builder and the matcher. */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼʹ`‘]/g;
const DOTS = /\./g;
const SEPARATORS = /[\s\-‐‑–]+/g;
const ABBREVIATED = /\b(?:st|ste|mt|ft)\b(?= )/g;
const EXPANSIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/**
 * Normalises a place name to its lookup key: diacritics and apostrophes removed, dots dropped,
 * hyphens and whitespace collapsed to one space, lower case; `St`/`Mt`/`Ft` before a name spelled out.
 * @param name A surface form (`Ivano-Frankivsk`, `St. Louis`, `Chornomors’k`).
 * @returns The key (`ivano frankivsk`, `st louis`, `chornomorsk`).
 */
export function normaliseKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, '')
    .replace(DOTS, '')
    .replace(SEPARATORS, ' ')
    .trim()
    .toLowerCase()
    .replace(ABBREVIATED, (w) => EXPANSIONS[w]!);
}
