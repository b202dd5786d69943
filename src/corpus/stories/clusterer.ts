/** @module Incremental story clustering: TF-IDF vectors of title, lead, entities and places; blocking by rare features per date bucket. */

import {
  BLOCK_KEYS,
  BUCKET_DAYS,
  MAX_STORY_SPAN_DAYS,
  CENTROID_FEATURES,
  DOC_FEATURES,
  ENTITY_WEIGHT,
  JOIN_THRESHOLD,
  LABEL_FEATURES,
  MAX_CANDIDATES,
  MAX_POSTINGS,
  PLACE_WEIGHT,
  STORY_TEXT_CHARS,
  STORY_WINDOW_DAYS,
  TEXT_WEIGHT,
  TITLE_WEIGHT,
} from './constants.js';
import { contentWords, dayNumber, normaliseName } from './tokens.js';

/** The slim projection of an article that story clustering needs. */
export interface StoryInput {
  id: string;
  /** ISO date or date-time; articles without one cluster only with other undated articles. */
  published: string | null;
  title: string | null;
  /** Body text (only the first {@link STORY_TEXT_CHARS} characters are read). */
  text: string;
  /** Canonical entity ids (`person:…`, `org:…`, `unk:…`). */
  entityIds: readonly string[];
  /** Canonical place names (`Kramatorsk`, `Donetsk Oblast`). */
  placeNames: readonly string[];
}

/** A story: the articles about one happening. */
export interface StoryCluster {
  /** `story:` + the id of the article that opened the story (stable for a given input order). */
  id: string;
  docIds: string[];
  /** Earliest and latest publication day (`YYYY-MM-DD`), null when undated. */
  first: string | null;
  last: string | null;
  /** Highest-weighted centroid features: content words, `e:<entity id>`, `p:<place name>`. */
  label: string[];
}

/** Document frequencies to weight features with, e.g. counted over the whole batch beforehand. */
export interface FeatureStats {
  df: Map<string, number>;
  n: number;
}

export interface StoryClustererOptions {
  /** Fixed document frequencies; when absent they are counted incrementally as articles arrive. */
  stats?: FeatureStats;
  threshold?: number;
  windowDays?: number;
  maxSpanDays?: number;
  /**
   * Promise that dated articles arrive in non-decreasing date order (undated ones may come at any time): stories that
   * can take no further article are then closed (label fixed, vector released) and old index buckets dropped, so
   * memory follows the stories still open rather than the corpus.
   */
  ordered?: boolean;
}

interface Story {
  id: string;
  docIds: string[];
  minDay: number | null;
  maxDay: number | null;
  centroid: Map<string, number>;
  norm2: number;
  /** Set when the story was closed (ordered mode): its label, the centroid being released. */
  label?: string[];
}

/**
 * Raw (unweighted) features of an article with their field weights: content words of title and lead,
 * `e:` entity ids, `p:` normalised place names.
 */
export function storyFeatures(input: StoryInput): Map<string, number> {
  const f = new Map<string, number>();
  const bump = (k: string, w: number): void => void f.set(k, (f.get(k) ?? 0) + w);
  if (input.title) for (const t of contentWords(input.title)) bump(t, TITLE_WEIGHT);
  const text = input.text.length > STORY_TEXT_CHARS ? input.text.slice(0, STORY_TEXT_CHARS) : input.text;
  for (const t of contentWords(text)) bump(t, TEXT_WEIGHT);
  for (const e of new Set(input.entityIds)) bump('e:' + e, ENTITY_WEIGHT);
  for (const p of new Set(input.placeNames.map(normaliseName))) if (p) bump('p:' + p, PLACE_WEIGHT);
  return f;
}

/**
 * Counts in how many articles each feature occurs.
 * @returns Document frequencies over `inputs`, for {@link StoryClustererOptions.stats}.
 */
