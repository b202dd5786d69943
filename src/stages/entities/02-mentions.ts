/** @module Step 2: candidate mentions in one sentence — phrase-table hits, capitalised runs split at titles, organisation and unit patterns, context cues. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataPath } from '../../core/paths.js';
import type { EntityType } from '../../core/doc.js';
import { isKnownAlias } from '../../kb/index.js';
import { sentenceShape, tokenize, type NerToken } from './01-tokens.js';
import { getLexicon, isCommonWord, isNameWord, MAX_PHRASE_TOKENS, type Lexicon, type PhraseEntry, type PhraseNode } from './lexicon.js';

/** Most connectors ("of the") bridged inside one name. */
const MAX_CONNECTOR_RUN = 2;
/** Longest all-caps word taken as an organisation acronym when nothing else is known. */
const ACRONYM_MAX = 6;
/** Longest unknown all-caps word inside a normal sentence still taken as a possible acronym (`OSA`), not a shouted headline word. */
const ACRONYM_GUESS_MAX = 5;
/** Word endings of inflected common words (never taken as an unknown sentence-initial name). */
const VERB_LIKE = /(?:ed|ing|ly)$/;
/** A line of at least this many short capitalised column labels ("W L T GF GA PTS") is a table header, never names. */
const TABLE_HEADER_MIN_WORDS = 4;
/** Longest column label of a table header. */
const TABLE_HEADER_MAX_LETTERS = 3;

function isTableHeader(toks: readonly NerToken[]): boolean {
  let words = 0;
  for (const t of toks) {
    if (!t.word) continue;
    if (t.text.length > TABLE_HEADER_MAX_LETTERS || t.text !== t.text.toUpperCase() || /\d/.test(t.text)) return false;
    words++;
  }
  return words >= TABLE_HEADER_MIN_WORDS;
}
/** A year written before an event name ("1995 World Cup"). */
const EVENT_YEAR = /^(?:1[89]|20)\d\d$/;
/** Lower-case surname particles that lead a surname ("van Boxmeer") … */
const PARTICLE_LEAD = new Set(['van', 'von']);
/** … and the article that may follow them ("van der Merwe"). */
const PARTICLE_INNER = new Set(['der', 'den']);
/** Most capitalised words between a sentence-initial word and the legal form that makes it a company's first word. */
const COMPANY_LEAD_MAX_WORDS = 4;
/** Longest legal form written as an abbreviation with a dot ("Corp.", "Ltd.", "Cos."). */
const COMPANY_ABBREVIATION_MAX = 4;
/** A numbered unit's ordinal ("93rd"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** Roman numerals after a name ("World War II", "Pope Leo XIV"). */
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;

/** The recogniser's word lists: `data/kb/entities/` in the package root (works from src/ and dist/). */
const DATA_DIR = dataPath('kb', 'entities');
/** Closed word classes from `word-classes.tsv`. */
interface WordClasses {
  /** Abbreviations whose final dot stays inside a name run (`Mr. Putin`, `St. Petersburg`). */
  dotAbbreviations: Set<string>;
  /** Titles that only ever stand before a person (stripped from the front of an organisation run). */
  personalTitles: Set<string>;
  /** Connectors at which an unknown run is split into separate names (`Bucha and Hostomel`). */
  splitConnectors: Set<string>;
  /** Single unknown words ending like Slavic/Germanic/Spanish surnames are taken as persons … */
  surnameEndings: RegExp;
  /** … and like place names as places. */
  placeEndings: RegExp;
  /** Endings of words in -s that are not plurals ("Harris", "Paulus", "Thomas"). */
  nonPluralEndings: RegExp;
  /** Words before a lone unknown name that make it a place when nothing else types it ("at Twickenham"). */
  lonePlaceBefore: Set<string>;
  /** Portfolio words joined to a title by "of" ("Secretary of State", "Chancellor of the Exchequer"): part of the title, never of the name after it. */
  portfolios: Set<string>;
  /** Rank prefixes of hyphenated titles ("Vice-President", "Major-General"). */
  titlePrefixes: Set<string>;
  /** Lower-case prefixes joined by a hyphen to a name ("pro-Russian", "trans-Atlantic"): the whole word is OTHER. */
  hyphenPrefixes: Set<string>;
  /** Words that begin club names before a town ("Werder Bremen", "Dynamo Kiev"); other unknown words before a town make a person. */
  clubPrefixes: Set<string>;
  /** Head words of competitions ("Open", "Cup", "Shield"): after a name in an all-caps headline they close one event name ("ZIMBABWE OPEN"). */
  eventHeads: Set<string>;
  /** Legal-form words that end a company's name ("Inc", "Corp", "Ltd"): the capitalised words before them, "and" and "&" included, are one company. */
  companySuffixes: Set<string>;
  /** Common nouns that close a headline's nationality + noun ("ENGLISH LEAGUE", "FRENCH PREMIER LEAGUE"): the nationality is the only name. */
  genericHeads: Set<string>;
}
let classes: WordClasses | null = null;
function getClasses(): WordClasses {
  if (classes) return classes;
  const m = new Map<string, string[]>();
  for (const line of readFileSync(path.join(DATA_DIR, 'word-classes.tsv'), 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cls, words] = line.split('\t');
    m.set(cls!.trim(), words!.trim().split(/\s+/));
  }
  const ending = (k: string): RegExp => new RegExp(`(?:${(m.get(k) ?? ['$^']).join('|')})$`);
  classes = {
    dotAbbreviations: new Set(m.get('dot-abbreviation')),
    personalTitles: new Set(m.get('personal-title')),
    splitConnectors: new Set(m.get('split-connector')),
    surnameEndings: ending('surname-ending'),
    placeEndings: ending('place-ending'),
    nonPluralEndings: ending('non-plural-ending'),
    clubPrefixes: new Set(m.get('club-prefix')),
    eventHeads: new Set(m.get('event-head')),
    companySuffixes: new Set(m.get('company-suffix')),
    genericHeads: new Set(m.get('generic-head')),
    hyphenPrefixes: new Set(m.get('hyphen-prefix')),
    lonePlaceBefore: new Set(m.get('lone-place-before')),
    portfolios: new Set(m.get('portfolio')),
    titlePrefixes: new Set(m.get('title-prefix')),
  };
  return classes;
}

