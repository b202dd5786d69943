/** @module Claim clustering: claims asserting the same event or the same kind of figure about the same subject, place and period. */

import type { Claim, FigureMention, Side } from '../../core/doc.js';
import { contentWords, dayNumber, normaliseName } from '../stories/tokens.js';
import {
  CLAIM_CORE_SIZE,
  CLAIM_JOIN_THRESHOLD,
  CLAIM_MAX_CANDIDATES,
  CLAIM_MAX_POSTINGS,
  CLAIM_PERIOD_DAYS,
  CLAIM_TEXT_ALONE,
  CLAIM_TEXT_ANCHORED,
  CLAIM_TEXT_FIGURE,
  CLAIM_TEXT_FIGURE_PLACE,
  CLAIM_TEXT_SAME_SPEAKER,
  CLAIM_WORD_KEYS,
  W_ANCHOR,
} from './constants.js';
import { ABOUT_SEPARATOR, NON_ANCHOR_ENTITY_PREFIXES, SUBGROUP_NOUNS, WEAK_FIGURE_CATEGORIES } from './data/anchors.js';
import { PARAPHRASE_CLASSES } from './data/paraphrases.js';
import { parseClaimKey, type ClaimKey } from './key.js';

/** A claim with the document context clustering and verdicts need. */
export interface ClaimInput {
  /** Stable claim id; defaults to `<docId>#<claimIndex>` (or `#<claim.start>`). */
  id?: string;
  docId: string;
  claimIndex?: number;
  outlet: string | null;
  published: string | null;
  claim: Claim;
  /** Figures inside the claim's content. */
  figures: FigureMention[];
  entityIds: readonly string[];
  placeNames: readonly string[];
  /** Those of `placeNames` too broad to identify an event (countries, regions…); see BROAD_PLACE_KINDS. */
  broadPlaceNames?: readonly string[];
  timeValues: readonly string[];
}

/** A cluster of claims asserting the same thing. */
export interface ClaimCluster {
  /** `cc:` + the id of the cluster's first claim (stable for a given input set). */
  id: string;
  members: ClaimInput[];
  /** The most frequent non-empty claim key among the members, or null. */
  key: string | null;
  /** Figure categories (`killed`, `refugees`…) seen in the members, sorted. */
  categories: string[];
  /** Earliest and latest claim date (`YYYY-MM-DD`). */
  first: string | null;
  last: string | null;
  sides: Side[];
  outlets: string[];
}

/** Stable id of a claim input. */
export function claimId(c: ClaimInput): string {
  return c.id ?? `${c.docId}#${c.claimIndex ?? c.claim.start}`;
}

/**
 * The date a claim speaks about: its first full date time value (`YYYY-MM-DD`, also the key's time part), else the
 * publication date.
 * @returns Days since 1970-01-01, or null.
 */
export function claimDay(c: ClaimInput): number | null {
  for (const v of c.timeValues) {
    const d = /^\d{4}-\d{2}-\d{2}/.test(v) ? dayNumber(v) : null;
    if (d !== null) return d;
  }
  const k = parseClaimKey(c.claim.key);
  if (k.time && /^\d{4}-\d{2}-\d{2}/.test(k.time)) return dayNumber(k.time);
  return dayNumber(c.published);
}

const WEAK_CATEGORIES = new Set(WEAK_FIGURE_CATEGORIES);

/** A sparse unit vector: word ids ascending with their weights. */
interface Vec {
  ids: Int32Array;
  w: Float32Array;
}

/** What pair scoring reads of a claim (its words are kept apart, as a {@link Vec}). */
interface Features {
  key: ClaimKey;
  /** `category|about|group` of the claim's specific figures; about `*` when unknown, group `` unless a sub-group is counted. */
  cats: Set<string>;
  /** {@link cats} split into their parts, for matching. */
  catParts: Array<[string, string, string]>;
  /** Specific (non-broad) places, normalised. */
  places: Set<string>;
  /** Named entities that can anchor a claim (no places, no nationalities). */
  entities: Set<string>;
  day: number | null;
  /**
   * Earliest day the claim may speak about: the first day of a recent month it names ("at the end of June" in a
   * mid-July report) when it names no full date, else its day. Only widens the period, never narrows it.
   */
  from: number | null;
  /** `document id|speaker` when the claim has a named source (entity id, else normalised name), else null. */
  speaker: string | null;
}

