/** @module Step 5: document context — datelines, sports reports (tables, clubs named after places), business reports (companies), one type per name and name propagation retype mentions. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityMention } from '../../core/doc.js';
import { dataPath } from '../../core/paths.js';
import { normaliseName } from '../../kb/index.js';
import { getLexicon, isCommonWord } from './lexicon.js';
import { forEachCapWord, forEachWholeWord } from './scan.js';
import { normName, phraseKeyOf, slugOf } from './memo.js';

/** A document is a sports report when its sports-cue weight reaches this … */
export const SPORTS_MIN_WEIGHT = 6;
/** … and the cues make up at least this share of its words … */
export const SPORTS_MIN_DENSITY = 0.015;
/** … or when it has at least this many result, standings or fixture lines. */
export const SPORTS_MIN_TABLE_LINES = 2;
/** A business report needs at least this share of market words (they are common in other news too). */
export const BUSINESS_MIN_DENSITY = 0.04;
/** A sports cue of at least this weight names a sport or its jargon ("soccer", "innings", "striker") … */
export const STRONG_CUE_WEIGHT = 3;
/** … and a sports report needs this much weight from such cues and scores. */
export const SPORTS_MIN_STRONG = 5;
/** Weight of one score ("2-1", "6-4") in the sports-cue count. */
export const SCORE_WEIGHT = 2;

const DATA_DIR = dataPath('kb', 'entities');

interface ContextLists {
  countries: Set<string>;
  /** The sports and business cue tables in one: word → [sports weight, business weight]. */
  topicCues: Map<string, [number, number]>;
  /** Shortest and longest cue word (other words are only counted). */
  cueLengths: [number, number];
  /** Lower-case words before a place name that keep it a place even in a sports report ("in Barcelona"). */
  placePrepositions: Set<string>;
  /** Determiners before a place used as a modifier ("the London club", "both Rome teams"): still the place. */
  modifierDeterminers: Set<string>;
  /** Scorecard marks before a cricketer's name: caught, bowled, stumped. */
  scorecardMarks: Set<string>;
  /** Capitalised function words that never begin a club name ("The Bolton striker"). */
  clubStop: Set<string>;
  /** After a town's name, words that make it the subject of company news ("Norilsk said", "Santa Fe added 1/4"). */
  companyAfter: RegExp;
}
let lists: ContextLists | null = null;
function getLists(): ContextLists {
  if (lists) return lists;
  const rows = (file: string): string[][] =>
    readFileSync(path.join(DATA_DIR, file), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t').map((c) => c.trim()));
  const countries = new Set(rows('countries.txt').map((r) => normaliseName(r[0]!)));
  const cues = (file: string): Map<string, number> => new Map(rows(file).map((r) => [r[0]!.toLowerCase(), Number(r[1] ?? 1)] as [string, number]));
  const words = new Map(rows('context-words.tsv').map((r) => [r[0]!, r[1]!.split(/\s+/)] as [string, string[]]));
  const set = (k: string): Set<string> => new Set(words.get(k) ?? []);
  const after = (words.get('company-after') ?? []).map((w) => (w.startsWith("'") ? `['’]${w.slice(1)}` : w));
  const sportsCues = cues('sports-cues.tsv');
  const businessCues = cues('business-cues.tsv');
  const topicCues = new Map<string, [number, number]>();
  for (const [k, w] of sportsCues) topicCues.set(k, [w, 0]);
  for (const [k, w] of businessCues) topicCues.set(k, [topicCues.get(k)?.[0] ?? 0, w]);
  lists = {
    countries,
    topicCues,
    cueLengths: [Math.min(...[...topicCues.keys()].map((k) => k.length)), Math.max(...[...topicCues.keys()].map((k) => k.length))],
    placePrepositions: set('place-preposition'),
    modifierDeterminers: set('modifier-determiner'),
    scorecardMarks: set('scorecard-mark'),
    clubStop: set('club-stop'),
    companyAfter: new RegExp(`^\\s*(?:${after.join('|')})(?![\\p{L}])`, 'u'),
  };
  return lists;
}

/** A name in a table line: capitalised words, "'s", short connectors, Roman numerals; no digits. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:['’]s|\p{Lu}[\p{L}\p{M}'’.&-]*|of|de|del|la|le|do|da|am))*`;
/** Parenthesised note after a name or score: "( France )", "( Whelan 60 )". */
const NOTE = String.raw`(?:\s*\([^()]*\))?`;
/** "Villeurbanne ( France ) 9 6 3 15", "DALLAS 6 11 .353 9 1/2": a name then three or more numbers. */
const STANDINGS = new RegExp(String.raw`^(?:\d+\s*[.)]?\s+)?(${NAME})${NOTE}\s+\d+(?:\s+(?:[\d.\/:+-]+|-)){2,}\s*$`, 'du');
/** "Plymouth 4 Exeter 1", "Coventry 1 ( Whelan 60 ) Tottenham 2 ( Sheringham 27 ) .", "New Jersey 110 BOSTON 108 ( OT )". */
const RESULT = new RegExp(String.raw`^(${NAME})\s+\d+${NOTE}\s*,?\s+(${NAME})\s+\d+${NOTE}\s*\.?\s*$`, 'du');
/** "West Bromwich v Bolton", "ANAHEIM AT BUFFALO", "Lazio ( 12 ) v AS Roma ( 7 ) 1930": one fixture per comma-separated part. */
const FIXTURE = new RegExp(String.raw`(?:^|[:,]\s*)(${NAME})${NOTE}\s+(?:v|vs\.?|(AT))\s+(${NAME})(?=${NOTE}\s*(?:\d+\s*)?(?:,|$))`, 'dgu');
/** Score in running text: "2-1", "6-4" (not a range of dates: "10-20/1"). */
const SCORE = /(?<![\d.\/-])\d{1,3}-\d{1,3}(?![\d\/-])/g;
/** Characters of the words counted for the topic (cue words are ASCII): `a`–`z`, apostrophe, hyphen. */
function isCueChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39 || c === 45;
}
/** Dateline after a place: "LONDON 1996-12-06", "VAIL , Colorado 1996-12-07". */
const DATELINE_AFTER = /^\s*(?:,\s*[\p{L}. ]{2,30}\s+)?\d{4}-\d{2}-\d{2}/u;


