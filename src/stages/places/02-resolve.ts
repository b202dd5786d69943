/** @module Step 2: disambiguation — picks one referent per toponym from population, kind, story country, admin1 and proximity. */

import type { PlaceMention } from '../../core/doc.js';
import type { Candidate } from './01-candidates.js';
import type { GazEntry, Gazetteer } from './gazetteer.js';
import { US_STYLE_CUES } from './data/lexicon.js';

/** Prior of a country, a first-level region, and a water body / continent / macro-region (on the log10-population scale). */
export const COUNTRY_PRIOR = 8.5;
export const REGION_PRIOR = 7.0;
export const AREA_PRIOR = 7.5;
/** Bonus when the mention is an area's own name, not one of a city's alternate names (`Mexico` the country, not Mexico City). */
export const OWN_NAME_BONUS = 1.0;
/** Penalty for a city known under the mention only as an alternate name when an area bears it as its own name (`Mexico`). */
export const ALIAS_VS_AREA_PENALTY = 3.0;
/** Penalty for a populated place known under the mention only as an alternate name when another referent bears it as its own name (`Rogersville` the town, not Rogers Park). */
export const ALIAS_PENALTY = 1.5;
/** Places at least this big whose own name is not plain ASCII keep their alternate names unpenalised: those are exonyms (`Geneva` for Genève). */
export const EXONYM_MIN_POP = 100_000;
const NON_ASCII = /[^\x00-\x7f]/;
/** Countries whose places keep alternate names without penalty (renamings and transliterations of the conflict zone). */
const ALIAS_EXEMPT: ReadonlySet<string> = new Set(['UA']);
/** Country that an `X County` / `X Parish` mention votes for, with this weight (one vote = one unambiguous name). */
export const COUNTY_COUNTRY = 'US';
export const COUNTY_VOTE = 1.0;
/** Bonus for a national capital / a first-level seat. */
export const CAPITAL_BONUS = 1.0;
export const SEAT_BONUS = 0.5;
/** Bonus times the share of the story's other mentions that lie in the candidate's country. */
export const STORY_COUNTRY_BONUS = 3.5;
/** Bonus when another mention lies in (or is) the candidate's first-level region. */
export const ADMIN1_BONUS = 2.0;
/** Bonus when the name is qualified by its region or country (`Paris, Texas`). */
export const QUALIFIER_BONUS = 10;
/** Proximity bonuses to other mentions' referents. */
export const NEAR_KM = 50;
export const NEAR_BONUS = 2.0;
export const AROUND_KM = 200;
export const AROUND_BONUS = 1.0;
/** Bonus per other name (at most CAND_NEAR_MAX) having any populated referent within CAND_NEAR_KM of a candidate; names with more than CAND_SET_MAX referents are left out. */
export const CAND_NEAR_KM = 30;
export const CAND_NEAR_BONUS = 0.75;
export const CAND_NEAR_MAX = 2;
export const CAND_SET_MAX = 60;
/** CAND_NEAR_KM for a pair of which one is a county (placed at the mean of its places, so farther from its towns). */
export const COUNTY_NEAR_KM = 60;
/** Bonus to a town and a county of the story when the county holds the town (same state and county code). */
export const COUNTY_HOLDS_BONUS = 0.75;
/** Rounds of context re-scoring after the prior-only pass. */
export const ROUNDS = 2;

const US_CUES: readonly RegExp[] = US_STYLE_CUES.map((c) => new RegExp(c, 'u'));
/** Weight of each distinct US-style cue in the story's country vote, and the most cues counted. */
export const US_CUE_VOTE = 0.5;
export const US_CUE_MAX = 3;

/**
 * Country votes from the text's style: US local news writes `$765,000`, `7 p.m.`, `1200 E. Broad St.`, `Athens, Ga.`.
 * @returns A map `US → weight` (empty when no cue is found).
 */
export function styleVotes(text: string): Map<string, number> {
  let n = 0;
  for (const re of US_CUES) if (re.test(text)) n++;
  return n ? new Map([['US', US_CUE_VOTE * Math.min(n, US_CUE_MAX)]]) : new Map();
}

