/** @module Turns a pattern match into a TIMEX3 type, value and mod, relative to the reference date (past-leaning for news). */

import type { TimeMention } from '../../core/doc.js';
import {
  addDays, addMonths, daysBetween, fmtDay, fmtMonth, fmtWeek, isValidDay, nthWeekdayOfMonth, quarterOf, weekday, type Day,
} from './02-calendar.js';
import type { Candidate } from './03-match.js';
import {
  AMBIGUOUS_MONTHS, COUNT_NOUNS, FUTURE_WORDS, HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, PAST_WORDS,
  SEASONS, UNITS, WEEKDAYS,
} from './data/lexicon.js';

/** Years further than this after the reference year are not taken as years. */
export const MAX_FUTURE_YEARS = 30;

/** The normalised part of a mention. */
export type Normalised = Pick<TimeMention, 'value' | 'type' | 'mod'> & {
  /** Characters to drop from the start of the match (a determiner that belongs to the following noun). */
  trimStart?: number;
};

/** Per-document state carried across mentions (the last quarter named, for "a year earlier" in earnings reports). */
export interface DocState {
  lastQuarter: { y: number; q: number; at: number } | null;
}

/** Everything a normaliser needs besides the match. */
export interface NormContext {
  text: string;
  ref: Day | null;
  state: DocState;
}

const FUTURE_CUE_RE = /\b(?:will|shall|won't|plans?\s+to|planning\s+to|planned\s+for|scheduled|is\s+due|are\s+due|due\s+to|expected|is\s+to|are\s+to|going\s+to|intends?\s+to|set\s+to|upcoming|next|from\s+now|coming|would|hopes?\s+to|aims?\s+to|as\s+(?:soon|early)\s+as|between\s+now\s+and|is\s+likely\s+to)\b|'ll\b/gi;
const PAST_CUE_RE = /\b(?:said|says|told|announced|reported|claimed|stated|added|noted|wrote|was|were|had|did|has|have|last|ago|earlier|since|began|began|took|came|went|met|left|fell|saw|won|lost|made|held|gave|began|killed|struck)\b/gi;
/** Lower-case words in -ed are past forms, except these. */
const ED_WORD_RE = /\b(?!(?:need|speed|seed|bed|red|shed|feed|hundred|indeed|proceed|succeed|exceed|scheduled|expected|planned|intended|based|concerned|interested|supposed|used|tired|armed|related|united|advanced|detailed|limited|unprecedented|alleged|wounded|injured)\b)[a-z]{2,}ed\b/g;
/** Prepositions right before the expression that lean it to the future or the past (weak cues). */
const FUTURE_PREP_RE = /\b(?:by|until|till|through|effective|before)\s+$/i;
/** Prepositional cues right before the expression count as this far away. */
const PREP_CUE_DISTANCE = 0;
/** How far around an expression tense cues are searched (characters, within the sentence). */
export const TENSE_WINDOW = 70;

/** The tense of the clause around an expression: the nearest future or past cue decides; null when there is none. */
export function tenseAt(text: string, start: number, end: number): 'future' | 'past' | null {
  let before = text.slice(Math.max(0, start - TENSE_WINDOW), start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('`'), before.lastIndexOf('“'));
  if (stop >= 0) before = before.slice(stop + 1);
  let after = text.slice(end, end + TENSE_WINDOW);
  const stopA = after.search(/[.?!]\s|\n|''|”|[;:]/);
  if (stopA >= 0) after = after.slice(0, stopA);
  let future = FUTURE_PREP_RE.test(before) ? PREP_CUE_DISTANCE : Infinity;
  let past = Infinity;
  const scanCues = (s: string, isBefore: boolean) => {
    const fut: Array<[number, number]> = [];
    for (const m of s.matchAll(FUTURE_CUE_RE)) {
      fut.push([m.index, m.index + m[0].length]);
      const d = isBefore ? s.length - (m.index + m[0].length) : m.index;
      future = Math.min(future, d);
    }
    for (const re of [PAST_CUE_RE, ED_WORD_RE]) {
      for (const m of s.matchAll(re)) {
        if (fut.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
        const d = isBefore ? s.length - (m.index + m[0].length) : m.index;
        past = Math.min(past, d);
      }
    }
  };
  scanCues(before, true);
  scanCues(after, false);
  if (future === Infinity && past === Infinity) return null;
  return future <= past ? 'future' : 'past';
}

/** True when the clause around the expression is about the future. */
export function isFutureContext(text: string, start: number, end: number): boolean {
  return tenseAt(text, start, end) === 'future';
}

const FUTURE_SET = new Set(FUTURE_WORDS.map((w) => w.toLowerCase()));
const PAST_SET = new Set(PAST_WORDS.map((w) => w.toLowerCase()));
const COUNT_NOUN_RE = new RegExp(String.raw`^[\s-]*(?:[a-z]+\s+)?(?:${COUNT_NOUNS.join('|')})\b`, 'i');

const MOD_WORDS: Readonly<Record<string, string>> = {
  early: 'START', late: 'END', mid: 'MID', 'the end of': 'END', 'the beginning of': 'START', 'the start of': 'START',
  'the middle of': 'MID', 'the first half of': 'START', 'the second half of': 'END', 'the latter half of': 'END',
  'the turn of': 'START', around: 'APPROX', about: 'APPROX', approximately: 'APPROX', circa: 'APPROX', before: 'BEFORE',
  after: 'AFTER', 'by the end of': 'END', 'more than': 'MORE_THAN', over: 'MORE_THAN', 'just over': 'MORE_THAN',
  'less than': 'LESS_THAN', under: 'LESS_THAN', 'just under': 'LESS_THAN', nearly: 'LESS_THAN', almost: 'LESS_THAN',
  barely: 'LESS_THAN', some: 'APPROX', roughly: 'APPROX', 'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS', 'shortly after': 'AFTER', 'just after': 'AFTER', 'shortly before': 'BEFORE', 'just before': 'BEFORE',
};

const norm = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
const modOf = (s: string | undefined): string | undefined => (s ? MOD_WORDS[norm(s).replace(/-$/, '')] : undefined);
const isCapitalised = (s: string | undefined): boolean => !!s && /^[A-Z]/.test(s);
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Parses a number word, compound ("twenty-four") or digits; `X` for vague quantities; null when not a number. */
export function parseNumber(s: string | undefined): number | 'X' | null {
  const t = norm(s);
  if (!t) return null;
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, '')); // "1,000 days"
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  if (/^(?:a\s+)?couple(?:\s+of)?$/.test(t)) return 2;
  const parts = t.split(/[- ]/);
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  return 'X';
}

