/** @module Tests that the shared seed articles read as five text records with their expected ids. */

import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../core/paths.js';
import { readInputs } from './index.js';
import { collect, oks } from './test-support.spec.js';

const SEED_IDS = ['000_d3cec943476c7b40', '001_c4160769f9d0df45', '002_727aad6bee6ec693', '003_a777bf9c145b4d46', '004_998e28bd2e7b7947'];

describe.skipIf(!hasShared())('shared seeds (skipped: ../shared or $TRIANGULATE_SHARED is absent)', () => {
  it('reads the 5 seeds as 5 UTF-8 text records with their file stems as ids', async () => {
    const rs = await collect(readInputs([sharedPath('seeds')]));
    expect(rs.every((r) => r.ok)).toBe(true);
    const recs = oks(rs);
    expect(recs.map((r) => r.id)).toEqual(SEED_IDS);
    for (const r of recs) {
      expect(r).toMatchObject({ kind: 'text', headlineFirstLine: true, encoding: 'utf-8' });
      expect(r.content.length).toBeGreaterThan(200);
      expect(r.content.includes('\uFFFD')).toBe(false);
    }
  });

  it('reads the same seeds through a glob', async () => {
    const recs = oks(await collect(readInputs([sharedPath('seeds', '*.txt')])));
    expect(recs.map((r) => r.id)).toEqual(SEED_IDS);
  });
});
