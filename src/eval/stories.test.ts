/** @module Tests of eval stories: clustering scores, headline entity cues and the RUWA run. */

import { describe, expect, it } from 'vitest';
import { hasShared } from '../core/paths.js';
import { capitalisedEntities, evaluateStories, pairsWithin, scoreClustering } from './stories.js';

describe('eval stories', () => {
  it.each([
    ['perfect', { a: 'x', b: 'x', c: 'y' }, { a: 1, b: 1, c: 1 }, { a: 1, b: 1, c: 1 }],
    ['all apart', { a: 'x', b: 'y', c: 'z' }, { a: 0, b: 0, c: 0 }, { a: 1, b: 2 / 3, c: 0.8 }],
  ])('scores a %s clustering', (_, pred, pw, b3) => {
    const gold = new Map([['a', 'E1'], ['b', 'E1'], ['c', 'E2']]);
    const s = scoreClustering(new Map(Object.entries(pred)), gold);
    expect(s.pairwise.precision).toBeCloseTo(pw.a);
    expect(s.pairwise.recall).toBeCloseTo(pw.b);
    expect(s.bcubed.precision).toBeCloseTo(b3.a);
    expect(s.bcubed.recall).toBeCloseTo(b3.b);
    expect(s.bcubed.f1).toBeCloseTo(b3.c);
  });

  it.each([
    ['Missile strike on Kramatorsk station kills 50', ['unk:kramatorsk']],
    ['Ukraine War: What Weapon Killed 50 People In Station Attack?', []],
    ['Russia says its forces hit Kremenchuk depot', ['unk:kremenchuk']],
  ])('capitalised entities of %j', (text, expected) => {
    expect(capitalisedEntities(text)).toEqual(expected);
  });

  it('counts the same-label pairs a story span can reach (undated pairs count, mixed ones do not)', () => {
    const days = new Map<string, number | null>([['a', 0], ['b', 10], ['c', 40], ['d', 12], ['u', null], ['v', null]]);
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y'], ['u', 'z'], ['v', 'z']]);
    expect(pairsWithin(days, gold, 30)).toEqual({ within: 3, all: 4 });
    expect(pairsWithin(days, gold, 40)).toEqual({ within: 4, all: 4 });
    expect(pairsWithin(days, gold, 9)).toEqual({ within: 1, all: 4 });
  });

  it.skipIf(!hasShared())('clusters the RUWA headlines well above chance precision', async () => {
    const r = await evaluateStories();
    expect(r.docs).toBeGreaterThan(2000);
    expect(r.events).toBe(4);
    expect(r.pairwise.precision).toBeGreaterThan(0.6);
    expect(r.pairsWithinSpan).toBeLessThan(1);
    expect(r.recallWithinSpan).toBeGreaterThan(r.pairwise.recall);
    // the labels are month-long events: without the story span limit recall rises
    const long = await evaluateStories({ maxSpanDays: 365 });
    expect(long.pairwise.precision).toBeGreaterThan(0.6);
    expect(long.bcubed.f1).toBeGreaterThan(0.2);
  });
});
