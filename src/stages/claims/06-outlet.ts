/** @module OUTLET claims: unattributed sentences in the article's own voice that carry a war figure or a specific current event (spec §1.1.2). */

import type { Document, Span } from '../../core/doc.js';
import { EVENT_WORDS, OPINION_MARKERS } from './data/hedges.js';

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

/** True when any phrase of the set occurs as consecutive whole words of `text`. */
function hasPhrase(set: PhraseSet, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    let key = words[i]!;
    if (set.phrases.has(key)) return true;
    for (let n = 2; n <= set.maxWords && i + n <= words.length; n++) {
      key += ' ' + words[i + n - 1]!;
      if (set.phrases.has(key)) return true;
    }
  }
  return false;
}

let opinionSet: PhraseSet | null = null;
let eventSet: PhraseSet | null = null;
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NUMBER_RE = /\d|\b(?:dozens|hundreds|thousands|millions|tens of thousands)\b/i;
/** First- and second-person rhetoric: the outlet talking to its readers, never a claim. */
const RHETORIC_RE = /\b(?:[Ww]e|[Ww]e've|[Ww]e're|[Yy]ou|[Yy]ou're|[Yy]our|[Oo]ur|us|I|[Mm]y)\b/;
const OLD_YEAR_RE = /\b(?:19\d\d|20[01]\d)\b/;


/**
 * True when a sentence in the outlet's own voice is checkable: it has a war figure (from the figures layer,
 * or a number when that layer is empty) or an event word, and no marker of opinion, question, speculation,
 * rhetoric or old background.
 */
export function isOutletClaim(doc: Readonly<Document>, sent: Span): boolean {
  opinionSet ??= phraseSet(OPINION_MARKERS);
  eventSet ??= phraseSet(EVENT_WORDS);
  const t = sent.text;
  if (/\?\s*["”]?$/.test(t)) return false;
  const words = (t.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
  if (words.length < MIN_OUTLET_WORDS) return false;
  if (t === t.toUpperCase()) return false;
  if (/["“”][^"“”]{40,}["“”]/.test(t)) return false;
  if (RHETORIC_RE.test(t)) return false;
  const hasFigure = doc.figures.length ? doc.figures.some((f) => f.start >= sent.start && f.end <= sent.end) : NUMBER_RE.test(t.replace(/\b(?:19|20)\d\d\b/g, ''));
  if (!hasFigure && OLD_YEAR_RE.test(t)) return false;
  if (!hasFigure && hasPhrase(opinionSet, words)) return false;
  return hasFigure || hasPhrase(eventSet, words);
}