/** An unknown single capitalised word the recogniser could only call OTHER (no demonym, no known name). */
function isUnknownSingle(e: EntityMention): boolean {
  return e.type === 'OTHER' && e.link === 'new' && e.id.startsWith('unk:other:') && !/\s|\d/.test(e.text) && !isCommonWord(normName(e.text), getLexicon());
}


/**
 * Business report: lone unknown names are companies, and a gazetteer town (not a country or a listed region) that
 * is once the subject of company news is a company everywhere in the document, save after "in", "at".
 */
function businessTypes(text: string, mentions: EntityMention[]): EntityMention[] {
  const lex = getLexicon();
  const town = (e: EntityMention): boolean => e.type === 'PLACE' && lex.phrases.get(phraseKeyOf(e.text))?.kind === 'city' && !isCountry(e);
  const companies = new Set<string>();
  for (const e of mentions) if (town(e) && getLists().companyAfter.test(text.slice(e.end, e.end + 12)) && !DATELINE_AFTER.test(text.slice(e.end, e.end + 40))) companies.add(e.text);
  return mentions.map((e) => {
    const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, e.start - 12), e.start))?.[1] ?? '';
    if (getLists().placePrepositions.has(before.toLowerCase())) return e;
    if (isUnknownSingle(e) || isLoneNewPerson(e)) return org(text, e);
    return companies.has(e.text) && town(e) ? org(text, e) : e;
  });
}

/** A dateline line: place names, then an ISO date ("ROME 1996-12-06", "DILI , East Timor 1996-12-06"). */
const DATELINE_LINE = /^[^\d]{2,60}?\s\d{4}-\d{2}-\d{2}\s*$/u;
/** A shipping route between two ports: "Dampier / Kaohsiung". */
const ROUTE_AFTER = /^\s*\/\s*\p{Lu}/u;
const ROUTE_BEFORE = /\p{L}\s*\/\s*$/u;

/** True when a slash joins the name to another capitalised name: a shipping route ("Maracaibo / Fos"). */
function inRoute(text: string, e: Span): boolean {
  return ROUTE_AFTER.test(text.slice(e.end, e.end + 4)) || ROUTE_BEFORE.test(text.slice(Math.max(0, e.start - 4), e.start));
}

function asPlace(e: EntityMention): EntityMention {
  return e.type === 'PLACE' ? e : { ...e, type: 'PLACE', id: `unk:place:${slugOf(e.text)}`, name: e.text, link: 'new' };
}

/**
 * Frames that make every name in them a place whatever the topic: the dateline ("TOKYO 1996-12-06") and shipping
 * routes ("Maracaibo / Fos"). Only names the recogniser did not link to a person or organisation are changed.
 */
