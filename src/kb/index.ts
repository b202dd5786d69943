/** @module Knowledge base of conflict actors: alias, honorific-insensitive and fuzzy lookup, and sides of generic descriptors. */

import type { Side } from '../core/doc.js';
import { damerauLevenshtein } from './fuzzy.js';
import { loadActors, readList, type Actor } from './load.js';
import { normaliseName } from './normalise.js';

export type { Actor } from './load.js';
export { normaliseName, slugify } from './normalise.js';
export { sideOfDescriptor } from './descriptor.js';
export { damerauLevenshtein } from './fuzzy.js';

/** Shortest key that fuzzy matching is tried on. */
export const FUZZY_MIN_LENGTH = 5;
/** Shortest single word (a bare surname) that fuzzy matching is tried on: short surnames collide too easily ("Lapid"/"Lapin"). */
export const FUZZY_MIN_SINGLE_WORD = 7;
/** Keys of this length or longer allow two edits; shorter ones one. */
export const FUZZY_TWO_EDITS_LENGTH = 9;
/** Shortest surname added automatically as an alias of a PERSON. */
export const SURNAME_MIN_LENGTH = 3;
/** Keys this short are only looked up when written with a capital (acronyms). */
const ACRONYM_MAX_LENGTH = 3;
/** At most this many leading honorific/title/demonym words are stripped before lookup. */
const MAX_PREFIX_WORDS = 5;

interface Index {
  actors: Actor[];
  byId: Map<string, Actor>;
  /** Normalised alias → actor (explicit aliases and canonical names). */
  exact: Map<string, Actor>;
  /** Normalised surname → actor, only when unambiguous. */
  surnames: Map<string, Actor>;
  /** Keys for fuzzy lookup, bucketed by length, first letter and word count. */
  byLength: Map<string, Array<[string, Actor]>>;
  honorifics: Set<string>;
  prefixWords: Set<string>;
  cache: Map<string, { actor: Actor; link: 'alias' | 'fuzzy' } | null>;
  knownCache: Map<string, boolean>;
  rawCache: Map<string, { actor: Actor; link: 'alias' | 'fuzzy' } | null>;
}

let index: Index | null = null;

function build(): Index {
  const actors = loadActors();
  const byId = new Map<string, Actor>();
  const exact = new Map<string, Actor>();
  for (const a of actors) {
    byId.set(a.id, a);
    for (const alias of [a.name, ...a.aliases]) {
      const key = normaliseName(alias.replace(/^the\s+/i, ''));
      if (key && !exact.has(key)) exact.set(key, a);
    }
  }
  const stop = readList('ambiguous-surnames.tsv');
  const counts = new Map<string, Actor[]>();
  for (const a of actors) {
    if (a.type !== 'PERSON') continue;
    const names = new Set<string>();
    for (const alias of [a.name, ...a.aliases]) {
      const words = normaliseName(alias).split(' ');
      if (words.length < 2) continue;
      names.add(words[words.length - 1]!);
    }
    for (const s of names) {
      if (s.length < SURNAME_MIN_LENGTH || stop.has(s)) continue;
      const list = counts.get(s) ?? [];
      if (!list.includes(a)) list.push(a);
      counts.set(s, list);
    }
  }
  const surnames = new Map<string, Actor>();
  for (const [s, list] of counts) if (list.length === 1 && !exact.has(s)) surnames.set(s, list[0]!);
  const byLength = new Map<string, Array<[string, Actor]>>();
  const addFuzzy = (key: string, a: Actor): void => {
    if (key.length < FUZZY_MIN_LENGTH) return;
    const b = bucketKey(key.length, key.charCodeAt(0), wordCount(key));
    const bucket = byLength.get(b) ?? [];
    bucket.push([key, a]);
    byLength.set(b, bucket);
  };
  for (const [k, a] of exact) addFuzzy(k, a);
  for (const [k, a] of surnames) addFuzzy(k, a);
  const honorifics = readList('honorifics.tsv');
  const prefixWords = new Set<string>([...readList('side-terms.tsv')].filter((t) => !t.includes(' ')));
  return { actors, byId, exact, surnames, byLength, honorifics, prefixWords, cache: new Map(), knownCache: new Map(), rawCache: new Map() };
}

function getIndex(): Index {
  index ??= build();
  return index;
}

/** All actors, in data-file order. */
export function allActors(): readonly Actor[] {
  return getIndex().actors;
}

/** The actor with this id, or null. */
export function actorById(id: string): Actor | null {
  return getIndex().byId.get(id) ?? null;
}

/** Strips leading honorifics, titles and demonyms (`Ukrainian President`, `Mr`, `Russia's`) from a normalised name. */
function stripPrefixes(key: string, idx: Index): string[] {
  const out: string[] = [key];
  let words = key.split(' ');
  for (let n = 0; n < MAX_PREFIX_WORDS && words.length > 1; n++) {
    let cut = 0;
    for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      if (idx.honorifics.has(head) || (k === 1 && idx.prefixWords.has(head))) {
        cut = k;
        break;
      }
    }
    if (cut === 0) break;
    words = words.slice(cut);
    out.push(words.join(' '));
  }
  return out;
}

