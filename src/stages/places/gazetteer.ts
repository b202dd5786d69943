/** @module Lazy, in-memory gazetteer: loads (or builds) the cached index once and answers name-key lookups. */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { cachePath, dataPath } from '../../core/paths.js';
import { normaliseKey } from './normalise.js';
import { buildGazetteerSync, GAZETTEER_FILE, GAZETTEER_VERSION, SOURCE_DATA_FILES, SECTION_KEYS, SECTION_ROWS, SECTION_STEMS, sourcePackages, type GazetteerHeader } from './build-gazetteer.js';

/** One candidate referent of a name. */
export interface GazEntry {
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  /** Admin1 key such as `UA.17` or `US.TX`. */
  a1: string | null;
  /** County code of a US place or county (`003`, unique within its admin1), else null. */
  a2: string | null;
  population: number;
  /** `country | region | county | water | peninsula | continent | macro_region | city | town | village | district`. */
  kind: string;
  /** `capital`, `admin` (first-level seat) or ''. */
  seat: string;
  /** The normalised key of `name`. */
  key: string;
}

/** Most lookups memoised per index before the memo is reset. */
export const MEMO_LIMIT = 50_000;

/** Name-key lookup over the sorted key lines of the artefact (binary search; rows parsed on first use). */
export class KeyIndex {
  constructor(
    private readonly lines: readonly string[],
    private readonly row: (i: number) => GazEntry,
  ) {}

  /** Number of distinct keys. */
  get size(): number {
    return this.lines.length;
  }

  private readonly memo = new Map<string, GazEntry[] | undefined>();

  /** Entries for `key`, or undefined (results are memoised; the memo is cleared when it grows past MEMO_LIMIT). */
  get(key: string): GazEntry[] | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    const found = this.search(key);
    this.memo.set(key, found);
    return found;
  }

  private search(key: string): GazEntry[] | undefined {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.lines[mid]!;
      const k = line.slice(0, line.indexOf('\t'));
      if (k === key) return line.slice(k.length + 1).split(',').map((n) => this.row(Number(n)));
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private joinedKeys: Map<string, string> | null = null;

  /**
   * The multi-word key written without spaces (`kansascity` → `kansas city`), for reading host names; the map is built
   * on first use.
   */
  joined(compact: string): string | undefined {
    if (!this.joinedKeys) {
      this.joinedKeys = new Map();
      for (const line of this.lines) {
        const space = line.indexOf(' ');
        const tab = line.indexOf('\t');
        if (space < 0 || space > tab) continue;
        const k = line.slice(0, tab);
        const c = k.replaceAll(' ', '');
        if (!this.joinedKeys.has(c)) this.joinedKeys.set(c, k);
      }
    }
    return this.joinedKeys.get(compact);
  }
}

export interface Gazetteer {
  /** Entries whose name or alias normalises to a key. */
  byKey: KeyIndex;
  /** Regions selected by a stem plus a generic head (`odesa` + `oblast`). */
  byStem: KeyIndex;
  admin1: Map<string, string>;
  qualifiers: Map<string, string>;
  demonyms: Map<string, string>;
  /** Country entries by ISO code. */
  countries: Map<string, GazEntry>;
  /** Milliseconds it took to load. */
  loadMs: number;
  size: number;
}

let cached: Gazetteer | null = null;

/** Builds the artefact when it is missing or older than one of our data files. */
function buildIfStale(file: string): void {
  if (!existsSync(file)) {
    buildGazetteerSync(file);
    return;
  }
  const built = statSync(file).mtimeMs;
  const stale = SOURCE_DATA_FILES.some((f) => {
    const p = dataPath('places', f);
    return existsSync(p) && statSync(p).mtimeMs > built;
  });
  if (stale) buildGazetteerSync(file);
}

function parseRow(line: string): GazEntry {
  const f = line.split('\t');
  const [kind, seat = ''] = f[7]!.split(':');
  return {
    geonameid: f[0] ? Number(f[0]) : null,
    name: f[1]!,
    lat: Number(f[2]),
    lon: Number(f[3]),
    country: f[4] || null,
    a1: f[5] || null,
    a2: f[8] || null,
    population: Number(f[6]) || 0,
    kind: kind!,
    seat,
    key: normaliseKey(f[1]!),
  };
}

function readHeader(text: string): GazetteerHeader {
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as GazetteerHeader;
}

/** True when the artefact was built from other versions of the source packages than those installed now. */
function packagesChanged(header: GazetteerHeader): boolean {
  const now = sourcePackages();
  return !Array.isArray(header.packages) || header.packages.length !== now.length || now.some((p, i) => header.packages[i] !== p);
}

/**
 * Returns the gazetteer, loading `.cache/gazetteer-v3.tsv` at first use (building it when missing, older than
 * data/places, or built from other versions of the source packages).
 * @throws Error when the artefact cannot be built or has another version.
 */
export function getGazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  const file = cachePath(GAZETTEER_FILE);
  buildIfStale(file);
  let text = readFileSync(file, 'utf8');
  let header = readHeader(text);
  if (packagesChanged(header)) {
    buildGazetteerSync(file);
    text = readFileSync(file, 'utf8');
    header = readHeader(text);
  }
  if (header.version !== GAZETTEER_VERSION) throw new Error(`gazetteer ${file} has version ${header.version}, expected ${GAZETTEER_VERSION}`);
  const rowsAt = text.indexOf(`\n${SECTION_ROWS}\n`) + SECTION_ROWS.length + 2;
  const keysAt = text.indexOf(`\n${SECTION_KEYS}\n`);
  const stemsAt = text.indexOf(`\n${SECTION_STEMS}\n`);
  const rowLines = text.slice(rowsAt, keysAt).split('\n');
  const keyLines = text.slice(keysAt + SECTION_KEYS.length + 2, stemsAt).split('\n');
  const stemLines = text.slice(stemsAt + SECTION_STEMS.length + 2).split('\n').filter(Boolean);
  const parsed: Array<GazEntry | undefined> = new Array(rowLines.length);
  const row = (i: number): GazEntry => (parsed[i] ??= parseRow(rowLines[i]!));
  const countries = new Map<string, GazEntry>();
  for (const [cc, i] of Object.entries(header.countryRows)) countries.set(cc, row(i));
  cached = {
    byKey: new KeyIndex(keyLines, row),
    byStem: new KeyIndex(stemLines, row),
    admin1: new Map(Object.entries(header.admin1)),
    qualifiers: new Map(Object.entries(header.qualifiers)),
    demonyms: new Map(Object.entries(header.demonyms)),
    countries,
    loadMs: Math.round(performance.now() - t0),
    size: rowLines.length,
  };
  return cached;
}
