/** @module Tests of the synthetic store builder: valid spans, spread of dates and outlets, perturbations, real store writes. */

import { describe, expect, it } from 'vitest';
import type { Document } from '../core/doc.js';
import { sampleDocument } from '../storage/sample-docs.js';
import { openSqliteStore } from '../storage/sqlite/index.js';
import { buildSyntheticStore, shiftTimeValue, SYNTHETIC_DAYS, syntheticClone } from './synthetic-store.js';

const BASES: Document[] = [sampleDocument('base-a', 1, 4), sampleDocument('base-b', 2, 4), sampleDocument('base-c', 3, 4)];

/** Every `{start, end, text}` object anywhere in the layers, with where it was found. */
function spansOf(doc: Document): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as never);
    for (const k of Object.keys(o)) if (k !== 'text') walk(o[k]);
  };
  walk([doc.sentences, doc.entities, doc.places, doc.times, doc.figures, doc.claims]);
  return out;
}

describe('syntheticClone', () => {
  const clones = Array.from({ length: 200 }, (_, i) => syntheticClone(BASES[i % BASES.length]!, i));

  it('keeps every span equal to its slice of the text', () => {
    for (const d of clones) {
      const spans = spansOf(d);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('gives new ids, dates within 2022–2024 and many outlets', () => {
    expect(new Set(clones.map((d) => d.id)).size).toBe(clones.length);
    for (const d of clones) expect(d.published! >= '2022-01-01' && d.published! <= '2024-12-31').toBe(true);
    expect(new Set(clones.map((d) => d.published)).size).toBeGreaterThan(SYNTHETIC_DAYS / 10);
    expect(new Set(clones.map((d) => d.outlet)).size).toBeGreaterThan(50);
  });

  it('perturbs most clones: a suffix sentence on some, other figure digits on others, exact copies on the rest', () => {
    const same = clones.filter((d, i) => d.text === BASES[i % BASES.length]!.text).length;
    const suffixed = clones.filter((d) => /Synthetic copy \d+/.test(d.text)).length;
    const refigured = clones.filter((d, i) => d.figures.some((f, k) => f.low !== BASES[i % BASES.length]!.figures[k]!.low)).length;
    expect(suffixed).toBeGreaterThan(clones.length / 2);
    expect(refigured).toBeGreaterThan(clones.length / 10);
    expect(same).toBeGreaterThan(0);
    expect(same).toBeLessThan(clones.length / 2);
  });

  it('moves resolved dates with the publication date and leaves the base untouched', () => {
    const d = syntheticClone(BASES[0]!, 7);
    const shift = (Date.parse(d.published!) - Date.parse(BASES[0]!.published!)) / 86_400_000;
    const baseDates = BASES[0]!.times.map((t) => t.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
    expect(baseDates.length).toBeGreaterThan(0);
    expect(d.times.map((t) => t.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))).toEqual(baseDates.map((v) => shiftTimeValue(v, shift)));
    expect(BASES[0]!.id).toBe('base-a');
    expect(syntheticClone(BASES[0]!, 7)).toEqual(d);
  });
});

describe('shiftTimeValue', () => {
  it.each([
    ['2022-03-25', 10, '2022-04-04'],
    ['2022-03-25T10:00', -25, '2022-02-28T10:00'],
    ['2022-11', 61, '2023-01'],
    ['2022', 400, '2023'],
    ['PAST_REF', 100, 'PAST_REF'],
    ['P3M', 100, 'P3M'],
    ['2022-W12', 100, '2022-W12'],
  ])('%s moved %i days is %s', (v, days, want) => {
    expect(shiftTimeValue(v, days)).toBe(want);
  });
});

describe('buildSyntheticStore', () => {
  it('puts n documents through the store, reporting progress, with duplicates recognised', async () => {
    const store = openSqliteStore(':memory:');
    const progress: number[] = [];
    const s = await buildSyntheticStore(store, 30, { bases: BASES, onProgress: (done) => progress.push(done) });
    expect(s.documents).toBe(30);
    expect(progress.at(-1)).toBe(30);
    expect((await store.stats()).documents).toBe(30);
    expect(s.statuses.duplicate ?? 0).toBeGreaterThan(0);
    const back = await store.getDocument('syn-4');
    expect(back).toEqual(syntheticClone(BASES[4 % BASES.length]!, 4));
    await store.close();
  });

  it('refuses a negative or fractional count', async () => {
    const store = openSqliteStore(':memory:');
    await expect(buildSyntheticStore(store, -1, { bases: BASES })).rejects.toThrow(/whole number/);
    await expect(buildSyntheticStore(store, 2.5, { bases: BASES })).rejects.toThrow(/whole number/);
    await store.close();
  });
});