/** Countries whose first-level regions named in the text vote for that region (North American local news names its state or province in passing). */
export const TEXT_A1_COUNTRIES: readonly string[] = ['US', 'CA'];
/** Weight of a region named in the text, and of a `Town, Abbr.` state abbreviation (counted only in texts with US local-news style). */
export const TEXT_A1_VOTE = 2.0;
let textA1Re: { re: RegExp; byName: Map<string, string> } | null = null;
const STATE_ABBREVIATION = /,\s*([A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)/g;

/**
 * Region votes from the text: names of first-level regions of TEXT_A1_COUNTRIES written anywhere (`Texas`), and state
 * abbreviations after a comma (`Athens, Ga.`).
 * @returns A map admin1 key → weight.
 */
export function textA1Votes(text: string, gaz: Pick<Gazetteer, 'admin1' | 'qualifiers'>): Map<string, number> {
  if (!textA1Re) {
    const byName = new Map<string, string>();
    for (const [code, name] of gaz.admin1) if (TEXT_A1_COUNTRIES.includes(code.split('.')[0]!) && /^[A-Z][A-Za-z .]+$/.test(name)) byName.set(name, code);
    const alt = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.]/g, '\\.')).join('|');
    textA1Re = { re: new RegExp(`\\b(?:${alt})\\b`, 'g'), byName };
  }
  const out = new Map<string, number>();
  for (const m of text.matchAll(textA1Re.re)) {
    const a = textA1Re.byName.get(m[0]);
    if (a) out.set(a, TEXT_A1_VOTE);
  }
  for (const m of text.matchAll(STATE_ABBREVIATION)) {
    const a = gaz.qualifiers.get(m[1]!) ?? gaz.qualifiers.get(m[1]!.replace(/\.$/, ''));
    if (a && TEXT_A1_COUNTRIES.includes(a.split('.')[0]!)) out.set(a, TEXT_A1_VOTE);
  }
  return out;
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const POPULATED = new Set(['city', 'town', 'village', 'district']);
/** Gazetteer kind of a US county row (see build-counties.ts). */
const COUNTY = 'county';
/** Kinds whose candidates support nearby candidates of other names (populated places and counties). */
const LOCAL = new Set([...POPULATED, COUNTY]);

/** Context-free prior of one entry. */
export function prior(e: GazEntry): number {
  let s: number;
  if (e.kind === 'country') s = COUNTRY_PRIOR;
  else if (e.kind === 'region') s = Math.max(REGION_PRIOR, Math.log10(e.population + 1));
  else if (e.kind === COUNTY) s = Math.log10(e.population + 1);
  else if (!POPULATED.has(e.kind)) s = AREA_PRIOR;
  else s = Math.log10(e.population + 1);
  if (e.seat === 'capital') s += CAPITAL_BONUS;
  else if (e.seat === 'admin') s += SEAT_BONUS;
  return s;
}

/** A mention to resolve: its key, candidate entries and any qualifier/head. */
export type ResolveInput = Pick<Candidate, 'key' | 'entries' | 'head' | 'qualifier'> & {
  /** First-level region a county-like mention implies (`Parish` → Louisiana). */
  a1Hint?: string | null;
  /** Kind of the names it is listed with (`Oregon and Washington` → region), when they agree. */
  kindHint?: string | null;
};

/** Bonus for a referent of the kind of the names a mention is listed with. */
export const LIST_KIND_BONUS = 2.0;

/** Weight of the admin1 / country "votes" of the other names in the story (share of names with a candidate there). */
export const A1_SUPPORT_BONUS = 3.0;

interface Support {
  country: Map<string, number>;
  a1: Map<string, number>;
}

/** Each name votes for the countries and regions where it has a candidate, split evenly between them. */
function votesOf(entries: readonly GazEntry[]): Support {
  const countries = new Set<string>();
  const a1s = new Set<string>();
  for (const e of entries) {
    if (e.country) countries.add(e.country);
    if (e.a1) a1s.add(e.a1);
  }
  const country = new Map<string, number>();
  const a1 = new Map<string, number>();
  for (const c of countries) country.set(c, 1 / countries.size);
  for (const a of a1s) a1.set(a, 1 / a1s.size);
  return { country, a1 };
}

/**
 * Chooses one entry per mention, jointly over the document.
 * @param textVotes Extra country votes from the text itself (country code → weight in names), e.g. US local-news style.
 * @param textA1Votes Extra first-level region votes from the text itself (admin1 key → weight in names), see {@link textA1Votes}.
 * @returns The chosen entry per input (null when a mention has no entry), and a context anchor for unknown local names.
 */
