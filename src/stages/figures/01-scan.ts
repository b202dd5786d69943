/** @module Finds number expressions (digits, words, vague plurals, fractions) with their modifiers, ranges and units. */

import {
  CURRENCY_SYMBOLS,
  FRACTION_WORDS,
  MODIFIERS,
  NUMBER_WORDS,
  SCALE_WORDS,
  UNIT_WORDS,
  VAGUE_QUANTITIES,
  VERBAL_MIN_BOUNDS,
  type ModifierKind,
} from './data/lexicon.js';

/** A token of the figure scanner: `[start, end)` into the text, lower-cased form in `lower`. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'num' | 'word' | 'sym';
}

const TOKEN_RE = /US\$|\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)*|[^\sA-Za-z\d]/g;

/** Splits text into scanner tokens. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < to) {
    const t = m[0];
    const kind = /^\d/.test(t) ? 'num' : /^[A-Za-z]/.test(t) ? 'word' : 'sym';
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), kind });
  }
  return out;
}

/** A number expression found by the scanner, before classification. */
export interface RawFigure {
  start: number;
  end: number;
  /** Token index range `[first, last]` of the number core (without modifier). */
  first: number;
  last: number;
  low: number | null;
  high: number | null;
  approx: boolean;
  unit: string;
  /** True when the number is written in words (`five`, `a dozen`). */
  words: boolean;
  /** True when the core is a plain four-digit integer that could be a year. */
  yearLike: boolean;
  modifier: ModifierKind | null;
}

interface Core {
  last: number;
  value: number | null;
  low?: number;
  high?: number;
  vague?: boolean;
  words: boolean;
  percent?: boolean;
}

function parseWordNumber(lower: string): number | null {
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower]!;
  const parts = lower.split('-');
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) {
    const tens = NUMBER_WORDS[parts[0]!]!;
    const unit = NUMBER_WORDS[parts[1]!]!;
    if (tens >= 20 && tens % 10 === 0 && unit < 10) return tens + unit;
  }
  return null;
}

const BIG_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);
const LETTER_SCALES = new Set(['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn']);

/** Reads a scale after token `i` (adjacent letter scale `4m`, or a word `million`), returning the new last index and factor. */
function readScale(toks: Tok[], i: number): { last: number; factor: number } | null {
  const next = toks[i + 1];
  if (!next || next.kind !== 'word') return null;
  if (LETTER_SCALES.has(next.lower) && next.start === toks[i]!.end) return { last: i + 1, factor: SCALE_WORDS[next.lower]! };
  if (BIG_SCALES.has(next.lower)) {
    let factor = SCALE_WORDS[next.lower]!;
    let last = i + 1;
    const after = toks[i + 2];
    if (next.lower === 'hundred' && after && (after.lower === 'thousand' || after.lower === 'million')) {
      factor *= SCALE_WORDS[after.lower]!;
      last = i + 2;
    }
    return { last, factor };
  }
  return null;
}