function placeFrames(text: string, sentences: readonly Span[], input: EntityMention[]): EntityMention[] {
  const lines = sentences.filter((s) => s.end - s.start <= 80 && DATELINE_LINE.test(text.slice(s.start, s.end)));
  const inDateline = (e: EntityMention): boolean => lines.some((s) => e.start >= s.start && e.end <= s.end);
  let mentions = input;
  for (const s of lines) {
    // Every comma-separated part before the date is a place ("DES MOINES", "WHISTLER , British Columbia").
    const line = text.slice(s.start, s.end);
    const head = line.slice(0, line.search(/\s\d{4}-\d{2}-\d{2}/));
    const parts: Span[] = [];
    const re = /[^,]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(head)) !== null) {
      const lead = m[0].length - m[0].trimStart().length;
      const part = m[0].trim();
      if (/^\p{Lu}[\p{L}\p{M} .'’-]*$/u.test(part)) parts.push({ start: s.start + m.index + lead, end: s.start + m.index + lead + part.length });
    }
    if (!parts.length) continue;
    const keep = mentions.filter((e) => !parts.some((p) => e.start < p.end && p.start < e.end) || parts.some((p) => p.start === e.start && p.end === e.end));
    const add = parts
      .filter((p) => !keep.some((e) => e.start === p.start && e.end === p.end))
      .map((p): EntityMention => {
        const surface = text.slice(p.start, p.end);
        return { start: p.start, end: p.end, text: surface, type: 'PLACE', id: `unk:place:${slugOf(surface)}`, name: surface, side: null, role: null, link: 'new' };
      });
    if (add.length || keep.length !== mentions.length) mentions = [...keep, ...add].sort((a, b) => a.start - b.start);
  }
  return mentions.map((e) => {
    if (e.type === 'PLACE' || (e.link !== 'new' && e.type !== 'OTHER')) return e;
    if (inDateline(e)) return asPlace(e);
    if (e.type !== 'PERSON' && inRoute(text, e)) return asPlace(e);
    return e;
  });
}

/** Affiliation notes count as table lines this many at a time ("Les Ferdinand ( Newcastle )" three times is a squad list). */
export const NOTES_PER_TABLE_LINE = 2;

/**
 * Player lists name each player's club in brackets: "Robbie Fowler ( Liverpool ) , Les Ferdinand ( Newcastle )".
 * Counts the persons followed by a bracketed town (not a country), in table-line units.
 */
function affiliationNotes(text: string, mentions: EntityMention[]): number {
  let notes = 0;
  for (let i = 1; i < mentions.length; i++) {
    const e = mentions[i]!;
    const p = mentions[i - 1]!;
    if (e.type !== 'PLACE' || p.type !== 'PERSON' || isCountry(e)) continue;
    if (/^\s*\(\s*$/.test(text.slice(p.end, e.start)) && /^\s*\)/.test(text.slice(e.end, e.end + 3))) notes++;
  }
  return Math.floor(notes / NOTES_PER_TABLE_LINE);
}

/** A standings record has at least this many numbers after the name ("9 3 6 12": played, won, lost, points) … */
export const TEAM_RECORD_MIN_NUMBERS = 4;
/** … unless most of them are golf rounds ("67 69 70 68"), which a player scores. */
const GOLF_ROUND = /^(?:6\d|7\d|80)$/;

/** True when the numbers after a name read as a team's standings record rather than an athlete's marks or rounds. */
function isTeamRecord(numbers: string): boolean {
  const ns = numbers.trim().split(/\s+/).filter((x) => /^\d+$/.test(x));
  if (ns.length < TEAM_RECORD_MIN_NUMBERS) return false;
  return ns.filter((x) => GOLF_ROUND.test(x)).length * 2 < ns.length;
}

/** Most table lines one sentence counts for (a two-team result or fixture line counts twice). */
export const RESULT_LINE_WEIGHT = 2;

/** A one-word person the recogniser only guessed (from "said" after it, or a surname ending), linked to no one named in full. */
function isLoneNewPerson(e: EntityMention): boolean {
  return e.type === 'PERSON' && e.link === 'new' && !/\s/.test(e.text) && !getLexicon().firstNames.has(normName(e.text));
}

interface Span {
  start: number;
  end: number;
}

/** Result, standings and fixture names of one sentence, as absolute spans; hosts of "X AT Y" fixtures go to `venues`. */
function tableNames(text: string, s: Span, venues: Span[]): Span[] {
  const line = text.slice(s.start, s.end);
  if (!/\d|\s(?:v|vs\.?|AT)\s/.test(line)) return [];
  const out: Span[] = [];
  const take = (m: RegExpExecArray, groups: number[]): void => {
    for (const g of groups) {
      const ix = m.indices?.[g];
      if (ix) out.push({ start: s.start + ix[0], end: s.start + ix[1] });
    }
  };
  let m = RESULT.exec(line);
  if (m) {
    take(m, [1, 2]);
    return out;
  }
  m = STANDINGS.exec(line);
  if (m) {
    take(m, [1]);
    return out;
  }
  FIXTURE.lastIndex = 0;
  // "ANAHEIM AT BUFFALO": the visitors are the team, the host is named as the venue (a place).
  while ((m = FIXTURE.exec(line)) !== null) {
    take(m, m[2] ? [1] : [1, 3]);
    const host = m.indices?.[3];
    if (m[2] && host) venues.push({ start: s.start + host[0], end: s.start + host[1] });
  }
  return out;
}

/** Topic of a text read from its cue words: a sports report, a business report, or neither. */
export type Topic = 'sports' | 'business' | null;

/**
 * The topic of `text`: sports when sports words and scores make up enough of it (or it has `tableLines` result/standings
 * lines), business when market words do; the heavier wins.
 */
