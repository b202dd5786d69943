/** @module Batched writes of many realistic documents: every document and layer lands once (speed is measured by `triangulate bench`, not here). */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { sampleDocument } from '../sample-docs.js';
import { openSqliteStore } from './index.js';

const N = 600;
const BATCH = 200;

it(`storage: stores ${N} realistic documents in transactions of ${BATCH}, then re-puts them as unchanged`, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-put-'));
  try {
    const store = openSqliteStore(path.join(dir, 'batch.db'));
    const docs = Array.from({ length: N }, (_, i) => sampleDocument(`d${i}`, i + 1, 18));
    for (let i = 0; i < N; i += BATCH) {
      await store.transaction(async () => {
        for (const d of docs.slice(i, i + BATCH)) await store.putDocument(d, { pipelineVersion: 'test', stages: [] });
      });
    }
    const again = await Promise.all(docs.slice(0, 50).map((d) => store.putDocument(d, { pipelineVersion: 'test', stages: [] })));
    expect(new Set(again.map((r) => r.status))).toEqual(new Set(['unchanged']));
    const s = await store.stats();
    await store.close();
    expect(s.documents).toBe(N);
    expect(s.claims).toBe(docs.reduce((n, d) => n + d.claims.length, 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
