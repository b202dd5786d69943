/** @module Tests of the PolNeAR attribution evaluation: brat parsing, scope filter, and a score floor on the dev split. */

import { describe, expect, it } from 'vitest';
import { hasShared } from '../core/paths.js';
import { evaluateAttribution, inScopeCue, normSpan, parseBrat, predictRelations } from './attribution.js';

describe('parseBrat', () => {
  it('ties Source, Cue and Content through E lines, with discontinuous ranges', () => {
    const ann = [
      'T1\tSource 0 7\tCaddell',
      'T2\tCue 8 12\tsaid',
      'T3\tContent 13 20;25 30\tx',
      'T4\tAttribution 8 12\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tCue 40 52\taccording to',
      'T6\tContent 31 39\ty',
      'E2\tAttribution:T5 Content:T6 Cue:T5',
    ].join('\n');
    const rels = parseBrat(ann);
    expect(rels).toHaveLength(2);
    expect(rels[0]).toEqual({ source: [[0, 7]], cue: [[8, 12]], content: [[13, 20], [25, 30]] });
    expect(rels[1]!.source).toBeNull();
  });
});

describe('scope and normalisation', () => {
  it.each([
    ['said', true], ['according to', true], ['told', true], ['called for', false], ['―', false], [':', false], ['wants', false],
  ])('cue %s in scope: %s', (cue, want) => {
    expect(inScopeCue(cue)).toBe(want);
  });

  it('normalises quote marks, trailing punctuation and a leading "that"', () => {
    const text = '“It is over,” she said that the war ended.';
    expect(normSpan(text, [[0, 13]])).toBe('It is over');
    expect(normSpan(text, [[23, 42]])).toBe('the war ended');
  });

  it('merges claims that share a cue into one predicted relation', () => {
    const rels = predictRelations('“The city is surrounded,” she said. “There is no water left.”');
    expect(rels).toHaveLength(1);
    expect(rels[0]!.content).toHaveLength(2);
  });
});

describe.skipIf(!hasShared())('PolNeAR dev', () => {
  it('scores relations above the floor on the first 20 articles', () => {
    const rep = evaluateAttribution({ limit: 20 });
    expect(rep.docs).toBe(20);
    expect(rep.goldRelations).toBeGreaterThan(100);
    expect(rep.overlap.relation.f1).toBeGreaterThan(0.7);
    expect(rep.overlap.relation.p).toBeGreaterThan(0.8);
  });
});
