/** @module Claim clustering: claims asserting the same event or the same kind of figure about the same subject, place and period. */

import type { Claim, FigureMention, Side } from '../../core/doc.js';
import { contentWords, dayNumber, normaliseName, termCounts } from '../stories/tokens.js';
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
  CLAIM_WORD_KEYS,
  W_ANCHOR,
} from './constants.js';
import { ABOUT_SEPARATOR, NON_ANCHOR_ENTITY_PREFIXES, WEAK_FIGURE_CATEGORIES } from './data/anchors.js';
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

interface Features {
  key: ClaimKey;
  /** `category|about` pairs of the claim's specific figures; about `*` when unknown. */
  cats: Set<string>;
  /** Specific (non-broad) places, normalised. */
  places: Set<string>;
  /** Named entities that can anchor a claim (no places, no nationalities). */
  entities: Set<string>;
  words: Map<string, number>;
  day: number | null;
}

function features(c: ClaimInput): Features {
  const key = parseClaimKey(c.claim.key);
  const cats = new Set<string>();
  for (const f of c.figures) if (f.category && !WEAK_CATEGORIES.has(f.category)) cats.add(`${f.category}|${f.about ?? '*'}`);
  if (key.category && !WEAK_CATEGORIES.has(key.category) && ![...cats].some((x) => x.startsWith(key.category + '|'))) cats.add(`${key.category}|*`);
  const broad = new Set((c.broadPlaceNames ?? []).map(normaliseName));
  const places = new Set([...c.placeNames, ...(c.claim.placeNames ?? [])].map(normaliseName).filter((p) => p && !broad.has(p)));
  if (key.place && !broad.has(normaliseName(key.place)) && places.size > 0) places.add(normaliseName(key.place));
  const entities = new Set([...c.entityIds, ...(c.claim.entityIds ?? [])].filter((e) => !NON_ANCHOR_ENTITY_PREFIXES.some((p) => e.startsWith(p))));
  return { key, cats, places, entities, words: termCounts(claimWords(c.claim.text)), day: claimDay(c) };
}

/** Shortest stem from which a final `e` is dropped, so `complete`/`completed` and `force`/`forced` meet. */
const FINAL_E_MIN = 5;

/** Content words of a claim, with the final `e` of longer stems dropped. */
function claimWords(text: string): string[] {
  return contentWords(text).map((w) => (w.length >= FINAL_E_MIN && w.endsWith('e') ? w.slice(0, -1) : w));
}

interface Item {
  c: ClaimInput;
  id: string;
  f: Features;
  vec: Map<string, number>;
}

interface Group {
  id: string;
  order: number;
  members: ClaimInput[];
  /** The first {@link CLAIM_CORE_SIZE} members: what a new claim is compared with. */
  core: Item[];
  /** Figure categories of the members (all, weak ones included) with their counts. */
  cats: Map<string, number>;
}

/** True when two figure `about` values can describe the same subject. */
function aboutMatch(a: string, b: string): boolean {
  return a === b || a === '*' || b === '*' || a.endsWith(ABOUT_SEPARATOR + b) || b.endsWith(ABOUT_SEPARATOR + a);
}

/**
 * How two `category|about` sets agree: 2 when they share a category with the same explicit subject, 1 when they
 * share a category whose subject is unknown on one side, 0 when no category matches.
 */