let cues: { before: Map<string, EntityType>; after: Map<string, EntityType> } | null = null;
function getCues(): { before: Map<string, EntityType>; after: Map<string, EntityType> } {
  if (cues) return cues;
  const before = new Map<string, EntityType>();
  const after = new Map<string, EntityType>();
  for (const line of readFileSync(path.join(DATA_DIR, 'cues.tsv'), 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cls, word, where] = line.split('\t').map((c) => c.trim());
    (where === 'after' ? after : before).set(word!, cls as EntityType);
  }
  cues = { before, after };
  return cues;
}

/**
 * A hyphenated title ("Lieutenant-General", "Vice-President", "Major-General"): its last part is a title and every part
 * before it a title or a rank prefix.
 */
function isCompoundTitle(norm: string): boolean {
  const dash = norm.lastIndexOf('-');
  if (dash <= 0) return false;
  const lex = getLexicon();
  const prefixes = getClasses().titlePrefixes;
  return lex.titles.has(norm.slice(dash + 1)) && norm.slice(0, dash).split('-').every((x) => lex.titles.has(x) || prefixes.has(x));
}

/** A mention found in a sentence, before linking. */
export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  /** Phrase-table entry when the mention is a known name. */
  entry?: PhraseEntry;
  /** Normalised words of the mention. */
  norms: string[];
  /** A title or role word stood right before the name (`President`, `spokesman`). */
  titled: boolean;
  /** Title words, normalised. */
  titles: string[];
  /** Possessor text when the mention follows `X's` (`Russia's General Staff`). */
  possessor?: string;
  /** How it was recognised. */
  how: 'phrase' | 'org-head' | 'org-prefix' | 'unit' | 'person' | 'cue' | 'acronym' | 'default' | 'shape';
}

/** Context the recogniser keeps across sentences of one document. */
export interface DocContext {
  /** Normalised surnames and full names of persons already named in the document. */
  persons: Set<string>;
}

/** A phrase of the table found at a token: how many tokens it covers and what it is. */
interface PhraseHit {
  len: number;
  entry: PhraseEntry;
}

/**
 * The phrases of the table starting at token `i` that the case rules allow, shortest first, walked once on the phrase
 * trie to the end of the sentence: dots after abbreviations, hyphens and split-off plural apostrophes are skipped
 * inside a phrase. Returns the hits with lower-case phrases allowed and without (those must be capitalised past their
 * first word and hold no lower-case word). The longest hit before a limit is the last one that ends before it (the walk
 * reads nothing past a phrase's last word, so a limit only cuts the lists).
 */
function hitsAt(toks: readonly NerToken[], i: number, lex: Lexicon): [withLower: PhraseHit[], capitalised: PhraseHit[]] {
  const withLower: PhraseHit[] = [];
  const capitalised: PhraseHit[] = [];
  const maxLen = lex.phraseStarts.get(toks[i]!.norm);
  if (maxLen === undefined) return [withLower, capitalised];
  const DOT_ABBREVIATIONS = getClasses().dotAbbreviations;
  const limit = toks.length;
  const most = Math.min(maxLen, MAX_PHRASE_TOKENS);
  let node: PhraseNode | undefined;
  let words = 0;
  for (let j = i; j < limit && words < most; j++) {
    const tj = toks[j]!;
    if (!tj.word) {
      if (tj.text === '.' && j > i && DOT_ABBREVIATIONS.has(toks[j - 1]!.norm)) continue;
      if (tj.text === '-') continue;
      // "Champions ' League", "Cup Winners ' Cup": a plural possessive's apostrophe split off by the tokenizer.
      if ((tj.text === "'" || tj.text === '’') && j > i && toks[j - 1]!.norm.endsWith('s') && j + 1 < limit && toks[j + 1]!.cap) continue;
      break;
    }
    node = words === 0 ? lex.phraseTrie.get(tj.norm) : node!.next?.get(tj.norm);
    if (node === undefined) break; // no longer phrase starts with these words
    words++;
    const entry = node.entry;
    if (!entry) continue;
    if (entry.acronym && words === 1 && !toks[i]!.upper) continue;
    const hit = { len: j - i + 1, entry };
    withLower.push(hit);
    if (!entry.hasLower && (words === 1 || tj.cap)) capitalised.push(hit);
  }
  return [withLower, capitalised];
}

/**
 * Finds the candidate mentions of one sentence `[start, end)` of `text`.
 * @param ctx Document context (persons named so far), updated by the caller.
 */