export function resolveAll(
  inputs: readonly ResolveInput[],
  textVotes: ReadonlyMap<string, number> = new Map(),
  textA1Votes: ReadonlyMap<string, number> = new Map(),
): { picks: Array<GazEntry | null>; anchor: GazEntry | null } {
  // Votes per distinct name, summed over the story; each mention then discounts its own name's vote.
  const keyVotes = new Map<string, Support>();
  inputs.forEach((m) => {
    const k = voteKey(m);
    if (keyVotes.has(k)) return;
    if (m.head === 'county' && !m.entries.length) {
      // A county without a gazetteer row votes for the US (and Louisiana for a parish).
      keyVotes.set(k, { country: new Map([[COUNTY_COUNTRY, COUNTY_VOTE]]), a1: new Map(m.a1Hint ? [[m.a1Hint, COUNTY_VOTE]] : []) });
      return;
    }
    // A county with rows votes like any name: for the states that have a county of that name.
    if (m.entries.length) keyVotes.set(k, votesOf(m.entries));
  });
  // Votes from the text's style (US local-news cues), each counted like a name.
  for (const [c, w] of textVotes) if (w > 0) keyVotes.set(`\u0000style:${c}`, { country: new Map([[c, w]]), a1: new Map() });
  // Regions named anywhere in the text (also inside organisation names: `Texas Department of ...`), each counted like a name.
  for (const [a, w] of textA1Votes) if (w > 0 && !keyVotes.has(`\u0000a1:${a}`)) keyVotes.set(`\u0000a1:${a}`, { country: new Map(), a1: new Map([[a, w]]) });
  const totalCountry = new Map<string, number>();
  const totalA1 = new Map<string, number>();
  for (const v of keyVotes.values()) {
    for (const [c, w] of v.country) totalCountry.set(c, (totalCountry.get(c) ?? 0) + w);
    for (const [a, w] of v.a1) totalA1.set(a, (totalA1.get(a) ?? 0) + w);
  }
  const nKeys = keyVotes.size;
  const supportScore = (m: ResolveInput, e: GazEntry): number => {
    const own = keyVotes.get(voteKey(m));
    const others = nKeys - (own ? 1 : 0);
    if (others <= 0) return 0;
    let s = 0;
    if (e.country) s += (STORY_COUNTRY_BONUS * ((totalCountry.get(e.country) ?? 0) - (own?.country.get(e.country) ?? 0))) / others;
    if (e.a1) s += (A1_SUPPORT_BONUS * ((totalA1.get(e.a1) ?? 0) - (own?.a1.get(e.a1) ?? 0))) / others;
    return s;
  };
  const qual = (m: ResolveInput, e: GazEntry) =>
    (m.kindHint && e.kind === m.kindHint ? LIST_KIND_BONUS : 0) +
    (m.qualifier && (e.a1 === m.qualifier || e.country === m.qualifier) ? QUALIFIER_BONUS : 0) + ((e.key === m.key || e.key === `${m.key} state`) && !POPULATED.has(e.kind) ? OWN_NAME_BONUS : 0) -
    (POPULATED.has(e.kind) && e.key !== m.key && m.entries.some((x) => !POPULATED.has(x.kind) && x.key === m.key) ? ALIAS_VS_AREA_PENALTY : 0) -
    (POPULATED.has(e.kind) && e.key !== m.key && !(e.population >= EXONYM_MIN_POP && NON_ASCII.test(e.name)) && !(e.country && ALIAS_EXEMPT.has(e.country)) && m.entries.some((x) => x !== e && x.key === m.key) ? ALIAS_PENALTY : 0);
  // Ambiguous names that have referents close to each other support those referents ("Logan" + "Rogersville" in Missouri).
  const candSets: Array<{ key: string; entries: readonly GazEntry[] }> = [];
  const seenKeys = new Set<string>();
  for (const m of inputs) {
    const k = voteKey(m);
    if (seenKeys.has(k) || m.entries.length > CAND_SET_MAX) continue;
    seenKeys.add(k);
    candSets.push({ key: k, entries: m.entries.filter((e) => LOCAL.has(e.kind)) });
  }
  const candNear = (key: string, e: GazEntry): number => {
    let n = 0;
    const dLat = Math.max(COUNTY_NEAR_KM, CAND_NEAR_KM) / 111;
    for (const c of candSets) {
      if (c.key === key) continue;
      for (const o of c.entries) {
        if (Math.abs(o.lat - e.lat) > dLat) continue;
        if (haversineKm(e.lat, e.lon, o.lat, o.lon) < (e.kind === COUNTY || o.kind === COUNTY ? COUNTY_NEAR_KM : CAND_NEAR_KM)) {
          n++;
          break;
        }
      }
    }
    return n;
  };
  // A town and a county of the story that holds it support each other, whatever the other names resolve to
  // ("Walker County" and "Huntsville": Huntsville TX, the county's seat), from the prior-only pass on.
  const countyHolds = (key: string, e: GazEntry): number => {
    if (!LOCAL.has(e.kind) || e.a2 === null) return 0;
    for (const c of candSets) {
      if (c.key === key) continue;
      for (const o of c.entries) if ((o.kind === COUNTY) !== (e.kind === COUNTY) && o.a2 === e.a2 && o.a1 === e.a1) return COUNTY_HOLDS_BONUS;
    }
    return 0;
  };
  let picks = inputs.map((m) => best(m.entries, (e) => prior(e) + qual(m, e) + supportScore(m, e) + countyHolds(voteKey(m), e)));
  for (let round = 0; round < ROUNDS; round++) {
    const byKey = new Map<string, GazEntry>();
    inputs.forEach((m, i) => {
      const p = picks[i];
      if (p && !byKey.has(voteKey(m))) byKey.set(voteKey(m), p);
    });
    const ctx = [...byKey.entries()].map(([key, pick]) => ({ key, pick }));
    const memo = new Map<string, GazEntry | null>();
    picks = inputs.map((m) => {
      if (m.entries.length <= 1) return m.entries[0] ?? null;
      const k = voteKey(m);
      const sig = `${m.key}\u0000${m.head}\u0000${m.qualifier}`;
      if (memo.has(sig)) return memo.get(sig)!;
      const others = ctx.filter((c) => c.key !== k);
      const a1Set = new Set<string>();
      for (const o of others) if (o.pick.a1) a1Set.add(o.pick.a1);
      const places = others.filter((o) => POPULATED.has(o.pick.kind));
      const chosen = best(m.entries, (e) => {
        let s = prior(e) + qual(m, e) + supportScore(m, e);
        if (e.a1 && a1Set.has(e.a1)) s += ADMIN1_BONUS;
        if (LOCAL.has(e.kind)) {
          s += CAND_NEAR_BONUS * Math.min(CAND_NEAR_MAX, candNear(k, e)) + countyHolds(k, e);
          let near = Infinity;
          for (const o of places) near = Math.min(near, haversineKm(e.lat, e.lon, o.pick.lat, o.pick.lon));
          if (near < NEAR_KM) s += NEAR_BONUS;
          else if (near < AROUND_KM) s += AROUND_BONUS;
        }
        return s;
      });
      memo.set(sig, chosen);
      return chosen;
    });
  }
  // Counties without a row of their own are left to the caller (the story's anchor or the nearest resolved town).
  return { picks, anchor: anchorOf(inputs, picks) };
}