export function featureStats(inputs: Iterable<StoryInput>): FeatureStats {
  const df = new Map<string, number>();
  let n = 0;
  for (const inp of inputs) {
    n++;
    for (const k of storyFeatures(inp).keys()) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return { df, n };
}

function isoDay(day: number | null): string | null {
  return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Online (single-pass, leader-follower) story clustering. Each article is compared only with the stories found
 * through its highest-weighted features in its own and neighbouring date buckets, so the cost per article is bounded
 * ({@link MAX_CANDIDATES} cosine comparisons) and the whole run is near-linear. Deterministic for a given input order.
 */
export class StoryClusterer {
  private readonly stories: Story[] = [];
  private readonly byId = new Map<string, Story>();
  /** Blocking index: per date bucket (`x` for undated), feature → stories. */
  private readonly postings = new Map<string, Map<string, Story[]>>();
  private readonly ordered: boolean;
  /** Ordered mode: latest day seen, dated buckets in opening order, and the dated stories not yet closed. */
  private lastDay: number | null = null;
  private readonly openBuckets: number[] = [];
  private openStories: Story[] = [];
  private readonly df: Map<string, number>;
  private n: number;
  private readonly fixedStats: boolean;
  private readonly threshold: number;
  private readonly windowDays: number;
  private readonly maxSpanDays: number;

  constructor(options: StoryClustererOptions = {}) {
    this.fixedStats = options.stats !== undefined;
    this.df = options.stats ? options.stats.df : new Map();
    this.n = options.stats ? options.stats.n : 0;
    this.threshold = options.threshold ?? JOIN_THRESHOLD;
    this.windowDays = options.windowDays ?? STORY_WINDOW_DAYS;
    this.maxSpanDays = options.maxSpanDays ?? MAX_STORY_SPAN_DAYS;
    this.ordered = options.ordered ?? false;
  }

  /** Weighted, L2-normalised TF-IDF vector of an article, top {@link DOC_FEATURES} features, heaviest first. */
  private vector(raw: Iterable<[string, number]>): Array<[string, number]> {
    const v: Array<[string, number]> = [];
    const n = Math.max(this.n, 1);
    for (const [k, w] of raw) {
      const idf = Math.log((n + 1) / ((this.df.get(k) ?? 0) + 1)) + 1;
      v.push([k, (1 + Math.log(w)) * idf]);
    }
    v.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (v.length > DOC_FEATURES) v.length = DOC_FEATURES;
    let s = 0;
    for (const [, w] of v) s += w * w;
    const norm = Math.sqrt(s) || 1;
    for (const e of v) e[1] /= norm;
    return v;
  }

  /**
   * Adds an article and assigns it to the most similar story within the time window, or opens a new story.
   * @returns The story id.
   */
  add(input: StoryInput): string {
    return this.addFeatures(input, storyFeatures(input));
  }

  /** {@link add} with the article's raw features already computed (see {@link storyFeatures}). */
  addFeatures(input: StoryInput, raw: Iterable<[string, number]>): string {
    if (!this.fixedStats) {
      this.n++;
      for (const [k] of raw) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    }
    const vec = this.vector(raw);
    const day = dayNumber(input.published);
    if (this.ordered && day !== null) this.advance(day);
    const buckets = day === null ? ['x'] : [-1, 0, 1].map((d) => String(Math.floor(day / BUCKET_DAYS) + d));
    const keys = vec.slice(0, BLOCK_KEYS);

    // Blocking: stories sharing heavy features in nearby date buckets, ranked by the weight they share.
    const hits = new Map<Story, number>();
    for (const [k, w] of keys) {
      for (const b of buckets) {
        const list = this.postings.get(b)?.get(k);
        if (list) for (const s of list) hits.set(s, (hits.get(s) ?? 0) + w);
      }
    }
    const ranked = [...hits].sort((a, b) => b[1] - a[1] || this.order(a[0]) - this.order(b[0])).slice(0, MAX_CANDIDATES);

    let best: Story | null = null;
    let bestSim = this.threshold;
    for (const [s] of ranked) {
      if (!this.inWindow(s, day)) continue;
      let dot = 0;
      for (const [k, w] of vec) dot += w * (s.centroid.get(k) ?? 0);
      const sim = s.norm2 > 0 ? dot / Math.sqrt(s.norm2) : 0;
      if (sim > bestSim || (sim === bestSim && best !== null && this.order(s) < this.order(best))) {
        best = s;
        bestSim = sim;
      }
    }
    const story = best ?? this.open(input.id);
    if (!best && this.ordered && day !== null) this.openStories.push(story);
    story.docIds.push(input.id);
    if (day !== null) {
      story.minDay = story.minDay === null ? day : Math.min(story.minDay, day);
      story.maxDay = story.maxDay === null ? day : Math.max(story.maxDay, day);
    }
    this.absorb(story, vec);
    const b0 = day === null ? 'x' : String(Math.floor(day / BUCKET_DAYS));
    let index = this.postings.get(b0);
    if (!index) {
      this.postings.set(b0, (index = new Map()));
      if (day !== null) this.openBuckets.push(Math.floor(day / BUCKET_DAYS));
    }
    for (const [k] of keys) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      if (!list.includes(story)) {
        list.push(story);
        if (list.length > MAX_POSTINGS) list.shift();
      }
    }
    return story.id;
  }

  /**
   * Ordered mode, on a new latest day: closes the stories no article of this day or later can join, and drops the
   * index buckets no lookup will read again.
   */
  private advance(day: number): void {
    if (this.lastDay !== null && day <= this.lastDay) return;
    this.lastDay = day;
    const bucket = Math.floor(day / BUCKET_DAYS);
    while (this.openBuckets.length && this.openBuckets[0]! < bucket - 1) this.postings.delete(String(this.openBuckets.shift()));
    const still: Story[] = [];
    for (const s of this.openStories) {
      if (s.maxDay !== null && s.minDay !== null && (day > s.maxDay + this.windowDays || day > s.minDay + this.maxSpanDays)) {
        s.label = labelOf(s.centroid);
        s.centroid = new Map();
      } else still.push(s);
    }
    this.openStories = still;
  }

  private readonly orderOf = new Map<Story, number>();
  private order(s: Story): number {
    return this.orderOf.get(s) ?? 0;
  }

  private open(docId: string): Story {
    let id = 'story:' + docId;
    for (let i = 2; this.byId.has(id); i++) id = `story:${docId}#${i}`;
    const s: Story = { id, docIds: [], minDay: null, maxDay: null, centroid: new Map(), norm2: 0 };
    this.orderOf.set(s, this.stories.length);
    this.stories.push(s);
    this.byId.set(id, s);
    return s;
  }

  private inWindow(s: Story, day: number | null): boolean {
    if (day === null || s.minDay === null || s.maxDay === null) return day === null && s.minDay === null;
    if (day > s.minDay + this.maxSpanDays || day < s.maxDay - this.maxSpanDays) return false;
    return day >= s.minDay - this.windowDays && day <= s.maxDay + this.windowDays;
  }

  private absorb(s: Story, vec: Array<[string, number]>): void {
    for (const [k, w] of vec) {
      const old = s.centroid.get(k) ?? 0;
      s.centroid.set(k, old + w);
      s.norm2 += 2 * old * w + w * w;
    }
    if (s.centroid.size > 2 * CENTROID_FEATURES) {
      const kept = [...s.centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_FEATURES);
      s.centroid = new Map(kept);
      s.norm2 = kept.reduce((acc, [, w]) => acc + w * w, 0);
    }
  }

  /** The stories so far, in the order they were opened. */
  clusters(): StoryCluster[] {
    return this.stories.map((s) => ({
      id: s.id,
      docIds: [...s.docIds],
      first: isoDay(s.minDay),
      last: isoDay(s.maxDay),
      label: s.label ?? labelOf(s.centroid),
    }));
  }
}

/** The {@link LABEL_FEATURES} heaviest features of a centroid. */
function labelOf(centroid: Map<string, number>): string[] {
  return [...centroid]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, LABEL_FEATURES)
    .map(([k]) => k);
}