function catsMatch(a: Iterable<string>, b: Iterable<string>): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  for (const x of a) {
    const [ca, aa] = x.split('|') as [string, string];
    for (const y of b) {
      const [cb, ab] = y.split('|') as [string, string];
      if (ca !== cb || !aboutMatch(aa, ab)) continue;
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

function unitVector(words: Map<string, number>, idf: (w: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let s = 0;
  for (const [w, n] of words) {
    const x = (1 + Math.log(n)) * idf(w);
    v.set(w, x);
    s += x * x;
  }
  const norm = Math.sqrt(s) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (big.get(w) ?? 0);
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
function pairScore(a: Features, av: Map<string, number>, b: Features, bv: Map<string, number>): number {
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > CLAIM_PERIOD_DAYS) return -1;
  let fig: 0 | 1 | 2 = 0;
  if (a.cats.size > 0 && b.cats.size > 0) {
    fig = catsMatch(a.cats, b.cats);
    if (fig === 0) return -1;
  }
  let place = false;
  if (a.places.size > 0 && b.places.size > 0) {
    place = intersects(a.places, b.places);
    if (!place) return -1;
  }
  const entity = a.entities.size > 0 && b.entities.size > 0 && intersects(a.entities, b.entities);
  const cos = cosine(av, bv);
  const anchored = place || entity || fig === 2;
  const ok =
    cos >= CLAIM_TEXT_ALONE ||
    (anchored && cos >= CLAIM_TEXT_ANCHORED) ||
    (fig === 2 && cos >= CLAIM_TEXT_FIGURE) ||
    (fig > 0 && place && cos >= CLAIM_TEXT_FIGURE_PLACE);
  if (!ok) return NO_MATCH;
  return cos + W_ANCHOR * (Number(place) + Number(entity) + fig);
}

/**
 * Explains one pair: the score {@link clusterClaims} would give two claims (content-word weights taken from
 * `corpus`, default the two claims); negative when they do not match (-1: they can never be the same claim).
 * @returns The pair score.
 */
export function claimPairScore(a: ClaimInput, b: ClaimInput, corpus: readonly ClaimInput[] = [a, b]): number {
  const df = new Map<string, number>();
  for (const c of corpus) for (const w of new Set(claimWords(c.claim.text))) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string): number => Math.log((corpus.length + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  const fa = features(a);
  const fb = features(b);
  return pairScore(fa, unitVector(fa.words, idf), fb, unitVector(fb.words, idf));
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

/**
 * Clusters claims. Claims are processed in date order (then document id, then position); each joins the best-scoring
 * cluster found through its blocking keys (specific figure category, specific place, entity, rare content words; per
 * {@link CLAIM_PERIOD_DAYS} bucket) whose core it is compatible with and matches ({@link pairScore}), or opens a new
 * one. Deterministic whatever the input order.
 * @returns The clusters in order of their first claim.
 */
export function clusterClaims(inputs: readonly ClaimInput[], options: { threshold?: number } = {}): ClaimCluster[] {
  const threshold = options.threshold ?? CLAIM_JOIN_THRESHOLD;
  const pre = inputs.map((c) => ({ c, id: claimId(c), f: features(c) }));
  pre.sort(
    (a, b) => (a.f.day ?? Infinity) - (b.f.day ?? Infinity) || (a.c.docId < b.c.docId ? -1 : a.c.docId > b.c.docId ? 1 : 0) || a.c.claim.start - b.c.claim.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const df = new Map<string, number>();
  for (const it of pre) for (const w of it.f.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = pre.length;
  const idf = (w: string): number => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;
  const items: Item[] = pre.map((p) => ({ ...p, vec: unitVector(p.f.words, idf) }));

  const groups: Group[] = [];
  const postings = new Map<string, Group[]>();
  for (const it of items) {
    const { f } = it;
    const keys: string[] = [];
    for (const c of f.cats) keys.push('c:' + c.split('|')[0]);
    for (const p of f.places) keys.push('p:' + p);
    for (const e of f.entities) keys.push('e:' + e);
    const rare = [...f.words.keys()].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1));
    for (const w of rare.slice(0, CLAIM_WORD_KEYS)) keys.push('w:' + w);
    const bucket = f.day === null ? null : Math.floor(f.day / CLAIM_PERIOD_DAYS);
    const buckets = bucket === null ? ['x'] : [bucket - 1, bucket, bucket + 1].map(String);

    const hits = new Map<Group, number>();
    for (const k of keys) for (const b of buckets) for (const g of postings.get(k + '#' + b) ?? []) hits.set(g, (hits.get(g) ?? 0) + 1);
    const ranked = [...hits].sort((a, b) => b[1] - a[1] || a[0].order - b[0].order).slice(0, CLAIM_MAX_CANDIDATES);
    let best: Group | null = null;
    let bestScore = threshold;
    for (const [g] of ranked) {
      const s = groupScore(it, g);
      if (s > bestScore || (s === bestScore && best && g.order < best.order)) {
        best = g;
        bestScore = s;
      }
    }
    if (!best) {
      best = { id: 'cc:' + it.id, order: groups.length, members: [], core: [], cats: new Map() };
      groups.push(best);
    }
    const g = best;
    g.members.push(it.c);
    if (g.core.length < CLAIM_CORE_SIZE) g.core.push(it);
    for (const fm of it.c.figures) if (fm.category) g.cats.set(fm.category, (g.cats.get(fm.category) ?? 0) + 1);
    if (f.key.category) g.cats.set(f.key.category, (g.cats.get(f.key.category) ?? 0) + 1);
    if (g.core.length > CLAIM_CORE_SIZE || g.core[g.core.length - 1] !== it) continue; // only core members are indexed
    const b0 = bucket === null ? 'x' : String(bucket);
    for (const k of keys) {
      const pk = k + '#' + b0;
      let list = postings.get(pk);
      if (!list) postings.set(pk, (list = []));
      if (!list.includes(g)) {
        list.push(g);
        if (list.length > CLAIM_MAX_POSTINGS) list.shift();
      }
    }
  }
  return groups.map(toCluster);
}

function toCluster(g: Group): ClaimCluster {
  const keyCount = new Map<string, number>();
  for (const m of g.members) if (m.claim.key) keyCount.set(m.claim.key, (keyCount.get(m.claim.key) ?? 0) + 1);
  const key = [...keyCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const days = g.members.map(claimDay).filter((d): d is number => d !== null);
  const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return {
    id: g.id,
    members: g.members,
    key,
    categories: [...g.cats.keys()].sort(),
    first: days.length ? iso(days.reduce((a, b) => Math.min(a, b))) : null,
    last: days.length ? iso(days.reduce((a, b) => Math.max(a, b))) : null,
    sides: [...new Set(g.members.map((m) => m.claim.side))].sort(),
    outlets: [...new Set(g.members.map((m) => m.outlet).filter((o): o is string => !!o))].sort(),
  };
}