export function textTopic(text: string, tableLines: number): Topic {
  const {
    topicCues,
    cueLengths: [shortest, longest],
  } = getLists();
  let words = 0;
  let sports = 0;
  let business = 0;
  let strong = 0;
  // The words are the runs of cue characters in the lower-cased text (one pass, no word list built).
  const lower = text.toLowerCase();
  const len = lower.length;
  let i = 0;
  while (i < len) {
    while (i < len && !isCueChar(lower.charCodeAt(i))) i++;
    if (i >= len) break;
    let j = i + 1;
    while (j < len && isCueChar(lower.charCodeAt(j))) j++;
    words++;
    const cue = j - i >= shortest && j - i <= longest ? topicCues.get(lower.slice(i, j)) : undefined;
    if (cue) {
      sports += cue[0];
      if (cue[0] >= STRONG_CUE_WEIGHT) strong += cue[0];
      business += cue[1];
    }
    i = j;
  }
  const scores = (text.match(SCORE)?.length ?? 0) * SCORE_WEIGHT;
  sports += scores;
  strong += scores;
  // Price and shipping tables look like standings tables: they count only when some words say sport and none say markets more.
  if (tableLines >= SPORTS_MIN_TABLE_LINES && sports > 0 && sports >= business) return 'sports';
  const ok = (x: number): boolean => x >= SPORTS_MIN_WEIGHT && x >= words * SPORTS_MIN_DENSITY;
  // Words like "win", "final", "round" are common in war analysis too: a sports report also needs sport names or scores.
  if (ok(sports) && strong >= SPORTS_MIN_STRONG && sports >= business) return 'sports';
  if (ok(business) && business >= words * BUSINESS_MIN_DENSITY) return 'business';
  return null;
}

/** A place of the curated list (countries, regions, capitals, the war's places), not a gazetteer town: never a club in running text. */
function isListedPlace(e: Pick<EntityMention, 'text'>): boolean {
  return getLexicon().phrases.get(phraseKeyOf(e.text))?.kind === 'place';
}

function isCountry(e: Pick<EntityMention, 'name' | 'text'>): boolean {
  const { countries } = getLists();
  return countries.has(normName(e.name)) || countries.has(normName(e.text));
}

function org(text: string, s: Span): EntityMention {
  const surface = text.slice(s.start, s.end);
  return { start: s.start, end: s.end, text: surface, type: 'ORG', id: `unk:org:${slugOf(surface)}`, name: surface, side: null, role: null, link: 'new' };
}

/**
 * Retypes mentions from document context, in order:
 * 1. Datelines ("ROME 1996-12-06") and shipping routes ("Dampier / Kaohsiung") name places.
 * 2. The topic (sports, business or neither) is read from weighted cue words, scores and table lines.
 * 3. Sports: the names of result, standings and fixture lines are teams (ORG; a country stays PLACE as its national
 *    side, a named person stays PERSON, the host of "X AT Y" stays the venue); a gazetteer town in running text
 *    stands for its club unless a preposition ("in", "at") or a modifier use ("the London club") makes it the place;
 *    a lone unknown name is a scorer when a minute or scorecard mark goes with it, else a club; "Real" + "Madrid" join.
 * 4. Business: lone unknown names are companies, and so is a town that is the subject of company news.
 * 5. Every topic: an unknown name takes the type most unknown mentions of the same text in the document have.
 * 6. Every topic: words left out that are written elsewhere as a known one-word name or a titled / given-named person's
 *    surname take that name's type ("CAMPESE" in the headline of a report on David Campese, "Major said").
 * 7. Every topic: an unknown word typed OTHER by default takes the type of a name it is coordinated with ("Bre-X and
 *    Barrick", "Flachau , Austria"), and any typed reading of a word outvotes its default OTHER readings.
 * 8. Every topic: a bracketed acronym after a name ("National Alliance ( AN )") is that name everywhere in the text.
 * 9. Every topic: a one-word place or organisation that is the surname of a person named in full is that person
 *    ("Bill Jordan" … "Jordan said"), save after a place preposition.
 * 10. Sports: where country-noted names ("Ye Zhaoying ( China )") are mostly persons, unknown noted names are athletes.
 * 11. Every topic: an unknown name between two persons of a list is a person; a country with a Roman numeral
 *    ("Italy I") is a numbered crew (ORG); the ports of a shipping route stay places even in a sports report.
 * Nothing changes for names linked to the knowledge base other than places. Cost: about 0.15 ms per 4 KB.
 * @returns A new list, sorted by start, never overlapping.
 */
