/**
 * @module Scaling check of story clustering on synthetic articles, run as a script:
 * `npx vite-node src/corpus/stories/scaling-check.ts [-- sizes…]`. Import {@link scalingReport} elsewhere; the script
 * body runs only under vite-node outside vitest.
 */

import { scoreClustering } from '../../eval/stories.js';
import { timeSyntheticClustering } from './synthetic.js';

/**
 * Clusters synthetic streams of each size and reports time, ms per article, stories and B-cubed F1.
 * @returns One line per size.
 */
export function scalingReport(sizes: readonly number[] = [10_000, 30_000, 100_000]): string[] {
  return sizes.map((n) => {
    const r = timeSyntheticClustering(n);
    const s = scoreClustering(r.assignment, r.gold);
    return `${String(n).padStart(7)} articles  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${(r.ms / n).toFixed(3)} ms/article  ${r.stories} stories  B3-F1 ${s.bcubed.f1.toFixed(3)}`;
  });
}

if (process.argv.some((a) => /vite-node$/.test(a)) && !process.env.VITEST) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  for (const line of scalingReport(sizes.length ? sizes : undefined)) console.log(line);
}
