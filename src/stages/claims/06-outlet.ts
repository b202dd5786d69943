/** @module OUTLET claims: unattributed sentences in the article's own voice that carry a war figure or a specific current event (spec §1.1.2). */

import type { Document, Span } from '../../core/doc.js';
import {
  EVALUATIVE_ADJECTIVES, EVENT_WORDS, GRADABLE_EVENT_NOUNS, IRREALIS_GOVERNORS, OPINION_MARKERS, TREND_WORDS, WAR_START_ANCHORS,
} from './data/hedges.js';

/** Sentences shorter than this many words are never OUTLET claims. */
export const MIN_OUTLET_WORDS = 5;

/** A phrase lexicon matched on lower-case word n-grams (faster than one large alternation regex per sentence). */
interface PhraseSet {
  phrases: Set<string>;
  maxWords: number;
}

function phraseSet(list: readonly string[]): PhraseSet {
  const phrases = new Set(list.map((p) => p.toLowerCase()));
  return { phrases, maxWords: Math.max(...list.map((p) => p.split(' ').length)) };
}

/** True when any phrase of the set occurs as consecutive whole words of `text` (at a word index `accept` agrees to). */
function hasPhrase(set: PhraseSet, words: readonly string[], accept?: (i: number, phrase: string) => boolean): boolean {
  for (let i = 0; i < words.length; i++) {
    let key = words[i]!;
    if (set.phrases.has(key) && (!accept || accept(i, key))) return true;
    for (let n = 2; n <= set.maxWords && i + n <= words.length; n++) {
      key += ' ' + words[i + n - 1]!;
      if (set.phrases.has(key) && (!accept || accept(i, key))) return true;
    }
  }
  return false;
}

/** Words before an event word searched for an intention or expectation word that makes the event unreal (`prioritised the capture`). */
export const IRREALIS_WINDOW_WORDS = 3;
/** Words before a gradable event noun searched for an evaluative adjective (`heavy military losses`). */
export const EVALUATIVE_WINDOW_WORDS = 2;
let irrealis: ReadonlySet<string> | null = null;
let gradable: ReadonlySet<string> | null = null;
let evaluative: ReadonlySet<string> | null = null;
let trend: ReadonlySet<string> | null = null;

/**
 * An event word counts when it reports an event: not wanted/planned/expected, (for `losses`) not merely graded by the
 * outlet (`heavy losses`, `casualties mounting`), and not inside a background clause about the war's start.
 * @param background Word index where a war-start background clause begins (words.length when there is none).
 */
function realEvent(words: readonly string[], i: number, phrase: string, background: number): boolean {
  irrealis ??= new Set(IRREALIS_GOVERNORS);
  gradable ??= new Set(GRADABLE_EVENT_NOUNS);
  evaluative ??= new Set(EVALUATIVE_ADJECTIVES);
  trend ??= new Set(TREND_WORDS);
  if (i >= background) return false;
  for (let k = Math.max(0, i - IRREALIS_WINDOW_WORDS); k < i; k++) if (irrealis.has(words[k]!)) return false;
  if (gradable.has(phrase)) {
    for (let k = Math.max(0, i - EVALUATIVE_WINDOW_WORDS); k < i; k++) if (evaluative.has(words[k]!) || trend.has(words[k]!)) return false;
    if (trend.has(words[i + 1] ?? '')) return false;
  }
  return true;
}

/** Word index where the first war-start background clause begins (`the war that erupted …`), or words.length. */
function backgroundStart(set: PhraseSet, words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    let key = words[i]!;
    for (let n = 2; n <= set.maxWords && i + n <= words.length; n++) {
      key += ' ' + words[i + n - 1]!;
      if (set.phrases.has(key)) return i;
    }
  }
  return words.length;
}

/** Removes the characters of time expressions (`72 hour`, `30 days in`) from a sentence so their numbers are not taken for figures. */
function withoutTimes(doc: Readonly<Document>, sent: Span): string {
  let out = sent.text;
  for (const t of doc.times) {
    if (t.end <= sent.start || t.start >= sent.end) continue;
    const a = Math.max(t.start, sent.start) - sent.start;
    const b = Math.min(t.end, sent.end) - sent.start;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

let opinionSet: PhraseSet | null = null;
let eventSet: PhraseSet | null = null;
let anchorSet: PhraseSet | null = null;
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NUMBER_RE = /\d|\b(?:dozens|hundreds|thousands|millions|tens of thousands)\b/i;
/** First- and second-person rhetoric: the outlet talking to its readers, never a claim. */
const RHETORIC_RE = /\b(?:[Ww]e|[Ww]e've|[Ww]e're|[Yy]ou|[Yy]ou're|[Yy]our|[Oo]ur|us|I|[Mm]y)\b/;
/** A number with a time unit (`72 hour`, `30-day`): a duration, never a figure (spec §2), when no times layer marked it. */
const DURATION_RE = /\b\d+(?:[\s-]+)(?:hours?|days?|weeks?|months?|years?|minutes?)\b/gi;
const OLD_YEAR_RE = /\b(?:19\d\d|20[01]\d)\b/;


/**
 * True when a sentence in the outlet's own voice is checkable: it has a war figure (from the figures layer,
 * or a number when that layer is empty) or an event word outside a war-start background clause, and no marker of
 * opinion (idioms included), question, speculation, rhetoric or old background.
 */
export function isOutletClaim(doc: Readonly<Document>, sent: Span): boolean {
  opinionSet ??= phraseSet(OPINION_MARKERS);
  eventSet ??= phraseSet(EVENT_WORDS);
  anchorSet ??= phraseSet(WAR_START_ANCHORS);
  const t = sent.text;
  if (/\?\s*["”]?$/.test(t)) return false;
  const words = (t.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
  if (words.length < MIN_OUTLET_WORDS) return false;
  if (t === t.toUpperCase()) return false;
  if (/["“”][^"“”]{40,}["“”]/.test(t)) return false;
  if (RHETORIC_RE.test(t)) return false;
  const hasFigure = doc.figures.length ? doc.figures.some((f) => f.start >= sent.start && f.end <= sent.end) : NUMBER_RE.test(withoutTimes(doc, sent).replace(/\b(?:19|20)\d\d\b/g, '').replace(DURATION_RE, ''));
  if (!hasFigure && OLD_YEAR_RE.test(t)) return false;
  if (!hasFigure && hasPhrase(opinionSet, words)) return false;
  if (hasFigure) return true;
  const background = backgroundStart(anchorSet, words);
  return hasPhrase(eventSet, words, (i, p) => realEvent(words, i, p, background));
}
