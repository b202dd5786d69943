/** @module Golden test: the figures, times and places of the five seeds, checked by hand and pinned as rows of their fields. */

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
  { layer: 'places', file: 'places/seed-places.json', row: (d) => distinctWithCounts(d.places.map((p) => [p.text, p.name, p.country, p.admin1])) },
];

/** Distinct rows in order of first appearance, each with its number of occurrences appended. */
function distinctWithCounts(rows: unknown[][]): unknown[][] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(JSON.stringify(r), (counts.get(JSON.stringify(r)) ?? 0) + 1);
  return [...counts].map(([k, n]) => [...(JSON.parse(k) as unknown[]), n]);
}

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
