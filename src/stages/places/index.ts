/** @module Places stage: toponyms found with the GeoNames-based gazetteer and resolved from the story's context. */

import type { Document, PlaceMention, Span } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import { countyRows, findCandidates, type Candidate } from './01-candidates.js';
import { prior, resolveAll, styleVotes, textA1Votes, toMention, type OutletContext, type ResolveInput } from './02-resolve.js';
import { getGazetteer, type GazEntry } from './gazetteer.js';
import { outletPrior } from './outlet.js';
import { normaliseKey } from './normalise.js';
import { COUNTY_HEADS, INHABITANT_SUFFIXES, PLACE_HEADS, REGION_HEADS } from './data/lexicon.js';

export { buildGazetteer } from './build-gazetteer.js';
export { getGazetteer } from './gazetteer.js';
export { haversineKm } from './02-resolve.js';
export { outletPrior } from './outlet.js';

/** The outlet context of a document's URL or domain, or null when it has none (then nothing changes). */
function outletContext(source: string | null | undefined): OutletContext | null {
  const prior = outletPrior(source, getGazetteer());
  return prior && (prior.places.length || prior.country) ? prior : null;
}

/** Entity types whose spans block places inside them (persons; media and companies are handled by name rules). */
const BLOCKING_TYPES = new Set(['PERSON']);

function finish(text: string, cands: readonly Candidate[], outlet: OutletContext | null): PlaceMention[] {
  const gaz = getGazetteer();
  const { picks, anchor } = resolveAll(cands, undefined, undefined, outlet);
  const out: PlaceMention[] = [];
  cands.forEach((c, i) => {
    const pick = picks[i];
    if (c.head === 'county' && !pick) {
      const e = anchor;
      if (e) out.push(toMention(c, { ...e, name: c.text, geonameid: null } as GazEntry, gaz, 'district'));
      return;
    }
    if (!pick) return;
    out.push(toMention(c, pick, gaz, c.head === 'place' && /district|raion|hromada/i.test(c.text) ? 'district' : undefined));
  });
  void text;
  return out;
}

/**
 * Finds and resolves the places in a text.
 * @param text Document text.
 * @param sentences Optional sentence spans (sentence-initial checks).
 * @param blocked Optional spans (e.g. PERSON entities) inside which nothing is tagged.
 * @param source Optional URL or domain of the document: the outlet's home is weak context (see outlet.ts).
 */
export function findPlaces(text: string, sentences: Document['sentences'] = [], blocked: readonly Span[] = [], source: string | null = null): PlaceMention[] {
  return finish(text, findCandidates(text, getGazetteer(), sentences, blocked), outletContext(source));
}

/** A short capitalised abbreviation (`Kan.`, `Calif`, `N.L.`, `TX`). */
const ABBREVIATION = /^(?:[A-Z][a-z]{0,4}\.?|[A-Z]\.(?: ?[A-Z]\.)+|[A-Z]{2})$/;

function qualifierRegion(text: string): GazEntry[] {
  const gaz = getGazetteer();
  const a1 = gaz.qualifiers.get(text) ?? gaz.qualifiers.get(text.replace(/\.$/, '')) ?? gaz.qualifiers.get(`${text}.`);
  const region = a1 ? gaz.admin1.get(a1) : undefined;
  return a1 && region ? (gaz.byKey.get(normaliseKey(region)) ?? []).filter((e) => e.a1 === a1) : [];
}

