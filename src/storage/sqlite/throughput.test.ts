/** @module Throughput of SqliteStore.putDocument on realistic documents (prints docs/s; asserts a lenient floor: the CPU is shared). */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { sampleDocument } from '../sample-docs.js';
import { openSqliteStore } from './index.js';

/** Lenient floor (the CPU is shared); the measured figure is printed. */
const MIN_DOCS_PER_SECOND = 50;
const N = 1000;
const BATCH = 200;

it(`stores ${N} realistic ~4 KB documents (all layers, FTS, MinHash) in transactions of ${BATCH} at ≥ ${MIN_DOCS_PER_SECOND} docs/s`, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-put-'));
  try {
    const store = openSqliteStore(path.join(dir, 'bench.db'));
    const docs = Array.from({ length: N }, (_, i) => sampleDocument(`d${i}`, i + 1, 18));
    const bytes = docs.reduce((n, d) => n + d.text.length, 0) / N;
    const t0 = performance.now();
    for (let i = 0; i < N; i += BATCH) {
      await store.transaction(async () => {
        for (const d of docs.slice(i, i + BATCH)) await store.putDocument(d, { pipelineVersion: 'bench', stages: [] });
      });
    }
    const secs = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    for (const d of docs.slice(0, 200)) await store.putDocument(d, { pipelineVersion: 'bench', stages: [] });
    const unchangedPerSec = 200 / ((performance.now() - t1) / 1000);
    const s = await store.stats();
    await store.close();
    console.log(
      `putDocument: ${(N / secs).toFixed(0)} docs/s (${N} docs, avg ${bytes.toFixed(0)} chars, ${s.entities} entities, ${s.claims} claims); ` +
        `re-put unchanged: ${unchangedPerSec.toFixed(0)} docs/s; duplicates found: ${s.duplicates.exact + s.duplicates.near}`,
    );
    expect(s.documents).toBe(N);
    expect(N / secs).toBeGreaterThan(MIN_DOCS_PER_SECOND);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