/** The claim's named speaker within its document (see {@link Features.speaker}). */
function speakerOf(c: ClaimInput, names: NameCache): string | null {
  const s = c.claim.source;
  if (!s || s.side === 'ANON' || s.side === 'OUTLET') return null;
  const id = s.entityId && !NON_SPEAKER_PREFIXES.some((p) => s.entityId!.startsWith(p)) ? s.entityId : null;
  const who = id ?? (s.entityId ? null : normalised(s.name || s.text, names));
  return who ? `${c.docId}|${who}` : null;
}

/** Source entity ids that name a crowd, not one speaker (`Ukrainian officials`, `Russia`). */
const NON_SPEAKER_PREFIXES: readonly string[] = ['nationality:', 'place:', 'unk:'];

const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
/** A named month counts as the claim's period only when it ended at most this many days before the claim's day. */
const RECENT_MONTH_DAYS = 2 * CLAIM_PERIOD_DAYS;

/** See {@link Features.from}. */
function periodStart(c: ClaimInput, key: ClaimKey, day: number | null): number | null {
  if (day === null) return null;
  let from = day;
  for (const v of [...c.timeValues, key.time ?? '']) {
    if (/^\d{4}-\d{2}-\d{2}/.test(v)) return day; // a full date was named: the claim's day is that date
    const m = MONTH_VALUE.exec(v);
    if (!m) continue;
    const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) / 86_400_000;
    const end = Date.UTC(Number(m[1]), Number(m[2]), 1) / 86_400_000 - 1;
    if (start <= day && end >= day - RECENT_MONTH_DAYS) from = Math.min(from, start);
  }
  return from;
}

/** Days between two claims' periods (0 when they overlap); null when either is undated. */
function periodGap(a: Features, b: Features): number | null {
  if (a.day === null || b.day === null) return null;
  return Math.max(0, Math.max(a.from ?? a.day, b.from ?? b.day) - Math.min(a.day, b.day));
}

