/** @module Finds reporting cues and builds raw claims: source, cue and content character ranges (spec/claims.md §1.2–1.3). */

import type { Quote, Para } from './01-quotes.js';
import { tokenAt, type Tok } from './02-tokens.js';
import {
  ADDRESSEE_VERBS, CLAUSE_ONLY_VERBS, CUE_VERBS, INFINITIVE_CUES, NON_SOURCE_CAPS, NOUN_CUES, NP_STOP_WORDS, PARTICIPLE_CUES, PARTICLE_VERBS, PASSIVE_CUES,
  POST_CUE_SKIP_RE, PRE_CUE_SKIP, PRONOUN_SOURCES, SOURCE_WORDS,
} from './data/cues.js';

/** A claim before sides and attributes: `[start, end)` character ranges. */
export interface RawClaim {
  source: [number, number] | null;
  cue: [number, number];
  content: [number, number];
  /** Where the attribution frame (source + cue) starts: content before it in the same sentence ends here. */
  frame: number;
  sent: number;
  kind: 'verb' | 'according' | 'passive' | 'participle' | 'coordinated' | 'reuse';
  /** A source named with `citing X`: the claim's real source; the cue's subject becomes `via`. */
  cited?: [number, number] | null;
  /** Index of the claim whose source and cue a cue-less quote reuses. */
  reuseOf?: number;
}

/** Content shorter than this many words is not a claim. */
export const MIN_CONTENT_WORDS = 2;
/** A cue-less quotation reuses an attribution at most this many paragraphs back. */
export const REUSE_MAX_PARAGRAPHS = 3;
/** A stand-alone quotation needs at least this many words to be a claim of its own. */
export const MIN_QUOTE_WORDS = 3;
/** Longest appositive (in tokens) between a name and its cue: `X, the chief of …, said`. */
export const APPOSITIVE_MAX_TOKENS = 40;

const CUE_SET = new Set(CUE_VERBS);
/** Cue words that are as often nouns (`the state`, `Washington Post`, `Editor's note`): verbs only in a clear verb context. */
const NOUN_LIKE_CUES = new Set(['state', 'states', 'post', 'posted', 'note', 'notes', 'report', 'reports', 'tweet', 'tweets', 'claim', 'claims', 'estimate', 'estimates', 'forecast', 'forecasts', 'comment', 'question', 'counter', 'signal', 'reply', 'promise', 'pledge', 'think', 'know', 'add', 'point', 'stress', 'warning', 'continue']);
const PASSIVE_SET = new Set(PASSIVE_CUES);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's"]);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const CLOSE_QUOTES = new Set(['”', '"', "''"]);
const OPEN_QUOTES = new Set(['“', '"', "''"]);
const ARTICLES = new Set(['the', 'a', 'an']);
const LEADING_JUNK = new Set(['of', 'for', 'at', 'in', 'and', ',']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const FINITE_START = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|remains?|remained|need|needs|needed|appears?|appeared|seems?|seemed|[a-z]+ed)$/;
const TRAIL_WORDS = new Set(['but', 'and', 'while', 'or', 'as', 'although', 'though', 'whereas']);
const CONTENT_PREP_START = new Set(['of', 'about', 'against', 'on', 'for', 'to', 'with', 'in', 'at', 'by', 'from', 'into', 'over', 'up', 'off', 'out', 'down', 'back', 'him', 'them', 'me', 'us', 'so', 'otherwise', 'nothing', 'anything', 'yes']);
const SUBJECT_START = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there']);
const FINITE_WORD = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|remains?|remained|[a-z]{3,}ed)$/;
const SUBORDINATORS = new Set(['when', 'after', 'before', 'as', 'if', 'since', 'because', 'while', 'although', 'though', 'unless', 'until', 'once', 'whether']);
/** Words of a complement scanned for a finite verb before it counts as a clause. */
export const CLAUSE_SCAN_WORDS = 10;

/** True when a bare complement reads as a clause: a subject pronoun first, or a finite verb after the first word. */
/** The first comma at or after `from` that is punctuation, not a thousands separator (`100,000`); -1 when none. */
function phraseComma(text: string, from: number): number {
  let c = text.indexOf(',', from);
  while (c > 0 && /\d/.test(text[c - 1]!) && /\d/.test(text[c + 1] ?? '')) c = text.indexOf(',', c + 1);
  return c;
}

/** Prepositions opening a fronted adverbial (`During his years in office, he said, …`): such a fragment is never the content. */
const FRONTED_PREPS = new Set(['during', 'in', 'after', 'before', 'since', 'for', 'under', 'over', 'throughout', 'at', 'on', 'by', 'with', 'without', 'despite', 'amid', 'until']);

/** Nouns of expertise that take an `on` + name complement inside a source (`experts on Russia`). */
const EXPERTISE_HEADS = new Set(['expert', 'experts', 'specialist', 'specialists', 'analyst', 'analysts', 'scholar', 'scholars', 'envoy', 'adviser', 'advisers', 'advisor', 'advisors']);

/** Number words (`Twenty-seven states led by …`): a count before a plural noun, not a name before a verb. */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)(?:-[a-z]+)?$/;

/** Tokens searched back from a trailing cue for the comma or closing quotation mark that opens its source phrase. */
const TRAILING_SOURCE_MAX_TOKENS = 6;

/**
 * True when a noun-like cue word (`reports`, `notes`) at token `c` is a verb closing the sentence after a named
 * source that follows a comma or quotation (`The city was shelled, Reuters reports.`).
 */
