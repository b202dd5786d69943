/** @module Benchmark scoring semantics and the extraction eval on zyte-dev pages. */

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { hasShared } from '../core/paths.js';
import { aggregate, evaluateExtraction, ledeKept, run, shingleMatch, shingles, tokenize } from './extraction.js';

/** Measured 0.993 on the first 10 zyte-dev pages (2026-11-23); floor leaves a small margin. */
const F1_FLOOR_FIRST_10 = 0.98;

describe('benchmark scoring (evaluate.py semantics)', () => {
  it.each([
    ['Hello, world! 2022_x', ['Hello', 'world', '2022_x']],
    ['Київ — «тест»', ['Київ', 'тест']],
    ['', []],
  ])('tokenize(%j)', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it('makes one short shingle when there are fewer than 4 tokens', () => {
    expect([...shingles(['a', 'b'])]).toEqual([['a b', 1]]);
    expect([...shingles(['a', 'b', 'c', 'd', 'e']).keys()]).toEqual(['a b c d', 'b c d e']);
  });

  it('scores identical text as perfect and disjoint text as zero', () => {
    const text = 'one two three four five six';
    expect(aggregate([shingleMatch(text, text)])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(aggregate([shingleMatch(text, 'seven eight nine ten eleven')]).f1).toBe(0);
  });

  it('computes per-page P/R from shingle multisets and averages over pages', () => {
    const gold = 'a b c d e f'; // shingles: abcd bcde cdef
    const pred = 'a b c d e f g h'; // + defg efgh
    const [tp, fp, fn] = shingleMatch(gold, pred);
    expect(tp / (tp + fp)).toBeCloseTo(3 / 5);
    expect(fn).toBe(0);
    const agg = aggregate([shingleMatch(gold, pred), shingleMatch(gold, gold)]);
    expect(agg.precision).toBeCloseTo((0.6 + 1) / 2);
    expect(agg.recall).toBe(1);
  });

  it('excludes pages with an empty prediction from precision only', () => {
    const agg = aggregate([shingleMatch('a b c d', ''), shingleMatch('a b c d', 'a b c d')]);
    expect(agg.precision).toBe(1);
    expect(agg.recall).toBe(0.5);
  });

  it('detects a kept and a lost lede', () => {
    const gold = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(ledeKept(gold, gold.split(' ').slice(0, 30).join(' '))).toBe(true);
    expect(ledeKept(gold, gold.split(' ').slice(10).join(' '))).toBe(false);
  });
});

describe.skipIf(!hasShared())('eval extraction on zyte-dev (needs ../shared/data)', () => {
  it('scores the first 10 pages above the measured floor, keeping most ledes', async () => {
    const report = await evaluateExtraction({ limit: 10, readability: false });
    expect(report.pages).toBe(10);
    expect(report.cascade.f1).toBeGreaterThan(F1_FLOOR_FIRST_10);
    expect(report.cascade.ledeKept).toBeGreaterThanOrEqual(0.9);
    expect(report.readability).toBeNull();
  });

  it('CLI prints both extractors and exits 0; rejects bad flags with 2', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += String(c)));
    const io = { stdout, stderr, stdin: new PassThrough() };
    expect(await run(['--limit', '3'], io)).toBe(0);
    expect(out).toMatch(/cascade\s+P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}/);
    expect(out).toMatch(/readability\s+P=/);
    expect(await run(['--limit', 'x'], io)).toBe(2);
    expect(await run(['--bogus'], io)).toBe(2);
    expect(await run(['--repeat', '0'], io)).toBe(2);
  });
});