/** A region known bare only by its stem joins a name's referents when none of them is a place this big. */
export const STEM_REGION_OVER_POP = 100_000;
/** A demonym given as a toponym names its country unless a place at least this big bears the word. */
export const DEMONYM_OVER_POP = 100_000;
/** The abbreviated county head (`Platte Co.`), as a normalised last word. */
const COUNTY_ABBREVIATION = 'co';
/** First-level region of a `Parish` (Louisiana's counties). */
const PARISH_A1 = 'US.LA';
const PARISH = /parish(?:es)?$/i;
/** Characters after a name searched for a plural county head it is coordinated with. */
const COORDINATION_WINDOW = 80;
const COORDINATED_COUNTY = /^(?:(?:,\s*|,?\s+(?:and|or|&)\s+)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)*,?\s+(?:(?:and|or|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?\s+)?(?:counties|parishes|Counties|Parishes)\b/u;
/** A plural county head right after a name, with no list before it. */
const LONE_COUNTIES = /^\s+(?:counties|parishes|Counties|Parishes)\b/u;
/** What ends the text before the last name of a list (`Barrow and` Jackson counties), within LIST_BEFORE_CHARS. */
const LIST_BEFORE = /(?:,|\band|\bor|&)\s*$/u;
const LIST_BEFORE_CHARS = 8;
/** County mentions farther than this (in characters) from every resolved place fall back to the story's anchor. */
export const COUNTY_NEAR_CHARS = 300;
/** The same for other names without a referent (`Zamalek`, `Twin Lakes`). */
export const UNKNOWN_NEAR_CHARS = 100;

/**
 * A name without a referent of its own (a county, an unknown local name): the populated place resolved nearest to it
 * in the text, within `within` characters (counties are named beside their towns), else the story's anchor.
 */
function nearestResolved(spans: readonly Span[], inputs: readonly ResolveInput[], picks: ReadonlyArray<GazEntry | null>, i: number, anchor: GazEntry | null, within: number): GazEntry | null {
  let bestEntry: GazEntry | null = null;
  let bestGap = within;
  const s = spans[i]!;
  spans.forEach((o, j) => {
    const p = picks[j];
    if (j === i || !p || inputs[j]!.head === 'county' || !POPULATED_KINDS.has(p.kind)) return;
    const gap = o.start >= s.end ? o.start - s.end : s.start - o.end;
    if (gap >= 0 && gap < bestGap) [bestEntry, bestGap] = [p, gap];
  });
  return bestEntry ?? anchor;
}

const POPULATED_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'district']);
/** Gazetteer kind of a US county row. */
const COUNTY_KIND = 'county';

/** A place named by its inhabitants must be a region or country, or a populated place at least this big. */
export const INHABITANT_MIN_POP = 100_000;

/** Referents of an inhabitant name (`Ohioans`), for given spans without entries of their own. */
function inhabitantsOf(key: string): GazEntry[] {
  const gaz = getGazetteer();
  for (const [suffix, repl] of INHABITANT_SUFFIXES) {
    if (!key.endsWith(suffix) || key.length - suffix.length < 3) continue;
    const found = (gaz.byKey.get(key.slice(0, -suffix.length) + repl) ?? []).filter((e) => e.kind === 'region' || e.kind === 'country' || e.population >= INHABITANT_MIN_POP);
    if (found.length) return found;
  }
  return [];
}

const HEAD_WORDS = new Set([...REGION_HEADS, ...PLACE_HEADS, ...COUNTY_HEADS].map((h) => h.toLowerCase()));

/** A qualifier right after a name: `Paris, Texas`, `Athens, Ga.`, `London, Ontario`. */
const QUALIFIER_AFTER = /^, ?((?:\p{Lu}[\p{L}.]*\.?)(?: \p{Lu}[\p{L}.]*)?)/u;

/** What continues a list after a second name. */
const LIST_GOES_ON = /^\s*(?:,\s*\p{Lu}|,?\s*(?:and|or|&)\s)/u;

/** The region (admin1 key) or country code that qualifies a given name, when one of its referents lies there. */
function qualifierAfter(text: string, s: Span, entries: readonly GazEntry[]): string | null {
  if (entries.length < 2 || entries.some((e) => !POPULATED_KINDS.has(e.kind) && e.kind !== COUNTY_KIND)) return null;
  const m = QUALIFIER_AFTER.exec(text.slice(s.end, s.end + 24));
  // `China, Japan, and Korea`, `Oklahoma, Pennsylvania and Ohio` are lists, not qualified names.
  if (!m || LIST_GOES_ON.test(text.slice(s.end + m[0].length, s.end + m[0].length + 8))) return null;
  const gaz = getGazetteer();
  const words = m[1]!.split(' ');
  for (const q of words.length > 1 ? [m[1]!, words[0]!] : [m[1]!]) {
    const qa1 = gaz.qualifiers.get(q) ?? gaz.qualifiers.get(q.replace(/\.$/, ''));
    if (qa1 && entries.some((e) => e.a1 === qa1)) return qa1;
    for (const r of gaz.byKey.get(normaliseKey(q)) ?? []) {
      const code = r.kind === 'country' ? r.country : r.kind === 'region' ? r.a1 : null;
      if (code && entries.some((e) => e !== r && (e.a1 === code || e.country === code))) return code;
    }
  }
  return null;
}

