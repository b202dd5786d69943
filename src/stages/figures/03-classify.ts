/** @module What a figure counts (category) and about whom (about), from the counted noun phrase and its clause. */

import { ABOUT_WORDS, COUNTED_NOUNS, PEOPLE_CONTEXT } from './data/lexicon.js';
import type { RawFigure, Tok } from './01-scan.js';

/** How many tokens after a figure may hold its counted noun (`217 Russian tanks`, `25,000 demoralized Russian conscripts`). */
const NOUN_WINDOW = 5;
/** How many tokens before a figure may hold the acting side (`Russia launched 40 missiles`). */
const SUBJECT_WINDOW = 12;
/** How far (characters) around a figure context verbs are looked for. */
const CONTEXT_CHARS = 60;

const CIVILIAN_CATEGORIES = new Set(['refugees', 'displaced', 'population', 'prisoners']);
const ARMED_CATEGORIES = new Set(['troops', 'tanks', 'armored_vehicles', 'aircraft', 'drones', 'missiles', 'artillery', 'conscripts']);

function categoryOfNoun(lower: string): string | null {
  for (const [re, cat] of COUNTED_NOUNS) if (re.test(lower)) return cat;
  return null;
}

function aboutOf(lower: string): string | null {
  for (const [re, side] of ABOUT_WORDS) if (re.test(lower)) return side;
  return null;
}

/**
 * Classifies one figure.
 * @param clause The sentence (or clause) text holding the figure, for context verbs.
 * @returns `category` per spec/claims.md §2 and `about` (side or group) or null.
 */
export function classify(toks: Tok[], f: RawFigure, clause: string, clauseStart: number): { category: string; about: string | null } {
  if (f.unit === 'percent') return { category: 'percent', about: null };
  if (/^(USD|EUR|GBP|RUB|UAH)$/.test(f.unit)) return { category: 'money', about: nounAbout(toks, f, clauseStart) };
  if (f.unit === 'km' || f.unit === 'mi') return { category: 'distance', about: null };
  let category: string | null = null;
  let nounIdx = -1;
  for (let k = f.last + 1; k <= f.last + NOUN_WINDOW && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'sym' && t.text !== '-' ) break;
    if (t.kind !== 'word') continue;
    if (/^(and|or|but|who|which|that|than|in|on|at|by|from|to|with|for)$/.test(t.lower) && !(t.lower === 'of' )) {
      if (k === f.last + 1 && t.lower === 'of') continue;
      break;
    }
    const cat = categoryOfNoun(t.lower);
    if (cat) {
      category = cat;
      nounIdx = k;
      break;
    }
  }
  const clauseLower = clause.toLowerCase();
  if (category === 'people' || category == null) {
    // Generic people/numbers: the clause's verbs decide ("killing at least seven people", "have been killed").
    // The nearest context word wins: "displaced 10.5 million people, including … refugees" → displaced.
    const figStart = toks[f.first]!.start - clauseStart;
    const figEnd = toks[f.last]!.end - clauseStart;
    const lo = Math.max(0, figStart - CONTEXT_CHARS);
    const local = clauseLower.slice(lo, figEnd + CONTEXT_CHARS);
    let found: string | null = null;
    let best = Infinity;
    for (const [re, cat] of PEOPLE_CONTEXT) {
      const g = new RegExp(re.source, 'g');
      let m: RegExpExecArray | null;
      while ((m = g.exec(local))) {
        const pos = lo + m.index;
        const dist = pos >= figEnd ? pos - figEnd : Math.max(0, figStart - (pos + m[0].length));
        if (dist < best) {
          best = dist;
          found = cat;
        }
      }
    }
    category = found ?? (category === 'people' ? 'population' : 'other');
  }
  let about = nounAbout(toks, f, clauseStart, nounIdx);
  const civilian = /\bcivilians?\b/.test(clauseLower.slice(Math.max(0, toks[f.first]!.start - clauseStart - 20), toks[f.last]!.end - clauseStart + 40));
  if (!about && ARMED_CATEGORIES.has(category)) about = subjectAbout(toks, f) ?? soleSide(toks);
  if (civilian && (about === 'UA' || about === 'RU')) about = `${about}_civ`;
  else if (civilian && !about) about = 'civ';
  else if (about && (about === 'UA' || about === 'RU') && CIVILIAN_CATEGORIES.has(category)) about = `${about}_civ`;
  return { category, about };
}

function nounAbout(toks: Tok[], f: RawFigure, _clauseStart: number, nounIdx = -1): string | null {
  const end = nounIdx >= 0 ? nounIdx : Math.min(toks.length - 1, f.last + 3);
  for (let k = f.last + 1; k <= end; k++) {
    const a = aboutOf(toks[k]!.lower);
    if (a) return a;
  }
  return null;
}

function subjectAbout(toks: Tok[], f: RawFigure): string | null {
  for (let k = f.first - 1; k >= Math.max(0, f.first - SUBJECT_WINDOW); k--) {
    const t = toks[k]!;
    if (t.text === '.' || t.text === ';') break;
    const a = aboutOf(t.lower);
    if (a === 'RU' || a === 'UA') return a;
  }
  return null;
}

/** The one side (RU or UA) named in the sentence, when only one is. */
function soleSide(toks: Tok[]): string | null {
  const sides = new Set<string>();
  for (const t of toks) {
    const a = aboutOf(t.lower);
    if (a === 'RU' || a === 'UA') sides.add(a);
  }
  return sides.size === 1 ? [...sides][0]! : null;
}