/** The key a mention votes under: a county apart from the same-named town (`Walker County` vs `Walker`). */
function voteKey(m: ResolveInput): string {
  return m.head === 'county' ? `${m.key} county` : m.key;
}

function best(entries: readonly GazEntry[], score: (e: GazEntry) => number): GazEntry | null {
  let top: GazEntry | null = null;
  let topScore = -Infinity;
  for (const e of entries) {
    const s = score(e);
    if (s > topScore) {
      top = e;
      topScore = s;
    }
  }
  return top;
}

/** The story's local centre: the most mentioned populated place, else the most mentioned region. */
function anchorOf(inputs: readonly ResolveInput[], picks: Array<GazEntry | null>): GazEntry | null {
  const counts = new Map<GazEntry, number>();
  picks.forEach((p) => {
    if (p && (POPULATED.has(p.kind) || p.kind === 'region')) counts.set(p, (counts.get(p) ?? 0) + (POPULATED.has(p.kind) ? 2 : 1));
  });
  let top: GazEntry | null = null;
  let n = 0;
  for (const [p, c] of counts) if (c > n || (c === n && top && p.population > top.population)) [top, n] = [p, c];
  void inputs;
  return top;
}

/** Turns a chosen entry into the PlaceMention attributes (coordinates to 2 decimals). */
export function toMention(span: { start: number; end: number; text: string }, e: GazEntry, gaz: Gazetteer, kindOverride?: string): PlaceMention {
  const admin1 = e.kind === 'country' ? null : e.a1 ? gaz.admin1.get(e.a1) ?? null : e.kind === 'region' ? e.name : null;
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    name: e.country !== 'UA' && POPULATED.has(e.kind) && /[^\x00-\x7f]/.test(e.name) && /^[\x00-\x7f]+$/.test(span.text) ? exonym(span.text) : e.name,
    lat: Math.round(e.lat * 100) / 100,
    lon: Math.round(e.lon * 100) / 100,
    country: e.country,
    admin1,
    kind: kindOverride ?? (e.kind === COUNTY ? 'district' : e.kind),
    geonameid: e.geonameid,
  };
}

/** The English exonym as written (`Geneva` for GeoNames `Genève`), without a generic head. */
function exonym(surface: string): string {
  return surface.replace(/\s+(?:city|City|district|District|raion)$/, '');
}
