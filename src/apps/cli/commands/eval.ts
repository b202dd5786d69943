/** @module `triangulate eval <kind>`: scores one extractor on gold data; each kind is a module in src/eval/. */

import { println, type Command } from '../io.js';

const KINDS: Record<string, () => Promise<{ run: Command }>> = {
  extraction: () => import('../../../eval/extraction.js'),
  ner: () => import('../../../eval/ner.js'),
  time: () => import('../../../eval/time.js'),
  geo: () => import('../../../eval/geo.js'),
  attribution: () => import('../../../eval/attribution.js'),
  stories: () => import('../../../eval/stories.js'),
  'claim-clusters': () => import('../../../eval/claim-clusters.js'),
};

export const run: Command = async (args, io) => {
  const [kind, ...rest] = args;
  const load = kind ? KINDS[kind] : undefined;
  if (!load) {
    println(io.stderr, `triangulate eval: name what to evaluate: ${Object.keys(KINDS).join(' | ')}`);
    return 2;
  }
  return (await load()).run(rest, io);
};
