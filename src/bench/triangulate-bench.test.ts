/** @module Tests of the triangulation scale benchmark: stores built per size, kept and reused in a folder, and the CLI's size option. */

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../apps/cli/commands/bench.js';
import { hasShared } from '../core/paths.js';
import { sampleDocument } from '../storage/sample-docs.js';
import { benchTriangulate } from './index.js';

const BASES = [sampleDocument('base-a', 1, 3), sampleDocument('base-b', 2, 3), sampleDocument('base-c', 3, 3)];

function capture(): { io: Parameters<typeof run>[1]; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => void out.push(s) }, stderr: { write: (s: string) => void err.push(s) } } as unknown as Parameters<typeof run>[1];
  return { io, out, err };
}

describe('benchTriangulate', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('times a rebuild per size, keeps the stores in the folder and reuses them on the next run', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tri-bench-test-'));
    const first = await benchTriangulate([40, 15], { dir, bases: BASES });
    expect(first.map((r) => r.docs)).toEqual([15, 40]);
    for (const r of first) {
      expect(r.stories).toBeGreaterThan(0);
      expect(r.claims).toBeGreaterThan(0);
      expect(r.clusters).toBeGreaterThan(0);
      expect(r.buildSeconds).toBeGreaterThanOrEqual(0);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.db')).sort()).toEqual(['triangulate-15.db', 'triangulate-40.db']);
    const again = await benchTriangulate([15, 40], { dir, bases: BASES });
    expect(again.map((r) => [r.docs, r.buildSeconds, r.claims, r.clusters])).toEqual(first.map((r) => [r.docs, 0, r.claims, r.clusters]));
  });
});

describe.skipIf(!hasShared())('triangulate bench --only triangulate', () => {
  it('refuses sizes that are not whole numbers above 0', async () => {
    const c = capture();
    expect(await run(['--only', 'triangulate', '--sizes', '1000,x'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/--sizes must be whole numbers/);
  });
});
