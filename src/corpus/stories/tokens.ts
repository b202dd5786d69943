/** @module Content-word tokenisation shared by story and claim clustering: lower-cased, stop-worded, lightly stemmed. */

import { STOPWORDS } from './data/stopwords.js';

/** Shortest token kept as a content word (letters). */
export const MIN_TOKEN_LENGTH = 3;

const STOP = new Set(STOPWORDS);
const WORD_RE = /[\p{L}][\p{L}\p{M}'’-]*|\d[\d,.]*/gu;

/**
 * Light suffix stripping so `strikes`/`strike`, `shelling`/`shelled` meet; deterministic and cheap (not a full stemmer).
 * @returns The stem of a lower-cased word.
 */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** Words whose content-word form is remembered (cleared when full, so memory stays bounded on any corpus). */
const WORD_CACHE_MAX = 200_000;
const wordCache = new Map<string, string | null>();

/** The content-word form of one lower-cased word token: apostrophe suffix and trailing hyphens dropped, stemmed; null for a stop word. */
function contentWord(token: string): string | null {
  let w = token;
  let apo = w.indexOf("'");
  const curly = w.indexOf('’');
  if (apo < 0 || (curly >= 0 && curly < apo)) apo = curly;
  if (apo > 0) w = w.slice(0, apo);
  if (w.charCodeAt(w.length - 1) === 45) w = w.replace(/-+$/, '');
  if (w.length < MIN_TOKEN_LENGTH || STOP.has(w)) return null;
  const s = stem(w);
  if (s.length < MIN_TOKEN_LENGTH || STOP.has(s)) return null;
  return s;
}

/**
 * Content words of a text: lower-cased, apostrophe suffixes dropped, stop words and numbers removed, stemmed.
 * @returns The tokens in text order (duplicates kept).
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lower); m; m = WORD_RE.exec(lower)) {
    const token = m[0];
    if (token.charCodeAt(0) < 65) continue; // numbers carry no event identity by themselves
    let w = wordCache.get(token);
    if (w === undefined) {
      if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
      wordCache.set(token, (w = contentWord(token)));
    }
    if (w !== null) out.push(w);
  }
  return out;
}

/** Term counts of a token list. */
export function termCounts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Whole days since 1970-01-01 of an ISO date or date-time (`YYYY-MM-DD…`); null when absent or unparseable. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** Normalises a name for matching: lower case, diacritics, possessives, articles and punctuation removed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(the|of|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
