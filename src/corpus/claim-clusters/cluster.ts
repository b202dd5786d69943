/** @module Claim clustering: claims asserting the same event or the same kind of figure about the same subject, place and period. */

import type { Claim, FigureMention, Side } from '../../core/doc.js';
import { contentWords, dayNumber, normaliseName, termCounts } from '../stories/tokens.js';
import {
  CLAIM_JOIN_THRESHOLD,
  CLAIM_MAX_CANDIDATES,
  CLAIM_MAX_POSTINGS,
  CLAIM_PERIOD_DAYS,
  CLAIM_WORD_KEYS,
  W_CATEGORY,
  W_ENTITIES,
  W_PLACE,
  W_PREDICATE,
  W_SUBJECT,
  W_TEXT,
} from './constants.js';
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

interface Features {
  key: ClaimKey;
  /** `category|about` pairs; about `*` when unknown. */
  cats: Set<string>;
  places: Set<string>;
  entities: Set<string>;
  words: Map<string, number>;
  day: number | null;
}

function features(c: ClaimInput): Features {
  const key = parseClaimKey(c.claim.key);
  const cats = new Set<string>();
  for (const f of c.figures) if (f.category) cats.add(`${f.category}|${f.about ?? '*'}`);
  if (key.category && ![...cats].some((x) => x.startsWith(key.category + '|'))) cats.add(`${key.category}|*`);
  const places = new Set([...c.placeNames, ...(c.claim.placeNames ?? [])].map(normaliseName).filter(Boolean));
  if (key.place) places.add(normaliseName(key.place));
  const entities = new Set([...c.entityIds, ...(c.claim.entityIds ?? [])]);
  return { key, cats, places, entities, words: termCounts(contentWords(c.claim.text)), day: claimDay(c) };
}

interface Group {
  id: string;
  order: number;
  members: ClaimInput[];
  firstDay: number | null;
  cats: Map<string, number>;
  places: Set<string>;
  entities: Set<string>;
  subjects: Set<string>;
  predicates: Set<string>;
  centroid: Map<string, number>;
  norm2: number;
}

/** True when two `category|about` sets share a category whose `about` values agree (`*` matches any). */
function catsMatch(a: Iterable<string>, b: Iterable<string>): boolean {
  for (const x of a) {
    const [ca, aa] = x.split('|');
    for (const y of b) {
      const [cb, ab] = y.split('|');
      if (ca === cb && (aa === '*' || ab === '*' || aa === ab)) return true;
    }
  }
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

/**
 * Similarity of a claim to a cluster, or -1 when they cannot be the same claim (figure categories that disagree,
 * places that do not overlap, dates outside the period).
 */
function score(f: Features, vec: Map<string, number>, g: Group): number {
  if (f.day !== null && g.firstDay !== null && Math.abs(f.day - g.firstDay) > CLAIM_PERIOD_DAYS) return -1;
  let s = 0;
  if (f.cats.size > 0 && g.cats.size > 0) {
    if (!catsMatch(f.cats, g.cats.keys())) return -1;
    s += W_CATEGORY;
  }
  if (f.places.size > 0 && g.places.size > 0) {
    let shared = false;
    for (const p of f.places) if (g.places.has(p)) shared = true;
    if (!shared) return -1;
    s += W_PLACE;
  }
  if (f.key.subject && g.subjects.has(f.key.subject)) s += W_SUBJECT;
  if (f.key.predicate && g.predicates.has(f.key.predicate)) s += W_PREDICATE;
  if (f.entities.size > 0) {
    let n = 0;
    for (const e of f.entities) if (g.entities.has(e)) n++;
    s += (W_ENTITIES * n) / f.entities.size;
  }
  if (g.norm2 > 0) {
    let dot = 0;
    for (const [w, x] of vec) dot += x * (g.centroid.get(w) ?? 0);
    s += (W_TEXT * dot) / Math.sqrt(g.norm2);
  }
  return s;
}

/**
 * Clusters claims. Claims are processed in date order (then document id, then position), each joining the best-scoring
 * compatible cluster found through its blocking keys (figure category, place, subject, predicate + place, rare
 * content words; per {@link CLAIM_PERIOD_DAYS} bucket) or opening a new one. Deterministic whatever the input order.
 * @returns The clusters in order of their first claim.
 */
export function clusterClaims(inputs: readonly ClaimInput[], options: { threshold?: number } = {}): ClaimCluster[] {
  const threshold = options.threshold ?? CLAIM_JOIN_THRESHOLD;
  const items = inputs.map((c) => ({ c, id: claimId(c), f: features(c) }));
  items.sort(
    (a, b) => (a.f.day ?? Infinity) - (b.f.day ?? Infinity) || (a.c.docId < b.c.docId ? -1 : a.c.docId > b.c.docId ? 1 : 0) || a.c.claim.start - b.c.claim.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const df = new Map<string, number>();
  for (const it of items) for (const w of it.f.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = items.length;
  const idf = (w: string): number => Math.log((n + 1) / ((df.get(w) ?? 0) + 1)) + 1;

  const groups: Group[] = [];
  const postings = new Map<string, Group[]>();
  for (const it of items) {
    const { f } = it;
    const vec = unitVector(f.words, idf);
    const keys: string[] = [];
    for (const c of f.cats) keys.push('c:' + c.split('|')[0]);
    for (const p of f.places) keys.push('p:' + p);
    if (f.key.subject) keys.push('s:' + f.key.subject);
    if (f.key.predicate) keys.push(`v:${f.key.predicate}|${[...f.places][0] ?? ''}`);
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
      const s = score(f, vec, g);
      if (s > bestScore || (s === bestScore && best && g.order < best.order)) {
        best = g;
        bestScore = s;
      }
    }
    if (!best) {
      best = { id: 'cc:' + it.id, order: groups.length, members: [], firstDay: f.day, cats: new Map(), places: new Set(), entities: new Set(), subjects: new Set(), predicates: new Set(), centroid: new Map(), norm2: 0 };
      groups.push(best);
    }
    const g = best;
    g.members.push(it.c);
    for (const c of f.cats) g.cats.set(c, (g.cats.get(c) ?? 0) + 1);
    for (const p of f.places) g.places.add(p);
    for (const e of f.entities) g.entities.add(e);
    if (f.key.subject) g.subjects.add(f.key.subject);
    if (f.key.predicate) g.predicates.add(f.key.predicate);
    for (const [w, x] of vec) {
      const old = g.centroid.get(w) ?? 0;
      g.centroid.set(w, old + x);
      g.norm2 += 2 * old * x + x * x;
    }
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
    categories: [...new Set([...g.cats.keys()].map((c) => c.split('|')[0]!))].sort(),
    first: days.length ? iso(days.reduce((a, b) => Math.min(a, b))) : null,
    last: days.length ? iso(days.reduce((a, b) => Math.max(a, b))) : null,
    sides: [...new Set(g.members.map((m) => m.claim.side))].sort(),
    outlets: [...new Set(g.members.map((m) => m.outlet).filter((o): o is string => !!o))].sort(),
  };
}
