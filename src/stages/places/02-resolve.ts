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
/** Penalty for a county read from its bare name (`DeKalb` for DeKalb County): a lesser reading that context must carry. */
export const BARE_COUNTY_PENALTY = 4.0;
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

/**
 * The outlet's home (see outlet.ts): place names read from its host name and the country of its domain. They are
 * resolved with the text's names but weigh OUTLET_WEIGHT of a name, and their own prior counts OUTLET_PRIOR_SCALE of a
 * name's, so that the referent agreeing with the text wins (`richmond` beside Berea and Madison County: Richmond, KY).
 */
export interface OutletContext {
  places: ReadonlyArray<{ key: string; entries: readonly GazEntry[] }>;
  country: string | null;
}

/** Weight of an outlet place as context, against 1 for a name in the text. */
export const OUTLET_WEIGHT = 0.75;
/**
 * Weight of the country of the outlet's domain (`.co.uk` → GB): weaker than a place, as national outlets report the world
 * (`Officials in Washington said` in a British paper is still Washington, D.C.).
 */
export const OUTLET_COUNTRY_WEIGHT = 0.375;
/** Share of the context-free prior an outlet place keeps when its referent is chosen (agreement with the text counts more). */
export const OUTLET_PRIOR_SCALE = 0.5;
/** Prefix of the vote keys of the outlet's places, apart from the same names in the text. */
const OUTLET_KEY = '\u0000outlet:';

/** Each name votes for the countries and regions where it has a candidate, split evenly between them. */
function votesOf(entries: readonly GazEntry[], weight = 1): Support {
  const countries = new Set<string>();
  const a1s = new Set<string>();
  for (const e of entries) {
    if (e.country) countries.add(e.country);
    if (e.a1) a1s.add(e.a1);
  }
  const country = new Map<string, number>();
  const a1 = new Map<string, number>();
  for (const c of countries) country.set(c, weight / countries.size);
  for (const a of a1s) a1.set(a, weight / a1s.size);
  return { country, a1 };
}

/**
 * Chooses one entry per mention, jointly over the document.
 * @param textVotes Extra country votes from the text itself (country code → weight in names), e.g. US local-news style.
 * @param textA1Votes Extra first-level region votes from the text itself (admin1 key → weight in names), see {@link textA1Votes}.
 * @param outlet The outlet's home read from its host name, as weak context (null: none).
 * @returns The chosen entry per input (null when a mention has no entry), and a context anchor for unknown local names.
 */
