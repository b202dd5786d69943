/** @module Tests of eval claim-clusters: gold parsing, alignment of gold rows to extracted claims, and the run on the shared corpus. */

import { describe, expect, it } from 'vitest';
import { hasShared } from '../core/paths.js';
import { claimInputsFromDocument } from '../corpus/claim-clusters/index.js';
import { claimDoc } from '../corpus/claim-clusters/testing.js';
import { alignGold, evaluateClaimClusters, parseGold } from './claim-clusters.js';

const doc = (id: string, content: string) =>
  claimInputsFromDocument(claimDoc({ id, outlet: 'o', published: '2022-05-01', side: 'UA', text: `Officials said ${content}.`, content, source: { text: 'Officials' } }));

describe('eval claim-clusters', () => {
  it.each([
    ['comments and blank lines are skipped', '# header\n\nd1\tA\tsnippet one\n', [{ docId: 'd1', label: 'A', snippet: 'snippet one' }]],
    ['several rows', 'd1\tA\tx\nd2\tB\ty\n', [{ docId: 'd1', label: 'A', snippet: 'x' }, { docId: 'd2', label: 'B', snippet: 'y' }]],
  ])('parses gold: %s', (_, text, expected) => {
    expect(parseGold(text)).toEqual(expected);
  });

  it('rejects a malformed gold line', () => {
    expect(() => parseGold('d1\tA\n')).toThrow(/gold line 1/);
  });

  it('aligns repeated snippets to successive claims and reports rows it cannot find', () => {
    const claims = [...doc('d1', 'a missile hit the mall'), ...doc('d2', 'a missile hit the mall')];
    const twice = [...claims, { ...claims[0]!, id: 'd1#1', claimIndex: 1 }];
    const { labels, missing } = alignGold(parseGold('d1\tA\ta missile hit\nd1\tB\ta missile hit\nd2\tA\tmissile\nd3\tC\tnothing\n'), twice);
    expect([...labels]).toEqual([['d1#0', 'A'], ['d1#1', 'B'], ['d2#0', 'A']]);
    expect(missing.map((m) => m.docId)).toEqual(['d3']);
  });

  it.skipIf(!hasShared())('scores the gold claim clusters with high precision (skipped: needs ../shared or TRIANGULATE_SHARED)', async () => {
    const r = await evaluateClaimClusters();
    expect(r.claims).toBeGreaterThanOrEqual(150);
    expect(r.missing).toEqual([]);
    expect(r.goldMulti).toBeGreaterThanOrEqual(30);
    expect(r.pairwise.precision).toBeGreaterThan(0.7);
    expect(r.bcubed.precision).toBeGreaterThan(0.9);
    expect(r.bcubed.f1).toBeGreaterThan(0.85);
  }, 60_000);
});