/**
 * Clusters a batch of articles into stories: counts feature frequencies over the whole batch first (better weights
 * than incremental counting), then adds the articles in the given order (in ordered mode when their dates do not
 * decrease, so closed stories release their vectors).
 * @returns The stories and, per article id, its story id.
 */
export function clusterStories(
  inputs: readonly StoryInput[],
  options: Omit<StoryClustererOptions, 'stats'> = {},
): { clusters: StoryCluster[]; assignment: Map<string, string> } {
  let ordered = true;
  let last = -Infinity;
  for (const inp of inputs) {
    const d = dayNumber(inp.published);
    if (d === null) continue;
    if (d < last) ordered = false;
    last = d;
  }
  // Features are computed once and held compactly (interned keys, float weights) between counting and adding.
  const df = new Map<string, number>();
  const interned = new Map<string, string>();
  const keys: string[][] = [];
  const weights: Float32Array[] = [];
  for (const inp of inputs) {
    const raw = storyFeatures(inp);
    const ks: string[] = [];
    const ws = new Float32Array(raw.size);
    for (const [k, w] of raw) {
      let key = interned.get(k);
      if (key === undefined) interned.set(k, (key = k));
      df.set(key, (df.get(key) ?? 0) + 1);
      ws[ks.length] = w;
      ks.push(key);
    }
    keys.push(ks);
    weights.push(ws);
  }
  interned.clear();
  const c = new StoryClusterer({ ...options, stats: { df, n: inputs.length }, ordered });
  const assignment = new Map<string, string>();
  inputs.forEach((inp, i) => {
    const ks = keys[i]!;
    const ws = weights[i]!;
    assignment.set(inp.id, c.addFeatures(inp, ks.map((k, j): [string, number] => [k, ws[j]!])));
    keys[i] = [];
  });
  return { clusters: c.clusters(), assignment };
}