function maxEdits(len: number, words = 2): number {
  if (len < (words === 1 ? FUZZY_MIN_SINGLE_WORD : FUZZY_MIN_LENGTH)) return 0;
  return len >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
}

function fuzzyLookup(key: string, idx: Index): Actor | null {
  const words = wordCount(key);
  const max = maxEdits(key.length, words);
  if (max === 0) return null;
  let best: Actor | null = null;
  let bestD = max + 1;
  let tie = false;
  for (let len = key.length - max; len <= key.length + max; len++) {
    // Misspellings rarely touch the first letter; bucketing on it keeps the scan small.
    for (const [cand, actor] of idx.byLength.get(bucketKey(len, key.charCodeAt(0), words)) ?? []) {
      const limit = Math.min(max, maxEdits(cand.length, words));
      const d = damerauLevenshtein(key, cand, limit);
      if (d > limit) continue;
      if (d < bestD) {
        bestD = d;
        best = actor;
        tie = false;
      } else if (d === bestD && best !== actor) tie = true;
    }
  }
  return best && !tie ? best : null;
}

function wordCount(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

function bucketKey(len: number, firstChar: number, words: number): string {
  return `${len}:${firstChar}:${words}`;
}

/**
 * Looks a name up, telling how it matched: exact alias (case, diacritics, honorific and title-insensitive,
 * surnames of known people included) or fuzzy (restricted Damerau–Levenshtein ≤ 1 for 5–8 characters, ≤ 2 from 9).
 * @returns The actor and the link kind, or null.
 */
export function lookupActor(name: string): { actor: Actor; link: 'alias' | 'fuzzy' } | null {
  const idx = getIndex();
  const raw = idx.rawCache.get(name);
  if (raw !== undefined) return raw;
  const result = lookupUncached(name, idx);
  if (idx.rawCache.size > 100000) idx.rawCache.clear();
  idx.rawCache.set(name, result);
  return result;
}

function lookupUncached(name: string, idx: Index): { actor: Actor; link: 'alias' | 'fuzzy' } | null {
  const key0 = normaliseName(name.replace(/^(?:the|a|an)\s+/i, ''));
  if (!key0) return null;
  const capitalised = /^\p{Lu}/u.test(name.replace(/^(?:the|a|an)\s+/i, '').trim());
  // Short all-lower-case words ("who", "us", "ap") are words, not the acronyms WHO, US, AP.
  if (key0.length <= ACRONYM_MAX_LENGTH && !/\p{Lu}/u.test(name)) return null;
  const cacheKey = (capitalised ? 'C' : 'l') + key0;
  const cached = idx.cache.get(cacheKey);
  if (cached !== undefined) return cached;
  let result: { actor: Actor; link: 'alias' | 'fuzzy' } | null = null;
  const keys = stripPrefixes(key0, idx);
  // Middle initials ("Antony J. Blinken", "Vladimir V. Putin") are not part of the stored names.
  for (const k of [...keys]) {
    const words = k.split(' ');
    const kept = words.filter((w, i) => w.length > 1 || i === 0 || i === words.length - 1);
    if (kept.length >= 2 && kept.length < words.length) keys.push(kept.join(' '));
  }
  for (const key of keys) {
    const hit = idx.exact.get(key) ?? idx.surnames.get(key);
    if (hit) {
      result = { actor: hit, link: 'alias' };
      break;
    }
  }
  // Fuzzy matching only for names written as names (capitalised), never for common lower-case words.
  if (!result && capitalised) {
    for (const key of keys) {
      const hit = fuzzyLookup(key, idx);
      if (hit) {
        result = { actor: hit, link: 'fuzzy' };
        break;
      }
    }
  }
  idx.cache.set(cacheKey, result);
  return result;
}

/**
 * Finds the actor a name refers to: exact alias first (`Mr Zelenskiy`, `President Zelensky`), then fuzzy
 * (`Zelenksyy`, `Zelinsky`).
 * @example findActor('Mr Zelenskiy')?.id === 'person:volodymyr-zelensky'
 */
export function findActor(name: string): Actor | null {
  return lookupActor(name)?.actor ?? null;
}

/** True when `key` (normalised) is exactly an alias or unambiguous surname of a known actor. */
export function isKnownAlias(name: string): boolean {
  const idx = getIndex();
  let known = idx.knownCache.get(name);
  if (known === undefined) {
    const key = normaliseName(name);
    known = idx.exact.has(key) || idx.surnames.has(key);
    if (idx.knownCache.size > 100000) idx.knownCache.clear();
    idx.knownCache.set(name, known);
  }
  return known;
}

/** The side an actor speaks for, or null. */
export function sideOf(actor: Actor | null): Side | null {
  return actor?.side ?? null;
}
