/** @module Compiles the pattern table once and scans a text for candidate time expressions (longest match wins). */

import {
  FUTURE_WORDS, HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, PAST_WORDS, PRESENT_WORDS, SEASONS,
  UNITS, VAGUE_QUANTITIES, WEEKDAYS,
} from './data/lexicon.js';
import { PATTERNS, type PatternKind } from './data/patterns.js';

/** A raw match of one pattern: its span and named groups. */
export interface Candidate {
  kind: PatternKind;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  /** Index of the pattern in the table (earlier wins ties). */
  rank: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Builds the word-class placeholders from the lexicon. */
function placeholders(): Record<string, string> {
  const small = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 10 && w !== 'a' && w !== 'an');
  const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const num = [
    String.raw`\d+(?:[.,]\d+)?`,
    `(?:${tens.join('|')})[- ](?:${small.join('|')})`,
    alt(VAGUE_QUANTITIES),
    alt(Object.keys(NUMBER_WORDS)),
  ].join('|');
  const units = Object.keys(UNITS).filter((u) => u !== 'century');
  return {
    MONTH: alt(Object.keys(MONTHS)),
    WEEKDAY: alt(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day'))),
    DAYNUM: String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`,
    YEAR: String.raw`(?:1[89]\d\d|20\d\d)`,
    NUM: `(?:${num})`,
    UNIT: `(?:centur(?:y|ie)|${alt(units)})`,
    POD: alt(Object.keys(PARTS_OF_DAY).filter((p) => p !== 'overnight' && p !== 'tonight')),
    SEASON: alt(Object.keys(SEASONS)),
    ORD: alt(Object.keys(ORDINALS)),
    HOLIDAY: alt(Object.keys(HOLIDAYS)),
    REF: alt([...PRESENT_WORDS, ...PAST_WORDS, ...FUTURE_WORDS]),
  };
}

/** How far before its trigger word a match may start (characters): "the end of", "more than", a weekday before a date. */
export const MAX_PREFIX = 60;

let compiled: Array<{ re: RegExp; trigger: RegExp }> | null = null;

const expand = (source: string, ph: Record<string, string>): string =>
  source.replace(/\{([A-Z]+)\}/g, (_, name: string) => {
    const v = ph[name];
    if (v === undefined) throw new Error(`unknown placeholder {${name}} in a time pattern`);
    return `(?:${v})`;
  });

/** The compiled pattern table with its triggers (built once, lazily). */
export function compiledPatterns(): Array<{ re: RegExp; trigger: RegExp }> {
  if (compiled) return compiled;
  const ph = placeholders();
  compiled = PATTERNS.map((p) => ({
    re: new RegExp(String.raw`(?<![\w'’-])(?:${expand(p.source, ph)})(?!\w|-\w)`, 'gi'),
    trigger: new RegExp(expand(p.trigger, ph), 'gi'),
  }));
  return compiled;
}

/**
 * Finds every pattern match in `text`: each pattern is tried only from shortly before each hit of its trigger.
 * @returns Raw candidates (overlapping; the caller selects).
 */
export function scan(text: string): Candidate[] {
  const all: Candidate[] = [];
  const seen = new Set<string>();
  compiledPatterns().forEach(({ re, trigger }, rank) => {
    trigger.lastIndex = 0;
    let frontier = 0;
    for (let t: RegExpExecArray | null; (t = trigger.exec(text)) !== null; ) {
      if (t[0].length === 0) trigger.lastIndex++;
      const hit = t.index;
      re.lastIndex = Math.max(frontier, hit - MAX_PREFIX);
      for (let m: RegExpExecArray | null; (m = re.exec(text)) !== null && m.index <= hit; ) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        let end = m.index + m[0].length;
        while (end > m.index && /[\s,]/.test(text[end - 1]!)) end--;
        const key = `${m.index}:${end}`;
        if (!seen.has(key + ':' + rank)) {
          seen.add(key + ':' + rank);
          all.push({ kind: PATTERNS[rank]!.kind, start: m.index, end, groups: { ...(m.groups ?? {}) }, rank });
        }
        re.lastIndex = m.index + m[0].length;
        frontier = re.lastIndex;
      }
    }
  });
  return all;
}

/** Keeps the longest candidates that do not overlap (ties: lower rank first); returns them in text order. */
export function selectLongest<T extends { start: number; end: number; rank: number }>(cands: T[]): T[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: T[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
