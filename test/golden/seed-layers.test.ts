/** @module Golden test: the figures and times of the five seeds, checked by hand and pinned as rows of their fields. */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/doc.js';
import { hasShared, sharedPath } from '../../src/core/paths.js';
import { analyzeInput } from '../../src/pipeline/analyze.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const seeds = hasShared() ? readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort() : [];

/** Each pinned layer: its gold file and the fields compared, in order. */
const LAYERS: Array<{ layer: string; file: string; row: (doc: Document) => unknown[][] }> = [
  { layer: 'figures', file: 'figures/seed-figures.json', row: (d) => d.figures.map((f) => [f.text, f.low, f.high, f.approx, f.unit, f.category, f.about]) },
  { layer: 'times', file: 'times/seed-times.json', row: (d) => d.times.map((t) => [t.text, t.value, t.type]) },
];

function analyse(file: string): Document {
  const id = file.replace(/\.txt$/, '');
  const content = readFileSync(path.join(sharedPath('seeds'), file), 'utf8');
  const res = analyzeInput({ ok: true, id, kind: 'text', content, origin: { file }, headlineFirstLine: true }, { onError: 'throw' });
  if (!res.ok) throw new Error(res.message);
  return res.doc;
}

describe.skipIf(!hasShared())('golden: seed layers pinned by hand (needs ../shared)', () => {
  const docs = new Map(seeds.map((f) => [f, analyse(f)]));
  for (const { layer, file, row } of LAYERS) {
    const gold = JSON.parse(readFileSync(path.join(HERE, file), 'utf8')) as Record<string, unknown[][]>;
    it.each(seeds)(`${layer}: %s`, (seed) => {
      expect(row(docs.get(seed)!)).toEqual(gold[seed.replace(/\.txt$/, '')]);
    });
  }
});
