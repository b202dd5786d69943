/** @module Boilerplate matchers built from the data in `data/boilerplate.ts`; the builder rejects empty and over-broad patterns. */

import { BOILERPLATE_TOKENS, OVER_BROAD_TOKENS, SHORT_TEXT_CUES } from './data/boilerplate.js';

/** Shortest token a class/id rule may use (two letters like `ad` are allowed only as a whole class part). */
export const MIN_TOKEN_LENGTH = 2;

/** Splits camelCase class words into parts (`newsCaption` → `news-Caption`). */
const CAMEL_RE = /([a-z0-9])([A-Z])/g;

/** Class/id strings remembered per matcher (pages repeat the same class lists many times). */
export const MATCH_CACHE_SIZE = 20_000;

/** A compiled class/id matcher: returns the removal reason, or null. */
export interface BoilerplateMatcher {
  match(classAndId: string): string | null;
}

/**
 * Builds a class/id matcher from `{ reason, tokens }` rules.
 * A token matches a whitespace-separated class word exactly, or a run of its `-`/`_`-separated parts.
 * @throws Error `[E_HTML_SELECTOR]` when a token is empty, too short, not a plain word, or over-broad (would match article containers).
 */
export function buildBoilerplateMatcher(rules: ReadonlyArray<{ reason: string; tokens: readonly string[] }>): BoilerplateMatcher {
  const broad = new Set(OVER_BROAD_TOKENS);
  const byToken = new Map<string, string>();
  for (const { reason, tokens } of rules) {
    if (!reason.trim()) throw new Error('[E_HTML_SELECTOR] boilerplate rule has an empty reason');
    for (const raw of tokens) {
      const token = raw.trim().toLowerCase();
      if (token.length < MIN_TOKEN_LENGTH) throw new Error(`[E_HTML_SELECTOR] empty or too short boilerplate token "${raw}" (reason ${reason})`);
      if (!/^[a-z0-9]+([-_][a-z0-9]+)*$/.test(token)) throw new Error(`[E_HTML_SELECTOR] boilerplate token "${raw}" must be a plain class word`);
      if (broad.has(token)) throw new Error(`[E_HTML_SELECTOR] boilerplate token "${raw}" is over-broad: it names article containers on many sites`);
      if (!byToken.has(token)) byToken.set(token, reason);
    }
  }
  const maxParts = Math.max(1, ...[...byToken.keys()].map((t) => t.split(/[-_]/).length));
  const cache = new Map<string, string | null>();
  const compute = (classAndId: string): string | null => {
      for (const word of classAndId.replace(CAMEL_RE, '$1-$2').toLowerCase().split(/\s+/)) {
        if (!word) continue;
        const direct = byToken.get(word);
        if (direct) return direct;
        const parts = word.split(/[-_]+/).filter(Boolean);
        for (let n = Math.min(maxParts, parts.length); n >= 1; n--) {
          for (let i = 0; i + n <= parts.length; i++) {
            const hit = byToken.get(parts.slice(i, i + n).join('-'));
            if (hit) return hit;
          }
        }
      }
      return null;
  };
  return {
    match(classAndId: string): string | null {
      if (!classAndId) return null;
      let hit = cache.get(classAndId);
      if (hit === undefined) {
        hit = compute(classAndId);
        if (cache.size > MATCH_CACHE_SIZE) cache.clear();
        cache.set(classAndId, hit);
      }
      return hit;
    },
  };
}

/** A compiled short-text cue list: returns the removal reason for a whole short block, or null. */
export interface TextCueMatcher {
  match(text: string): string | null;
}

/**
 * Compiles `{ reason, pattern }` regex sources (case-insensitive).
 * @throws Error `[E_HTML_SELECTOR]` for an empty pattern or one that matches the empty string (it would match everything).
 */
export function buildTextCueMatcher(rules: ReadonlyArray<{ reason: string; pattern: string }>): TextCueMatcher {
  const compiled = rules.map(({ reason, pattern }) => {
    if (!pattern.trim()) throw new Error(`[E_HTML_SELECTOR] empty text-cue pattern (reason ${reason})`);
    const re = new RegExp(pattern, 'iu');
    if (re.test('') || re.test(' ')) throw new Error(`[E_HTML_SELECTOR] text-cue pattern /${pattern}/ matches empty text (over-broad)`);
    return { reason, re };
  });
  return {
    match(text: string): string | null {
      for (const { reason, re } of compiled) if (re.test(text)) return reason;
      return null;
    },
  };
}

let classMatcher: BoilerplateMatcher | null = null;
let cueMatcher: TextCueMatcher | null = null;

/** The default class/id matcher (built once, lazily). */
export function defaultBoilerplateMatcher(): BoilerplateMatcher {
  return (classMatcher ??= buildBoilerplateMatcher(BOILERPLATE_TOKENS));
}

/** The default short-text cue matcher (built once, lazily). */
export function defaultTextCueMatcher(): TextCueMatcher {
  return (cueMatcher ??= buildTextCueMatcher(SHORT_TEXT_CUES));
}
