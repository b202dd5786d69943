/** @module Synthetic article streams for the story-clustering scaling check (seeded, deterministic). */

import { StoryClusterer, featureStats } from './clusterer.js';
import type { StoryInput } from './clusterer.js';
import { prng } from '../../core/prng.js';

/** Articles generated per synthetic event on average. */
export const ARTICLES_PER_EVENT = 20;


const SYL = ['ka', 'ro', 'mi', 'ten', 'vas', 'lu', 'dor', 'pe', 'shi', 'nak', 'vol', 'tri', 'zen', 'bar', 'ol', 'kev'];

/**
 * Generates `n` articles: perturbed copies of `n / ARTICLES_PER_EVENT` events (topic words, entities, a place, a date),
 * each copy with its own word sample, general filler words and a date within three days of its event.
 * @returns The articles and, per article id, its event id.
 */
export function syntheticArticles(n: number, seed = 1): { inputs: StoryInput[]; gold: Map<string, string> } {
  const rnd = prng(seed);
  const word = (i: number): string => {
    let s = '';
    for (let x = i + 7; x > 0; x = Math.floor(x / SYL.length)) s += SYL[x % SYL.length];
    return s;
  };
  const general = Array.from({ length: 5000 }, (_, i) => word(i + 100));
  const zipf = (): string => general[Math.floor(general.length * rnd() ** 3)]!;
  const events = Math.max(1, Math.round(n / ARTICLES_PER_EVENT));
  const ev = Array.from({ length: events }, (_, e) => ({
    topic: Array.from({ length: 25 }, () => word(6000 + Math.floor(rnd() * 200_000))),
    entities: [`unk:e${Math.floor(rnd() * events * 2)}`, `unk:e${Math.floor(rnd() * events * 2)}`],
    place: `P${Math.floor(rnd() * 3000)}`,
    day: Math.floor(rnd() * 1000),
    id: `ev${e}`,
  }));
  const inputs: StoryInput[] = [];
  const gold = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const e = ev[Math.floor(rnd() * events)]!;
    const pick = (k: number): string[] => Array.from({ length: k }, () => e.topic[Math.floor(rnd() * e.topic.length)]!);
    const body: string[] = [];
    for (let j = 0; j < 200; j++) body.push(rnd() < 0.35 ? e.topic[Math.floor(rnd() * e.topic.length)]! : zipf());
    const d = new Date((19000 + e.day + Math.floor(rnd() * 4)) * 86_400_000).toISOString().slice(0, 10);
    const id = `a${i}`;
    gold.set(id, e.id);
    inputs.push({ id, published: d, title: pick(7).join(' '), text: body.join(' '), entityIds: e.entities.filter(() => rnd() < 0.8), placeNames: rnd() < 0.8 ? [e.place] : [] });
  }
  inputs.sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0));
  return { inputs, gold };
}

/**
 * Times story clustering of `n` synthetic articles (feature counting plus incremental clustering).
 * @returns Milliseconds, stories found and the assignment.
 */
export function timeSyntheticClustering(n: number, seed = 1): { ms: number; stories: number; assignment: Map<string, string>; gold: Map<string, string> } {
  const { inputs, gold } = syntheticArticles(n, seed);
  const t0 = performance.now();
  const c = new StoryClusterer({ stats: featureStats(inputs) });
  const assignment = new Map<string, string>();
  for (const x of inputs) assignment.set(x.id, c.add(x));
  const ms = performance.now() - t0;
  return { ms, stories: c.clusters().length, assignment, gold };
}
