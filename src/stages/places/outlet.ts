/**
 * @module The outlet's home region, read from its host name: local newspapers are named after their town or state
 * (`palestineherald.com`, `springfieldnewssun.com`, `wvgazette.com`) and national ones often use a country domain
 * (`.co.uk`, `.ca`). The places found are ambiguous too (`richmond`); the resolver weighs them as weak context.
 */

import type { GazEntry, Gazetteer } from './gazetteer.js';
import { normaliseKey } from './normalise.js';
import { CCTLD_COUNTRY, GENERIC_CCTLDS, HOST_NOISE_LABELS, OUTLET_WORDS, SECOND_LEVEL_LABELS } from './data/outlet-words.js';

/** A place name read from a host name, with its admissible referents. */
export interface OutletPlace {
  /** Normalised gazetteer key (`kansas city`). */
  key: string;
  entries: GazEntry[];
}

/** What a host name says about the outlet's home. */
export interface OutletPrior {
  host: string;
  /** Place names in the title part of the host name, in order. */
  places: OutletPlace[];
  /** Country of a country-code domain (`GB` for `.co.uk`), else null. */
  country: string | null;
}

/** Shortest place name read inside a host name (shorter ones match by chance: `ada`, `ely`). */
export const MIN_NAME_CHARS = 4;
/** Longest place name tried inside a host name. */
export const MAX_NAME_CHARS = 30;
/** A populated place must be at least this big to name an outlet (tiny namesakes of title words: `Mercury`, `Alex`). */
export const OUTLET_MIN_POP = 5_000;
/**
 * Countries whose first-level abbreviations prefix outlet titles: postal codes and the abbreviations written after a
 * town (`wvgazette`, `nydailynews`, `bclocalnews`, `masslive`).
 */
export const POSTAL_PREFIX_COUNTRIES: readonly string[] = ['US', 'CA'];
/** Shortest and longest abbreviation read before a title (`wv`, `mass`, `calif`). */
const ABBREVIATION_MIN_CHARS = 2;
const ABBREVIATION_MAX_CHARS = 5;
/** Most host names remembered. */
const CACHE_LIMIT = 10_000;

const WORDS: ReadonlySet<string> = new Set(OUTLET_WORDS);
const NOISE: ReadonlySet<string> = new Set(HOST_NOISE_LABELS);
const SECOND_LEVEL: ReadonlySet<string> = new Set(SECOND_LEVEL_LABELS);
const GENERIC_CC: ReadonlySet<string> = new Set(GENERIC_CCTLDS);
const POPULATED: ReadonlySet<string> = new Set(['city', 'town', 'village', 'district']);
const HOST_CHARS = /^[a-z0-9.-]+$/;

/**
 * The host name of a URL or bare domain, lower case, without a port (`https://www.Example.com:80/a` → `www.example.com`).
 * @returns The host, or null when the value holds none.
 */
export function hostOf(urlOrHost: string): string | null {
  const s = urlOrHost.trim().toLowerCase();
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/.exec(s);
  const host = m?.[1]?.replace(/\.$/, '') ?? '';
  return host.includes('.') && HOST_CHARS.test(host) ? host : null;
}

/** Splits a host into the title labels and the country code of its domain (null for `.com` and generic country domains). */
export function splitHost(host: string): { labels: string[]; cctld: string | null } {
  const parts = host.split('.');
  const tld = parts.pop() ?? '';
  let cctld: string | null = null;
  if (tld.length === 2 && !GENERIC_CC.has(tld)) {
    cctld = tld;
    if (parts.length > 1 && SECOND_LEVEL.has(parts[parts.length - 1]!)) parts.pop();
  }
  return { labels: parts.filter((p) => !NOISE.has(p)), cctld };
}

/**
 * Segments one token of a host name into generic title words and place names, covering every letter; among the
 * segmentations, the one with fewest pieces wins (longer names), a generic word before a name of the same letters.
 * @param isName Whether some letters are a place name (without spaces).
 * @returns The place names (compact, in order), or null when the token cannot be covered.
 */
export function segmentToken(token: string, isName: (letters: string) => boolean): string[] | null {
  const n = token.length;
  // cost[i]: best cost to cover token[0, i); a generic word costs WORD_COST, a name NAME_COST (slightly more).
  const WORD_COST = 1;
  const NAME_COST = 1.001;
  const cost: number[] = new Array<number>(n + 1).fill(Infinity);
  const back: Array<{ from: number; name: boolean } | null> = new Array(n + 1).fill(null);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(n, i + MAX_NAME_CHARS); j++) {
      const piece = token.slice(i, j);
      let step = Infinity;
      let name = false;
      if (WORDS.has(piece)) step = WORD_COST;
      else if (piece.length >= MIN_NAME_CHARS && isName(piece)) [step, name] = [NAME_COST, true];
      if (cost[i]! + step < cost[j]!) {
        cost[j] = cost[i]! + step;
        back[j] = { from: i, name };
      }
    }
  }
  if (cost[n] === Infinity) return null;
  const names: string[] = [];
  for (let j = n; j > 0; ) {
    const b = back[j]!;
    if (b.name) names.unshift(token.slice(b.from, j));
    j = b.from;
  }
  return names;
}

