/**
 * @module `triangulate eval stories`: clusters RUWA event-labelled headlines into stories and scores them against the event labels.
 *
 * - Data: `ruwa-dev.csv` (url, title, desc, date, site, event); text = title + desc; headlines are added in date order.
 * - Entities (`--pipeline`: from the analysis pipeline instead): capitalised tokens that are not sentence-initial (headlines in Title Case contribute none), as `unk:` ids;
 *   places: none, or the gazetteer's toponyms with `--gazetteer`.
 * - Scores: pairwise precision/recall/F1 over same-story pairs, and B-cubed precision/recall/F1 averaged over headlines.
 *   The labels come from keyword matching and are noisy; one event label spans months of coverage, whereas a story
 *   is bounded by a time window and a maximum span (`--max-span`, default MAX_STORY_SPAN_DAYS), so recall is
 *   structurally limited; `--max-span 365` measures the clustering without that bound.
 */

import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { sharedPath } from '../core/paths.js';
import { println, type Command } from '../apps/cli/io.js';
import { clusterStories, dayNumber, MAX_STORY_SPAN_DAYS, stem, type StoryInput } from '../corpus/stories/index.js';
import { STOPWORDS } from '../corpus/stories/data/stopwords.js';

/** A headline counts as Title Case (no entity cue from capitals) when at least this share of its words are capitalised. */
export const TITLE_CASE_SHARE = 0.6;
/**
 * Join threshold used for headline-only input (short vectors give lower cosines than full articles); chosen from a
 * sweep on ruwa-dev (0.1 … 0.4): lower raises recall, costs precision.
 */
export const HEADLINE_JOIN_THRESHOLD = 0.1;