function trailingVerbUse(toks: Tok[], c: number): boolean {
  const t = toks[c]!;
  const pv = toks[c - 1];
  const nx = toks[c + 1];
  if (!pv || !pv.word || pv.sent !== t.sent || t.cap || !/(?:s|ed)$/.test(t.lw)) return false;
  if (!(pv.cap || SOURCE_WORDS.has(pv.lw)) || /['’]s$/.test(pv.lw)) return false;
  if (nx && nx.sent === t.sent && !['.', '!', ';'].includes(nx.w)) return false;
  for (let k = c - 2; k >= 0 && k >= c - 1 - TRAILING_SOURCE_MAX_TOKENS && toks[k]!.sent === t.sent; k--) {
    if (toks[k]!.w === ',' || CLOSE_QUOTES.has(toks[k]!.w)) return true;
    if (!toks[k]!.word) return false;
  }
  return false;
}

/** Words that make a noun phrase before a comma an object, not a role appositive (`paid to staff, The Guardian said`). */
const OBJECT_MARKERS = new Set(['to', 'for', 'with', 'from', 'by', 'at', 'into', 'against', 'among', 'about', 'toward', 'towards', 'than', 'like']);

/** Time nouns: a phrase ending in one before a comma is an adverbial (`every three months, The Journal reports`), not a role. */
const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes', 'decade', 'decades', 'time', 'times']);

/** True when the noun phrase ending before the comma at token `comma` is governed by a preposition or a past verb. */
function objectBeforeComma(toks: Tok[], comma: number): boolean {
  const sent = toks[comma]!.sent;
  let k = comma - 1;
  while (k >= 0 && toks[k]!.sent === sent && toks[k]!.word && isNpWord(toks[k]!) && !OBJECT_MARKERS.has(toks[k]!.lw)) k--;
  if (TIME_NOUNS.has(toks[comma - 1]?.lw ?? '')) return true;
  const gov = toks[k];
  if (!gov || gov.sent !== sent || !gov.word) return false;
  // "During the first day of hearings, Mr. Clarke said": a fronted prepositional phrase, not a role.
  if (gov.cap) return NON_SOURCE_CAPS.has(gov.lw) && !['and', 'but', 'however', 'meanwhile', 'also', 'so', 'yet', 'still', 'now', 'then'].includes(gov.lw);
  return OBJECT_MARKERS.has(gov.lw) || /[^e]ed$/.test(gov.lw);
}

function looksClause(text: string, a: number, b: number): boolean {
  const ws = (text.slice(a, b).match(/[\p{L}']+/gu) ?? []).slice(0, CLAUSE_SCAN_WORDS).map((w) => w.toLowerCase());
  if (ws.length && SUBJECT_START.has(ws[0]!)) return true;
  return ws.slice(1).some((w) => FINITE_WORD.test(w));
}

interface Ctx {
  text: string;
  toks: Tok[];
  quotes: Quote[];
  sents: ReadonlyArray<{ start: number; end: number }>;
  paras: readonly Para[];
}

function isNpWord(t: Tok): boolean {
  if (!t.word || t.quote >= 0) return false;
  if (t.cap) return !NON_SOURCE_CAPS.has(t.lw);
  if (SOURCE_WORDS.has(t.lw)) return true;
  if (/['’]s$/.test(t.lw)) return true;
  if (/^[a-z]+-[a-z-]+$/.test(t.lw)) return true;
  if (/^\d[\d,.]*$/.test(t.lw) || t.lw === 'percent') return true; // "63 percent (of voters) said"
  if (t.lw === 'retired') return true; // "retired Air Force general Lloyd Newton": a premodifier, not a verb
  return /^[a-z][a-z-]*$/.test(t.lw) && !NP_STOP_WORDS.has(t.lw) && !CUE_SET.has(t.lw) && !/(?:ly|ing)$/.test(t.lw) && !/[^e]ed$/.test(t.lw);
}

/** A generic lower-case noun accepted only when the phrase it is in opens with a determiner or a name. */
function isGenericWord(t: Tok): boolean {
  return t.word && !t.cap && !SOURCE_WORDS.has(t.lw) && !/['’]s$/.test(t.lw);
}

/** A phrase with generic words must open with a determiner, possessive, number or name and stand at a clause boundary. */
function genericOk(toks: Tok[], a: number, b: number): boolean {
  let generic = false;
  for (let i = a; i <= b; i++) if (isGenericWord(toks[i]!)) generic = true;
  if (!generic) return true;
  const first = toks[a]!;
  const opener = ARTICLES.has(first.lw) || ['his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'two', 'three', 'several', 'many', 'some', 'most', 'all', 'other', 'another', 'top', 'senior', 'former', 'retired'].includes(first.lw) || first.cap || /['’]s$/.test(first.lw);
  const before = toks[a - 1];
  const boundary = !before || before.sent !== first.sent || !before.word || TRAIL_WORDS.has(before.lw) || (before.cap && NON_SOURCE_CAPS.has(before.lw));
  if (!opener && isRoleHead(toks[b]!) && boundary) return true;
  if (!opener) return !!before && before.sent === first.sent && (before.w === ',' || CLOSE_QUOTES.has(before.w)) && b === a;
  return !before || before.sent !== first.sent || !before.word || NP_STOP_WORDS.has(before.lw) || NON_SOURCE_CAPS.has(before.lw) || PRE_CUE_SKIP.has(before.lw) || CUE_SET.has(before.lw) || before.lw === 'and';
}

function isRoleHead(t: Tok): boolean {
  return t.word && !t.cap && SOURCE_WORDS.has(t.lw) && !ARTICLES.has(t.lw) && !LEADING_JUNK.has(t.lw) && !['its', 'their', 'his', 'her', 'our'].includes(t.lw);
}

/** Trims leading articles, prepositions and sentence-initial connectives from a token range; null when nothing nameable is left. */
function cleanNp(toks: Tok[], a: number, b: number): [number, number] | null {
  const determined = ARTICLES.has(toks[a]!.lw) || ['his', 'her', 'its', 'their', 'our', 'my', 'your'].includes(toks[a]!.lw) || /['’]s$/.test(toks[a]!.lw);
  while (a <= b && (LEADING_JUNK.has(toks[a]!.lw) || ARTICLES.has(toks[a]!.lw) || (toks[a]!.cap && NON_SOURCE_CAPS.has(toks[a]!.lw)))) a++;
  while (b >= a && (!toks[b]!.word || LEADING_JUNK.has(toks[b]!.lw) || ARTICLES.has(toks[b]!.lw))) {
    // A closing parenthesis whose opening one is inside the phrase stays: "Sen. David Perdue (R-Ga.)".
    if (toks[b]!.w === ')' && toks.slice(a, b).some((t) => t.w === '(')) break;
    b--;
  }
  if (a > b) return null;
  let named = false;
  for (let i = a; i <= b; i++) {
    const t = toks[i]!;
    if ((t.cap && !NON_SOURCE_CAPS.has(t.lw)) || isRoleHead(t) || PRONOUN_SOURCES.has(t.lw)) named = true;
  }
  if (!named && determined && toks[b]!.word && !toks[b]!.cap) named = true;
  return named ? [a, b] : null;
}

/** The source noun phrase ending just before token `c` (skipping auxiliaries, adverbs and `on Friday`). */
function leftSource(ctx: Ctx, c: number): [number, number] | null {
  const { toks } = ctx;
  const sent = toks[c]!.sent;
  let j = c - 1;
  const inSent = (k: number) => k >= 0 && toks[k]!.sent === sent && toks[k]!.quote < 0;
  for (;;) {
    if (!inSent(j)) return null;
    const t = toks[j]!;
    if (t.word && !t.cap && (PRE_CUE_SKIP.has(t.lw) || (/ly$/.test(t.lw) && t.lw.length > 4 && !SOURCE_WORDS.has(t.lw)))) { j--; continue; }
    if (t.word && t.cap && WEEKDAYS.test(t.lw) && inSent(j - 1) && toks[j - 1]!.lw === 'on') { j -= 2; continue; }
    if (t.word && /^\d{1,2}$/.test(t.w) && inSent(j - 2) && MONTHS.test(toks[j - 1]!.lw) && toks[j - 2]!.lw === 'on') { j -= 3; continue; }
    if (t.word && /^(?:19|20)\d\d$/.test(t.w) && inSent(j - 1) && ['in', 'since'].includes(toks[j - 1]!.lw)) { j -= 2; continue; }
    break;
  }
  let appositiveClose = false;
  if (toks[j]!.w === ',') {
    appositiveClose = true;
    j--;
    if (!inSent(j)) return null;
    // "Mr. King, 82, told me": an age between commas.
    if (/^\d{1,3}$/.test(toks[j]!.w) && inSent(j - 2) && toks[j - 1]!.w === ',' && toks[j - 2]!.cap) {
      const name = leftSourceFrom(ctx, j - 2, false);
      if (name) return [name[0], j];
    }
    // "Jane Doe, the head of a national signals agency, stated": an appositive opened by an article.
    let found: [number, number] | null = null;
    for (let k = j; k > j - APPOSITIVE_MAX_TOKENS && inSent(k - 1); k--) {
      const open = toks[k - 1]!;
      const tk = toks[k]!;
      // An interjected prepositional or participial phrase ("at a press gaggle", "dedicating the museum on Saturday").
      const interjection = ['at', 'in', 'during', 'like', 'unlike', 'speaking', 'on'].includes(tk.lw) || (tk.word && !tk.cap && /^[a-z]{3,}ing$/.test(tk.lw) && !SOURCE_WORDS.has(tk.lw));
      if (open.w === ',' && (ARTICLES.has(tk.lw) || isRoleHead(tk) || tk.lw === 'who' || interjection || /^[RDI]-[A-Z]/.test(tk.w)) && inSent(k - 2) && toks[k - 2]!.cap && toks[k - 2]!.word) {
        const name = leftSourceFrom(ctx, k - 2, false);
        // "Hillary Clinton, at a later press gaggle, said": the interjected phrase is not part of the source.
        if (name && toks[name[0]]!.cap) found = interjection ? name : [name[0], j];
      }
      if (!tk.word && !['’', "'", ',', '(', ')', '-', '–', '.'].includes(tk.w)) break;
    }
    if (found) return found;
  }
  const first = toks[j]!;
  if (PRONOUN_SOURCES.has(first.lw) && first.word) {
    if (first.lw === 'it' && inSent(j - 1) && BE.has(toks[j - 1]!.lw)) return null;
    return [j, j];
  }
  // Relative clauses: "McConnell, who said …", "an architect who said …": the antecedent is the source.
  if (first.lw === 'who' && inSent(j - 2) && toks[j - 1]!.w === ',') return leftSourceFrom(ctx, j - 2, false);
  if (first.lw === 'who' && inSent(j - 1) && toks[j - 1]!.word) return leftSourceFrom(ctx, j - 1, false);
  return leftSourceFrom(ctx, j, appositiveClose);
}

function leftSourceFrom(ctx: Ctx, end: number, appositiveClose: boolean): [number, number] | null {
  const { toks } = ctx;
  const sent = toks[end]!.sent;
  let j = end;
  let start = end + 1;
  let afterComma = -1;
  while (j >= 0 && toks[j]!.sent === sent && toks[j]!.quote < 0) {
    const t = toks[j]!;
    if (t.word && isNpWord(t)) {
      if (t.lw === 'and' && !(j > 0 && (toks[j - 1]!.cap || isRoleHead(toks[j - 1]!)) && j + 1 <= end && (toks[j + 1]!.cap || isRoleHead(toks[j + 1]!)))) break;
      start = j;
      j--;
      continue;
    }
    // "Experts on North Korea said": `on` + a name after an expertise noun belongs to the source.
    if (t.lw === 'on' && start === j + 1 && toks[start]?.cap && j > 0 && toks[j - 1]!.sent === sent && EXPERTISE_HEADS.has(toks[j - 1]!.lw)) { start = j; j--; continue; }
    if (t.w === ')' && start === j + 1) {
      // "Sen. David Perdue (R-Ga.) said": a parenthesis inside the name.
      let k = j - 1;
      while (k > 0 && toks[k]!.w !== '(' && j - k < 8 && toks[k]!.sent === sent) k--;
      if (toks[k]!.w === '(' && k > 0 && toks[k - 1]!.cap) { start = k; j = k - 1; continue; }
      break;
    }
    if (t.w === ',' && j > 0) {
      const before = toks[j - 1]!;
      if (appositiveClose && before.cap && before.word) { appositiveClose = false; start = j; j--; continue; }
      // "governor of Chernihiv region, Vyacheslav Chaus said": a role phrase before a bare name.
      let allCaps = start <= end;
      for (let k = start; k <= end; k++) if (!toks[k]!.cap) allCaps = false;
      let roleNear = false;
      for (let k = j - 1; k >= 0 && k >= j - 6 && toks[k]!.sent === sent && toks[k]!.word; k--) if (isRoleHead(toks[k]!)) roleNear = true;
      if (allCaps && roleNear && !before.cap && !objectBeforeComma(toks, j)) { afterComma = start; start = j; j--; continue; }
      // "General Sergei Rudskoy, first deputy chief of Russia's General Staff said": a name before a role appositive.
      if (before.cap && start <= end && !toks[start]!.cap && end - start >= 2 && toks.slice(start, end + 1).some((k) => k.lw === 'of' || k.lw === 'for' || /['’]s$/.test(k.lw))) { start = j; j--; continue; }
    }
    break;
  }
  if (start > end) return null;
  const np = cleanNp(toks, start, end);
  if (np && genericOk(toks, start, end)) return np;
  // A bare plural at a clause boundary: "But critics say …".
  if (!np && end - start < 3 && /s$/.test(toks[end]!.lw) && toks.slice(start, end + 1).every((k) => k.word && !k.cap)) {
    const before = toks[start - 1];
    if (!before || before.sent !== sent || !before.word || NON_SOURCE_CAPS.has(before.lw) || TRAIL_WORDS.has(before.lw)) return [start, end];
  }
  // The phrase before an appositive comma did not hold up: keep the name after it.
  return afterComma >= 0 ? cleanNp(toks, afterComma, end) : null;
}

/** A noun phrase starting at token `i` (after `according to`, an inverted `said`, `citing`). */
function rightSource(ctx: Ctx, i: number, allowAppositive: boolean): [number, number] | null {
  const { toks } = ctx;
  if (i >= toks.length) return null;
  const sent = toks[i]!.sent;
  let j = i;
  let end = i - 1;
  while (j < toks.length && toks[j]!.sent === sent && toks[j]!.quote < 0) {
    const t = toks[j]!;
    if (t.word && (isNpWord(t) || (t.cap && j === i))) {
      if (t.lw === 'and' && !(j + 1 < toks.length && (toks[j + 1]!.cap || isRoleHead(toks[j + 1]!)))) break;
      end = j;
      j++;
      continue;
    }
    if (allowAppositive && t.w === ',' && end >= i && toks[end]!.cap) {
      // ", head of the ministry’s crisis control centre," — an appositive of role words only.
      let k = j + 1;
      let role = false;
      while (k < toks.length && toks[k]!.sent === sent && toks[k]!.word && isNpWord(toks[k]!)) { if (isRoleHead(toks[k]!)) role = true; k++; }
      if (role && k > j + 1 && k < toks.length && toks[k]!.w === ',') { end = k - 1; j = k; allowAppositive = false; break; }
    }
    break;
  }
  if (end < i) return null;
  // A trailing generic word after a name belongs to the next clause ("Trump said ... according to MSNBC poll"): keep as is.
  return cleanNp(toks, i, end);
}

function sentenceRange(ctx: Ctx, s: number): [number, number] {
  const se = ctx.sents[s];
  return se ? [se.start, se.end] : [0, ctx.text.length];
}

/** Trims whitespace and trailing `, . ; :` and dangling conjunctions from a content range (spec §1.3). */
export function trimContent(text: string, a: number, b: number): [number, number] {
  for (;;) {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /[\s,.;:]/.test(text[b - 1]!)) b--;
    const m = /(?:^|\s)(\p{L}+)$/u.exec(text.slice(Math.max(a, b - 12), b));
    if (m && TRAIL_WORDS.has(m[1]!.toLowerCase()) && b - m[1]!.length > a) { b -= m[1]!.length; continue; }
    return [a, b];
  }
}

function wordCount(text: string, a: number, b: number): number {
  return (text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function quoteStartingAt(ctx: Ctx, pos: number): number {
  for (let q = 0; q < ctx.quotes.length; q++) if (ctx.quotes[q]!.open === pos) return q;
  return -1;
}

function quoteEndingAt(ctx: Ctx, pos: number): number {
  for (let q = 0; q < ctx.quotes.length; q++) if (ctx.quotes[q]!.close === pos) return q;
  return -1;
}

function skipSpaces(text: string, p: number): number {
  while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0')) p++;
  return p;
}

/** True when only closing punctuation and spaces lie between `p` and the end of the sentence/paragraph. */
function atClauseEnd(text: string, p: number, limit: number): boolean {
  return /^[\s.,;:!?)\]]*$/.test(text.slice(p, limit));
}

/** The paragraph index holding `pos`. */
function paraOf(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.paras[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Content before an attribution frame that starts at char `frame` in sentence `s`. */
function contentBefore(ctx: Ctx, frame: number, s: number, floor: number): { range: [number, number]; direct: boolean } | null {
  const { text } = ctx;
  let p = frame;
  while (p > 0 && /[\s,—–-]/.test(text[p - 1]!)) p--;
  const q = quoteEndingAt(ctx, p);
  if (q >= 0) {
    const quote = ctx.quotes[q]!;
    // A quote that opens its sentence (or paragraph) is the whole content; otherwise the quote is a fragment of a mixed clause.
    const [ss] = sentenceRange(ctx, s);
    const before = text.slice(Math.max(floor, 0), quote.open);
    if (quote.open <= Math.max(ss, floor) || /(^|[.!?:](?:["”]|'')?\s+)$/.test(before) || /\n\s*$/.test(before) || before.trim() === '') {
      return { range: [quote.start, quote.end], direct: true };
    }
    const a = Math.max(ss, floor);
    const r = trimContent(text, a, p);
    return { range: r, direct: false };
  }
  const [ss] = sentenceRange(ctx, s);
  const a = Math.max(ss, floor);
  const r = trimContent(text, a, p);
  if (r[1] <= r[0]) return null;
  return { range: r, direct: false };
}

/**
 * Content after a cue ending at char `from`: a direct quote, a colon quote in the next paragraph, or the
 * complement clause up to the sentence end (a quote running past the sentence end extends it).
 */
function contentAfter(ctx: Ctx, from: number, s: number): { range: [number, number]; direct: boolean; clausal: boolean; cited: [number, number] | null } | null {
  const { text, toks } = ctx;
  let p = skipSpaces(text, from);
  let cited: [number, number] | null = null;
  const rest = text.slice(p, p + 160);
  const skip = POST_CUE_SKIP_RE.exec(rest);
  if (skip && skip[0].trim()) p = skipSpaces(text, p + skip[0].length);
  let clausal = false;
  // ", citing a separatist leader," — the cited source.
  const cm = /^,?\s*(citing|quoting)\s+/i.exec(text.slice(p, p + 20));
  if (cm) {
    const ti = tokenAt(toks, p + cm[0].length);
    const np = rightSource(ctx, ti, true);
    if (np) {
      cited = [toks[np[0]]!.s, toks[np[1]]!.e];
      p = skipSpaces(text, cited[1]);
    }
  }
  if (text[p] === ',' || text[p] === ':') { clausal = true; p = skipSpaces(text, p + 1); }
  if (/^that\b/i.test(text.slice(p, p + 5))) {
    clausal = true;
    p = skipSpaces(text, p + 4);
    if (text[p] === ',') p = skipSpaces(text, p + 1);
  }
  const [, se] = sentenceRange(ctx, s);
  // Colon at the end of a paragraph: the quote opening the next paragraph.
  if (text[p] === '\n' || p >= text.length) {
    let n = p;
    while (n < text.length && /\s/.test(text[n]!)) n++;
    const q = quoteStartingAt(ctx, n);
    if (q >= 0 && /:\s*$/.test(text.slice(from, p))) return { range: [ctx.quotes[q]!.start, ctx.quotes[q]!.end], direct: true, clausal: true, cited };
    return null;
  }
  const q = quoteStartingAt(ctx, p);
  if (q >= 0) {
    const quote = ctx.quotes[q]!;
    const limit = Math.max(se, quote.close);
    const pe = paraOf(ctx, quote.close - 1);
    if (atClauseEnd(text, quote.close, Math.min(limit, ctx.paras[pe]!.end)) || quote.unclosed) return { range: [quote.start, quote.end], direct: true, clausal: true, cited };
  }
  let end = se;
  // Quotes opened inside the content that run past the sentence end extend it.
  for (const quote of ctx.quotes) if (quote.open >= p && quote.open < end && quote.close > end) end = quote.close;
  const m = /,(?:["”]|'')?\s+(?:according to|citing|quoting)\b|;\s/i.exec(text.slice(p, end));
  if (m) end = p + m.index + (/^,(?:["”]|'')/.test(m[0]) ? (m[0][1] === "'" ? 3 : 2) : 0);
  const r = trimContent(text, p, end);
  if (r[1] <= r[0]) return null;
  return { range: r, direct: false, clausal, cited };
}

/** Addressee after `told`/`warned`: a pronoun or a short noun phrase (`told CNN`, `told reporters`). */
function addresseeEnd(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  if (i >= toks.length) return -1;
  const t = toks[i]!;
  if (t.sent !== toks[i - 1]!.sent) return -1;
  if (OBJECT_PRONOUNS.has(t.lw) && t.lw !== 'it') return i;
  let j = i;
  let end = -1;
  while (j < toks.length && toks[j]!.sent === t.sent && toks[j]!.word && toks[j]!.quote < 0 && toks[j]!.lw !== 'that' &&
    (toks[j]!.cap ? !NON_SOURCE_CAPS.has(toks[j]!.lw) || j > i : isNpWord(toks[j]!)) && !['in', 'of', 'for', 'at', 'and'].includes(toks[j]!.lw)) {
    if (!ARTICLES.has(toks[j]!.lw)) end = j;
    j++;
    if (j - i > 8) break;
  }
  if (end >= 0 && WEEKDAYS.test(toks[end]!.lw)) return -1;
  // `told MSNBC's "Morning Joe" that`: a short quoted programme name belongs to the addressee.
  if (end >= 0 && toks[end + 1] && toks[end + 1]!.quote >= 0) {
    const q = ctx.quotes[toks[end + 1]!.quote]!;
    if (q.open === toks[end + 1]!.s && wordCount(ctx.text, q.start, q.end) <= 5 && /^[\s,]*that\b/.test(ctx.text.slice(q.close, q.close + 8))) {
      return tokenAt(toks, q.close) - 1;
    }
  }
  return end;
}

/**
 * Finds all attributions of a text.
 * @returns Raw claims in cue order, cue-less quotes included (they reuse an earlier claim's source and cue).
 */
export function findAttributions(text: string, toks: Tok[], quotes: Quote[], sents: ReadonlyArray<{ start: number; end: number }>, paras: readonly Para[]): RawClaim[] {
  const ctx: Ctx = { text, toks, quotes, sents, paras };
  const out: RawClaim[] = [];
  const lastInSentence = (s: number): RawClaim | undefined => {
    for (let k = out.length - 1; k >= 0; k--) { if (out[k]!.sent === s) return out[k]; if (out[k]!.sent < s) break; }
    return undefined;
  };
  for (let c = 0; c < toks.length; c++) {
    const t = toks[c]!;
    if (!t.word || t.quote >= 0) continue;
    const nounCue = NOUN_CUES.has(t.lw) && toks[c + 1]?.lw === 'that' && c > 0 && toks[c - 1]!.sent === t.sent &&
      (/['’]s$/.test(toks[c - 1]!.lw) || ['his', 'her', 'their', 'its'].includes(toks[c - 1]!.lw));
    if (!CUE_SET.has(t.lw) && !nounCue && !(t.lw === 'according' && toks[c + 1]?.lw === 'to')) continue;
    const s = t.sent;
    if (nounCue) {
      // "Trump’s claim that …": the possessor is the source, the noun the cue.
      const pos = toks[c - 1]!;
      let src: [number, number] | null = null;
      if (!/['’]s$/.test(pos.lw)) src = [pos.s, pos.e];
      else {
        const np = leftSourceFrom(ctx, c - 1, false);
        if (np) src = [toks[np[0]]!.s, toks[np[1]]!.e - 2];
      }
      const after = src ? contentAfter(ctx, t.e, s) : null;
      if (src && after && wordCount(text, after.range[0], after.range[1]) >= MIN_CONTENT_WORDS) {
        out.push({ source: src, cue: [t.s, t.e], content: after.range, frame: src[0], sent: s, kind: 'verb' });
      }
      continue;
    }
    const [ss, se] = sentenceRange(ctx, s);
    const prev = lastInSentence(s);
    const floor = prev ? Math.max(prev.content[1], prev.cue[1], prev.source?.[1] ?? 0) : ss;
    // "according to X" / "in the words of X"
    if (t.lw === 'according' && toks[c + 1]?.lw === 'to') {
      const np = rightSource(ctx, c + 2, true) ?? plainNp(ctx, c + 2);
      if (!np) continue;
      const src: [number, number] = [toks[np[0]]!.s, toks[np[1]]!.e];
      const cue: [number, number] = [t.s, toks[c + 1]!.e];
      const fl = prev && prev.frame >= ss ? ss : floor;
      const before = text.slice(Math.max(ss, fl), t.s);
      let content: { range: [number, number]; direct: boolean } | null = null;
      const afterSrc = skipSpaces(text, src[1]);
      if (!/\p{L}/u.test(before.replace(/^(?:\s*(?:But|And|However|Meanwhile|Also|Yet|So),?)/, ''))) {
        if (text[afterSrc] === ',') {
          const r = trimContent(text, afterSrc + 1, se);
          if (r[1] > r[0]) content = { range: r, direct: false };
        }
      } else {
        const tail = text.slice(afterSrc, se);
        const after = /^,\s*([\p{L}']+)/u.exec(tail);
        if (after && FINITE_START.test(after[1]!.toLowerCase())) {
          const r = trimContent(text, afterSrc + 1, se);
          if (r[1] > r[0]) content = { range: r, direct: false };
        } else content = contentBefore(ctx, t.s, s, fl);
      }
      if (!content || wordCount(text, content.range[0], content.range[1]) < MIN_CONTENT_WORDS) continue;
      out.push({ source: src, cue, content: content.range, frame: t.s, sent: s, kind: 'according' });
      c = np[1];
      continue;
    }
    if (!CUE_SET.has(t.lw)) continue;
    if (t.cap && c > 0 && toks[c - 1]!.sent === s && toks[c - 1]!.word && !titleCase(ctx, s)) continue; // part of a name: "Washington Post", "United States"
    if (NOUN_LIKE_CUES.has(t.lw)) {
      const nx = toks[c + 1];
      const pv = toks[c - 1];
      if (pv && pv.sent === t.sent && ['of', 'the', 'a', 'an', 'in', 'for', 'to', 'by', 'on', 'at', 'from', 'with', 'this', 'that', 'its', 'their', 'his', 'her'].includes(pv.lw)) continue;
      const verbContext = (nx && (nx.lw === 'that' || nx.w === ':' || OPEN_QUOTES.has(nx.w) || nx.w === "''")) ||
        (pv && pv.word && (PRONOUN_SOURCES.has(pv.lw) || PRE_CUE_SKIP.has(pv.lw))) ||
        // "The Wall Street Journal reports …": a third-person verb form after a name.
        (pv && pv.word && pv.cap && !NUMBER_WORD.test(pv.lw) && !t.cap && /s$/.test(t.lw) && nx && nx.word && nx.sent === t.sent && !NP_STOP_WORDS.has(nx.lw) && !SOURCE_WORDS.has(nx.lw)) ||
        // "…, Reuters reports.": a trailing attribution after a comma or quotation, closing the sentence.
        trailingVerbUse(toks, c);
      if (!verbContext || (pv && /['’]s$/.test(pv.lw))) continue;
    }
    if (t.lw === 'point' || t.lw === 'pointed' || t.lw === 'learn' || t.lw === 'learned') {
      if (toks[c + 1]?.lw !== PARTICLE_VERBS.get(t.lw)) continue;
    }
    const prevTok = toks[c - 1];
    if (prevTok && prevTok.lw === 'to' && prevTok.sent === s) continue; // infinitive: "to claim victory"
    if (prevTok && ['the', 'a', 'an', 'this', 'its', 'his', 'her', 'their'].includes(prevTok.lw)) continue; // noun use
    let cueEnd = c;
    if (PARTICLE_VERBS.has(t.lw) && toks[c + 1]?.lw === PARTICLE_VERBS.get(t.lw)) cueEnd = c + 1;
    // Agentless passive: "it is believed that", "X is said to", "was reported".
    let b = c - 1;
    while (b >= 0 && toks[b]!.word && ['widely', 'also', 'now', 'generally', 'not', 'being', 'previously'].includes(toks[b]!.lw)) b--;
    let progressive = false;
    const contraction = prevTok && prevTok.sent === t.sent ? /^(he|she|it|they|we)['’](?:s|re)$/.exec(prevTok.lw) : null;
    if (contraction && t.lw.endsWith('ing')) {
      // "He’s claiming that …": pronoun + auxiliary in one token.
      const after = contentAfter(ctx, toks[cueEnd]!.e, s);
      if (after && after.clausal && wordCount(text, after.range[0], after.range[1]) >= MIN_CONTENT_WORDS) {
        out.push({ source: [prevTok!.s, prevTok!.s + contraction[1]!.length], cue: [t.s, toks[cueEnd]!.e], content: after.range, frame: prevTok!.s, sent: s, kind: 'verb' });
      }
      continue;
    }
    if (b >= 0 && BE.has(toks[b]!.lw) && toks[b]!.sent === s && t.lw.endsWith('ing') && toks[b]!.lw !== 'being') progressive = true;
    else if (b >= 0 && BE.has(toks[b]!.lw) && toks[b]!.sent === s) {
      if (!PASSIVE_SET.has(t.lw)) continue;
      const nxt = toks[cueEnd + 1];
      if (!nxt || nxt.sent !== s) continue;
      let p: number;
      const sk = POST_CUE_SKIP_RE.exec(text.slice(toks[cueEnd]!.e, toks[cueEnd]!.e + 80));
      const after = sk && sk[0].trim() ? tokenAt(toks, toks[cueEnd]!.e + sk[0].length) : cueEnd + 1;
      const nx2 = toks[after];
      if (nx2 && nx2.lw === 'that' && nx2.sent === s) p = nx2.e;
      else if (nxt.lw === 'that') p = nxt.e;
      else if (nxt.lw === 'to' && !['told', 'known'].includes(t.lw)) p = nxt.e;
      else continue;
      const r = trimContent(text, p, se);
      if (r[1] <= r[0] || wordCount(text, r[0], r[1]) < MIN_CONTENT_WORDS) continue;
      const pframe = toks[b]!.s;
      if (prev && prev.content[1] > pframe && prev.content[0] < pframe) prev.content = trimContent(text, prev.content[0], pframe);
      out.push({ source: null, cue: [t.s, toks[cueEnd]!.e], content: r, frame: pframe, sent: s, kind: 'passive' });
      continue;
    }
    // Participial second cue of the same source: ", adding that …", "while cautioning that …".
    if (!progressive && PARTICIPLE_CUES.has(t.lw) && prevTok && (prevTok.w === ',' || ['while', 'and', 'before', 'after', 'by', 'from', 'when'].includes(prevTok.lw))) {
      const src = prev?.cited ?? prev?.source ?? sentenceSubject(ctx, s, c);
      if (!src) continue;
      const after = contentAfter(ctx, toks[cueEnd]!.e, s);
      if (!after || wordCount(text, after.range[0], after.range[1]) < MIN_CONTENT_WORDS) continue;
      if (CONTENT_PREP_START.has(firstWord(text, after.range[0]))) continue;
      const frame = prevTok.w === ',' ? prevTok.s : prevTok.s;
      if (prev && prev.content[1] > frame && prev.content[0] < frame) prev.content = trimContent(text, prev.content[0], frame);
      out.push({ source: src, cue: [t.s, toks[cueEnd]!.e], content: after.range, frame, sent: s, kind: 'participle' });
      continue;
    }
    if (t.lw.endsWith('ing') && !progressive) continue;
    let src = leftSource(ctx, progressive ? b : c);
    let inverted = false;
    let coordinated = false;
    let fronted = false;
    if (!src && prevTok && (prevTok.w === ',' || CLOSE_QUOTES.has(prevTok.w)) && prevTok.sent === s) {
      const np = rightSource(ctx, cueEnd + 1, true);
      if (np) { src = np; inverted = true; }
    } else if (!src && t.cap && (!prevTok || prevTok.sent !== s)) {
      // "Said Ellis: “…”": a fronted cue opening the sentence.
      const np = rightSource(ctx, cueEnd + 1, false);
      if (np && /^\s*[:,]/.test(text.slice(toks[np[1]]!.e, toks[np[1]]!.e + 3))) { src = np; fronted = true; }
    }
    let coordSource: [number, number] | null = null;
    let conj = c - 1;
    while (conj > 0 && toks[conj]!.word && !toks[conj]!.cap && PRE_CUE_SKIP.has(toks[conj]!.lw)) conj--;
    if (!src && toks[conj] && ['and', 'but'].includes(toks[conj]!.lw) && toks[conj]!.sent === s) {
      coordSource = prev?.source ?? sentenceSubject(ctx, s, conj);
      coordinated = !!coordSource;
    }
    if (!src && !coordinated) continue;
    const srcRange: [number, number] | null = src ? [toks[src[0]]!.s, toks[src[1]]!.e] : coordSource;
    let cueRange: [number, number] = [t.s, toks[cueEnd]!.e];
    if (!inverted && ADDRESSEE_VERBS.has(t.lw)) {
      const ae = addresseeEnd(ctx, cueEnd + 1);
      if (ae >= 0) cueRange = [t.s, toks[ae]!.e];
    }
    let frame = coordinated ? toks[conj]!.s : inverted ? t.s : srcRange![0];
    const art = /(?:^|\s)((?:the|a|an|another)\s+)$/i.exec(text.slice(Math.max(ss, frame - 9), frame));
    if (art && !coordinated && !inverted) frame -= art[1]!.length;
    const frameEnd = inverted ? srcRange![1] : cueRange[1];
    const beforeFrame = text.slice(ss, frame);
    const beforeNp = beforeFrame.replace(/(?:^|\s)(?:the|a|an|another|one|some|several|many|two|three)\s*$/i, '');
    const precededByBreak = /[,—–]\s*$/.test(beforeNp) || /(?:["”]|'')\s*$/.test(beforeNp);
    const afterText = text.slice(frameEnd, se);
    const skipM = POST_CUE_SKIP_RE.exec(afterText.replace(/^\s+/, ' '));
    const afterSkip = skipM ? afterText.replace(/^\s+/, ' ').slice(skipM[0].length) : afterText;
    let content: { range: [number, number]; direct: boolean; clausal: boolean; cited?: [number, number] | null } | null = null;
    const precededByQuote = /(?:["”]|'')[,\s]*$/.test(beforeNp);
    const opensContent = /^\s*(?:,\s*)?(?:that\b|:|[“"]|'')/.test(afterSkip);
    const trailing = !fronted && (inverted || (!coordinated && precededByQuote && !opensContent)) || (precededByBreak && /^\s*(?:[.!?]?\s*$|,|;)/.test(afterSkip) && !/^\s*,\s*(?:that\b|[“"]|'')/.test(afterSkip));
    if (trailing) {
      const tail = /^\s*,\s*([\p{L}']+)/u.exec(afterSkip);
      if (tail && !inverted && FINITE_START.test(tail[1]!.toLowerCase()) && wordCount(text, frameEnd, se) >= MIN_CONTENT_WORDS) {
        // "Turkey, he said, would be happy …": the fragment holding the main verb follows.
        const startY = frameEnd + afterText.indexOf(',') + 1;
        const r = trimContent(text, startY, se);
        content = { range: r, direct: false, clausal: true };
      } else {
        let cb = contentBefore(ctx, frame, s, prev && prev.frame >= ss && prev.kind !== 'reuse' ? ss : floor);
        // "During his years in office, Mr. Obama said, a majority of Americans have come to believe …": the fragment
        // before the attribution has no verb, so the reported clause is the one after it (spec §1.3).
        if (cb && tail && !inverted && !cb.direct && FRONTED_PREPS.has(firstWord(text, cb.range[0])) && !looksClause(text, cb.range[0], cb.range[1])) {
          const startY = frameEnd + afterText.indexOf(',') + 1;
          const r = trimContent(text, startY, se);
          if (wordCount(text, r[0], r[1]) >= MIN_CONTENT_WORDS && looksClause(text, r[0], r[1]) && !/["“”]/.test(text.slice(r[0], r[1]))) cb = { range: r, direct: false };
        }
        let cited: [number, number] | null = null;
        const cm = /^\s*,\s*(?:citing|quoting)\s+/i.exec(afterSkip);
        if (cm) {
          const ti = tokenAt(toks, frameEnd + (afterText.length - afterSkip.length) + cm[0].length);
          const np = rightSource(ctx, ti, true) ?? plainNp(ctx, ti);
          if (np) cited = [toks[np[0]]!.s, toks[np[1]]!.e];
        }
        if (cb) content = { ...cb, clausal: true, cited };
      }
    } else {
      let from = fronted ? srcRange![1] : cueRange[1];
      if (/^accus/.test(t.lw)) {
        const om = /^\s+of\s+/.exec(text.slice(from, from + 6));
        if (om) from += om[0].length;
      }
      content = contentAfter(ctx, from, s);
      if (content && from !== cueRange[1]) content = { ...content, clausal: true };
      if (content && !content.clausal && !content.direct) {
        const fw = firstWord(text, content.range[0]);
        const comma0 = phraseComma(text, content.range[0]);
        const clause = looksClause(text, content.range[0], comma0 > 0 && comma0 < content.range[1] ? comma0 : content.range[1]);
        if (fw === 'to' && INFINITIVE_CUES.has(t.lw)) content = { ...content, clausal: true };
        else if (CONTENT_PREP_START.has(fw)) content = null;
        else if (CLAUSE_ONLY_VERBS.has(t.lw) && !clause) content = null;
        else if (!clause) {
          // A noun-phrase complement ends at the first comma; none after a subordinator ("When he announced the invasion, …").
          const before = toks[tokenAt(toks, frame) - 1];
          if (before && SUBORDINATORS.has(before.lw) && before.sent === s) content = null;
          else {
            const comma = phraseComma(text, content.range[0]);
            if (comma > 0 && comma < content.range[1]) content = { ...content, range: trimContent(text, content.range[0], comma) };
          }
        }
      }
    }
    if (!content) continue;
    if (/^[,;:.]/.test(text[content.range[0]] ?? '')) continue;
    if (wordCount(text, content.range[0], content.range[1]) < MIN_CONTENT_WORDS) continue;
    if (content.range[0] < frameEnd && content.range[1] > frame) continue;
    if (prev && prev.content[1] > frame && prev.content[0] < frame && content.range[0] >= frame) prev.content = trimContent(text, prev.content[0], frame);
    out.push({ source: srcRange, cue: cueRange, content: content.range, frame, sent: s, kind: coordinated ? 'coordinated' : 'verb', cited: content.cited ?? null });
    if (inverted) c = src![1];
  }
  addCuelessQuotes(ctx, out);
  return out.filter((r) => r.content[1] > r.content[0]);
}

/** Share of capitalised longer words above which a sentence is a title-case headline. */
export const TITLE_CASE_SHARE = 0.7;
const titleCache = new WeakMap<Ctx, Map<number, boolean>>();

/** True when sentence `s` is written in title case (a headline), where capitalised cue verbs are still verbs. */
function titleCase(ctx: Ctx, s: number): boolean {
  let m = titleCache.get(ctx);
  if (!m) titleCache.set(ctx, (m = new Map()));
  const hit = m.get(s);
  if (hit !== undefined) return hit;
  const [a, b] = sentenceRange(ctx, s);
  const ws = ctx.text.slice(a, b).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = ws.filter((w) => w.length > 3);
  const res = long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
  m.set(s, res);
  return res;
}

function firstWord(text: string, p: number): string {
  if (/^(?:at\s+(?:least|most)|up\s+to|about\s+\d|over\s+\d|in\s+fact)\b/i.test(text.slice(p, p + 20))) return '';
  const m = /^[\p{L}']+/u.exec(text.slice(p, p + 30));
  return m ? m[0].toLowerCase() : '';
}

/** Any run of noun-phrase words from token `i` (after `according to`, which marks a source by itself). */
function plainNp(ctx: Ctx, i: number): [number, number] | null {
  const { toks } = ctx;
  let end = -1;
  for (let j = i; j < toks.length && j - i < 8 && toks[j]!.sent === toks[i]!.sent && toks[j]!.word && isNpWord(toks[j]!); j++) end = j;
  return end >= i ? [i, end] : null;
}

/** The noun phrase opening sentence `s` when it is followed by a verb (`Peskov refused …, saying`). */
function sentenceSubject(ctx: Ctx, s: number, before: number): [number, number] | null {
  const { toks } = ctx;
  const [ss] = sentenceRange(ctx, s);
  const first = tokenAt(toks, ss);
  const starts = [first];
  // "Meanwhile, it attacked …", "During a speech on Monday, Trump attacked …": the subject follows an opening adverbial.
  if (toks[first] && toks[first]!.cap && NON_SOURCE_CAPS.has(toks[first]!.lw)) {
    for (let k = first; k < before && k - first < 15; k++) if (toks[k]!.w === ',') { starts.push(k + 1); break; }
  }
  for (const st of starts.reverse()) {
    let i = st;
    while (i < before && toks[i]!.cap && NON_SOURCE_CAPS.has(toks[i]!.lw)) i++;
    if (i < before && toks[i]!.word && PRONOUN_SOURCES.has(toks[i]!.lw)) return [toks[i]!.s, toks[i]!.e];
    const a = i;
    let end = -1;
    while (i < before && toks[i]!.word && isNpWord(toks[i]!)) { end = i; i++; }
    const nx = toks[end + 1];
    if (end < 0 || !nx || (nx.w !== ',' && (!nx.word || nx.cap))) continue;
    const np = cleanNp(toks, a, end);
    if (np) return [toks[np[0]]!.s, toks[np[1]]!.e];
  }
  return null;
}

/** Quotations with no cue of their own take the source and cue of the adjacent or nearest preceding attribution (spec §1.2). */
function addCuelessQuotes(ctx: Ctx, out: RawClaim[]): void {
  const { text } = ctx;
  const used = (a: number, b: number) => out.some((r) => (r.content[0] < b && a < r.content[1]) || (r.cue[0] < b && a < r.cue[1]) || (r.source && r.source[0] < b && a < r.source[1]));
  const added: RawClaim[] = [];
  for (const q of ctx.quotes) {
    if (used(q.start, q.end)) continue;
    if (wordCount(text, q.start, q.end) < MIN_QUOTE_WORDS) continue;
    const para = paraOf(ctx, q.open);
    const before = text.slice(ctx.paras[para]!.start, q.open);
    if (!(before.trim() === '' || /[.!?](?:["”]|'')?\s+$/.test(before) || /:\s*$/.test(before))) continue;
    // Adjacent attribution right after the quote: "“A.” Zelensky warned, “B.”"
    let host = -1;
    const after = skipSpaces(text, q.close);
    for (let k = 0; k < out.length; k++) {
      const r = out[k]!;
      if (r.source && r.source[0] === after && r.kind !== 'reuse') { host = k; break; }
    }
    if (host < 0) {
      for (let k = out.length - 1; k >= 0; k--) {
        const r = out[k]!;
        if (r.cue[0] > q.open || !r.source) continue;
        if (para - paraOf(ctx, r.cue[0]) > REUSE_MAX_PARAGRAPHS) break;
        host = k;
        break;
      }
    }
    if (host < 0) continue;
    const h = out[host]!;
    added.push({ source: h.source, cue: h.cue, content: [q.start, q.end], frame: q.open, sent: ctx.toks[tokenAt(ctx.toks, q.open)]?.sent ?? 0, kind: 'reuse', reuseOf: host, cited: h.cited ?? null });
  }
  out.push(...added);
}
