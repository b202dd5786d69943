/** @module Rejects number expressions that are not war figures: years, dates, times, durations, ages, ordinals, identifiers, pronoun "one", counts of sources, list numbers. */

import { ONE_PRONOUN_FOLLOWERS, SOURCE_NOUNS } from './data/lexicon.js';
import type { RawFigure, Tok } from './01-scan.js';

const MONTHS = /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/i;
const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|mornings?|hour-long|day-long|years-long)$/i;
const CLOCK = /^(a\.?m\.?|p\.?m\.?|am|pm|gmt|utc|o'clock|hrs)$/i;
const ID_PREFIX = /^(no|number|resolution|article|flight|route|section|chapter|page|vol|volume|paragraph|item|room|building|highway|model|version|type|class|covid|grade|level|channel|unit|line|block|apartment|phase|stage|round|game|match|episode|part|season|seat)$/i;
const OTHER_CONFLICT = /^(nazi|nazis|holocaust|wwii|ww2)$/i;
const PRE_DETERMINERS = /^(the|both|these|those|all|its|their|his|her|our)$/i;

/** Why a raw figure is not a war figure, or null when it is one. */
export function rejectReason(text: string, toks: Tok[], f: RawFigure): string | null {
  const core = toks[f.first]!;
  const prev = toks[f.first - 1];
  const prev2 = toks[f.first - 2];
  const next = toks[f.last + 1];
  const next2 = toks[f.last + 2];
  // Ordinals: "47th", "21st".
  if (next && next.kind === 'word' && next.start === toks[f.last]!.end && /^(st|nd|rd|th)$/i.test(next.text)) return 'ordinal';
  // Identifiers: "S-300", "F-16", "12P/Pons", "Su-25", "No. 5", "Resolution 2758".
  if (prev && (prev.text === '-' || prev.text === '/') && prev.end === core.start && prev2 && prev2.kind === 'word' && prev2.end === prev.start) return 'identifier';
  if (next && next.kind === 'word' && next.start === toks[f.last]!.end && !/^(k|m|mn|mln|bn|b|tn|km|mi|s)$/i.test(next.text) && core.kind === 'num') return 'identifier';
  if (next && next.text === '/' && next.start === toks[f.last]!.end) return 'identifier';
  if (prev && ID_PREFIX.test(prev.text) && core.kind === 'num') return 'identifier';
  if (prev && prev.text === '.' && prev2 && /^no$/i.test(prev2.text)) return 'identifier';
  if (prev && prev.text === '#') return 'identifier';
  // Decimal-looking versions and clock times: "10:30", "10 a.m.".
  if (next && next.text === ':' && next2?.kind === 'num') return 'time';
  if (next && CLOCK.test(next.text + (next2?.text === '.' ? '.' : ''))) return 'time';
  if (next && /^(a|p)$/i.test(next.text) && next2?.text === '.') return 'time';
  // Dates: "March 20", "20 March", "March 20, 2022".
  if (prev && MONTHS.test(prev.text) && f.unit === 'count' && !f.words) return 'date';
  if (next && MONTHS.test(next.text) && f.unit === 'count' && !f.words && f.low != null && f.low <= 31) return 'date';
  // Durations are times: "30 days", "72 hour mission", "two months".
  if (next && TIME_UNITS.test(next.text) && f.unit === 'count') return 'duration';
  if (next && next.text === '-' && next2 && TIME_UNITS.test(next2.text)) return 'duration';
  // Ages: "a 9-year-old", "Boris Romanchenko, 96,", "aged 96".
  if (next && (next.text === '-' || next.kind === 'word') && /^(year|years|yr)(-old)?$/i.test(next2?.text ?? next.text)) return 'age';
  if (next && /^(year-old|years-old|-year-old)$/i.test(next.text)) return 'age';
  if (prev && /^aged$/i.test(prev.text)) return 'age';
  if (prev && prev.text === ',' && prev2 && /^[A-Z][a-z]/.test(prev2.text) && next && (next.text === ',' || next.text === ')') && !f.words && f.unit === 'count' && f.low != null && f.low < 120 && f.modifier == null) return 'age';
  // Years: "in 2014", "since 2014", a bare four-digit number not followed by a counted noun.
  if (f.yearLike && f.low != null && f.low >= 1800 && f.low <= 2100) {
    const follow = next?.kind === 'word' ? next.lower : '';
    if (!follow || !/(s|ed|children|people|men|women|police|personnel|staff|aircraft|artillery|infantry|dead)$/.test(follow) || /^(was|has|is|as|this|its|his|hers|across|process|less|unless|press|address|access)$/.test(follow)) return 'year';
  }
  // Decades: "1990s".
  if (next && next.text === 's' && next.start === toks[f.last]!.end) return 'decade';
  // "one" as a pronoun or determiner; "the two" as a pronoun.
  if (core.lower === 'one' && f.modifier == null) {
    if (!next || next.kind !== 'word' || ONE_PRONOUN_FOLLOWERS.test(next.text)) return 'pronoun';
    if (prev && /^(no|any|every|each|someone|anyone|the|this|that|which|only)$/i.test(prev.text)) return 'pronoun';
  }
  if (f.words && prev && PRE_DETERMINERS.test(prev.text) && f.low != null && f.low <= 3 && (!next || next.kind !== 'word' || /^(of|sides|countries|leaders|men|nations|presidents|parties|sides’|were|are|had|have|met|will|would)$/i.test(next.text))) return 'pronoun';
  // Counts of the reporting sources: "three officials told AP".
  if (next && SOURCE_NOUNS.test(next.text) && /^(told|said|say|says|speaking|who|familiar|with)$/i.test(next2?.text ?? '')) return 'source-count';
  // Quantities about other wars (spec §2: unrelated subjects): "three Nazi concentration camps during World War II".
  for (let k = f.last + 1; k <= f.last + 3 && k < toks.length; k++) if (OTHER_CONFLICT.test(toks[k]!.text)) return 'other-conflict';
  // List numbers at the start of a line: "1. ", "2) ".
  if (!f.words && (core.start === 0 || text[core.start - 1] === '\n') && next && (next.text === '.' || next.text === ')') && next.start === toks[f.last]!.end) return 'list-number';
  // Bare "a quarter"/"half" without a modifier or "of" is usually idiomatic ("a quarter to five" aside).
  if (f.unit === 'percent' && f.words && f.modifier == null && next?.lower !== 'of') return 'idiom';
  return null;
}
