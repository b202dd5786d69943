/** @module Step 1: toponym candidates — capitalised token runs matched against the gazetteer, with span rules (spec §3). */

import type { Sentence, Span } from '../../core/doc.js';
import { COUNTY_HEADS, CONNECTORS, NON_PLACE_NAMES, SPEECH_VERBS, GOVERNMENT_FOLLOWERS, ORG_FOLLOWERS, PERSON_TITLES, PLACE_HEADS, PRECEDER_OK, REGION_HEADS, STOPWORDS } from './data/lexicon.js';
import type { GazEntry, Gazetteer } from './gazetteer.js';
import { normaliseKey } from './normalise.js';

/** Longest name, in tokens, tried at one position. */
export const MAX_NAME_TOKENS = 6;
/** A single-token populated place found only sentence-initially (or in a title-case line) needs at least this population. */
export const SENTENCE_INITIAL_MIN_POP = 50_000;
/** A line is title case when at least this share of its words longer than 3 letters (at least TITLE_CASE_MIN_WORDS) is capitalised. */
export const TITLE_CASE_SHARE = 0.75;
export const TITLE_CASE_MIN_WORDS = 5;
/** A populated place found under an alternate name (not its own) must have at least this population (Ukraine excepted). */
export const ALIAS_MIN_POP = 100_000;
/** Names seen inside a person-like run are dropped elsewhere unless the place is at least this big. */
export const PERSONISH_MIN_POP = 100_000;