export function resolveAll(
  inputs: readonly ResolveInput[],
  textVotes: ReadonlyMap<string, number> = new Map(),
  textA1Votes: ReadonlyMap<string, number> = new Map(),
  outlet: OutletContext | null = null,
): { picks: Array<GazEntry | null>; anchor: GazEntry | null } {
  // The outlet's places join the names as weak ones; their picks are context only.
  const weak: ResolveInput[] = (outlet?.places ?? []).filter((p) => p.entries.length).map((p) => ({ key: `${OUTLET_KEY}${p.key}`, entries: [...p.entries], head: null, qualifier: null }));
  const all: readonly ResolveInput[] = weak.length ? [...inputs, ...weak] : inputs;
  const isWeak = (key: string) => key.startsWith(OUTLET_KEY);
  const weightOf = (key: string) => (isWeak(key) ? OUTLET_WEIGHT : 1);
  // An outlet place is resolved apart from the same name in the text (`palestine` beside `Palestine`): that name holds
  // no evidence of its own about it. The name in the text does take the outlet place's pick as context.
  const twinOf = (key: string) => (isWeak(key) ? key.slice(OUTLET_KEY.length) : null);
  const apart = (key: string, other: string) => other !== key && other !== twinOf(key);
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
  // The outlet's votes (its places' and its domain country's), added to the text's for the populated places and counties
  // of the text only: the outlet tells which of the towns of a name is local, not whether a name is a country or a
  // region (`Georgia` in a story of an outlet from Woodstock, Georgia). The same holds for its picks below.
  const outletCountry = new Map<string, number>();
  const outletA1 = new Map<string, number>();
  for (const v of [...weak.map((m) => votesOf(m.entries, OUTLET_WEIGHT)), { country: new Map(outlet?.country ? [[outlet.country, OUTLET_COUNTRY_WEIGHT]] : []), a1: new Map<string, number>() }]) {
    for (const [c, w] of v.country) outletCountry.set(c, (outletCountry.get(c) ?? 0) + w);
    for (const [a, w] of v.a1) outletA1.set(a, (outletA1.get(a) ?? 0) + w);
  }
  const supportScore = (m: ResolveInput, e: GazEntry): number => {
    const k = voteKey(m);
    const own = keyVotes.get(k);
    const twinKey = twinOf(k);
    const twin = twinKey !== null ? keyVotes.get(twinKey) : undefined;
    const others = nKeys - (own ? 1 : 0) - (twin ? 1 : 0);
    const fromOutlet = !isWeak(k) && LOCAL.has(e.kind) && (outletCountry.size > 0 || outletA1.size > 0);
    if (others <= 0 && !fromOutlet) return 0;
    const country = e.country ? (totalCountry.get(e.country) ?? 0) - (own?.country.get(e.country) ?? 0) - (twin?.country.get(e.country) ?? 0) + (fromOutlet ? (outletCountry.get(e.country) ?? 0) : 0) : 0;
    const a1 = e.a1 ? (totalA1.get(e.a1) ?? 0) - (own?.a1.get(e.a1) ?? 0) - (twin?.a1.get(e.a1) ?? 0) + (fromOutlet ? (outletA1.get(e.a1) ?? 0) : 0) : 0;
    const n = Math.max(1, others);
    return (STORY_COUNTRY_BONUS * country) / n + (A1_SUPPORT_BONUS * a1) / n;
  };
  const qual = (m: ResolveInput, e: GazEntry) =>
    (e.kind === COUNTY && m.head !== 'county' ? -BARE_COUNTY_PENALTY : 0) +
    (m.kindHint && e.kind === m.kindHint ? LIST_KIND_BONUS : 0) +
    (m.qualifier && (e.a1 === m.qualifier || e.country === m.qualifier) ? QUALIFIER_BONUS : 0) + ((e.key === m.key || e.key === `${m.key} state`) && !POPULATED.has(e.kind) ? OWN_NAME_BONUS : 0) -
    (POPULATED.has(e.kind) && e.key !== m.key && m.entries.some((x) => !POPULATED.has(x.kind) && x.key === m.key) ? ALIAS_VS_AREA_PENALTY : 0) -
    (POPULATED.has(e.kind) && e.key !== m.key && !(e.population >= EXONYM_MIN_POP && NON_ASCII.test(e.name)) && !(e.country && ALIAS_EXEMPT.has(e.country)) && m.entries.some((x) => x !== e && x.key === m.key) ? ALIAS_PENALTY : 0);
  // Ambiguous names that have referents close to each other support those referents ("Logan" + "Rogersville" in Missouri).
  const candSets: Array<{ key: string; entries: readonly GazEntry[] }> = [];
  const seenKeys = new Set<string>();
  for (const m of all) {
    const k = voteKey(m);
    if (seenKeys.has(k) || m.entries.length > CAND_SET_MAX) continue;
    seenKeys.add(k);
    candSets.push({ key: k, entries: m.entries.filter((e) => LOCAL.has(e.kind)) });
  }
  const candNear = (key: string, e: GazEntry): number => {
    let n = 0;
    const dLat = Math.max(COUNTY_NEAR_KM, CAND_NEAR_KM) / 111;
    for (const c of candSets) {
      if (!apart(key, c.key)) continue;
      for (const o of c.entries) {
        if (Math.abs(o.lat - e.lat) > dLat) continue;
        if (haversineKm(e.lat, e.lon, o.lat, o.lon) < (e.kind === COUNTY || o.kind === COUNTY ? COUNTY_NEAR_KM : CAND_NEAR_KM)) {
          n += weightOf(c.key);
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
      if (c.key === key || isWeak(c.key)) continue;
      for (const o of c.entries) if ((o.kind === COUNTY) !== (e.kind === COUNTY) && o.a2 === e.a2 && o.a1 === e.a1) return COUNTY_HOLDS_BONUS;
    }
    return 0;
  };
  // An outlet place's own score: a share of its prior, and the qualifier of the same name in the text (`Springfield, Ohio`).
  const twinQualifier = new Map<string, string>();
  for (const m of inputs) if (m.qualifier && !twinQualifier.has(`${OUTLET_KEY}${voteKey(m)}`)) twinQualifier.set(`${OUTLET_KEY}${voteKey(m)}`, m.qualifier);
  const base = (m: ResolveInput, e: GazEntry): number => {
    if (!isWeak(m.key)) return prior(e) + qual(m, e);
    const q = twinQualifier.get(m.key);
    // A seat is no likelier home of a local outlet than a bigger town of the name: its bonus is left out.
    const seat = e.seat === 'capital' ? CAPITAL_BONUS : e.seat === 'admin' ? SEAT_BONUS : 0;
    return OUTLET_PRIOR_SCALE * (prior(e) - seat) + (q && (e.a1 === q || e.country === q) ? QUALIFIER_BONUS : 0);
  };
  let picks = all.map((m) => best(m.entries, (e) => base(m, e) + supportScore(m, e) + countyHolds(voteKey(m), e)));
  for (let round = 0; round < ROUNDS; round++) {
    const byKey = new Map<string, GazEntry>();
    all.forEach((m, i) => {
      const p = picks[i];
      if (p && !byKey.has(voteKey(m))) byKey.set(voteKey(m), p);
    });
    const ctx = [...byKey.entries()].map(([key, pick]) => ({ key, pick }));
    const memo = new Map<string, GazEntry | null>();
    picks = all.map((m) => {
      if (m.entries.length <= 1) return m.entries[0] ?? null;
      const k = voteKey(m);
      const sig = `${m.key}\u0000${m.head}\u0000${m.qualifier}`;
      if (memo.has(sig)) return memo.get(sig)!;
      const others = ctx.filter((c) => apart(k, c.key));
      // Regions and places of the other picks, each with its weight (the strongest counts); the outlet's only for LOCAL kinds.
      const a1Weight = new Map<string, number>();
      for (const o of others) if (o.pick.a1) a1Weight.set(o.pick.a1, Math.max(a1Weight.get(o.pick.a1) ?? 0, weightOf(o.key)));
      const a1Text = new Set<string>();
      for (const o of others) if (o.pick.a1 && !isWeak(o.key)) a1Text.add(o.pick.a1);
      const places = others.filter((o) => POPULATED.has(o.pick.kind));
      const chosen = best(m.entries, (e) => {
        let s = base(m, e) + supportScore(m, e);
        if (e.a1 && LOCAL.has(e.kind) && a1Weight.has(e.a1)) s += ADMIN1_BONUS * a1Weight.get(e.a1)!;
        else if (e.a1 && a1Text.has(e.a1)) s += ADMIN1_BONUS;
        if (LOCAL.has(e.kind)) {
          s += CAND_NEAR_BONUS * Math.min(CAND_NEAR_MAX, candNear(k, e)) + countyHolds(k, e);
          let near = 0;
          for (const o of places) {
            const d = haversineKm(e.lat, e.lon, o.pick.lat, o.pick.lon);
            near = Math.max(near, weightOf(o.key) * (d < NEAR_KM ? NEAR_BONUS : d < AROUND_KM ? AROUND_BONUS : 0));
          }
          s += near;
        }
        return s;
      });
      memo.set(sig, chosen);
      return chosen;
    });
  }
  // Counties without a row of their own are left to the caller (the story's anchor or the nearest resolved town); a
  // story without an anchor of its own takes the outlet's home town.
  const home = picks.slice(inputs.length).find((p) => p && POPULATED.has(p.kind)) ?? null;
  picks = picks.slice(0, inputs.length);
  return { picks, anchor: anchorOf(inputs, picks) ?? home };
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