export function findMentions(text: string, start: number, end: number, ctx: DocContext): RawMention[] {
  const lex = getLexicon();
  const { before: cueBefore, after: cueAfter } = getCues();
  const { dotAbbreviations: DOT_ABBREVIATIONS, personalTitles: PERSONAL_TITLES, splitConnectors: SPLIT_CONNECTORS, surnameEndings: SURNAME_ENDINGS, placeEndings: PLACE_ENDINGS, nonPluralEndings: NON_PLURAL, clubPrefixes: CLUB_PREFIXES, hyphenPrefixes: HYPHEN_PREFIXES, lonePlaceBefore: LONE_PLACE_BEFORE, portfolios: PORTFOLIOS } = getClasses();
  const toks = tokenize(text, start, end);
  const shape = sentenceShape(toks);
  if (isTableHeader(toks)) return [];
  const n = toks.length;
  const used = new Uint8Array(n);
  const out: RawMention[] = [];

  const isTitle = (i: number): boolean => toks[i]!.cap && (lex.titles.has(toks[i]!.norm) || isCompoundTitle(toks[i]!.norm));
  const known = (i: number): boolean => {
    const t = toks[i]!;
    return (
      lex.phraseStarts.has(t.norm) ||
      lex.firstNames.has(t.norm) ||
      ctx.persons.has(t.norm) ||
      isKnownAlias(t.text) ||
      isNameWord(t.norm, lex)
    );
  };
  const memo = new Int8Array(n);
  // Whether each token starts a phrase of the table (1 yes, -1 no, 0 not asked yet): the others never hit, whatever the limit.
  const starts = new Int8Array(n);
  // The phrase hits at each token, with lower-case phrases (odd slots) and without (even slots), walked once.
  const walks: Array<PhraseHit[] | undefined> = new Array<PhraseHit[] | undefined>(2 * n);
  /** The longest phrase at token `i` that ends before token `limit`. */
  const hitMemo = (i: number, limit: number, allowLower: boolean): PhraseHit | null => {
    if (starts[i] === 0) starts[i] = lex.phraseStarts.has(toks[i]!.norm) ? 1 : -1;
    if (starts[i] !== 1) return null;
    const slot = 2 * i + (allowLower ? 1 : 0);
    if (walks[slot] === undefined) [walks[2 * i + 1], walks[2 * i]] = hitsAt(toks, i, lex);
    const found = walks[slot]!;
    for (let k = found.length - 1; k >= 0; k--) if (i + found[k]!.len <= limit) return found[k]!;
    return null;
  };
  const nameLike = (i: number): boolean => {
    if (memo[i] === 0) memo[i] = nameLikeRaw(i) ? 1 : -1;
    return memo[i] === 1;
  };
  const nameLikeRaw = (i: number): boolean => {
    const t = toks[i]!;
    if (!t.word || !t.cap || lex.nonEntities.has(t.norm)) return false;
    if (/^\p{N}/u.test(t.text)) return false;
    // "Bowling : Doull 8-1-60-0", "Rushing : …": an inflected word first in a line before a colon is a label.
    if (t.initial && toks[i + 1]?.text === ':' && VERB_LIKE.test(t.norm) && !hitMemo(i, n, false)) return false;
    const dash = t.text.lastIndexOf('-');
    if (dash > 0 && /^\p{Ll}/u.test(t.text.slice(dash + 1))) {
      // "Moscow-born", "New York-based" are not names; "Russian-backed" is kept as a nationality below.
      return lex.phrases.get(t.norm.slice(0, t.norm.indexOf('-')))?.kind === 'demonym';
    }
    // An initial ("J. Smith", also first in a line: "C. Spearman c Moin Khan"), never the article "A".
    if (t.text.length === 1) return toks[i + 1]?.text === '.' && (!t.initial || (!!toks[i + 2]?.cap && toks[i + 2]!.word && toks[i + 2]!.text.length > 1));

    // A known name of several words ("NEW YORK", "Real Madrid") or a known acronym ("U.S.") counts even when its first word is common.
    const hit = hitMemo(i, n, false);
    if (hit && (hit.len > 1 || (t.upper && hit.entry.kind !== 'city'))) return true;
    if (t.upper && t.text.length > 1 && shape === 'normal') {
      if (isCommonWord(t.norm, lex)) return false;
      return known(i) || (t.text.length <= ACRONYM_GUESS_MAX && !lex.caseStats.has(t.norm));
    }
    // After an initial ("B. Young", "S. Law") any capitalised word is the surname.
    if (i >= 2 && toks[i - 1]!.text === '.' && /^\p{Lu}$/u.test(toks[i - 2]!.text) && !isTitle(i)) return true;
    if (shape !== 'normal') {
      // "Neil Back", "Gary Speed" in a list of players: a word after a given name is the surname, even a common word.
      if (shape === 'title' && afterGivenName(i)) return true;
      if (isCommonWord(t.norm, lex) && !ctx.persons.has(t.norm) && !isKnownAlias(t.text)) return false;
      if (known(i) || isTitle(i)) return true;
      // A word the corpora never saw in any case, inside a title-case line ("Dan Petrescu , Daniel Prodan"), is a rare name.
      return shape === 'title' && !t.initial && !lex.caseStats.has(t.norm) && !VERB_LIKE.test(t.norm) && t.text.length > 2;
    }
    if (t.initial) {
      if (isTitle(i)) return true;
      if (isCommonWord(t.norm, lex)) {
        // "Real Madrid 's strikers ...": a club prefix before a place starts a name even first in the sentence.
        const clubLead = CLUB_PREFIXES.has(t.norm) && !!toks[i + 1]?.cap && hitMemo(i + 1, n, false)?.entry.type === 'PLACE';
        return ctx.persons.has(t.norm) || !!hitMemo(i, n, false) || clubLead || givenNameLead(i) || companyLead(i);
      }
      if (known(i) || companyLead(i)) return true;
      const next = toks[i + 1];
      if (lex.caseStats.has(t.norm) || !next) return false;
      // Never seen in lower case and followed by a speech verb or another name word: "Marchuk said", "Ijaz Ahmad".
      if (cueAfter.get(next.norm) === 'PERSON') return true;
      return next.word && next.cap && !next.upper && !VERB_LIKE.test(t.norm) && !isCommonWord(next.norm, lex);
    }
    return true;
  };

  /** First in a sentence, a word that leads capitalised words closed by a legal form: "Homestake Mining Co", "Action Performance Cos Inc". */
  const companyLead = (i: number): boolean => {
    let k = i + 1;
    while (k < n && k - i <= COMPANY_LEAD_MAX_WORDS && toks[k]!.word && toks[k]!.cap) {
      if (getClasses().companySuffixes.has(toks[k]!.norm)) return true;
      k++;
    }
    return false;
  };
  /** A capitalised word right after a given name ("Back" in "Neil Back"), not a title or a shouted word. */
  const afterGivenName = (i: number): boolean => {
    const t = toks[i]!;
    const p = toks[i - 1];
    return !!p && p.word && p.cap && !p.upper && lex.firstNames.has(p.norm) && !t.upper && !isTitle(i) && !lex.nonEntities.has(t.norm);
  };
  /**
   * A given name that is also a common word, first in the sentence ("Bill Jordan , general secretary of …",
   * "Bill Brett said"): a name when a rare capitalised word follows and then a comma or a speech verb.
   */
  const givenNameLead = (i: number): boolean => {
    const t = toks[i]!;
    const next = toks[i + 1];
    const after = toks[i + 2];
    if (!lex.firstNames.has(t.norm) || t.upper || !next || !next.word || !next.cap || next.upper || isCommonWord(next.norm, lex) || !after) return false;
    return after.text === ',' || (after.word && !after.cap && cueAfter.get(after.norm) === 'PERSON');
  };

  const push = (a: number, b: number, m: Omit<RawMention, 'start' | 'end' | 'norms'>): void => {
    const norms: string[] = [];
    for (let k = a; k < b; k++) if (toks[k]!.word) norms.push(toks[k]!.norm);
    // Every raw mention gets the same fields in the same order (one object shape for the linking steps that read them).
    out.push({ start: toks[a]!.start, end: toks[b - 1]!.end, type: m.type, entry: m.entry, norms, titled: m.titled, titles: m.titles, possessor: m.possessor, how: m.how });
    for (let k = a; k < b; k++) used[k] = 1;
  };
  const possessorOf = (a: number): string | undefined => {
    const p = toks[a - 1];
    if (p && /^['’]s$/i.test(p.text) && a >= 2) return toks[a - 2]!.text;
    return undefined;
  };

  // Pass A: military units with a number ("the 93rd Mechanised Brigade") and known names holding lower-case words.
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && ORDINAL.test(t.text)) {
      let j = i + 1;
      while (j < n && j - i <= 5 && toks[j]!.word && toks[j]!.cap) {
        const head = lex.orgHeads.get(toks[j]!.norm);
        if (head === 'GROUP') {
          push(i, j + 1, { type: 'GROUP', titled: false, titles: [], how: 'unit' });
          i = j;
          break;
        }
        j++;
      }
      continue;
    }
    if (!t.cap || used[i]) continue;
    const hit = hitMemo(i, n, true);
    // A one-word descriptor alias ("the alliance" for NATO) heads a longer name after capitalised words: "Democratic Left Alliance".
    const headsName = !!hit && hit.len === 1 && i > 0 && toks[i - 1]!.word && !used[i - 1] && nameLike(i - 1);
    if (hit && hit.entry.hasLower && !headsName) {
      push(i, i + hit.len, { type: hit.entry.type, entry: hit.entry, titled: false, titles: [], how: 'phrase' });
      i += hit.len - 1;
    }
  }

  // Pass A2: a lower-case prefix before a nationality or a place name ("pro-Israeli", "anti-Russian", "trans-Atlantic").
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (used[i] || !t.word || t.cap) continue;
    const dash = t.text.indexOf('-');
    if (dash < 2 || !HYPHEN_PREFIXES.has(t.norm.slice(0, dash)) || !/^\p{Lu}/u.test(t.text.slice(dash + 1))) continue;
    const rest = t.norm.slice(dash + 1);
    if (lex.nonEntities.has(rest)) continue; // "mid-March", "pre-Monday"
    const entry = lex.phrases.get(rest);
    if (entry?.kind === 'demonym') push(i, i + 1, { type: 'OTHER', entry, titled: false, titles: [], how: 'phrase' });
    else if (entry?.type === 'PLACE' || (!entry && !isCommonWord(rest, lex) && !rest.includes('-'))) push(i, i + 1, { type: 'OTHER', titled: false, titles: [], how: 'shape' });
  }

  // Pass B: capitalised runs.
  let i = 0;
  while (i < n) {
    if (used[i] || !(nameLike(i) || isTitle(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !used[j]) {
      const t = toks[j]!;
      if (nameLike(j) || isTitle(j)) {
        j++;
        continue;
      }
      if (t.text === '.' && (DOT_ABBREVIATIONS.has(toks[j - 1]!.norm) || /^\p{Lu}$/u.test(toks[j - 1]!.text)) && j + 1 < n && toks[j + 1]!.cap) {
        j++;
        continue;
      }
      // "Marks & Spencer", "Toyo Trust & Banking Co": an ampersand between capitalised words joins one firm's name.
      if (t.text === '&' && j + 1 < n && !used[j + 1] && toks[j + 1]!.word && toks[j + 1]!.cap && !toks[j + 1]!.initial && nameLike(j + 1)) {
        j++;
        continue;
      }
      if (t.word && !t.cap && lex.connectors.has(t.norm)) {
        let k = j;
        while (k < n && k - j < MAX_CONNECTOR_RUN && toks[k]!.word && !toks[k]!.cap && lex.connectors.has(toks[k]!.norm)) k++;
        if (k < n && !used[k] && nameLike(k) && !(shape === 'normal' && toks[k]!.initial)) {
          j = k;
          continue;
        }
      }
      // A known name started at the run's first word runs on over common words ("WESTERN CONFERENCE" in a table).
      let reach = j;
      for (let k = i; k < j; k++) {
        if (!toks[k]!.word) continue;
        const h = hitMemo(k, n, false);
        if (h && k + h.len > reach) reach = k + h.len;
      }
      if (reach > j) {
        j = reach;
        continue;
      }
      // "BRAZILIAN CHAMPIONSHIP", "ZIMBABWE OPEN": an upper-case event head after a nationality or a one-word name closes one event name.
      if (t.word && t.upper && j === i + 1 && lex.orgHeads.get(t.norm) === 'OTHER' && toks[i]!.upper) {
        const nationality = lex.phrases.get(toks[i]!.norm)?.kind === 'demonym';
        if (!nationality && !getClasses().eventHeads.has(t.norm)) break;
        j++;
        // After a place or other name the head closes the event ("KENYA OPEN FIRST ROUND SCORES").
        if (nationality) continue;
        break;
      }
      break;
    }
    classifyRun(i, j);
    i = j;
  }

  function classifyRun(a: number, b: number): void {
    // Whole-run phrase hit.
    const whole = hitMemo(a, b, false);
    if (whole && a + whole.len === b) {
      if (whole.entry.kind === 'city' && b - a === 1 && toks[a]!.upper && shape === 'normal' && toks[a]!.text.length <= ACRONYM_GUESS_MAX) {
        // An all-caps short word in running text that only the gazetteer knows ("ODS", "ILO") is an acronym, not a town.
        push(a, b, { type: 'ORG', titled: false, titles: [], possessor: possessorOf(a), how: 'acronym' });
        return;
      }
      if (!(whole.entry.type === 'OTHER' && whole.entry.kind === 'demonym' && b - a > 1)) {
        push(a, b, { type: whole.entry.type, entry: whole.entry, titled: false, titles: [], possessor: possessorOf(a), how: 'phrase' });
        return;
      }
    }
    // Split at "and" (and other connectors unless the run is an organisation name).
    const words = [] as number[];
    for (let k = a; k < b; k++) if (toks[k]!.word) words.push(k);
    let lastIdx = words.length - 1;
    if (lastIdx > 0 && ROMAN.test(toks[words[lastIdx]!]!.text)) lastIdx--;
    const lastWord = toks[words[lastIdx]!]!;
    const firstWord = toks[a]!;
    const head = lex.orgHeads.get(lastWord.norm);
    const orgPrefixed = lex.orgPrefixes.has(firstWord.norm) && words.length >= 3 && (toks[words[1]!]!.norm === 'of' || toks[words[1]!]!.norm === 'for');
    if (orgPrefixed) {
      // "Centre for Strategic and International Studies", "Ministry of Foreign Affairs": one organisation —
      // up to an "and the …" or "and <Ministry> of …" that starts the next name.
      let cut = b;
      for (let w = 2; w < words.length - 1; w++) {
        const k = words[w]!;
        if (isTitle(k) && w > 2) {
          // "Bank of England Governor Mervyn King": the title starts the next name.
          push(a, k, { type: 'ORG', titled: false, titles: [], possessor: possessorOf(a), how: 'org-prefix' });
          classifyRun(k, b);
          return;
        }
        if (toks[k]!.norm !== 'and' || toks[k]!.cap) continue;
        const nx = toks[words[w + 1]!]!;
        const nx2 = words[w + 2] !== undefined ? toks[words[w + 2]!]! : null;
        if (nx.norm === 'the' || (lex.orgPrefixes.has(nx.norm) && nx2 && (nx2.norm === 'of' || nx2.norm === 'for'))) {
          cut = k;
          break;
        }
      }
      push(a, cut, { type: 'ORG', titled: false, titles: [], possessor: possessorOf(a), how: 'org-prefix' });
      if (cut < b) {
        let x = cut + 1;
        while (x < b && !toks[x]!.cap) x++;
        if (x < b) classifyRun(x, b);
      }
      return;
    }
    const hasAnd = words.some((k) => toks[k]!.norm === 'and' && !toks[k]!.cap);
    const COMPANY_SUFFIXES = getClasses().companySuffixes;
    if (COMPANY_SUFFIXES.has(toks[words[words.length - 1]!]!.norm) && words.length >= 2 && words.every((k) => toks[k]!.cap || toks[k]!.norm === 'and')) {
      // "Nippon Telegraph and Telephone Corp", "Russ Berrie and Co Inc": a legal form closes one company name over "and" —
      // unless a name before the last "and" already ends in a legal form or an organisation head ("X Ltd and Y Inc").
      const lastAnd = words.reduce((acc, k, ix) => (toks[k]!.norm === 'and' && !toks[k]!.cap ? ix : acc), -1);
      const before = lastAnd > 0 ? toks[words[lastAnd - 1]!]! : null;
      if (!before || (!COMPANY_SUFFIXES.has(before.norm) && !lex.orgHeads.has(before.norm))) {
        push(a, b, { type: 'ORG', titled: false, titles: [], possessor: possessorOf(a), how: 'org-head' });
        return;
      }
    }
    if (!hasAnd && toks.slice(a, b).some((x) => x.text === '&')) {
      // "Procter & Gamble", "Coe & Clerici": names joined by an ampersand are a firm.
      push(a, b, { type: 'ORG', titled: false, titles: [], possessor: possessorOf(a), how: 'shape' });
      return;
    }
    if (hasAnd) {
      // "Ukraine's General Staff and the UN": classify each conjunct on its own.
      let s0 = a;
      for (let k = a; k <= b; k++) {
        if (k === b || (toks[k]!.norm === 'and' && !toks[k]!.cap)) {
          let x = s0;
          let y = k;
          while (x < y && !toks[x]!.cap) x++;
          while (y > x && !toks[y - 1]!.cap) y--;
          if (x < y) classifyRun(x, y);
          s0 = k + 1;
        }
      }
      return;
    }
    if (head && words.length >= 3) {
      // "Scotland for National Air Traffic Services Ltd": a known place or person before the first connector stands apart.
      const c = words.findIndex((k) => !toks[k]!.cap && lex.connectors.has(toks[k]!.norm));
      if (c > 0) {
        const lead = hitMemo(a, words[c]!, false);
        const personLed = !lead && lex.firstNames.has(toks[a]!.norm) && !toks[a]!.upper && toks[words[c]! - 1]!.cap && !lex.orgHeads.has(toks[words[c]! - 1]!.norm);
        if (personLed || (lead && a + lead.len === words[c] && (lead.entry.type === 'PLACE' || lead.entry.type === 'PERSON'))) {
          classifyRun(a, words[c]!);
          let x = words[c]! + 1;
          while (x < b && !toks[x]!.cap) x++;
          if (x < b) classifyRun(x, b);
          return;
        }
      }
    }
    if (!head && words.length >= 3) {
      // "Rubber Board of India", "Union Bank of Switzerland": an organisation head right before "of"/"for" makes the
      // whole run one organisation — unless a title or a given name follows ("Bank of England Governor Mervyn King").
      const c = words.findIndex((k) => !toks[k]!.cap && (toks[k]!.norm === 'of' || toks[k]!.norm === 'for'));
      if (c > 0 && c < words.length - 1 && lex.orgHeads.get(toks[words[c - 1]!]!.norm) === 'ORG' && !lex.firstNames.has(toks[a]!.norm)) {
        const rest = words.slice(c + 1);
        if (!rest.some((k) => isTitle(k) || lex.firstNames.has(toks[k]!.norm))) {
          push(a, b, { type: 'ORG', titled: false, titles: [], possessor: possessorOf(a), how: 'org-head' });
          return;
        }
      }
    }
    if (words.length >= 2 && lex.phrases.get(firstWord.norm)?.kind === 'demonym') {
      // "European Champions ' League": a nationality and a known event name make one event, whatever its head word.
      const ev = hitMemo(words[1]!, b, false);
      if (ev && ev.entry.kind === 'misc' && words[1]! + ev.len === b) {
        push(a, b, { type: 'OTHER', titled: false, titles: [], possessor: possessorOf(a), how: 'phrase' });
        return;
      }
    }
    if (!hasAnd && words.length >= 2 && isCommonWord(firstWord.norm, lex) && !isTitle(a) && !lex.firstNames.has(firstWord.norm) && !hitMemo(a, b, false)) {
      // "World Grand Prix", "Junior World Championships": capitalised common words before a known event name are part of it.
      const k = words.findIndex((w) => hitMemo(w, b, false)?.entry.kind === 'misc');
      const ev = k > 0 ? hitMemo(words[k]!, b, false) : null;
      if (ev && words[k]! + ev.len === b && words.slice(0, k).every((w) => toks[w]!.cap && isCommonWord(toks[w]!.norm, lex) && !hitMemo(w, b, false) && !isTitle(w))) {
        push(a, b, { type: 'OTHER', titled: false, titles: [], possessor: possessorOf(a), how: 'phrase' });
        return;
      }
    }
    if (!hasAnd && words.length >= 2 && getClasses().genericHeads.has(lastWord.norm) && toks.slice(a, b).every((x) => !x.word || x.upper)) {
      // "SOCCER - ENGLISH LEAGUE RESULTS": in capitals nothing tells a league's name from the nationality and a common
      // noun; a nationality before common words alone is the only name.
      const dem = hitMemo(a, a + 1, false);
      const generic = (k: number): boolean => getClasses().genericHeads.has(toks[k]!.norm) || isCommonWord(toks[k]!.norm, lex) || lex.titles.has(toks[k]!.norm);
      if (dem?.entry.kind === 'demonym' && words.slice(1).every(generic)) {
        push(a, a + 1, { type: 'OTHER', entry: dem.entry, titled: false, titles: [], how: 'phrase' });
        return;
      }
    }
    if (!hasAnd && head && words.length >= 2) {
      let s = a;
      while (s < b - 1 && isTitle(s) && PERSONAL_TITLES.has(toks[s]!.norm)) s++;
      push(s, b, { type: head, titled: false, titles: [], possessor: possessorOf(s), how: 'org-head' });
      return;
    }
    // Segment left to right.
    let p = a;
    const titles: string[] = [];
    let titled = isCueWord(a - 1);
    while (p < b) {
      const t = toks[p]!;
      if (!t.word || (!t.cap && SPLIT_CONNECTORS.has(t.norm))) {
        if (t.word) {
          titled = false;
          titles.length = 0;
        }
        p++;
        continue;
      }
      if (isTitle(p)) {
        if (p + 1 >= b) break; // a title with no name after it is not an entity
        titles.push(t.norm);
        titled = true;
        p = portfolioEnd(p + 1, b);
        if (p >= b) break;
        continue;
      }
      // "British Prime Minister Margaret Thatcher": a nationality before a title stands apart from the name.
      if (p + 1 < b && toks[p + 1]!.word) {
        const dem = hitMemo(p, p + 1, false);
        if (dem && dem.entry.kind === 'demonym') {
          // "European Champions ' League", "Italian Serie A": a nationality before an event name belongs to it.
          const ev = hitMemo(p + 1, b, false);
          if (ev && ev.entry.kind === 'misc') {
            push(p, p + 1 + ev.len, { type: 'OTHER', titled: false, titles: [], possessor: possessorOf(p), how: 'phrase' });
            p += 1 + ev.len;
            titled = false;
            titles.length = 0;
            continue;
          }
          // "fellow Queenslander Daniel Herbert": nor is it part of the given name after it.
          if (isTitle(p + 1) || (lex.firstNames.has(toks[p + 1]!.norm) && !toks[p + 1]!.upper && !hitMemo(p + 1, b, false))) {
            push(p, p + 1, { type: 'OTHER', entry: dem.entry, titled: false, titles: [], how: 'phrase' });
            p++;
            continue;
          }
        }
      }
      if (t.text.includes('-')) {
        // "Russian-backed", "Ukrainian-controlled": the nationality, not a name.
        const [head, rest] = t.norm.split('-', 2) as [string, string | undefined];
        const e = lex.phrases.get(head);
        if (e?.kind === 'demonym' && rest && /^\p{Ll}/u.test(t.text.slice(head.length + 1))) {
          push(p, p + 1, { type: 'OTHER', entry: e, titled: false, titles: [], how: 'phrase' });
          p++;
          continue;
        }
      }
      const hit = hitMemo(p, b, false);
      const middleInitial = p + 2 < b && /^\p{Lu}$/u.test(toks[p + 1]!.text) && toks[p + 2]!.text === '.';
      // "N. Ireland", "S. Korea": a compass initial before a listed place abbreviates the place's name.
      if (/^[NSEW]$/.test(t.text) && p + 2 < b && toks[p + 1]!.text === '.') {
        const pl = hitMemo(p + 2, b, false);
        if (pl && pl.entry.kind === 'place') {
          push(p, p + 2 + pl.len, { type: 'PLACE', titled: false, titles: [], possessor: possessorOf(p), how: 'shape' });
          p += 2 + pl.len;
          titled = false;
          titles.length = 0;
          continue;
        }
      }
      // "J. Vaughan", "S. Campbell": an initial with its dot leads a person name even when the surname is also a town.
      const initialLead = /^\p{Lu}$/u.test(t.text) && p + 2 < b && toks[p + 1]!.text === '.' && toks[p + 2]!.word && toks[p + 2]!.cap && hitMemo(p + 2, b, false)?.entry.kind !== 'place';
      // "Former Australia test batsman": a title before a listed country alone is the national side's, not a person's.
      const titledCountry = titled && !!hit && hit.entry.kind === 'place' && p + hit.len === b;
      const personLead = !titledCountry && (titled || middleInitial || initialLead || (lex.firstNames.has(t.norm) && !t.upper)) && !(hit && hit.len > 1 && hit.entry.type !== 'PERSON');
      if (hit && hit.entry.type === 'PLACE' && !titled && shape === 'normal' && p + hit.len === b - 1 && isTeamPlural(toks[b - 1]!)) {
        // "New York Jets", "Dallas Cowboys": a place and a plural common noun closing the run name a team.
        push(p, b, { type: 'ORG', titled: false, titles: [], possessor: possessorOf(p), how: 'shape' });
        p = b;
        continue;
      }
      if (hit && hit.entry.kind === 'city' && hit.len === 1 && lex.firstNames.has(t.norm)) {
        // A city named like a given name ("David", "Florence") is not taken as a place on its own.
      } else if (hit && (hit.entry.type === 'PLACE') && !personLead) {
        // A place followed by more unknown capitalised words: "Kharkiv Oblast" stays a place, "Kyiv Post" is an organisation.
        let q = p + hit.len;
        // Common words are taken only on the way to a place head closing the run ("Melbourne Cricket Ground").
        const toPlaceHead = lex.placeHeads.has(toks[b - 1]!.norm);
        while (q < b && toks[q]!.word && toks[q]!.cap && !isTitle(q) && !hitMemo(q, b, false) && !lex.firstNames.has(toks[q]!.norm) && (!isCommonWord(toks[q]!.norm, lex) || lex.placeHeads.has(toks[q]!.norm) || toPlaceHead)) q++;
        if (q > p + hit.len) {
          const headWord = toks[q - 1]!.norm;
          const stats = lex.caseStats.get(headWord);
          // A town named like a given name before a word never written in lower case is a person ("Lester Lawhon", "Regina Haeusl").
          const personLike = hit.entry.kind === 'city' && hit.len === 1 && q === p + 2 && (!stats || stats[0] === 0) && !lex.orgHeads.has(headWord) && !lex.placeHeads.has(headWord) && !toks[p + 1]!.upper && !isPluralName(toks[p + 1]!);
          const type: EntityType = lex.placeHeads.has(headWord) ? 'PLACE' : personLike ? 'PERSON' : 'ORG';
          push(p, q, { type, titled: false, titles: [], possessor: possessorOf(p), how: 'shape' });
          p = q;
          titled = false;
          titles.length = 0;
          continue;
        }
      }
      if (hit && !(hit.entry.kind === 'city' && hit.len === 1 && lex.firstNames.has(t.norm)) && !(personLead && hit.entry.type !== 'PERSON')) {
        push(p, p + hit.len, { type: hit.entry.type, entry: hit.entry, titled, titles: [...titles], possessor: possessorOf(p), how: 'phrase' });
        p += hit.len;
        titled = false;
        titles.length = 0;
        continue;
      }
      // An unknown non-common word right before a place in the same run: "Werder Bremen", "Hapoel Beersheba" name a club or firm.
      if (!personLead && !hit && (!isCommonWord(t.norm, lex) || CLUB_PREFIXES.has(t.norm)) && !t.upper && p + 1 < b) {
        const nextHit = toks[p + 1]!.word ? hitMemo(p + 1, b, false) : null;
        if (nextHit && nextHit.entry.type === 'PLACE' && p + 1 + nextHit.len === b && lex.phrases.get(t.norm)?.kind !== 'demonym') {
          // A gazetteer town after a word that never starts a club name is a surname: "Kazuyoshi Miura", "Sherwin Campbell".
          const surname = nextHit.entry.kind === 'city' && !CLUB_PREFIXES.has(t.norm);
          push(p, b, { type: surname ? 'PERSON' : 'ORG', titled: false, titles: [], possessor: possessorOf(p), how: 'shape' });
          p = b;
          continue;
        }
      }
      // Unknown segment: up to the next split connector, title or known phrase (a person name runs to the end).
      let q = p + 1;
      while (q < b) {
        const tq = toks[q]!;
        if (tq.word && !tq.cap && SPLIT_CONNECTORS.has(tq.norm)) break;
        if (!personLead && tq.word && hitMemo(q, b, false) && !lex.firstNames.has(t.norm)) break;
        if (isTitle(q) && (!personLead || toks.slice(p, q).every((x) => !x.word || isCommonWord(x.norm, lex)))) break;
        q++;
      }
      while (q > p + 1 && !toks[q - 1]!.word) q--;
      const allCommon = toks.slice(p, q).every((x) => !x.word || isCommonWord(x.norm, lex));
      const type = personLead ? (allCommon && q < b && isTitle(q) ? null : 'PERSON') : allCommon && !isCueWord(p - 1) ? null : classifyUnknown(p, q);
      if (type) push(p, q, { type, titled, titles: [...titles], possessor: possessorOf(p), how: personLead ? 'person' : 'default' });
      p = q;
      titled = false;
      titles.length = 0;
    }
  }

  /**
   * After a title at `k - 1`: the end of an "of [the] Portfolio" tail ("Secretary of State", "Chancellor of the Exchequer",
   * "Minister of Foreign Affairs") when a name still follows it inside the run `[.., b)`; else `k`.
   */
  function portfolioEnd(k: number, b: number): number {
    let q = k;
    if (q >= b || toks[q]!.norm !== 'of' || toks[q]!.cap) return k;
    q++;
    if (q < b && toks[q]!.norm === 'the' && !toks[q]!.cap) q++;
    const first = q;
    while (q < b - 1 && toks[q]!.word && toks[q]!.cap && PORTFOLIOS.has(toks[q]!.norm)) q++;
    if (q === first) return k;
    // The tail must be followed by a capitalised name word, not a connector ("Minister of State for …").
    return toks[q]!.word && toks[q]!.cap ? q : k;
  }

  /** A capitalised word in -s that reads as a plural ("Colts", "Democrats"), not a surname like "Harris". */
  function isPluralName(t: NerToken): boolean {
    return !t.upper && t.norm.length > 3 && t.norm.endsWith('s') && !NON_PLURAL.test(t.norm) && !lex.firstNames.has(t.norm);
  }

  /** A plural common noun in title case that can follow a place in a team's name ("Jets", "Cowboys"), not a place head ("Islands") or a known name. */
  function isTeamPlural(t: NerToken): boolean {
    return t.word && t.cap && isPluralName(t) && isCommonWord(t.norm, lex) && !lex.placeHeads.has(t.norm) && !lex.orgHeads.has(t.norm) && !lex.phrases.has(t.norm);
  }

  /**
   * An unknown run of several capitalised words: a person unless its first word is no given name and one of its words
   * is mostly written in lower case ("Rotary Club", "Electronic Data Systems", "Radical Democrats"): then an organisation.
   * (A plural last word alone — "Indianapolis Colts" — was tried and lost more surnames in -s than it won teams.)
   */
  function unknownRunType(p: number, q: number): EntityType {
    const ws = toks.slice(p, q).filter((x) => x.word);
    const first = ws[0]!;
    const last = ws[ws.length - 1]!;
    if (lex.placeHeads.has(last.norm) && !lex.firstNames.has(first.norm)) return 'PLACE'; // "Whistler Mountain", "Bellerive Oval"
    if (lex.firstNames.has(first.norm) || ctx.persons.has(last.norm)) return 'PERSON';
    if (/^\p{Lu}$/u.test(first.text) && toks[p + 1]?.text === '.') return 'PERSON'; // "B. Young", "S. Law"
    if (ws.some((x) => isCommonWord(x.norm, lex) && !lex.connectors.has(x.norm))) return 'ORG';
    return 'PERSON';
  }

  function isCueWord(k: number): boolean {
    const t = toks[k];
    return !!t && t.word && !t.cap && lex.titles.has(t.norm);
  }

  function classifyUnknown(p: number, q: number): EntityType | null {
    const first = toks[p]!;
    const len = q - p;
    const single = len === 1 || (len === 2 && !toks[p + 1]!.word);
    if (single && ctx.persons.has(first.norm)) return 'PERSON';
    if (isCueWord(p - 1)) return 'PERSON';
    const prev = toks[p - 1];
    if (prev && prev.word && !prev.cap && cueBefore.get(prev.norm) === 'PERSON') return 'PERSON';
    // "the daily El Mundo", "Otelul Galati midfielder": an outlet or a club named by the word before or after it.
    if ((prev && prev.word && !prev.cap && cueBefore.get(prev.norm) === 'ORG') || (q < toks.length && toks[q]!.word && !toks[q]!.cap && cueAfter.get(toks[q]!.norm) === 'ORG')) return 'ORG';
    const next = toks[q];
    if (next && next.word && !next.cap && cueAfter.get(next.norm) === 'PLACE') return 'PLACE';
    if (prev && prev.word && !prev.cap && cueBefore.get(prev.norm) === 'PLACE' && !(prev.norm === 'from' && len > 1)) return 'PLACE';
    if (prev && prev.text === 'of' && toks[p - 2] && cueBefore.get(toks[p - 2]!.norm) === 'PLACE') return 'PLACE';
    if (toks.slice(p, q).some((x) => /\d/.test(x.text))) return 'OTHER'; // "F-16", "MV-22 Osprey"
    if (single && first.upper && first.text.length <= ACRONYM_MAX) return 'ORG';
    if (next && next.word && !next.cap && cueAfter.get(next.norm) === 'PERSON') return 'PERSON';
    if (len >= 2) return unknownRunType(p, q);
    // "the Wallabies", "the Barbarians": a plural name after the article is a team or party, not a person.
    if (single && prev?.norm === 'the' && isPluralName(first)) return 'ORG';
    if (SURNAME_ENDINGS.test(first.norm)) return 'PERSON';
    if (PLACE_ENDINGS.test(first.norm)) return 'PLACE';
    // A lone unknown word after "at" is where something happens ("at Twickenham", "at Tignes").
    if (single && prev && prev.word && !prev.cap && LONE_PLACE_BEFORE.has(prev.norm)) return 'PLACE';
    return 'OTHER';
  }

  // "the 1995 World Cup": a year right before a known event name is part of it.
  for (const m of out) {
    if (m.type !== 'OTHER' || m.entry?.kind !== 'misc') continue;
    const k = toks.findIndex((x) => x.start === m.start);
    const y = k > 0 ? toks[k - 1]! : null;
    if (y && EVENT_YEAR.test(y.text) && !used[k - 1] && y.end < m.start) m.start = y.start;
  }
  // "AMR Corp. , said": the dot of an abbreviated legal form belongs to the company's name.
  for (const m of out) {
    if (m.type !== 'ORG') continue;
    const k = toks.findIndex((x) => x.end === m.end);
    const dot = toks[k + 1];
    if (k >= 0 && dot && dot.text === '.' && dot.start === m.end && getClasses().companySuffixes.has(toks[k]!.norm) && toks[k]!.text.length <= COMPANY_ABBREVIATION_MAX) m.end = dot.end;
  }
  // "van Boxmeer said", "von Weizsaecker": a lower-case surname particle before a lone person name is part of it.
  for (const m of out) {
    if (m.type !== 'PERSON' || m.titled) continue;
    let k = toks.findIndex((x) => x.start === m.start);
    if (k > 0 && PARTICLE_INNER.has(toks[k - 1]!.text) && k > 1 && PARTICLE_LEAD.has(toks[k - 2]!.text) && !used[k - 1] && !used[k - 2]) k--;
    if (k > 0 && PARTICLE_LEAD.has(toks[k - 1]!.text) && !used[k - 1] && !(k > 1 && toks[k - 2]!.cap && toks[k - 2]!.word)) m.start = toks[k - 1]!.start;
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}