/** What may separate two listed names: a comma, `and`, `or`, `&`. */
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or|&))\s*$/;
/** A lower-case `state` right after a name marks the region. */
const REGION_WORD_AFTER = /^\s+state\b/;
/** Kinds a list of names may agree on. */
const LIST_KINDS: ReadonlySet<string> = new Set(['region', 'country']);

/** Sets `kindHint` on mentions listed beside a name that is most likely a region (or a country): `Oregon, Washington`. */
function listKindHints(text: string, spans: readonly Span[], inputs: ResolveInput[]): void {
  const gaz = getGazetteer();
  // A region known bare only as a stem (`Washington` the state) joins the candidates once the hint asks for a region.
  const hint = (m: ResolveInput, kind: string) => {
    m.kindHint = kind;
    if (kind === 'region' && !m.entries.some((e) => e.kind === 'region')) m.entries = [...m.entries, ...(gaz.byStem.get(m.key) ?? []).filter((e) => e.kind === 'region')];
  };
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  // The kind of a neighbour's most likely referent by prior alone.
  const soleKind = (m: ResolveInput): string | null => {
    let top: GazEntry | null = null;
    for (const e of m.entries) if (!top || prior(e) > prior(top)) top = e;
    return top && LIST_KINDS.has(top.kind) ? top.kind : null;
  };
  const keys = new Set(inputs.map((m) => m.key));
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    if (inputs[i]!.entries.length < 2) continue;
    // `New York` in a story that also writes `New York City`: the bare name is the region.
    if (keys.has(`${inputs[i]!.key} city`) && (gaz.byStem.get(inputs[i]!.key) ?? []).some((e) => e.kind === 'region')) {
      hint(inputs[i]!, 'region');
      continue;
    }
    // `Washington state`, `New York state`: the region.
    if (REGION_WORD_AFTER.test(text.slice(spans[i]!.end, spans[i]!.end + 8))) {
      hint(inputs[i]!, 'region');
      continue;
    }
    const kinds = new Set<string>();
    for (const j of [order[n - 1], order[n + 1]]) {
      if (j === undefined) continue;
      const [a, b] = spans[j]!.start < spans[i]!.start ? [spans[j]!, spans[i]!] : [spans[i]!, spans[j]!];
      if (a.end > b.start || !LIST_GAP.test(text.slice(a.end, b.start))) continue;
      const k = soleKind(inputs[j]!);
      if (k) kinds.add(k);
    }
    if (kinds.size === 1) hint(inputs[i]!, [...kinds][0]!);
  }
}

/**
 * Resolves given toponym spans (gold spans in evaluation) with the same context model.
 * @param source Optional URL or domain of the document: the outlet's home is weak context (see outlet.ts).
 * @returns One mention or null per span, in order.
 */