export function applyDocumentContext(text: string, sentences: readonly Span[], input: EntityMention[]): EntityMention[] {
  let mentions = input;
  const tables: Span[] = [];
  const venues: Span[] = [];
  let tableLines = 0;
  for (const s of sentences) {
    const names = tableNames(text, s, venues);
    if (names.length) {
      // A result line names two teams with their scores ("Plymouth 4 Exeter 1"): it counts as two table lines.
      tableLines += Math.min(names.length, RESULT_LINE_WEIGHT);
      tables.push(...names);
    }
  }
  mentions = placeFrames(text, sentences, mentions);
  tableLines += affiliationNotes(text, mentions);
  const topic = textTopic(text, tableLines);
  if (topic === 'business') return finishNames(text, harmonise(text, coordinatedTypes(text, businessTypes(text, mentions))));
  if (topic !== 'sports') return finishNames(text, harmonise(text, coordinatedTypes(text, mentions)));
  let out = mentions;
  if (tables.length) {
    const add: EntityMention[] = [];
    const drop = new Set<EntityMention>();
    for (const t of tables) {
      const over = out.filter((e) => e.start < t.end && t.start < e.end);
      const exact = over.length === 1 && over[0]!.start === t.start && over[0]!.end === t.end ? over[0]! : null;
      if (exact && (exact.type === 'ORG' || exact.type === 'GROUP')) continue;
      if (exact && exact.type === 'PERSON' && (exact.link !== 'new' || getLexicon().firstNames.has(normName(exact.text).split(' ')[0]!))) continue;
      // An athlete with a country note: "Minna Karhu ( Finland ) 24.05".
      const note = /^\s*\(([^()]*)\)((?:[ \t]+[\d.\/:+-]+)*)/.exec(text.slice(t.end, t.end + 80));
      if (note && isCountry({ name: note[1]!.trim(), text: note[1]!.trim() }) && !isTeamRecord(note[2]!)) continue;
      if (exact && exact.type === 'PLACE' && isCountry(exact)) continue;
      if (!exact && isCountry({ name: text.slice(t.start, t.end), text: text.slice(t.start, t.end) })) continue;
      for (const e of over) drop.add(e);
      add.push(org(text, t));
    }
    if (add.length) out = [...out.filter((e) => !drop.has(e)), ...add].sort((a, b) => a.start - b.start);
  }
  const keys = (list: Span[]): Set<string> => new Set(list.map((t) => `${t.start}:${t.end}`));
  const tableKeys = keys(tables);
  const venueKeys = keys(venues);
  const typed = out.map((e): EntityMention => {
    const key = `${e.start}:${e.end}`;
    if (tableKeys.has(key) || venueKeys.has(key)) return e;
    const single = isUnknownSingle(e);
    if (!single && (e.type !== 'PLACE' || isCountry(e) || isListedPlace(e))) return e;
    const after = text.slice(e.end, e.end + 4);
    const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, e.start - 12), e.start))?.[1] ?? '';
    if (getLists().placePrepositions.has(before.toLowerCase())) return single ? asPlace(e) : e;
    // A dateline ("LONDON 1996-12-06", "VAIL , Colorado 1996-12-07") names the place of filing.
    if (DATELINE_AFTER.test(text.slice(e.end, e.end + 40))) return asPlace(e);
    // A shipping route ("Dampier / Kaohsiung") joins ports, whatever the topic.
    if (inRoute(text, e)) return asPlace(e);
    // A scorer or cricketer: "( Ferguson 34 , …", "c Healy b Moody", "R. Ponting".
    if ((/^\s+\d/.test(after) && (before === '(' || before === ',')) || getLists().scorecardMarks.has(before) || /^\p{Lu}\.$/u.test(before)) {
      return { ...e, type: 'PERSON', id: `unk:person:${slugOf(e.text)}`, name: e.text, link: 'new' };
    }
    if (single) return org(text, e);
    if (getLists().modifierDeterminers.has(before.toLowerCase()) && /^\s+\p{Ll}/u.test(text.slice(e.end, e.end + 3))) return e;
    return org(text, e);
  });
  return finishNames(text, harmonise(text, coordinatedTypes(text, notedAthletes(text, joinClubNames(text, typed)))));
}

/** A bracketed country note right after a name, and the numbers after it: "( Taiwan )", "( Norway ) 23.92". */
const COUNTRY_NOTE = /^\s*\(([^()]*)\)((?:[ \t]+[\d.\/:+-]+)*)/;
/** Persons with a country note that make a sports report's country notes mark athletes. */
export const NOTED_ATHLETES_MIN = 2;

/**
 * One reading per document for country notes: where the names followed by a bracketed country ("Ye Zhaoying ( China )")
 * are mostly persons, an unknown name with such a note (not a standings record) is an athlete too ("Fung Permadi
 * ( Taiwan )", "Meiluawati ( Indonesia )"), not the club the sports report would otherwise make of it.
 */
function notedAthletes(text: string, list: EntityMention[]): EntityMention[] {
  const noted = (e: EntityMention): boolean => {
    const m = COUNTRY_NOTE.exec(text.slice(e.end, e.end + 80));
    return !!m && isCountry({ name: m[1]!.trim(), text: m[1]!.trim() }) && !isTeamRecord(m[2]!);
  };
  let persons = 0;
  let others = 0;
  for (const e of list) {
    if (!noted(e)) continue;
    if (e.type === 'PERSON') persons++;
    else if (e.link !== 'new' || !e.id.startsWith('unk:')) others++;
  }
  if (persons < NOTED_ATHLETES_MIN || persons <= others) return list;
  return list.map((e) => {
    if (e.type === 'PERSON' || e.type === 'PLACE' || e.link !== 'new' || !e.id.startsWith('unk:') || !noted(e)) return e;
    const last = normName(e.text.slice(e.text.lastIndexOf(' ') + 1));
    if (getLexicon().orgHeads.has(last)) return e;
    return { ...e, type: 'PERSON', id: `unk:person:${slugOf(e.text)}`, name: e.text };
  });
}