const PLURAL_HEAD = /\s(?:oblasts|regions|provinces)$/i;
const CONJUNCTION_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
const POPULATED_KINDS = new Set(['city', 'town', 'village', 'district']);
const TOKEN_RE = /(?:\p{Lu}\.){2,}|(?:St|Ft|Mt)\.|\p{L}[\p{L}\p{M}]*(?:(?:['’](?![sS]\b)|[-‐])[\p{L}\p{M}]+)*/gu;
const STOP = new Set(STOPWORDS);
const NON_PLACES = new Set(NON_PLACE_NAMES);
const CONNECT = new Set(CONNECTORS);
const REGION_HEAD = new Set(REGION_HEADS);
const PLACE_HEAD = new Set(PLACE_HEADS);
const COUNTY_HEAD = new Set(COUNTY_HEADS);
const GOV_FOLLOW = new Set(GOVERNMENT_FOLLOWERS);
const ORG_FOLLOW = new Set(ORG_FOLLOWERS);
const TITLES = new Set(PERSON_TITLES);
const PRECEDE_OK = new Set(PRECEDER_OK);
const SPEECH = new Set(SPEECH_VERBS);

export interface Token {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  allCaps: boolean;
  /** First word of its sentence, or of a title-case line. */
  initial: boolean;
}

/** How a generic head attached to the name steers resolution. */
export type HeadKind = 'region' | 'place' | 'county' | null;

/** A recognised toponym before disambiguation. */
export interface Candidate extends Span {
  key: string;
  entries: GazEntry[];
  head: HeadKind;
  /** Admin1 key or country code named right after a comma (`Paris, Texas`). */
  qualifier: string | null;
  initial: boolean;
}

/** Splits `text` into word tokens (abbreviations such as `U.S.` are one token; a possessive `'s` is left out). */
export function tokenize(text: string, sentences: readonly Sentence[] = []): Token[] {
  const tokens: Token[] = [];
  const starts = new Set(sentences.map((s) => s.start));
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const first = t[0]!;
    const cap = first !== first.toLowerCase();
    tokens.push({ start: m.index!, end: m.index! + t.length, text: t, cap, allCaps: cap && t === t.toUpperCase() && /\p{L}.*\p{L}/u.test(t), initial: false });
  }
  // Sentence-initial flags: the first token at or after each sentence start; also after a line break or an opening quote.
  let si = 0;
  const sentStarts = [...starts].sort((a, b) => a - b);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    while (si < sentStarts.length && sentStarts[si]! <= tok.start) {
      if (i === 0 || tokens[i - 1]!.end <= sentStarts[si]!) tok.initial = true;
      si++;
    }
    if (i === 0) tok.initial = true;
    else {
      const gap = text.slice(tokens[i - 1]!.end, tok.start);
      if (/[\n.!?:;"“«]\s*$|^\s*[.!?]/.test(gap) || /[\n]/.test(gap)) tok.initial = true;
    }
  }
  markTitleCaseLines(text, tokens);
  return tokens;
}

function markTitleCaseLines(text: string, tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !/[\n.!?]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
    const words = tokens.slice(i, j).filter((t) => t.text.length > 3);
    if (words.length >= TITLE_CASE_MIN_WORDS && words.filter((t) => t.cap).length / words.length >= TITLE_CASE_SHARE) {
      for (let k = i; k < j; k++) tokens[k]!.initial = true;
    }
    i = j;
  }
}

/** County heads read as another: plurals and the abbreviation (`Platte Co.`, normalised `co`). */
const COUNTY_HEAD_AS: Readonly<Record<string, string>> = { counties: 'county', parishes: 'parish', co: 'county' };

/**
 * The gazetteer rows named `key` + a county head (`walker` + `County`): US county rows, and any other place so named.
 * @param key Normalised stem (`walker`).
 * @param head The head as written (`County`, `Parish`, `counties`, `Co.`).
 */
export function countyRows(gaz: Pick<Gazetteer, 'byKey'>, key: string, head: string): GazEntry[] {
  const h = head.toLowerCase().replace(/\.$/, '');
  return gaz.byKey.get(`${key} ${COUNTY_HEAD_AS[h] ?? h}`) ?? [];
}

function gapOk(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}

function isTitleBefore(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || tokens[i]!.start - prev.end > 2) return false;
  return TITLES.has(prev.text.replace(/\.$/, ''));
}

/**
 * Finds toponym candidates in `text` with the gazetteer.
 * @param text The document text.
 * @param gaz The loaded gazetteer.
 * @param sentences Sentence spans (for sentence-initial checks); optional.
 * @param blocked Spans inside which no place is taken (persons, media names from the entities layer).
 */
export function findCandidates(text: string, gaz: Gazetteer, sentences: readonly Sentence[] = [], blocked: readonly Span[] = []): Candidate[] {
  const tokens = tokenize(text, sentences);
  const raw: Array<Candidate & { personish?: boolean; initialOnly: boolean; endTok: number }> = [];
  const personish = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    // Maximal stretch of tokens that could belong to one name.
    let maxJ = i;
    while (maxJ + 1 < tokens.length && maxJ - i + 1 < MAX_NAME_TOKENS && gapOk(text, tokens[maxJ]!, tokens[maxJ + 1]!)) {
      const nx = tokens[maxJ + 1]!;
      if (!nx.cap && !CONNECT.has(nx.text)) break;
      maxJ++;
    }
    let found: (Candidate & { endTok: number }) | null = null;
    for (let j = maxJ; j >= i && !found; j--) {
      const last = tokens[j]!;
      if (!last.cap) continue;
      const key = normaliseKey(text.slice(t.start, last.end));
      const next = tokens[j + 1];
      const nextAttached = next !== undefined && gapOk(text, last, next);
      if (nextAttached && COUNTY_HEAD.has(next.text) && j - i < 3 && tokens.slice(i, j + 1).every((x) => x.cap && !STOP.has(x.text.toLowerCase()))) {
        found = { start: t.start, end: next.end, text: text.slice(t.start, next.end), key, entries: countyRows(gaz, key, next.text), head: 'county', qualifier: null, initial: t.initial, endTok: j + 1 };
        break;
      }
      if (nextAttached && REGION_HEAD.has(next.text)) {
        const regions = gaz.byStem.get(key) ?? (gaz.byKey.get(key) ?? []).filter((e) => e.kind === 'region');
        if (regions.length) {
          found = { start: t.start, end: next.end, text: text.slice(t.start, next.end), key, entries: regions, head: 'region', qualifier: null, initial: t.initial, endTok: j + 1 };
          break;
        }
      }
      let entries = gaz.byKey.get(key);
      if (!entries || NON_PLACES.has(key)) continue;
      // Alternate names select only big places, or Ukrainian ones (renamings): "Seen" is not a Mexican town here.
      entries = entries.filter((e) => !POPULATED_KINDS.has(e.kind) || e.key === key || e.population >= ALIAS_MIN_POP || e.country === 'UA');
      if (!entries.length) continue;
      if (nextAttached && PLACE_HEAD.has(next.text) && entries.some((e) => e.population > 0 || e.geonameid !== null)) {
        const places = entries.filter((e) => e.geonameid !== null || e.population > 0);
        found = { start: t.start, end: next.end, text: text.slice(t.start, next.end), key, entries: places, head: 'place', qualifier: null, initial: t.initial, endTok: j + 1 };
        break;
      }
      found = { start: t.start, end: last.end, text: text.slice(t.start, last.end), key, entries, head: null, qualifier: null, initial: t.initial, endTok: j };
    }
    if (!found) {
      i++;
      continue;
    }
    const single = found.endTok === i;
    const lastTok = tokens[found.endTok]!;
    let reject = false;
    let personLike = false;
    if (single && found.head === null) {
      // All-caps words: our own abbreviations (US, UK, U.S.), or a dateline town ("CHARLESTON, W.Va. —").
      const dateline = t.initial && t.text.length >= 4 && /^,/.test(text.slice(t.end, t.end + 1));
      if (t.allCaps) reject = !(dateline || found.entries.some((e) => e.geonameid === null)) || t.text.replace(/\./g, '').length < 2;
      else reject = STOP.has(found.key);
    }
    const titleLine = t.initial && tokens[found.endTok]!.initial;
    const prev = tokens[i - 1];
    if (!reject && prev && gapOk(text, prev, t) && prev.cap && !PRECEDE_OK.has(prev.text) && !prev.initial && !titleLine && found.head !== 'county') {
      reject = true; // part of a longer name: "Carnegie Moscow Center", "Andrew Jackson"
      personLike = true;
    }
    if (!reject && isTitleBefore(text, tokens, i)) {
      reject = true;
      personLike = true;
    }
    const follow = tokens[found.endTok + 1];
    const area = found.entries.some((e) => !POPULATED_KINDS.has(e.kind));
    const bigPlace = found.entries.some((e) => e.population >= PERSONISH_MIN_POP || !POPULATED_KINDS.has(e.kind));
    if (!reject && follow && gapOk(text, lastTok, follow) && !follow.cap && SPEECH.has(follow.text) && !bigPlace && single) {
      reject = true; // "Moore said"
      personLike = true;
    }
    if (!reject && follow && gapOk(text, lastTok, follow) && follow.cap) {
      if (ORG_FOLLOW.has(follow.text)) reject = true;
      else if (area && !titleLine) {
        // Countries and regions before a capitalised word usually name a government body ("Texas Forest Service").
      }
      else if (titleLine && !GOV_FOLLOW.has(follow.text) && !STOP.has(follow.text.toLowerCase()) && found.entries.every((e) => POPULATED_KINDS.has(e.kind)) && !/\s/.test(found.text)) {
        reject = true; // "Vladimir Putin" in a headline
        personLike = true;
      }
      else if (!titleLine && !GOV_FOLLOW.has(follow.text) && !REGION_HEAD.has(follow.text) && !PLACE_HEAD.has(follow.text)) {
        reject = true;
        personLike = !found.entries.some((e) => e.kind === 'country' || e.kind === 'region');
      }
    }
    if (!reject && blocked.some((b) => b.start <= found!.start && found!.end <= b.end && b.end - b.start > found!.end - found!.start)) reject = true;
    if (personLike && single) personish.add(found.key);
    if (!reject) raw.push({ ...found, initialOnly: t.initial });
    i = reject ? i + 1 : found.endTok + 1;
  }
  // Qualifiers: "Paris, Texas" / "Paris, Tex." — the second name qualifies the first.
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k]!;
    const m = /^, ?((?:\p{Lu}[\p{L}.]*\.?)(?: \p{Lu}[\p{L}.]*)?)/u.exec(text.slice(c.end, c.end + 24));
    if (!m) continue;
    const qText = m[1]!;
    const nextCand = raw[k + 1];
    if (nextCand && nextCand.start === c.end + m[0].length - qText.length) {
      const reg = nextCand.entries.find((e) => e.kind === 'region' && e.a1) ?? nextCand.entries.find((e) => e.kind === 'country');
      if (reg) c.qualifier = reg.kind === 'country' ? reg.country : reg.a1;
      continue;
    }
    const qa1 = gaz.qualifiers.get(qText) ?? gaz.qualifiers.get(qText.replace(/\.$/, ''));
    if (qa1 && c.entries.some((e) => e.a1 === qa1)) {
      c.qualifier = qa1;
      const qStart = c.end + m[0].length - qText.length;
      const region = [...gaz.byKey.get(normaliseKey(gaz.admin1.get(qa1) ?? '')) ?? []].filter((e) => e.a1 === qa1);
      if (region.length && !/^[A-Z]{2}$/.test(qText)) {
        raw.splice(k + 1, 0, { start: qStart, end: qStart + qText.length, text: qText, key: normaliseKey(qText), entries: region, head: null, qualifier: null, initial: false, initialOnly: false, endTok: -1 });
        k++;
      }
    }
  }
  // Coordination: "Odesa and Mykolaiv oblasts" — earlier conjuncts take the plural head's region reading.
  for (let k = 1; k < raw.length; k++) {
    const c = raw[k]!;
    if (c.head !== 'region' || !PLURAL_HEAD.test(c.text)) continue;
    for (let b = k - 1; b >= 0; b--) {
      const prev = raw[b]!;
      if (prev.head !== null || !CONJUNCTION_GAP.test(text.slice(prev.end, raw[b + 1]!.start))) break;
      const regions = gaz.byStem.get(prev.key);
      if (!regions) break;
      prev.entries = regions;
      prev.head = 'region';
    }
  }
  // Weak single-token names: only sentence-initial, or seen in a person-like run elsewhere.
  const seenInside = new Set(raw.filter((c) => !c.initialOnly).map((c) => c.key));
  return raw.filter((c) => {
    const maxPop = Math.max(...c.entries.map((e) => (e.geonameid === null && e.population === 0 ? 1e9 : e.population)), 0);
    if (c.head !== null || c.qualifier !== null) return true;
    if (c.initialOnly && !seenInside.has(c.key) && maxPop < SENTENCE_INITIAL_MIN_POP && !/\s/.test(c.text)) return false;
    if (personish.has(c.key) && maxPop < PERSONISH_MIN_POP) return false;
    return true;
  }).map(({ start, end, text: t, key, entries, head, qualifier, initial }) => ({ start, end, text: t, key, entries, head, qualifier, initial }));
}
