/** @module Side of a generic source descriptor ("Ukrainian officials", "a senior US defence official", "experts at ISW"). */

import type { Side } from '../core/doc.js';
import { readTsv } from './load.js';
import { findActor } from './index.js';

/** Longest side term, in words. */
const MAX_TERM_WORDS = 5;
/** Terms this short must be written in capitals to count (`US`, `UN`, `WHO`, `RT`), so the pronoun "us" or "who" never does. */
const ACRONYM_MAX_LENGTH = 3;

interface Tables {
  terms: Map<string, Side>;
  heads: Map<string, 'OSINT' | 'ANON' | 'FORMER'>;
}
let tables: Tables | null = null;

function getTables(): Tables {
  if (tables) return tables;
  const terms = new Map<string, Side>();
  for (const [term, side] of readTsv('side-terms.tsv')) terms.set(term!.toLowerCase(), side as Side);
  const heads = new Map<string, 'OSINT' | 'ANON' | 'FORMER'>();
  for (const [word, cls] of readTsv('descriptor-heads.tsv')) heads.set(word!.toLowerCase(), cls as 'OSINT' | 'ANON' | 'FORMER');
  tables = { terms, heads };
  return tables;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

function tokens(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/['’]s$/i, '').replace(/\.$/, (m) => (/^(?:[A-Za-z]\.)+$/.test(w) ? m : '')));
}

/**
 * The side a generic descriptor speaks for (spec/claims.md §1.4), from word lists kept as data:
 * a named actor takes its KB side; analysts, watchers and researchers are OSINT; otherwise the first-named
 * country, demonym, capital or institution decides (`Polish and Ukrainian border guards` → WEST); former
 * officials with no current side are OSINT; bare `officials`, `sources`, `experts` are ANON.
 * @returns The side, or null when the text names no source at all.
 * @example sideOfDescriptor('a senior US defence official') === 'WEST'
 */
export function sideOfDescriptor(text: string): Side | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const side = computeSide(text);
  if (cache.size > CACHE_MAX) cache.clear();
  cache.set(text, side);
  return side;
}

/** Most descriptors remembered between calls. */
const CACHE_MAX = 50000;
const cache = new Map<string, Side | null>();

function computeSide(text: string): Side | null {
  const { terms, heads } = getTables();
  const toks = tokens(text);
  if (toks.length === 0) return null;
  const actor = findActor(text);
  if (actor?.side && toks.length <= 4) {
    const exactish = !toks.some((t) => heads.get(t.toLowerCase()) === 'OSINT');
    if (exactish) return actor.side;
  }
  let first: Side | null = null;
  let osint = false;
  let anon = false;
  let former = false;
  for (let i = 0; i < toks.length; i++) {
    const low = toks[i]!.toLowerCase();
    const head = heads.get(low);
    if (head === 'OSINT') osint = true;
    else if (head === 'ANON') anon = true;
    else if (head === 'FORMER') former = true;
    if (first !== null) continue;
    for (let k = Math.min(MAX_TERM_WORDS, toks.length - i); k >= 1; k--) {
      const words = toks.slice(i, i + k);
      const term = words.join(' ').toLowerCase();
      const side = terms.get(term) ?? terms.get(term.replace(/\./g, ''));
      if (side === undefined) continue;
      if (k === 1 && term.replace(/\./g, '').length <= ACRONYM_MAX_LENGTH && words[0] !== words[0]!.toUpperCase()) continue;
      first = side;
      i += k - 1;
      break;
    }
  }
  if (osint) return 'OSINT';
  if (first !== null) return former && (first === 'RU' || first === 'UA' || first === 'WEST' || first === 'THIRD') && /\bformer\b/i.test(text) && !/\bnow\b/i.test(text) ? 'OSINT' : first;
  if (actor?.side) return actor.side;
  if (former && anon) return 'OSINT';
  if (anon) return 'ANON';
  return null;
}