/** The document-wide name steps that end every topic: numbered national crews, acronyms defined in brackets, name propagation, surnames. */
function finishNames(text: string, list: EntityMention[]): EntityMention[] {
  return inheritSurnames(text, propagateNames(text, definedAcronyms(text, numberedCrews(text, listedPersons(text, list)))));
}

/** What separates the names of a list of players: commas, semicolons, dashes, squad numbers and scores, "and". */
const LIST_GAP = /^[\s,;:\d.\/=–-]*(?:\band\b[\s,;:\d.\/=–-]*)?$/u;

/**
 * A name in a list between two persons is a person ("Jimmy Adams , Junior Murray , Nixon McLean", "8 - Ronny Wabia ;
 * 11 - Bima Sakti ; 12 - Chris Yarangga"): an unknown name that only the default rules made an organisation or an
 * OTHER takes the type of both its neighbours when nothing but list punctuation, numbers or "and" separates them.
 */
function listedPersons(text: string, list: EntityMention[]): EntityMention[] {
  return list.map((e, i) => {
    if ((e.type !== 'ORG' && e.type !== 'OTHER') || e.link !== 'new' || !e.id.startsWith('unk:') || e.text === e.text.toUpperCase()) return e;
    if (getLexicon().orgHeads.has(normName(e.text.slice(e.text.lastIndexOf(' ') + 1)))) return e;
    const prev = list[i - 1];
    const next = list[i + 1];
    if (prev?.type !== 'PERSON' || next?.type !== 'PERSON') return e;
    if (!LIST_GAP.test(text.slice(prev.end, e.start)) || !LIST_GAP.test(text.slice(e.end, next.start))) return e;
    return { ...e, type: 'PERSON', id: `unk:person:${slugOf(e.text)}`, name: e.text };
  });
}

/**
 * A Roman numeral after a country's name ("Italy I", "USA III"), then punctuation, a number, a possessive or the end:
 * a national team's numbered crew or sled. "I" followed by a word ("Britain I think") is left alone.
 */
const CREW_NUMBER = /^ (IV|I{1,3})(?![\p{L}\p{N}])(?=[ \t]*(?:$|\n|[(),.\/:;]|\d|['’]s(?!\p{L})))/u;

/** Numbered national crews ("Canada I , represented by …", "2. Italy I ( Guenther Huber , …)") are teams (ORG). */
function numberedCrews(text: string, list: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    const m = e.type === 'PLACE' && isCountry(e) ? CREW_NUMBER.exec(text.slice(e.end, e.end + 6)) : null;
    if (!m) {
      out.push(e);
      continue;
    }
    const end = e.end + m[0].length;
    while (i + 1 < list.length && list[i + 1]!.start < end) i++;
    out.push(org(text, { start: e.start, end }));
  }
  return out;
}

/** Longest acronym taken from a bracketed definition. */
export const DEFINED_ACRONYM_MAX = 8;
/** "National Alliance ( AN )", "Liberation Tigers of Tamil Eelam ( LTTE )": an upper-case acronym in brackets right after a name. */
/** Characters after a name searched for its bracketed acronym (brackets, spaces and dots included). */
const ACRONYM_WINDOW = 3 * DEFINED_ACRONYM_MAX;
const BRACKET_ACRONYM = new RegExp(`^\\s*\\(\\s*(\\p{Lu}(?:\\.?\\p{Lu}){1,${DEFINED_ACRONYM_MAX - 1}}\\.?)\\s*\\)`, 'u');

/** True when the letters of `acronym` are the initials of the name's capitalised words, in any order (foreign word order: "Alleanza Nazionale" is AN). */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '').split('').sort().join('');
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .sort()
    .join('');
  return letters.length >= 2 && letters === initials;
}

/**
 * Acronyms defined in the text: a name followed by its initials in brackets ("National Alliance ( AN )") lends its type
 * to every mention of the acronym in the document that nothing covers ("AN leader Gianfranco Fini", "quitting AN 's").
 */
function definedAcronyms(text: string, list: EntityMention[]): EntityMention[] {
  const defs = new Map<string, EntityMention>();
  for (const e of list) {
    if (e.type === 'PERSON' || e.id.startsWith('nationality:') || !/\s/.test(e.text)) continue;
    const open = text.indexOf('(', e.end);
    if (open < 0 || open >= e.end + ACRONYM_WINDOW) continue; // no bracket in reach
    const m = BRACKET_ACRONYM.exec(text.slice(e.end, e.end + ACRONYM_WINDOW));
    if (m && abbreviates(m[1]!, e.text) && !defs.has(m[1]!)) defs.set(m[1]!, e);
  }
  if (!defs.size) return list;
  const add: EntityMention[] = [];
  for (const [acr, src] of defs) {
    forEachWholeWord(text, acr, (start) => {
      const end = start + acr.length;
      if (list.some((e) => e.start < end && start < e.end) || add.some((e) => e.start < end && start < e.end)) return;
      const type = src.type;
      add.push({ start, end, text: acr, type, id: `unk:${type.toLowerCase()}:${slugOf(acr)}`, name: src.name, side: src.side, role: null, link: 'coref' });
    });
  }
  if (!add.length) return list;
  return [...list, ...add].sort((a, b) => a.start - b.start);
}