/** A duration value `P3M`, `PT5H`, `PXD` for `n` of `unit`. */
export function durationValue(n: number | 'X', unit: string): string | null {
  const u = UNITS[unit];
  if (!u) return null;
  const count = n === 'X' ? 'X' : String(Math.round(n * (u.factor ?? 1) * 100) / 100);
  return u.time ? `PT${count}${u.letter}` : `P${count}${u.letter}`;
}

const unitOf = (s: string | undefined): string => {
  const t = norm(s).replace(/-/g, '');
  if (t.startsWith('centur')) return 'century';
  return t.endsWith('s') && !(t in UNITS) ? t.slice(0, -1) : t;
};

/** Without a tense cue, a date after the reference date costs this many times more than one before it. */
export const FUTURE_PENALTY = 1.5;
/** With a tense cue, a date on the other side of the reference date costs this many times more (cues are fallible). */
export const AGAINST_TENSE_PENALTY = 4;
/** In a past context a date may still lie this many days after the reference date (late updates, time zones). */
export const PAST_GRACE_DAYS = 1;
/** "a year ago" means the same quarter a year back when a quarter was named this close before (characters). */
export const QUARTER_CONTEXT_CHARS = 800;

/** Picks among last, this and next year the one whose offset from the reference suits the tense (past-leaning). */
function pickYear(ref: Day, offsetOf: (y: number) => number, tense: 'future' | 'past' | null, grace: number): number {
  let best = ref.y;
  let bestCost = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const diff = offsetOf(y);
    let cost: number;
    if (tense === 'past') cost = diff <= grace ? Math.abs(diff) : diff * AGAINST_TENSE_PENALTY;
    else if (tense === 'future') cost = diff >= -grace ? Math.abs(diff) : -diff * AGAINST_TENSE_PENALTY;
    else cost = diff > 0 ? diff * FUTURE_PENALTY : -diff;
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

/** Picks the year for a month-day without a year. */
function inferYear(ref: Day, m: number, d: number, tense: 'future' | 'past' | null): number {
  return pickYear(ref, (y) => daysBetween(ref, { y, m, d: Math.min(d, 28) === d || isValidDay(y, m, d) ? d : 28 }), tense, PAST_GRACE_DAYS);
}

/** Picks the year for a month name without a year. */
function inferMonthYear(ref: Day, m: number, tense: 'future' | 'past' | null): number {
  return pickYear(ref, (y) => (y - ref.y) * 12 + (m - ref.m), tense, 0);
}

/** -1, 0 or +1 for "last", "this", "next" (year). */
const yearShift = (rel: string | undefined): number => (norm(rel) === 'last' ? -1 : norm(rel) === 'next' ? 1 : 0);

/** Month abbreviations ("Jan", "Sept") as opposed to full names. */
const isAbbreviation = (key: string): boolean => key.length <= 4 && !['may', 'june', 'july'].includes(key);

const SPOKEN_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SPOKEN_TEENS: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };

/** "nineteen ninety-six" → 1996, "two thousand and one" → 2001. */
export function spokenYear(s: string): number | null {
  const w = norm(s).split(/[- ]+/).filter((x) => x !== 'and');
  if (w[0] === 'two' && w[1] === 'thousand') return 2000 + (w[2] ? (NUMBER_WORDS[w[2]] ?? SPOKEN_TEENS[w[2]] ?? 0) : 0);
  const century = w[0] === 'nineteen' ? 1900 : w[0] === 'twenty' ? 2000 : null;
  if (century === null || !w[1]) return null;
  const rest = SPOKEN_TEENS[w[1]] ?? (SPOKEN_TENS[w[1]] !== undefined ? SPOKEN_TENS[w[1]]! + (w[2] ? NUMBER_WORDS[w[2]] ?? 0 : 0) : null);
  return rest === null ? null : century + rest;
}

const seasonIndex = (code: string): number => ['SP', 'SU', 'FA', 'WI'].indexOf(code);
const seasonOfMonth = (m: number): number => (m === 12 || m <= 2 ? 3 : m <= 5 ? 0 : m <= 8 ? 1 : 2);

/** The most recently completed quarter before the reference date (what "the quarter" means in an earnings report). */
function latestQuarter(ref: Day): { y: number; q: number } {
  const back = addDays(ref, -45);
  return { y: back.y, q: quarterOf(back.m) };
}

/** Resolves a weekday relative to the reference date. */
function resolveWeekday(ref: Day, wd: number, rel: string, future: boolean): Day {
  const cur = weekday(ref);
  if (rel === 'last' || rel === 'past') return addDays(ref, -(((cur - wd + 7) % 7) || 7));
  if (rel === 'next' || rel === 'coming' || rel === 'this' && wd >= cur && future) return addDays(ref, ((wd - cur + 7) % 7) || 7);
  if (future) return addDays(ref, (wd - cur + 7) % 7);
  return addDays(ref, -((cur - wd + 7) % 7));
}

/**
 * Normalises one candidate.
 * @returns The type, value and mod, or null when the match is not a time expression after all (May the verb, an age, a count).
 */
