/** @module Places stage: toponyms found with the GeoNames-based gazetteer and resolved from the story's context. */

import type { Document, PlaceMention, Span } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import { findCandidates, type Candidate } from './01-candidates.js';
import { resolveAll, styleVotes, toMention, type ResolveInput } from './02-resolve.js';
import { getGazetteer, type GazEntry } from './gazetteer.js';
import { normaliseKey } from './normalise.js';
import { COUNTY_HEADS, PLACE_HEADS, REGION_HEADS } from './data/lexicon.js';

export { buildGazetteer } from './build-gazetteer.js';
export { getGazetteer } from './gazetteer.js';
export { haversineKm } from './02-resolve.js';

/** Entity types whose spans block places inside them (persons; media and companies are handled by name rules). */
const BLOCKING_TYPES = new Set(['PERSON']);

function finish(text: string, cands: readonly Candidate[]): PlaceMention[] {
  const gaz = getGazetteer();
  const { picks, anchor } = resolveAll(cands);
  const out: PlaceMention[] = [];
  cands.forEach((c, i) => {
    const pick = picks[i];
    if (c.head === 'county') {
      const e = pick ?? anchor;
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
 */
export function findPlaces(text: string, sentences: Document['sentences'] = [], blocked: readonly Span[] = []): PlaceMention[] {
  return finish(text, findCandidates(text, getGazetteer(), sentences, blocked));
}

/** A short capitalised abbreviation (`Kan.`, `Calif`, `N.L.`, `TX`). */
const ABBREVIATION = /^(?:[A-Z][a-z]{0,4}\.?|[A-Z]\.(?: ?[A-Z]\.)+|[A-Z]{2})$/;

function qualifierRegion(text: string): GazEntry[] {
  const gaz = getGazetteer();
  const a1 = gaz.qualifiers.get(text) ?? gaz.qualifiers.get(text.replace(/\.$/, '')) ?? gaz.qualifiers.get(`${text}.`);
  const region = a1 ? gaz.admin1.get(a1) : undefined;
  return a1 && region ? (gaz.byKey.get(normaliseKey(region)) ?? []).filter((e) => e.a1 === a1) : [];
}

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

const HEAD_WORDS = new Set([...REGION_HEADS, ...PLACE_HEADS, ...COUNTY_HEADS].map((h) => h.toLowerCase()));

/**
 * Resolves given toponym spans (gold spans in evaluation) with the same context model.
 * @returns One mention or null per span, in order.
 */
export function resolveSpans(text: string, spans: readonly Span[]): Array<PlaceMention | null> {
  const gaz = getGazetteer();
  const inputs: ResolveInput[] = spans.map((s) => {
    let key = normaliseKey(s.text).replace(/^the /, '');
    let entries: GazEntry[] = [];
    let head: ResolveInput['head'] = null;
    // State and province abbreviations first ("Kan.", "Calif", "N.L."), then names, then names with a generic head.
    if (ABBREVIATION.test(s.text)) entries = qualifierRegion(s.text);
    if (!entries.length) entries = gaz.byKey.get(key) ?? [];
    const words = key.split(' ');
    if (!entries.length && words.length > 1 && HEAD_WORDS.has(words[words.length - 1]!)) {
      const stem = words.slice(0, -1).join(' ');
      const h = words[words.length - 1]!;
      if (REGION_HEADS.some((x) => x.toLowerCase() === h)) entries = gaz.byStem.get(stem) ?? (gaz.byKey.get(stem) ?? []).filter((e) => e.kind === 'region');
      else if (COUNTY_HEADS.some((x) => x.toLowerCase() === h) || h === COUNTY_ABBREVIATION) head = 'county';
      if (!entries.length && head !== 'county') entries = gaz.byKey.get(stem) ?? [];
      key = stem;
    }
    if (!entries.length) entries = qualifierRegion(s.text);
    // Demonyms: the country, also over small places that happen to bear the word ("Canadian", Texas).
    const cc = gaz.demonyms.get(key);
    const country = cc ? gaz.countries.get(cc) : undefined;
    if (country && entries.every((e) => POPULATED_KINDS.has(e.kind) && e.population < DEMONYM_OVER_POP)) entries = [country];
    // "Clay, Douglas and Grant counties": each conjunct of a plural county head is a county too.
    let parish = head === 'county' && PARISH.test(s.text);
    const coordinated = head === null ? COORDINATED_COUNTY.exec(text.slice(s.end, s.end + COORDINATION_WINDOW)) : null;
    if (coordinated) {
      head = 'county';
      entries = [];
      parish = PARISH.test(coordinated[0]);
    }
    return { key, entries, head, qualifier: null, a1Hint: parish ? PARISH_A1 : null };
  });
  const { picks, anchor } = resolveAll(inputs, styleVotes(text));
  return spans.map((s, i) => {
    const e = picks[i] ?? nearestResolved(spans, inputs, picks, i, anchor, inputs[i]!.head === 'county' ? COUNTY_NEAR_CHARS : UNKNOWN_NEAR_CHARS);
    return e ? toMention(s, e, gaz) : null;
  });
}

/** Assigns `places` (spec/claims.md §3). Uses PERSON entities, when present, to block names inside person names. */
export const placesStage: Stage = {
  name: 'places.gazetteer.v1',
  requires: ['sentences'],
  assigns: ['places'],
  run(doc) {
    const blocked = (doc.entities ?? []).filter((e) => BLOCKING_TYPES.has(e.type));
    return { places: findPlaces(doc.text, doc.sentences, blocked) };
  },
};