/** A person named in full who lends the document his surname: known to the knowledge base, titled, or given-named. */
function lendsSurname(e: EntityMention): boolean {
  if (e.type !== 'PERSON' || !/\s/.test(e.text)) return false;
  return e.link !== 'new' || !!e.role || getLexicon().firstNames.has(normName(e.text.slice(0, e.text.indexOf(' '))));
}

/**
 * One name, one referent per document: a single word read as a place, organisation or other name that is elsewhere in
 * the document the surname of a person named in full ("Bill Jordan , general secretary …" then "Jordan said",
 * "Tony Marlow" then "Marlow told") is that person — save after a place preposition ("in Jordan").
 */
function inheritSurnames(text: string, list: EntityMention[]): EntityMention[] {
  const lenders = new Map<string, EntityMention>();
  for (const e of list) {
    if (!lendsSurname(e)) continue;
    const last = e.text.slice(e.text.lastIndexOf(' ') + 1);
    if (last.length >= PROPAGATE_MIN_LETTERS && /^\p{Lu}/u.test(last) && !lenders.has(last.toLowerCase())) lenders.set(last.toLowerCase(), e);
  }
  if (!lenders.size) return list;
  return list.map((e) => {
    if (e.type === 'PERSON' || e.type === 'GROUP' || /\s/.test(e.text) || e.id.startsWith('nationality:')) return e;
    const src = lenders.get(e.text.toLowerCase());
    if (!src) return e;
    const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, e.start - 12), e.start))?.[1] ?? '';
    if (getLists().placePrepositions.has(before.toLowerCase())) return e;
    return { ...e, type: 'PERSON', id: src.id, name: src.name, side: src.side, role: src.role, link: src.link === 'new' ? 'new' : 'coref' };
  });
}

/** What joins two coordinated names: "X and Y", "X or Y", "X , Y". */
const COORDINATION = /^\s*(?:,\s*)?(?:and|or|&)?\s*$/;

/**
 * Coordinated names are of one kind: an unknown single word that nothing typed (OTHER by default) takes the type of a
 * person, organisation or place it is coordinated with ("talks between Bre-X and Barrick", "Labour and National").
 */
function coordinatedTypes(text: string, list: EntityMention[]): EntityMention[] {
  const typed = (e: EntityMention | undefined): e is EntityMention => !!e && (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'PLACE') && !isUnknownSingle(e);
  return list.map((e, i) => {
    if (!isUnknownSingle(e)) return e;
    const prev = list[i - 1];
    const next = list[i + 1];
    const gapBefore = prev ? text.slice(prev.end, e.start) : '';
    const gapAfter = next ? text.slice(e.end, next.start) : '';
    // A comma alone joins a place to the region or country after it ("Flachau , Austria"); "and" / "or" join any kind.
    const joins = (gap: string, o: EntityMention): boolean => COORDINATION.test(gap) && /\S/.test(gap) && (/[\p{L}&]/u.test(gap) || o.type === 'PLACE');
    const joinedTo = typed(next) && joins(gapAfter, next) ? next : typed(prev) && joins(gapBefore, prev) ? prev : null;
    if (!joinedTo) return e;
    return joinedTo.type === 'ORG' ? org(text, e) : { ...e, type: joinedTo.type, id: `unk:${joinedTo.type.toLowerCase()}:${slugOf(e.text)}` };
  });
}

/** Shortest word taken up by {@link propagateNames}. */
export const PROPAGATE_MIN_LETTERS = 3;

/**
 * One name, one reading per document, for words the recogniser left out: a capitalised word that nothing covers and
 * that is written elsewhere in the document as a one-word known name (or person), or as the surname of a person named
 * with a title or a given name, takes that name's type — headline words ("CAMPESE SIGNS OFF", "HAVEL PRAISES ALBRIGHT") and surnames that are also ranks or
 * common words ("Major said", "Snow said"). A word in title case right before another capitalised word is left alone ("Major General").
 */