const SUBGROUP_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(${SUBGROUP_NOUNS.join('|')})\\b`, 'iu');
/** Characters after a figure read to find the group it counts. */
const SUBGROUP_LOOKAHEAD = 40;

/** The sub-group a figure counts (`children` in "three children were killed"), or `` for people in general. */
function countedGroup(c: ClaimInput, f: FigureMention): string {
  const at = f.end - c.claim.start;
  if (at < 0 || at > c.claim.text.length) return '';
  const m = SUBGROUP_AFTER.exec(c.claim.text.slice(at, at + SUBGROUP_LOOKAHEAD));
  return m ? m[1]!.toLowerCase() : '';
}

/** Memoised {@link normaliseName}: place names repeat across a corpus's claims. */
type NameCache = Map<string, string>;

function normalised(name: string, cache: NameCache): string {
  let n = cache.get(name);
  if (n === undefined) cache.set(name, (n = normaliseName(name)));
  return n;
}

function features(c: ClaimInput, names: NameCache = new Map(), day: number | null = claimDay(c)): Features {
  const key = parseClaimKey(c.claim.key);
  const cats = new Set<string>();
  for (const f of c.figures) if (f.category && !WEAK_CATEGORIES.has(f.category)) cats.add(`${f.category}|${f.about ?? '*'}|${countedGroup(c, f)}`);
  if (key.category && !WEAK_CATEGORIES.has(key.category) && ![...cats].some((x) => x.startsWith(key.category + '|'))) cats.add(`${key.category}|*|`);
  const broad = new Set((c.broadPlaceNames ?? []).map((p) => normalised(p, names)));
  const places = new Set<string>();
  for (const p of c.placeNames) addPlace(places, normalised(p, names), broad);
  for (const p of c.claim.placeNames ?? []) addPlace(places, normalised(p, names), broad);
  if (key.place && places.size > 0) addPlace(places, normalised(key.place, names), broad);
  const entities = new Set<string>();
  for (const e of c.entityIds) if (!NON_ANCHOR_ENTITY_PREFIXES.some((p) => e.startsWith(p))) entities.add(e);
  for (const e of c.claim.entityIds ?? []) if (!NON_ANCHOR_ENTITY_PREFIXES.some((p) => e.startsWith(p))) entities.add(e);
  const catParts = [...cats].map((x) => x.split('|') as [string, string, string]);
  return { key, cats, catParts, places, entities, day, from: periodStart(c, key, day), speaker: speakerOf(c, names) };
}

function addPlace(places: Set<string>, p: string, broad: ReadonlySet<string>): void {
  if (p && !broad.has(p)) places.add(p);
}

/** Shortest stem from which a final `e` is dropped, so `complete`/`completed` and `force`/`forced` meet. */
const FINAL_E_MIN = 5;

const dropFinalE = (w: string): string => (w.length >= FINAL_E_MIN && w.endsWith('e') ? w.slice(0, -1) : w);

/** Normalised word → `=class` token, built from {@link PARAPHRASE_CLASSES} with the claim tokeniser itself. */
const PARAPHRASE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [name, words] of Object.entries(PARAPHRASE_CLASSES)) {
    for (const w of words) for (const t of contentWords(w)) m.set(dropFinalE(t), '=' + name);
  }
  return m;
})();

/** Content words of a claim, with the final `e` of longer stems dropped and paraphrases replaced by their class. */
function claimWords(text: string): string[] {
  return contentWords(text).map((w) => {
    const n = dropFinalE(w);
    return PARAPHRASE.get(n) ?? n;
  });
}

/** A claim being clustered: its input, id, features and vector (kept only while it is a cluster's core member). */
interface Item {
  c: ClaimInput;
  id: string;
  f: Features;
  vec: Vec;
}

interface Group {
  id: string;
  order: number;
  members: ClaimInput[];
  /** The first {@link CLAIM_CORE_SIZE} members: what a new claim is compared with (released once out of reach). */
  core: Item[];
  /** Figure categories of the members (all, weak ones included). */
  cats: string[];
  /** Latest period bucket a core member was indexed in. */
  lastBucket: number;
  /** Blocking lookup scratch: the claim that last counted hits on this cluster, and how many. */
  hitBy: number;
  hits: number;
  /** Earliest and latest member day. */
  minDay: number | null;
  maxDay: number | null;
}

/** True when two figure `about` values can describe the same subject. */
function aboutMatch(a: string, b: string): boolean {
  return a === b || a === '*' || b === '*' || a.endsWith(ABOUT_SEPARATOR + b) || b.endsWith(ABOUT_SEPARATOR + a);
}

/**
 * How two `category|about|group` sets agree: 2 when they share a category and counted group with the same explicit
 * subject, 1 when the subject is unknown on one side, 0 when no category matches.
 */
function catsMatch(a: ReadonlyArray<[string, string, string]>, b: ReadonlyArray<[string, string, string]>): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  for (const [ca, aa, ga] of a) {
    for (const [cb, ab, gb] of b) {
      if (ca !== cb || ga !== gb || !aboutMatch(aa, ab)) continue;
      if (aa !== '*' && ab !== '*') return 2;
      best = 1;
    }
  }
  return best;
}

function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) return true;
  return false;
}

/** Word ids and term-frequency weights (1 + ln count) of a claim's words, ids ascending. */
function termVector(words: readonly string[], vocab: Map<string, number>): Vec {
  const counts = new Map<number, number>();
  for (const w of words) {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from(counts.keys()).sort();
  const w = new Float32Array(ids.length);
  ids.forEach((id, k) => (w[k] = 1 + Math.log(counts.get(id)!)));
  return { ids, w };
}

/** Weights a term vector by idf and scales it to unit length (a new vector). */
function unitVector(tf: Vec, idf: (id: number) => number): Vec {
  const w = new Float32Array(tf.ids.length);
  let s = 0;
  for (let k = 0; k < w.length; k++) {
    w[k] = tf.w[k]! * idf(tf.ids[k]!);
    s += w[k]! * w[k]!;
  }
  const norm = Math.sqrt(s) || 1;
  for (let k = 0; k < w.length; k++) w[k] = w[k]! / norm;
  return { ids: tf.ids, w };
}

/** Dot product of two sparse vectors (merge of the ascending id lists). */
function cosine(a: Vec, b: Vec): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Pair score of two claims that are compatible but not similar enough to join. */
const NO_MATCH = -0.5;

/**
 * Whether two claims assert the same thing, as a score (cosine + anchor bonuses), {@link NO_MATCH} when they are
 * compatible but do not match, or -1 when they can never be the same claim:
 * - incompatible: dates more than {@link CLAIM_PERIOD_DAYS} apart, specific figures of different kinds or subjects,
 *   specific places that do not overlap;
 * - otherwise the content words must agree: a paraphrase ({@link CLAIM_TEXT_ALONE}), or a shared specific anchor —
 *   place, named entity, figure kind with its subject — with {@link CLAIM_TEXT_ANCHORED}, or the same kind of figure
 *   about the same explicit subject with {@link CLAIM_TEXT_FIGURE}, or in the same specific place with
 *   {@link CLAIM_TEXT_FIGURE_PLACE}. A figure category alone,
 *   a country alone or a common nationality never joins.
 */
function pairScore(a: Features, av: Vec, b: Features, bv: Vec, why?: string[]): number {
  const gap = periodGap(a, b);
  if (gap !== null && gap > CLAIM_PERIOD_DAYS) return why?.push(`dates ${gap} days apart`), -1;
  let fig: 0 | 1 | 2 = 0;
  if (a.cats.size > 0 && b.cats.size > 0) {
    fig = catsMatch(a.catParts, b.catParts);
    if (fig === 0) return why?.push(`figures differ: ${[...a.cats]} vs ${[...b.cats]}`), -1;
  }
  let place = false;
  if (a.places.size > 0 && b.places.size > 0) {
    place = intersects(a.places, b.places);
    if (!place) return why?.push(`places differ: ${[...a.places]} vs ${[...b.places]}`), -1;
  }
  const entity = a.entities.size > 0 && b.entities.size > 0 && intersects(a.entities, b.entities);
  const cos = cosine(av, bv);
  const anchored = place || entity || fig === 2;
  const speaker = a.speaker !== null && a.speaker === b.speaker;
  const ok =
    cos >= CLAIM_TEXT_ALONE ||
    (speaker && cos >= CLAIM_TEXT_SAME_SPEAKER) ||
    (anchored && cos >= CLAIM_TEXT_ANCHORED) ||
    (fig === 2 && cos >= CLAIM_TEXT_FIGURE) ||
    (fig > 0 && place && cos >= CLAIM_TEXT_FIGURE_PLACE);
  why?.push(`cosine ${cos.toFixed(2)}, place ${place}, entity ${entity}, figure ${fig}, same speaker ${speaker}`);
  if (!ok) return NO_MATCH;
  return cos + W_ANCHOR * (Number(place) + Number(entity) + fig);
}

/** Inverse document frequency over `n` claims of a word seen in `df` of them. */
const idfOf = (n: number, df: number): number => Math.log((n + 1) / (df + 1)) + 1;

/**
 * Explains one pair: the score {@link clusterClaims} would give two claims (content-word weights taken from
 * `corpus`, default the two claims); negative when they do not match (-1: they can never be the same claim).
 * @param why When given, receives the reasons (what differs, or the cosine and the anchors shared).
 * @returns The pair score.
 */
export function claimPairScore(a: ClaimInput, b: ClaimInput, corpus: readonly ClaimInput[] = [a, b], why?: string[]): number {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  for (const c of corpus) for (const id of termVector(claimWords(c.claim.text), vocab).ids) df[id] = (df[id] ?? 0) + 1;
  const idf = (id: number): number => idfOf(corpus.length, df[id] ?? 0);
  const va = unitVector(termVector(claimWords(a.claim.text), vocab), idf);
  const vb = unitVector(termVector(claimWords(b.claim.text), vocab), idf);
  return pairScore(features(a), va, features(b), vb, why);
}

/**
 * Score of a claim against a cluster: -1 when it is incompatible with any core member or matches none of them, else
 * its best pair score with a core member.
 */
function groupScore(it: Item, g: Group): number {
  let best = -1;
  for (const m of g.core) {
    const s = pairScore(it.f, it.vec, m.f, m.vec);
    if (s === -1) return -1;
    if (s > best) best = s;
  }
  return best === NO_MATCH ? -1 : best;
}

/** Bucket of undated claims (processed last, matched only with each other). */
const UNDATED = Number.MAX_SAFE_INTEGER;

/**
 * The blocking index: per period bucket, the clusters whose core members carry a key. Claims arrive in date order, so
 * buckets more than one period behind the current claim can never be read again and are dropped, with the core
 * members of the clusters last indexed there: memory stays bounded by the claims of a few periods.
 */
class BlockingIndex {
  private readonly buckets = new Map<number, Map<string, Group[]>>();
  /** Buckets in the order they were opened (ascending, as claims arrive in date order). */
  private readonly open: number[] = [];
  private readonly groupsIn = new Map<number, Group[]>();

  /** Drops every bucket below `bucket - 1` (call with non-decreasing buckets). */
  advance(bucket: number): void {
    while (this.open.length && this.open[0]! < bucket - 1) {
      const b = this.open.shift()!;
      this.buckets.delete(b);
      for (const g of this.groupsIn.get(b) ?? []) if (g.lastBucket === b) g.core = [];
      this.groupsIn.delete(b);
    }
  }

  /**
   * Clusters indexed under any of `keys` in any of `buckets`, each with its number of key hits in `hits` (`query`
   * identifies the lookup, so no per-lookup map is needed).
   */
  lookup(keys: readonly string[], buckets: readonly number[], query: number): Group[] {
    const found: Group[] = [];
    for (const b of buckets) {
      const index = this.buckets.get(b);
      if (!index) continue;
      for (const k of keys) {
        const list = index.get(k);
        if (!list) continue;
        for (const g of list) {
          if (g.hitBy !== query) {
            g.hitBy = query;
            g.hits = 0;
            found.push(g);
          }
          g.hits++;
        }
      }
    }
    return found;
  }

  /** Indexes `g` under `keys` in `bucket` (at most {@link CLAIM_MAX_POSTINGS} clusters per key, most recent kept). */
  add(g: Group, keys: readonly string[], bucket: number): void {
    let index = this.buckets.get(bucket);
    if (!index) {
      this.buckets.set(bucket, (index = new Map()));
      this.open.push(bucket);
    }
    for (const k of keys) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      if (!list.includes(g)) {
        list.push(g);
        if (list.length > CLAIM_MAX_POSTINGS) list.shift();
      }
    }
    if (g.lastBucket !== bucket) {
      g.lastBucket = bucket;
      let gs = this.groupsIn.get(bucket);
      if (!gs) this.groupsIn.set(bucket, (gs = []));
      gs.push(g);
    }
  }
}

/**
 * Clusters claims. Claims are processed in date order (then document id, then position); each joins the best-scoring
 * cluster found through its blocking keys (specific figure category, specific place, entity, rare content words; per
 * {@link CLAIM_PERIOD_DAYS} bucket) whose core it is compatible with and matches ({@link pairScore}), or opens a new
 * one. Deterministic whatever the input order. Linear in the number of claims: a first pass counts word document
 * frequencies (words kept as compact id vectors), the second keeps features only for the core members of clusters
 * still within reach.
 * @returns The clusters in order of their first claim.
 */
export function clusterClaims(inputs: readonly ClaimInput[], options: { threshold?: number } = {}): ClaimCluster[] {
  const threshold = options.threshold ?? CLAIM_JOIN_THRESHOLD;
  const n = inputs.length;
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const tfs: Vec[] = new Array(n);
  const days: Array<number | null> = new Array(n);
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = inputs[i]!;
    tfs[i] = termVector(claimWords(c.claim.text), vocab);
    for (const id of tfs[i]!.ids) df[id] = (df[id] ?? 0) + 1;
    days[i] = claimDay(c);
    ids[i] = claimId(c);
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      (days[a] ?? Infinity) - (days[b] ?? Infinity) ||
      cmp(inputs[a]!.docId, inputs[b]!.docId) ||
      inputs[a]!.claim.start - inputs[b]!.claim.start ||
      cmp(ids[a]!, ids[b]!),
  );
  const idf = Float64Array.from(df, (d) => idfOf(n, d ?? 0));
  const idfAt = (id: number): number => idf[id]!;
  const names: NameCache = new Map();
  const index = new BlockingIndex();
  const groups: Group[] = [];
  for (const i of order) {
    const c = inputs[i]!;
    const f = features(c, names, days[i]!);
    const tf = tfs[i]!;
    const it: Item = { c, id: ids[i]!, f, vec: unitVector(tf, idfAt) };
    tfs[i] = it.vec; // the term vector is not needed again
    const keys: string[] = [];
    for (const x of f.catParts) keys.push('c:' + x[0]);
    for (const p of f.places) keys.push('p:' + p);
    for (const e of f.entities) keys.push('e:' + e);
    const rare = [...tf.ids].sort((a, b) => df[a]! - df[b]! || a - b);
    for (const w of rare.slice(0, CLAIM_WORD_KEYS)) keys.push('w:' + w);
    const bucket = f.day === null ? UNDATED : Math.floor(f.day / CLAIM_PERIOD_DAYS);
    index.advance(bucket);
    const found = index.lookup(keys, bucket === UNDATED ? [UNDATED] : [bucket - 1, bucket, bucket + 1], i);
    const ranked = found.length > 1 ? found.sort((a, b) => b.hits - a.hits || a.order - b.order) : found;
    if (ranked.length > CLAIM_MAX_CANDIDATES) ranked.length = CLAIM_MAX_CANDIDATES;
    let best: Group | null = null;
    let bestScore = threshold;
    for (const g of ranked) {
      const s = groupScore(it, g);
      if (s > bestScore || (s === bestScore && best && g.order < best.order)) {
        best = g;
        bestScore = s;
      }
    }
    if (!best) {
      best = { id: 'cc:' + it.id, order: groups.length, members: [], core: [], cats: [], lastBucket: -1, hitBy: -1, hits: 0, minDay: null, maxDay: null };
      groups.push(best);
    }
    const g = best;
    g.members.push(c);
    if (f.day !== null) {
      if (g.minDay === null || f.day < g.minDay) g.minDay = f.day;
      if (g.maxDay === null || f.day > g.maxDay) g.maxDay = f.day;
    }
    for (const fm of c.figures) if (fm.category && !g.cats.includes(fm.category)) g.cats.push(fm.category);
    if (f.key.category && !g.cats.includes(f.key.category)) g.cats.push(f.key.category);
    if (g.members.length > CLAIM_CORE_SIZE) continue; // only core members are compared with and indexed
    g.core.push(it);
    index.add(g, keys, bucket);
  }
  const isoCache = new Map<number, string>();
  const iso = (d: number | null): string | null => {
    if (d === null) return null;
    let v = isoCache.get(d);
    if (v === undefined) isoCache.set(d, (v = new Date(d * 86_400_000).toISOString().slice(0, 10)));
    return v;
  };
  return groups.map((g) => toCluster(g, iso));
}

function toCluster(g: Group, iso: (d: number | null) => string | null): ClaimCluster {
  const keyCount = new Map<string, number>();
  for (const m of g.members) if (m.claim.key) keyCount.set(m.claim.key, (keyCount.get(m.claim.key) ?? 0) + 1);
  const key = [...keyCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  return {
    id: g.id,
    members: g.members,
    key,
    categories: [...g.cats].sort(),
    first: iso(g.minDay),
    last: iso(g.maxDay),
    sides: [...new Set(g.members.map((m) => m.claim.side))].sort(),
    outlets: [...new Set(g.members.map((m) => m.outlet).filter((o): o is string => !!o))].sort(),
  };
}