/** Parses the number core starting at token `i`, or null. */
function parseCore(toks: Tok[], i: number): Core | null {
  const t = toks[i]!;
  if (t.kind === 'num') {
    const value = Number(t.text.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
    const scale = readScale(toks, i);
    if (scale) return { last: scale.last, value: value * scale.factor, words: false };
    return { last: i, value, words: false };
  }
  if (t.kind !== 'word') return null;
  for (const vq of VAGUE_QUANTITIES) {
    if (vq.words.every((w, k) => toks[i + k]?.lower === w)) {
      return { last: i + vq.words.length - 1, value: null, low: vq.low, high: vq.high, vague: true, words: true };
    }
  }
  if (t.lower === 'half' && toks[i + 1]?.lower === 'a' && toks[i + 2] && BIG_SCALES.has(toks[i + 2]!.lower)) {
    return { last: i + 2, value: 0.5 * SCALE_WORDS[toks[i + 2]!.lower]!, words: true };
  }
  if (t.lower === 'a' || t.lower === 'an') {
    const next = toks[i + 1];
    if (!next) return null;
    if (next.lower === 'dozen') return { last: i + 1, value: 12, words: true };
    if (BIG_SCALES.has(next.lower)) return { last: i + 1, value: SCALE_WORDS[next.lower]!, words: true };
    if (next.lower in FRACTION_WORDS && next.lower !== 'half') return { last: i + 1, value: FRACTION_WORDS[next.lower]!, words: true, percent: true };
    return null;
  }
  if (t.lower === 'half' || t.lower === 'two-thirds' || t.lower === 'three-quarters') {
    return { last: i, value: FRACTION_WORDS[t.lower]!, words: true, percent: true };
  }
  let value = parseWordNumber(t.lower);
  if (value == null) return null;
  let last = i;
  // "one hundred and fifty", "three dozen", "five thousand"
  if (toks[last + 1]?.lower === 'dozen') return { last: last + 1, value: value * 12, words: true };
  if (toks[last + 1]?.lower === 'hundred') {
    value *= 100;
    last++;
    if (toks[last + 1]?.lower === 'and' && toks[last + 2] && parseWordNumber(toks[last + 2]!.lower) != null) {
      value += parseWordNumber(toks[last + 2]!.lower)!;
      last += 2;
    }
  }
  const scale = readScale(toks, last);
  if (scale && !LETTER_SCALES.has(toks[last + 1]!.lower)) {
    value *= scale.factor;
    last = scale.last;
  }
  return { last, value, words: true };
}

const MODIFIER_RE = new RegExp(
  `(?:^|[^A-Za-z])(${[...MODIFIERS].sort((a, b) => b.words.length - a.words.length).map((m) => m.words.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\s+$`,
  'i',
);
const MODIFIER_KIND = new Map(MODIFIERS.map((m) => [m.words.replace(/\s+/g, ' '), m.kind]));
const VERBAL_RE = new RegExp(`(?:^|[^A-Za-z])(${VERBAL_MIN_BOUNDS.join('|')})\\s+$`, 'i');

/** Scans `text[from, to)` for number expressions. */
export function scanNumbers(text: string, toks: Tok[]): RawFigure[] {
  const out: RawFigure[] = [];
  for (let i = 0; i < toks.length; i++) {
    const core = parseCore(toks, i);
    if (!core) continue;
    const first = i;
    let last = core.last;
    let low: number | null = core.vague ? core.low! : core.value;
    let high: number | null = core.vague ? core.high! : core.value;
    let approx = !!core.vague;
    let unit = core.percent ? 'percent' : 'count';
    let spanStart = toks[first]!.start;
    // Currency symbol right before the number.
    const prev = toks[first - 1];
    if (prev && prev.kind === 'sym' && prev.text in CURRENCY_SYMBOLS && prev.end >= toks[first]!.start - 1) {
      unit = CURRENCY_SYMBOLS[prev.text]!;
      spanStart = prev.start;
    } else if (prev && prev.text === 'US$') {
      unit = 'USD';
      spanStart = prev.start;
    }
    // Ranges: "70,000-80,000", "50 to 100", "between 70,000 and 80,000", "from 50 bombs to 100 bombs".
    const rangeEnd = readRange(toks, last, core);
    if (rangeEnd) {
      high = rangeEnd.value;
      last = rangeEnd.last;
      if (low != null && high != null && high < low) [low, high] = [high, low];
    }
    // Units after the number.
    const u1 = toks[last + 1];
    if (u1) {
      const two = u1.lower + ' ' + (toks[last + 2]?.lower ?? '');
      if (two === 'per cent') {
        unit = 'percent';
        last += 2;
      } else if (u1.lower in UNIT_WORDS && !(u1.lower === 'times' && core.words && !rangeEnd && low === 1)) {
        const isAdjacentOrWord = u1.kind === 'word' || u1.start === toks[last]!.end;
        if (isAdjacentOrWord && !(u1.lower === 'mi' && u1.start !== toks[last]!.end)) {
          unit = UNIT_WORDS[u1.lower]!;
          last += 1;
        }
      }
    }
    // "or so" / "or more" after the number.
    if (toks[last + 1]?.lower === 'or' && toks[last + 2]?.lower === 'so') {
      approx = true;
      last += 2;
    } else if (toks[last + 1]?.lower === 'or' && toks[last + 2]?.lower === 'more') {
      high = null;
      last += 2;
    }
    // Modifier before the number (spec bounds table).
    let modifier: ModifierKind | null = null;
    const before = text.slice(Math.max(0, spanStart - 30), spanStart);
    const mm = MODIFIER_RE.exec(before);
    if (mm) {
      const phrase = mm[1]!.toLowerCase().replace(/\s+/g, ' ');
      modifier = MODIFIER_KIND.get(phrase) ?? null;
      spanStart = findModifierStart(text, spanStart, mm[1]!);
    } else if (VERBAL_RE.test(before)) {
      modifier = 'min';
    }
    if (modifier && !rangeEnd && !core.vague) {
      if (modifier === 'min') high = null;
      else if (modifier === 'max') low = null;
      else if (modifier === 'approx') approx = true;
      else if (modifier === 'approx-max') {
        low = null;
        approx = true;
      }
    } else if (modifier && core.vague && modifier === 'min') {
      high = null;
    }
    const end = toks[last]!.end;
    const yearLike = !core.words && core.last === i && /^\d{4}$/.test(toks[i]!.text) && unit === 'count' && !rangeEnd;
    out.push({ start: spanStart, end, first, last, low, high, approx, unit, words: core.words, yearLike, modifier });
    i = last;
  }
  return out;
}

function findModifierStart(text: string, numberStart: number, phrase: string): number {
  const window = text.slice(Math.max(0, numberStart - 30), numberStart);
  const idx = window.toLowerCase().lastIndexOf(phrase.toLowerCase());
  return idx >= 0 ? numberStart - window.length + idx : numberStart;
}

function readRange(toks: Tok[], last: number, core: Core): { last: number; value: number | null } | null {
  if (core.vague) return null;
  const sep = toks[last + 1];
  if (!sep) return null;
  const tryNumberAt = (j: number) => {
    const c = toks[j] ? parseCore(toks, j) : null;
    return c && !c.vague && c.value != null && !c.percent ? c : null;
  };
  if ((sep.text === '-' || sep.text === '–') && sep.start === toks[last]!.end) {
    const c = tryNumberAt(last + 2);
    if (c && toks[last + 2]!.start === sep.end) return { last: c.last, value: c.value };
  }
  const firstTok = toks[last]!;
  const prevWord = toks.slice(0, last + 1).reverse().find((t, k) => k > 0 && t.kind === 'word');
  if (sep.lower === 'to' || (sep.lower === 'and' && prevWord?.lower === 'between')) {
    const c = tryNumberAt(last + 2);
    if (c && !(sep.lower === 'to' && firstTok.kind === 'num' && /^\d{4}$/.test(firstTok.text))) return { last: c.last, value: c.value };
  }
  // "from 50 bombs to 100 bombs": one counted noun between the two numbers.
  const before = toks.slice(Math.max(0, last - 3), last).map((t) => t.lower);
  if (before.includes('from') && toks[last + 1]?.kind === 'word' && toks[last + 2]?.lower === 'to') {
    const c = tryNumberAt(last + 3);
    if (c && toks[last + 3 + (c.last - (last + 3)) + 1]?.lower === toks[last + 1]!.lower) return { last: c.last, value: c.value };
  }
  return null;
}