function propagateNames(text: string, list: EntityMention[]): EntityMention[] {
  const names = new Map<string, EntityMention>();
  for (const e of list) {
    if (!/\s/.test(e.text)) {
      // An unknown organisation lends its name only when the word is no common word ("Bre-X", not "Bowling").
      if (e.link === 'new' && e.type !== 'PERSON' && !(e.type === 'ORG' && !isCommonWord(normName(e.text), getLexicon()))) continue;
      if (!names.has(e.text.toLowerCase())) names.set(e.text.toLowerCase(), e);
    } else if (e.type === 'PERSON' && (e.link !== 'new' || e.role || getLexicon().firstNames.has(normName(e.text.slice(0, e.text.indexOf(' ')))))) {
      // Only a person known to the knowledge base, titled ("President Vaclav Havel") or named with a given name lends its surname.
      const last = e.text.slice(e.text.lastIndexOf(' ') + 1);
      if (/^\p{Lu}/u.test(last) && !names.has(last.toLowerCase())) names.set(last.toLowerCase(), e);
    }
  }
  if (!names.size) return list;
  const add: EntityMention[] = [];
  let k = 0;
  forEachCapWord(text, (start, end) => {
    if (end - start < PROPAGATE_MIN_LETTERS) return;
    while (k < list.length && list[k]!.end <= start) k++;
    if (k < list.length && list[k]!.start < end) return; // covered
    const word = text.slice(start, end);
    const src = names.get(word.toLowerCase());
    if (!src) return;
    // An unknown organisation's name is taken up only as written: "Standings" in a table does not make "STANDINGS" a name.
    if (src.link === 'new' && src.type === 'ORG' && src.text !== word) return;
    // A common word in a headline ("WORLD CUP STANDINGS") is a headline word, whatever person it shares a name with.
    if (word === word.toUpperCase() && isCommonWord(word.toLowerCase(), getLexicon())) return;
    if (word !== word.toUpperCase() && /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) return;
    add.push({ ...src, start, end, text: word, link: src.link === 'new' ? 'new' : 'coref' });
  });
  if (!add.length) return list;
  return [...list, ...add].sort((a, b) => a.start - b.start);
}

/**
 * One name, one type per document: an unknown name ("new" link) takes the type most unknown mentions written the
 * same way in the document have (names linked to the knowledge base or a gazetteer keep theirs).
 */
function harmonise(text: string, list: EntityMention[]): EntityMention[] {
  const votes = new Map<string, Map<EntityMention['type'], number>>();
  for (const e of list) {
    if (e.link !== 'new') continue;
    const v = votes.get(e.text) ?? new Map<EntityMention['type'], number>();
    v.set(e.type, (v.get(e.type) ?? 0) + 1);
    votes.set(e.text, v);
  }
  return list.map((e) => {
    const v = votes.get(e.text);
    if (e.link !== 'new' || !v || v.size < 2) return e;
    // OTHER is what an unknown single word falls back to when nothing types it: any typed reading of it outvotes it.
    if (isUnknownSingle(e)) {
      let typed: EntityMention['type'] | null = null;
      for (const [t, n] of v) if (t !== 'OTHER' && (!typed || n > v.get(typed)!)) typed = t;
      if (typed) return typed === 'ORG' ? org(text, e) : { ...e, type: typed, id: `unk:${typed.toLowerCase()}:${slugOf(e.text)}` };
    }
    let best = e.type;
    for (const [t, n] of v) if (n > v.get(best)!) best = t;
    if (best === e.type) return e;
    return best === 'ORG' ? org(text, e) : { ...e, type: best, id: `unk:${best.toLowerCase()}:${slugOf(e.text)}` };
  });
}

/** A word that can stand beside a place in a club name: "Real", "PSV", "1860", "Wednesday", "BAY". */
const CLUB_WORD = /^(?:\p{Lu}[\p{L}'’.&-]*|1[89]\d\d)$/u;


/**
 * Joins a club named after a place with the capitalised word before it ("Real Madrid", "PSV Eindhoven") or the
 * organisation or place mention right before it ("AC Milan", "NY RANGERS"). Words after it are not taken: they are
 * too often a weekday, a headline word or the next club of a list.
 */
function joinClubNames(text: string, list: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < list.length; i++) {
    let e = list[i]!;
    if (e.type === 'ORG' && e.id.startsWith('unk:org:')) {
      let start = e.start;
      const end = e.end;
      const prev = out[out.length - 1];
      const gapL = /(?:^|[ \t])(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 24), start));
      if (prev && prev.end === start - 1 && text[prev.end] === ' ' && (prev.type === 'ORG' || prev.type === 'PLACE') && !isCountry(prev) && CLUB_WORD.test(prev.text)) {
        start = prev.start;
        out.pop();
      } else if (gapL && CLUB_WORD.test(gapL[1]!) && !getLists().clubStop.has(gapL[1]!.toLowerCase()) && !(prev && prev.end > start - gapL[0].length)) {
        start -= gapL[0].trimStart().length;
        if (getLexicon().firstNames.has(normName(gapL[1]!))) {
          // A given name before it: a player ("Ron Ellis"), not a club.
          const surface = text.slice(start, end);
          out.push({ ...e, start, end, text: surface, type: 'PERSON', id: `unk:person:${slugOf(surface)}`, name: surface, link: 'new' });
          continue;
        }
      }
      if (start !== e.start || end !== e.end) e = org(text, { start, end });
    }
    out.push(e);
  }
  return out;
}
