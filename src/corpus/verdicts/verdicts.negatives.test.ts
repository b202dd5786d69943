/** @module Figure pairs and clusters that must yield no contradiction. */

import { describe, expect, it } from 'vitest';
import { claimInputsFromDocument } from '../claim-clusters/index.js';
import { claimDoc } from '../claim-clusters/testing.js';
import { assessCluster, figuresConflict } from './index.js';

const f = (low: number | null, high: number | null, unit = 'count') => ({ start: 0, end: 1, text: 'x', low, high, approx: false, unit, category: 'killed', about: null });

describe('verdict negatives', () => {
  it.each([
    ['different units', f(5, 5, 'percent'), f(500, 500)],
    ['no bounds', f(null, null), f(500, 500)],
    ['open range containing the other', f(100, null), f(5000, 5000)],
  ])('%s: no conflict', (_, a, b) => {
    expect(figuresConflict(a, b)).toBe(false);
  });

  it('figures on dates further apart than the gap are not a contradiction', () => {
    const mk = (id: string, published: string, n: number) =>
      claimInputsFromDocument(claimDoc({ id, outlet: id, published, side: id === 'ru' ? 'RU' : 'UA', text: `Officials said ${n} soldiers were killed.`, content: `${n} soldiers were killed`, source: { text: 'Officials', name: id === 'ru' ? 'Russian MoD' : 'Ukrainian MoD' }, figures: [{ text: String(n), low: n, high: n, category: 'killed', about: 'UA' }] }));
    const v = assessCluster([...mk('ru', '2023-01-01', 500), ...mk('ua', '2023-01-20', 20)]);
    expect(v.contradictions).toEqual([]);
    expect(v.verdict).toBe('corroborated');
  });

  it('an empty cluster has no origins and scores 0', () => {
    const v = assessCluster([]);
    expect(v.independentOrigins).toBe(0);
    expect(v.score).toBe(0);
    expect(v.firstAppearance).toBeNull();
  });
});