export function normalise(c: Candidate, ctx: NormContext): Normalised | null {
  const g = c.groups;
  const { text, ref } = ctx;
  const matched = text.slice(c.start, c.end);
  const tense = () => tenseAt(text, c.start, c.end);
  const future = (): boolean => tense() === 'future';
  const after = text.slice(c.end, c.end + 40);
  const before = text.slice(Math.max(0, c.start - 20), c.start);
  switch (c.kind) {
    case 'date': {
      if (!isCapitalised(g.month)) return null;
      const m = MONTHS[norm(g.month)]!;
      const d = parseInt(g.day!, 10);
      const mod = modOf(g.mod);
      if (g.weekday && !isCapitalised(g.weekday)) return null;
      if (g.year || (g.yrel && ref)) {
        const y = g.year ? Number(g.year) : ref!.y + yearShift(g.yrel);
        if (!isValidDay(y, m, d)) return null;
        return { type: 'DATE', value: fmtDay({ y, m, d }), ...(mod ? { mod } : {}) };
      }
      if (!isValidDay(2000, m, d)) return null;
      // "May 5" needs no guard; a bare number after "March" could be a count ("March 2 miles") but that is rare.
      const y = ref ? inferYear(ref, m, d, tense()) : null;
      return { type: 'DATE', value: y === null ? `XXXX-${pad2(m)}-${pad2(d)}` : fmtDay({ y, m, d }), ...(mod ? { mod } : {}) };
    }
    case 'numeric-date': {
      let y: number, m: number, d: number;
      if (g.iy) [y, m, d] = [Number(g.iy), Number(g.im), Number(g.id)];
      else {
        const a = Number(g.a), b = Number(g.b);
        y = Number(g.c);
        if (g.sep === '.' || a > 12) [d, m] = [a, b];
        else [m, d] = [a, b];
      }
      if (!isValidDay(y, m, d)) return null;
      return { type: 'DATE', value: fmtDay({ y, m, d }) };
    }
    case 'month': {
      if (!isCapitalised(g.month)) return null;
      const key = norm(g.month);
      const m = MONTHS[key]!;
      const rel = norm(g.rel);
      const mod = modOf(g.mod);
      if (AMBIGUOUS_MONTHS.has(key) && !g.year && !rel && !g.mod) {
        // "May" the modal, "March" the noun/verb: a month only after a preposition that takes dates.
        if (!/\b(?:in|since|until|till|by|from|during|through|to|of|early|late|mid|last|next|this|before|after|between|and|or|,)\s*$/i.test(before)) return null;
        if (key === 'may' && /^\s+(?:be|have|not|also|still|well|soon|need|help|want|come|go|take|make|continue|face|lose|use|get|see|seem)\b/i.test(after)) return null;
        if (key === 'march' && /^\s+(?:on|to|toward|towards|through|in|from|against)\b/i.test(after) && !/\b(?:in|since|until|by|during)\s*$/i.test(before)) return null;
      }
      if (/^\.?\s*\d/.test(after) && !g.year) return null; // "March 2,000" and the like are figures
      if (isAbbreviation(key) && !g.year && !g.yrel && !matched.endsWith('.')) return null; // "Jan Kavan": an abbreviation needs its dot
      let y: number | null = g.year ? Number(g.year) : g.yrel && ref ? ref.y + yearShift(g.yrel) : null;
      if (y === null && ref) {
        if (rel === 'last' || rel === 'past' || rel === 'previous') y = m < ref.m ? ref.y : ref.y - 1;
        else if (rel === 'next' || rel === 'coming') y = m > ref.m ? ref.y : ref.y + 1;
        else if (rel === 'this') y = ref.y;
        else y = inferMonthYear(ref, m, tense());
      }
      if (y === null) return { type: 'DATE', value: `XXXX-${pad2(m)}`, ...(mod ? { mod } : {}) };
      return { type: 'DATE', value: fmtMonth(y, m), ...(mod ? { mod } : {}) };
    }
    case 'year': {
      const mod = modOf(g.mod);
      if (g.spoken) {
        const y = spokenYear(g.spoken);
        return y === null ? null : { type: 'DATE', value: String(y) };
      }
      if (g.cent) {
        const n = /^\d/.test(g.cent) ? parseInt(g.cent, 10) : norm(g.cent) === 'nineteenth' ? 19 : norm(g.cent) === 'twentieth' ? 20 : 21;
        return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
      }
      if (g.decade) {
        const dec = g.decade.startsWith("'") ? (Number(g.decade.slice(1)) <= 20 ? 200 + Number(g.decade[1]) : 190 + Number(g.decade[1])) : Number(g.decade.slice(0, 3));
        return { type: 'DATE', value: String(dec), ...(mod ? { mod } : {}) };
      }
      const y = Number(g.year);
      if (ref && y > ref.y + MAX_FUTURE_YEARS) return null;
      if (COUNT_NOUN_RE.test(after)) return null;
      if (/(?:[$€£#№]|\bNo\.?|\bno\.|\bpage|\bflight|\bresolution|\broute|\bnumber)\s*$/i.test(before)) return null;
      if (/^\s*(?:[-–]\s*\d|[:/]\d)/.test(after)) return null;
      return { type: 'DATE', value: String(y), ...(mod ? { mod } : {}) };
    }
    case 'weekday': {
      if (!isCapitalised(g.weekday)) return null;
      const wd = WEEKDAYS[norm(g.weekday)]!;
      const rel = norm(g.rel);
      const pod = g.pod ? PARTS_OF_DAY[norm(g.pod)] : undefined;
      const mod = rel === 'early' ? 'START' : rel === 'late' ? 'END' : undefined;
      if (!ref) {
        const fut = rel === 'next' || rel === 'coming' || (rel !== 'last' && future());
        return { type: 'DATE', value: fut ? 'FUTURE_REF' : 'PAST_REF' };
      }
      const day = resolveWeekday(ref, wd, rel, future());
      return pod ? { type: 'TIME', value: `${fmtDay(day)}${pod}` } : { type: 'DATE', value: fmtDay(day), ...(mod ? { mod } : {}) };
    }
    case 'deictic': {
      const deix = norm(g.deix);
      const pod = deix === 'tonight' ? 'TNI' : g.pod ? PARTS_OF_DAY[norm(g.pod)] : undefined;
      const offset = deix === 'yesterday' ? -1 : deix === 'tomorrow' ? 1 : 0;
      const mod = norm(g.mod) === 'early' ? 'START' : norm(g.mod) === 'late' ? 'END' : undefined;
      if (!ref) return { type: 'DATE', value: offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
      // Non-literal "today" ("today's world", "today's youth") is the present, not a day (spec §4).
      if (deix === 'today' && !pod && /^['’]s\s+(?!(?:meeting|talks|attack|strike|session|vote|summit|decision|announcement|statement|briefing|report|game|match|election|ruling|hearing|speech)\b)[a-z]/.test(after)) return { type: 'DATE', value: 'PRESENT_REF' };
      const day = fmtDay(addDays(ref, offset));
      return pod ? { type: 'TIME', value: day + pod } : { type: 'DATE', value: day, ...(mod ? { mod } : {}) };
    }
    case 'part-of-day': {
      if (g.over) return ref ? { type: 'TIME', value: `${fmtDay(addDays(ref, -1))}TNI` } : { type: 'TIME', value: 'PAST_REF' };
      const rel = norm(g.rel);
      const podWord = norm(g.pod);
      const pod = PARTS_OF_DAY[podWord]!;
      const offset = rel.endsWith('last') && podWord === 'night' ? -1 : rel.endsWith('last') ? -1 : 0;
      if (!ref) return { type: 'TIME', value: offset < 0 ? 'PAST_REF' : 'PRESENT_REF' };
      return { type: 'TIME', value: `${fmtDay(addDays(ref, offset))}${pod}` };
    }
    case 'season': {
      const code = SEASONS[norm(g.season)]!;
      const rel = norm(g.rel).replace(/-$/, '');
      if (/^\s+of\s+(?!\d)/i.test(after) && !g.year) return null; // "the fall of Mariupol"
      if (norm(g.season) === 'fall' && !rel) return null;
      const mod = rel === 'early' ? 'START' : rel === 'late' ? 'END' : rel === 'mid' ? 'MID' : undefined;
      let y: number | null = g.year ? Number(g.year) : null;
      if (y === null && ref) {
        // Seasons in order within a season-year: SP SU FA WI (winter is labelled with the year it begins in).
        const s = seasonIndex(code);
        const curIdx = seasonOfMonth(ref.m);
        const curYear = ref.m <= 2 ? ref.y - 1 : ref.y;
        if (rel === 'last' || rel === 'past') y = s < curIdx ? curYear : curYear - 1;
        else if (rel === 'next' || rel === 'coming') y = s > curIdx ? curYear : curYear + 1;
        else y = curYear;
      }
      return { type: 'DATE', value: y === null ? (rel === 'last' ? 'PAST_REF' : rel === 'next' ? 'FUTURE_REF' : `XXXX-${code}`) : `${y}-${code}`, ...(mod ? { mod } : {}) };
    }
    case 'quarter': {
      let q: number;
      let y: number | null = g.year ? Number(g.year) : null;
      if (g.pyear) {
        // "the 1988 period" in an earnings report: the quarter under discussion, in that year.
        const lq = ctx.state.lastQuarter;
        return { type: 'DATE', value: lq && c.start - lq.at <= QUARTER_CONTEXT_CHARS ? `${g.pyear}-Q${lq.q}` : g.pyear };
      }
      if (g.qnum) q = Number(g.qnum[1]);
      else if (g.ord) {
        const o = ORDINALS[norm(g.ord)]!;
        q = o < 0 ? 4 : o;
        if (q > 4) return null;
        if (y === null && g.qyear) y = Number(g.qyear);
        if (y === null && ref && (g.yrel || g.qyrel)) y = ref.y + yearShift(g.yrel ?? g.qyrel);
        if (y === null && ref) y = (q - 1) * 3 + 1 > ref.m && tense() !== 'future' ? ref.y - 1 : ref.y; // a quarter not yet begun: last year's
      } else {
        const rel = g.qthe ? 'the' : norm(g.qrel);
        if (!ref) return { type: 'DATE', value: 'PAST_REF' };
        const base = ctx.state.lastQuarter ?? latestQuarter(ref);
        if (rel === 'current') ({ y, q } = { y: ref.y, q: quarterOf(ref.m) });
        else if (/^(?:year-earlier|year-ago|prior-year)$/.test(rel)) return { type: 'DATE', value: `${base.y - 1}-Q${base.q}` };
        else if (rel === 'the' || rel === 'same') ({ y, q } = base);
        else ({ y, q } = latestQuarter(ref));
      }
      if (y === null) return { type: 'DATE', value: `XXXX-Q${q}` };
      if (!ref || y >= ref.y - 1) ctx.state.lastQuarter = { y, q, at: c.start };
      return { type: 'DATE', value: `${y}-Q${q}` };
    }
    case 'holiday': {
      if (!isCapitalised(matched)) return null;
      const md = HOLIDAYS[norm(g.holiday)]!;
      if (md === 'thanksgiving') {
        if (!ref) return { type: 'DATE', value: 'XXXX-11' };
        let day = nthWeekdayOfMonth(ref.y, 11, 4, 4);
        if (daysBetween(ref, day) > 0 && tense() !== 'future') day = nthWeekdayOfMonth(ref.y - 1, 11, 4, 4);
        return { type: 'DATE', value: fmtDay(day) };
      }
      const [m, d] = md.split('-').map(Number) as [number, number];
      const y = ref ? inferYear(ref, m, d, tense()) : null;
      return { type: 'DATE', value: y === null ? `XXXX-${md}` : `${y}-${md}` };
    }
    case 'relative': {
      if (g.unit2) {
        if (!ref) return { type: 'DATE', value: 'PAST_REF' };
        const wd = weekday(ref);
        const day = wd <= 4 && !future() ? addDays(ref, -7) : wd <= 4 ? ref : ref;
        return { type: 'DATE', value: `${fmtWeek(day)}-WE` };
      }
      if (g.ye) return ref ? { type: 'DATE', value: norm(g.ye).startsWith('month') ? fmtMonth(ref.y, ref.m) : String(ref.y), mod: 'END' } : { type: 'DATE', value: 'PRESENT_REF' };
      const rel = norm(g.rel);
      const unit = norm(g.unit);
      const edge = norm(g.edge).replace(/-$/, '');
      const mod = edge === 'earlier' || edge === 'later' || edge === 'the rest of' ? undefined : modOf(edge);
      const dir = rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' || rel === 'following' ? 1 : 0;
      const withMod = (value: string): Normalised => ({ type: 'DATE', value, ...(mod ? { mod } : {}) });
      if (!ref) return withMod(dir < 0 ? 'PAST_REF' : dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
      switch (unit) {
        case 'week': return withMod(fmtWeek(addDays(ref, 7 * dir)));
        case 'weekend': return withMod(`${fmtWeek(addDays(ref, 7 * dir))}-WE`);
        case 'fortnight': return withMod(fmtWeek(addDays(ref, 14 * dir)));
        case 'month': { const t = addMonths(ref.y, ref.m, dir); return withMod(fmtMonth(t.y, t.m)); }
        case 'year': return withMod(String(ref.y + dir));
        case 'decade': return withMod(String(Math.floor(ref.y / 10) + dir));
        case 'century': return withMod(String(Math.floor(ref.y / 100) + dir).padStart(2, '0'));
        default: return null;
      }
    }
    case 'ago': {
      const n = g.num === undefined ? 'X' : parseNumber(g.num);
      const unit = unitOf(g.unit);
      if (g.num === undefined && !/s$/i.test(g.unit ?? '')) return null; // "year ago" without a number
      const dirWord = norm(g.dir);
      const agoMod = modOf(g.dmod);
      const sign = dirWord === 'from now' || dirWord === 'hence' ? 1 : -1;
      if (n === null || !UNITS[unit]) return null;
      if (!ref || n === 'X') return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      const k = Math.round(n) * sign;
      switch (unit) {
        case 'second': case 'minute': case 'hour': case 'day': case 'night': return { type: 'DATE', value: fmtDay(unit === 'day' || unit === 'night' ? addDays(ref, k) : ref) };
        case 'week': case 'fortnight': return { type: 'DATE', value: fmtWeek(addDays(ref, 7 * k * (unit === 'fortnight' ? 2 : 1))) };
        case 'month': { const t = addMonths(ref.y, ref.m, k); return { type: 'DATE', value: fmtMonth(t.y, t.m) }; }
        case 'year': {
          const lq = ctx.state.lastQuarter;
          if (lq && c.start - lq.at <= QUARTER_CONTEXT_CHARS && n === 1) return { type: 'DATE', value: `${lq.y + k}-Q${lq.q}` };
          return { type: 'DATE', value: String(ref.y + k), ...(agoMod ? { mod: agoMod } : {}) };
        }
        case 'decade': return { type: 'DATE', value: String(ref.y + 10 * k), ...(agoMod ? { mod: agoMod } : {}) };
        case 'quarter': { const t = addMonths(ref.y, ref.m, 3 * k); return { type: 'DATE', value: `${t.y}-Q${quarterOf(t.m)}` }; }
        default: return null;
      }
    }
    case 'duration': {
      if (g.recent) return { type: 'DATE', value: 'PAST_REF' };
      if (g.bare) return { type: 'DURATION', value: durationValue('X', unitOf(g.bare)) ?? 'PXY' };
      const unit = unitOf(g.unit);
      if (unit === 'weekend') return null;
      // "the next day", "the following week": a date anchored on an event, not a duration — unless "over/for … the next year".
      if (g.num === undefined && /^(?:next|following|previous)$/i.test(g.drel ?? '') && !/\b(?:over|for|during|within|in|throughout)\s+$/i.test(before)) return null;
      const n = g.num === undefined ? 1 : parseNumber(g.num);
      if (n === null) return null;
      if (/^[\s-]*(?:old|of\s+age)\b/i.test(after)) return null; // ages: "96 years old"
      if (unit === 'quarter' && /^\s+of\b/i.test(after)) return null; // "a quarter of the troops"
      if (unit === 'second' && /^(?:a|an)$/i.test(norm(g.num))) return null; // "a second time"
      const plural = new RegExp(`${g.unit ?? ''}s\\b`, 'i').test(matched);
      if (typeof n === 'number' && (n > 5000 || (n >= 1000 && !plural))) return null; // "the 1988 quarter"
      const value = durationValue(n, unit);
      if (!value) return null;
      const mod = modOf(g.dmod);
      // "the 30-day ceasefire": "the" belongs to the noun, not to the adjectival duration.
      const trimStart = g.the && !g.drel && !g.dmod && new RegExp(`-${g.unit ?? ''}`, 'i').test(matched) ? matched.indexOf(g.the) + g.the.length + 1 : undefined;
      return { type: 'DURATION', value, ...(mod ? { mod } : {}), ...(trimStart ? { trimStart } : {}) };
    }
    case 'set': {
      if (g.adv) {
        const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W', quarterly: 'P3M' };
        return { type: 'SET', value: v[norm(g.adv)] ?? 'P1D' };
      }
      const u = norm(g.unit).replace(/s$/, '');
      if (u in WEEKDAYS) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[u]}` };
      if (u in PARTS_OF_DAY) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[u]!.slice(1)}` };
      const unit = unitOf(g.unit);
      const n = g.num ? parseNumber(g.num) : g.other ? 2 : 1;
      const value = n === null ? null : durationValue(n, unit);
      return value ? { type: 'SET', value } : null;
    }
    case 'clock': {
      let h: number, mi: number;
      if (g.noon) [h, mi] = norm(g.noon) === 'midnight' ? [24, 0] : [12, 0];
      else {
        h = Number(g.h);
        mi = g.mi ? Number(g.mi) : 0;
        const ap = norm(g.ap).replace(/\./g, '');
        if (ap) {
          if (h < 1 || h > 12) return null;
          if (ap === 'pm' && h < 12) h += 12;
          if (ap === 'am' && h === 12) h = 0;
        } else if (!g.tz && !/\b(?:at|from|until|till|by|around|before|after|since)\s*$/i.test(before)) return null;
      }
      const tz = norm(g.tz);
      const z = tz === 'gmt' || tz === 'utc' ? 'Z' : '';
      const mod = modOf(g.cmod);
      let day: string | null = ref ? fmtDay(ref) : null;
      if (g.cmonth && isCapitalised(g.cmonth)) {
        const m = MONTHS[norm(g.cmonth)]!, d = parseInt(g.cdaynum!, 10);
        if (isValidDay(2000, m, d)) day = ref ? fmtDay({ y: inferYear(ref, m, d, tense()), m, d }) : `XXXX-${pad2(m)}-${pad2(d)}`;
      } else if (g.cday && ref) {
        const cd = norm(g.cday);
        day = cd in WEEKDAYS ? fmtDay(resolveWeekday(ref, WEEKDAYS[cd]!, '', future())) : fmtDay(addDays(ref, cd === 'yesterday' ? -1 : cd === 'tomorrow' ? 1 : 0));
      }
      return { type: 'TIME', value: `${day ?? 'XXXX-XX-XX'}T${pad2(h)}:${pad2(mi)}${z}`, ...(mod ? { mod } : {}) };
    }
    case 'ref': {
      const w = norm(g.ref);
      if (w === 'the future' && /^\s+of\b/i.test(after)) return null;
      if (w === 'the past' && /^\s+of\b/i.test(after)) return null;
      const value = FUTURE_SET.has(w) ? 'FUTURE_REF' : PAST_SET.has(w) ? 'PAST_REF' : 'PRESENT_REF';
      return { type: 'DATE', value };
    }
    default:
      return null;
  }
}