export interface StoriesEvalOptions {
  data?: string;
  threshold?: number;
  windowDays?: number;
  maxSpanDays?: number;
  /** Resolve places with the gazetteer (slower; loads the places stage). */
  gazetteer?: boolean;
  /** Take entities and places from the full analysis pipeline (`analyzeDocument`) instead. */
  pipeline?: boolean;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface StoriesScores {
  docs: number;
  events: number;
  clusters: number;
  singletons: number;
  pairwise: PRF;
  bcubed: PRF;
  /** The story span the run used (days). */
  spanDays: number;
  /**
   * Share of same-event pairs published at most {@link spanDays} apart: no story can hold a pair further apart, so
   * this bounds pairwise recall.
   */
  pairsWithinSpan: number;
  /** Pairwise recall over those reachable pairs only (how well the clustering does inside the window). */
  recallWithinSpan: number;
  ms: number;
}

/**
 * Counts same-label pairs whose days are at most `span` apart.
 * @returns Pairs within the span and all same-label pairs.
 */
export function pairsWithin(days: ReadonlyMap<string, number | null>, gold: ReadonlyMap<string, string>, span: number): { within: number; all: number } {
  const byLabel = new Map<string, number[]>();
  for (const [id, g] of gold) {
    const d = days.get(id);
    let l = byLabel.get(g);
    if (!l) byLabel.set(g, (l = []));
    l.push(d ?? Number.NaN);
  }
  let within = 0;
  let all = 0;
  for (const l of byLabel.values()) {
    all += (l.length * (l.length - 1)) / 2;
    const dated = l.filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
    const undated = l.length - dated.length;
    within += (undated * (undated - 1)) / 2;
    for (let i = 0, j = 0; j < dated.length; j++) {
      while (dated[j]! - dated[i]! > span) i++;
      within += j - i;
    }
  }
  return { within, all };
}

const STOP = new Set(STOPWORDS);

/**
 * Capitalised, non-initial tokens of a headline as `unk:` entity ids (a stand-in for the entities stage).
 * @returns Distinct ids; empty for Title Case headlines.
 */
export function capitalisedEntities(text: string): string[] {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length === 0) return [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  if (caps.length / words.length >= TITLE_CASE_SHARE) return [];
  const out = new Set<string>();
  const re = /(^|[.:?!]\s+|\s)(\p{Lu}[\p{L}'’-]+)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || /[.:?!]/.test(m[1]!)) continue; // sentence-initial capitals say nothing
    const w = m[2]!.toLowerCase().replace(/['’].*$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    out.add('unk:' + stem(w));
  }
  return [...out];
}

function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Pairwise and B-cubed scores of a clustering against gold labels (both keyed by item id).
 * @returns Pairwise and B-cubed precision, recall and F1.
 */
export function scoreClustering(predicted: Map<string, string>, gold: Map<string, string>): { pairwise: PRF; bcubed: PRF } {
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const joint = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? 'none:' + id;
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const k = p + '\u0000' + g;
    joint.set(k, (joint.get(k) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of joint.values()) tp += pairs(n);
  let pp = 0;
  for (const n of predSize.values()) pp += pairs(n);
  let gp = 0;
  for (const n of goldSize.values()) gp += pairs(n);
  let bp = 0;
  let br = 0;
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? 'none:' + id;
    const both = joint.get(p + '\u0000' + g)!;
    bp += both / predSize.get(p)!;
    br += both / goldSize.get(g)!;
  }
  const n = gold.size || 1;
  const p3 = bp / n;
  const r3 = br / n;
  return { pairwise: prf(tp, pp, gp), bcubed: { precision: p3, recall: r3, f1: p3 + r3 ? (2 * p3 * r3) / (p3 + r3) : 0 } };
}

/**
 * Runs the story evaluation on the RUWA development headlines.
 * @returns The scores; throws when the data file is missing.
 */
export async function evaluateStories(opts: StoriesEvalOptions = {}): Promise<StoriesScores> {
  const file = opts.data ?? sharedPath('data', 'corpus', 'ruwa-dev', 'ruwa-dev.csv');
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  let places: ((text: string) => string[]) | null = null;
  if (opts.gazetteer) {
    const mod = await import('../stages/places/index.js');
    places = (text) => mod.findPlaces(text).map((p) => p.name);
  }
  let analyse: ((id: string, text: string, published: string | null) => { entityIds: string[]; placeNames: string[] }) | null = null;
  if (opts.pipeline) {
    const { analyzeDocument } = await import('../pipeline/analyze.js');
    const { emptyDocument } = await import('../core/doc.js');
    analyse = (id, text, published) => {
      const d = emptyDocument(id, text);
      d.published = published;
      const a = analyzeDocument(d);
      return { entityIds: [...new Set(a.entities.filter((e) => e.type !== 'PLACE').map((e) => e.id))], placeNames: [...new Set(a.places.map((p) => p.name))] };
    };
  }
  const items = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.event && (r.title || r.desc))
    .sort((a, b) => (a.r.date! < b.r.date! ? -1 : a.r.date! > b.r.date! ? 1 : a.i - b.i));
  const gold = new Map<string, string>();
  const t0 = performance.now();
  const inputs: StoryInput[] = items.map(({ r, i }) => {
    const id = `r${i}`;
    gold.set(id, r.event!);
    const text = [r.title ?? '', r.desc ?? ''].filter(Boolean).join('. ');
    const layers = analyse ? analyse(id, text, r.date || null) : { entityIds: capitalisedEntities(text), placeNames: places ? places(text) : [] };
    return { id, published: r.date || null, title: r.title || null, text: r.desc ?? '', ...layers };
  });
  const { clusters, assignment } = clusterStories(inputs, { threshold: opts.threshold ?? HEADLINE_JOIN_THRESHOLD, windowDays: opts.windowDays, maxSpanDays: opts.maxSpanDays });
  const ms = performance.now() - t0;
  const s = scoreClustering(assignment, gold);
  const spanDays = opts.maxSpanDays ?? MAX_STORY_SPAN_DAYS;
  const reach = pairsWithin(new Map(inputs.map((x) => [x.id, dayNumber(x.published)])), gold, spanDays);
  return {
    docs: inputs.length,
    events: new Set(gold.values()).size,
    clusters: clusters.length,
    singletons: clusters.filter((c) => c.docIds.length === 1).length,
    ...s,
    spanDays,
    pairsWithinSpan: reach.all ? reach.within / reach.all : 0,
    recallWithinSpan: reach.within ? (s.pairwise.recall * reach.all) / reach.within : 0,
    ms: Math.round(ms),
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export const run: Command = async (args, io) => {
  const opts: StoriesEvalOptions = {};
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data') opts.data = args[++i];
    else if (a === '--json') json = true;
    else if (a === '--gazetteer') opts.gazetteer = true;
    else if (a === '--pipeline') opts.pipeline = true;
    else if (a === '--threshold') opts.threshold = Number(args[++i]);
    else if (a === '--window') opts.windowDays = Number(args[++i]);
    else if (a === '--max-span') opts.maxSpanDays = Number(args[++i]);
    else {
      println(io.stderr, `triangulate eval stories: unknown option ${a}`);
      return 2;
    }
  }
  const file = opts.data ?? sharedPath('data', 'corpus', 'ruwa-dev', 'ruwa-dev.csv');
  if (!existsSync(file)) {
    println(io.stderr, `triangulate eval stories: no data at ${file} (use --data or TRIANGULATE_SHARED)`);
    return 2;
  }
  const res = await evaluateStories({ ...opts, data: file });
  if (json) {
    println(io.stdout, JSON.stringify(res, null, 2));
    return 0;
  }
  println(io.stdout, `headlines ${res.docs}  events ${res.events}  stories ${res.clusters} (${res.singletons} singletons)  ${res.ms} ms`);
  println(io.stdout, 'score      P      R      F1');
  for (const [k, s] of [['pairwise', res.pairwise], ['b-cubed', res.bcubed]] as const) {
    println(io.stdout, `${k.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
  }
  println(io.stdout, `same-event pairs at most ${res.spanDays} days apart (the most a story may span): ${pct(res.pairsWithinSpan)} %; pairwise recall over them ${pct(res.recallWithinSpan)} %`);
  return 0;
};
