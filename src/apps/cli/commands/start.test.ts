/** @module Tests of `triangulate start`: ingests the shared seeds and prints the corpus overview. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../../core/paths.js';
import { main } from '../main.js';
import { captureIo } from './testing/capture-io.js';

const pipelineReady = await import('../../../pipeline/analyze.js').then(
  () => true,
  () => false,
);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'triangulate-start-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('triangulate start', () => {
  it('rejects unknown options (2)', async () => {
    const c = captureIo();
    expect(await main(['start', '--nope'], c.io)).toBe(2);
  });

  it.skipIf(!pipelineReady || !hasShared())('ingests the shared seeds by default and prints the summary and the corpus overview', async () => {
    const db = path.join(tmp, 'seeds.db');
    const c = captureIo();
    expect(await main(['start', '--db', db, '--quiet', '--no-serve'], c.io)).toBe(0);
    expect(c.out()).toMatch(/added\s+5/);
    expect(c.out()).toMatch(/documents\s+5 /);
    expect(c.out()).toMatch(/claims\s+\d+/);
    const again = captureIo();
    expect(await main(['start', sharedPath('seeds'), '--db', db, '--json', '--no-serve'], again.io)).toBe(0);
    const j = JSON.parse(again.out()) as { ingest: { unchanged: number }; corpus: { documents: number } };
    expect(j.ingest.unchanged).toBe(5);
    expect(j.corpus.documents).toBe(5);
  });
});
