/** @module Sentence boundaries: paragraphs split on newlines, sentences on terminal punctuation not after an abbreviation. */

import type { Sentence } from '../../core/doc.js';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './data/abbreviations.js';

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = /["'“‘(\[«]/;

/** True when the word ending at `i` (exclusive, the period at `i`) is an abbreviation or an initial. */
function isAbbreviationBefore(text: string, dot: number): { abbr: boolean; title: boolean } {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return { abbr: false, title: false };
  if (/^[a-z]$/.test(word)) return { abbr: true, title: true }; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word)) return { abbr: true, title: TITLE_ABBREVIATIONS.has(word) };
  if (/^([a-z]\.)+[a-z]$/.test(word)) return { abbr: true, title: false }; // "U.S", "a.m"
  return { abbr: false, title: false };
}

/**
 * Splits `text[from, to)` into sentences.
 * @returns Sentence spans trimmed of whitespace, each with its paragraph index.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = from;
  const pushRange = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
  };
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    if (text.slice(lineStart, lineEnd).trim()) {
      splitLine(text, lineStart, lineEnd, pushRange);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, start: number, end: number, push: (s: number, e: number) => void): void {
  let sentStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Extend over repeated terminators and closing quotes/brackets.
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue; // "3.5", "U.S.-led"
    // Find the next non-space character.
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) break;
    const next = text[k]!;
    const startsLikeSentence = /[A-Z0-9]/.test(next) || OPENERS.test(next) || /\p{Lu}/u.test(next);
    if (!startsLikeSentence) continue;
    if (ch === '.' && j === i + 1) {
      const { abbr, title } = isAbbreviationBefore(text, i);
      if (title) continue; // "Gen. Sergei", "J. Smith"
      if (abbr && !/[A-Z“"‘']/.test(next)) continue; // "Jan. 5", "approx. 40"
    }
    push(sentStart, j);
    sentStart = k;
    i = k - 1;
  }
  push(sentStart, end);
}