/** True when every letter of `letters` is covered by generic title words. */
function allWords(letters: string): boolean {
  const names = segmentToken(letters, () => false);
  return names !== null;
}

function admissible(e: GazEntry): boolean {
  return e.kind === 'country' || e.kind === 'region' || (POPULATED.has(e.kind) && e.population >= OUTLET_MIN_POP);
}

/** The gazetteer key and admissible referents of compact letters (`kansascity` → `kansas city`), by own name only. */
function lookup(gaz: Pick<Gazetteer, 'byKey'>, letters: string): OutletPlace | null {
  for (const key of [letters, gaz.byKey.joined(letters)]) {
    if (!key) continue;
    const entries = (gaz.byKey.get(key) ?? []).filter((e) => e.key === key && admissible(e));
    if (entries.length) return { key, entries };
  }
  return null;
}

const abbreviations = new WeakMap<object, Map<string, string>>();

/** Lower-case abbreviations without dots (`wv`, `mass`, `nj`) → admin1 key, for POSTAL_PREFIX_COUNTRIES. */
function abbreviationMap(gaz: Pick<Gazetteer, 'admin1' | 'qualifiers'>): Map<string, string> {
  const known = abbreviations.get(gaz.qualifiers);
  if (known) return known;
  const map = new Map<string, string>();
  for (const [form, a1] of gaz.qualifiers) {
    const key = form.replace(/\./g, '').toLowerCase();
    if (POSTAL_PREFIX_COUNTRIES.includes(a1.split('.')[0]!) && key.length >= ABBREVIATION_MIN_CHARS && !map.has(key)) map.set(key, a1);
  }
  // US postal codes are the admin1 keys themselves (`US.WA`), also where a qualifier form is shared (`WA`).
  for (const a1 of gaz.admin1.keys()) if (a1.startsWith('US.') && a1.length === 5) map.set(a1.slice(3).toLowerCase(), a1);
  abbreviations.set(gaz.qualifiers, map);
  return map;
}

/** The region of a state or province abbreviation (`wv` → West Virginia, `mass` → Massachusetts). */
function abbreviatedRegion(gaz: Pick<Gazetteer, 'byKey' | 'admin1' | 'qualifiers'>, abbreviation: string): OutletPlace | null {
  const a1 = abbreviationMap(gaz).get(abbreviation);
  if (!a1) return null;
  const key = normaliseKey(gaz.admin1.get(a1) ?? '');
  const entries = (gaz.byKey.get(key) ?? []).filter((e) => e.kind === 'region' && e.a1 === a1);
  return entries.length ? { key, entries } : null;
}

/** Priors by host, per gazetteer. */
const caches = new WeakMap<object, Map<string, OutletPrior>>();

/**
 * Reads the outlet's home from a URL or domain: place names of at least MIN_NAME_CHARS letters that, with generic
 * title words, make up a whole label (`palestineherald` → Palestine; `thelancasterandmorecambecitizen` → Lancaster,
 * Morecambe; a label with letters left over gives nothing); a leading state or province abbreviation followed only by
 * generic words (`wvgazette` → West Virginia, `masslive` → Massachusetts: two letters are found anywhere by chance, but
 * an abbreviation before the title is a common naming habit); and the country of a country-code domain, to which the
 * places found are narrowed when some lie there.
 * @returns The prior, or null when the value holds no host name.
 */
export function outletPrior(urlOrHost: string | null | undefined, gaz: Pick<Gazetteer, 'byKey' | 'admin1' | 'qualifiers' | 'countries'>): OutletPrior | null {
  if (!urlOrHost) return null;
  const host = hostOf(urlOrHost);
  if (!host) return null;
  let cache = caches.get(gaz.byKey);
  if (!cache) caches.set(gaz.byKey, (cache = new Map()));
  const known = cache.get(host);
  if (known) return known;
  const { labels, cctld } = splitHost(host);
  const cc = cctld ? (CCTLD_COUNTRY[cctld] ?? cctld.toUpperCase()) : null;
  const country = cc && gaz.countries.has(cc) ? cc : null;
  const places: OutletPlace[] = [];
  const add = (p: OutletPlace | null) => {
    if (p && !places.some((q) => q.key === p.key)) places.push(p);
  };
  for (const label of labels) {
    for (const token of label.split(/[^a-z]+/)) {
      if (token.length < ABBREVIATION_MIN_CHARS) continue;
      const names = segmentToken(token, (letters) => lookup(gaz, letters) !== null);
      if (names) for (const n of names) add(lookup(gaz, n));
      else {
        for (let n = ABBREVIATION_MIN_CHARS; n <= Math.min(ABBREVIATION_MAX_CHARS, token.length - 1); n++) {
          const region = allWords(token.slice(n)) ? abbreviatedRegion(gaz, token.slice(0, n)) : null;
          if (region) {
            add(region);
            break;
          }
        }
      }
    }
  }
  const narrowed = places.map((p) => {
    const local = country ? p.entries.filter((e) => e.country === country) : [];
    return local.length ? { key: p.key, entries: local } : p;
  });
  const prior: OutletPrior = { host, places: narrowed, country };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(host, prior);
  return prior;
}