export function resolveSpans(text: string, spans: readonly Span[], source: string | null = null): Array<PlaceMention | null> {
  const gaz = getGazetteer();
  const inputs: ResolveInput[] = spans.map((s) => {
    let key = normaliseKey(s.text).replace(/^the /, '');
    let entries: GazEntry[] = [];
    let head: ResolveInput['head'] = null;
    // County names first ("Walker County", "Platte Co."), then state and province abbreviations ("Kan.", "Calif", "N.L."),
    // then names, then names with a generic head.
    const words = key.split(' ');
    const last = words[words.length - 1]!;
    if (words.length > 1 && (COUNTY_HEADS.some((x) => x.toLowerCase() === last) || last === COUNTY_ABBREVIATION)) {
      // `Walker County`, `Platte Co.`: the county rows of that name, never the bare stem's towns.
      key = words.slice(0, -1).join(' ');
      head = 'county';
      entries = countyRows(gaz, key, last);
    }
    if (head === null && ABBREVIATION.test(s.text)) entries = qualifierRegion(s.text);
    if (head === null && !entries.length) entries = gaz.byKey.get(key) ?? [];
    if (head === null && !entries.length && words.length > 1 && HEAD_WORDS.has(last)) {
      const stem = words.slice(0, -1).join(' ');
      if (REGION_HEADS.some((x) => x.toLowerCase() === last)) entries = gaz.byStem.get(stem) ?? (gaz.byKey.get(stem) ?? []).filter((e) => e.kind === 'region');
      if (!entries.length) entries = gaz.byKey.get(stem) ?? [];
      key = stem;
    }
    if (head === null && !entries.length) entries = qualifierRegion(s.text);
    if (head === null && !entries.length) entries = inhabitantsOf(key);
    // A region known bare only by its stem (`Nyanza` for Nyanza Province) competes too, as a lesser reading.
    if (head === null && entries.length && entries.every((e) => POPULATED_KINDS.has(e.kind) && e.population < STEM_REGION_OVER_POP)) {
      const stemRegions = (gaz.byStem.get(key) ?? []).filter((e) => e.kind === 'region' && !entries.includes(e));
      if (stemRegions.length) entries = [...entries, ...stemRegions];
    }
    // Demonyms: the country, also over small places that happen to bear the word ("Canadian", Texas).
    const cc = gaz.demonyms.get(key);
    const country = cc ? gaz.countries.get(cc) : undefined;
    if (head === null && country && entries.every((e) => POPULATED_KINDS.has(e.kind) && e.population < DEMONYM_OVER_POP)) entries = [country];
    // A bare name that is also a county's (`DeKalb`, `Preble`): the county competes as a lesser reading (see
    // BARE_COUNTY_PENALTY); local news names its counties bare (`DeKalb` for DeKalb County, Georgia). Not for the names
    // of regions, countries and peoples (`Utah`, `Canadian`).
    if (head === null && !country && !entries.some((e) => e.kind === 'region' || e.kind === 'country')) {
      const counties = [...countyRows(gaz, key, 'county'), ...countyRows(gaz, key, 'parish')].filter((e) => !entries.includes(e));
      if (counties.length) entries = [...entries, ...counties];
    }
    // "Clay, Douglas and Grant counties": each conjunct of a plural county head is a county too.
    let parish = head === 'county' && PARISH.test(s.text);
    const coordinated = head === null ? COORDINATED_COUNTY.exec(text.slice(s.end, s.end + COORDINATION_WINDOW)) : null;
    // ...but a lone name before it names the counties of or around a place (`Indiana counties`, `the metro Athens counties`).
    if (coordinated && !(LONE_COUNTIES.test(coordinated[0]) && !LIST_BEFORE.test(text.slice(Math.max(0, s.start - LIST_BEFORE_CHARS), s.start)))) {
      head = 'county';
      parish = PARISH.test(coordinated[0]);
      entries = countyRows(gaz, key, parish ? 'parish' : 'county');
    }
    return { key, entries, head, qualifier: qualifierAfter(text, s, entries), a1Hint: parish ? PARISH_A1 : null };
  });
  // Regions named in passing count only in US local-news style texts (international news names states as subjects).
  const style = styleVotes(text);
  listKindHints(text, spans, inputs);
  const { picks, anchor } = resolveAll(inputs, style, style.size ? textA1Votes(text, gaz) : new Map(), outletContext(source));
  return spans.map((s, i) => {
    const e = picks[i] ?? nearestResolved(spans, inputs, picks, i, anchor, inputs[i]!.head === 'county' ? COUNTY_NEAR_CHARS : UNKNOWN_NEAR_CHARS);
    return e ? toMention(s, e, gaz) : null;
  });
}

/** Assigns `places` (spec/claims.md §3). Uses PERSON entities, when present, to block names inside person names. */
export const placesStage: Stage = {
  name: 'places.gazetteer.v2',
  requires: ['sentences'],
  assigns: ['places'],
  run(doc) {
    const blocked = (doc.entities ?? []).filter((e) => BLOCKING_TYPES.has(e.type));
    return { places: findPlaces(doc.text, doc.sentences, blocked, doc.url ?? doc.outlet) };
  },
};
