/** @module Tests of the PolNeAR attribution evaluation: brat parsing, scope filter, and a score floor on the dev split. */

import { describe, expect, it } from 'vitest';
import { hasShared } from '../core/paths.js';
import { evaluateAttribution, inScopeContent, inScopeCue, inScopeRelation, normSpan, parseBrat, predictRelations } from './attribution.js';

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
    ['said', true], ['according to', true], ['told', true], ['has repeatedly said', true], ['’s claiming', true],
    ['said thursday morning', true], ['isn’t saying', true], ['pointed out', true], ['in the words of', true],
    ['report stated', true], ['tweeted', true], ['thought (foolishly)', true], ['estimates', true], ['denied', true], ['reply', true],
    ['called for', false], ['―', false], [':', false], ['', false], ['wants', false], ['shows', false], ['found', false],
    ['urged', false], ['pledged', false], ['praised', false], ['called', false], ['warned of', false], ['spoke about', false],
    ['unleashed a series of tweets early friday saying', false], ['reportedly', false],
  ])('cue %j in scope: %s', (cue, want) => {
    expect(inScopeCue(cue)).toBe(want);
  });

  it.each([
    ['the city was surrounded', true],
    ['To be clear, the United States does not accept it', true],
    ['Of course, they are trying', true],
    ['Why did they leave? Nobody knows', true],
    ['Where is the money?', false],
    ["let's stay united", false],
    ['Please help us', false],
    ['to leave the city', false],
    ['of fanatic recklessness', false],
    ['', false],
  ])('content %j is a clause or quotation: %s', (content, want) => {
    expect(inScopeContent(content)).toBe(want);
  });

  it('applies cue and content rules to a whole brat relation', () => {
    const text = 'He told them to leave. She said the bridge fell.';
    expect(inScopeRelation(text, { source: [[0, 2]], cue: [[3, 7]], content: [[13, 21]] })).toBe(false);
    expect(inScopeRelation(text, { source: [[23, 26]], cue: [[27, 31]], content: [[32, 48]] })).toBe(true);
  });

  it('keeps the scope independent of the claims stage (no import of its cue lexicon)', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync(new URL('./attribution.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/from '\.\.\/stages\/claims\/data/);
    const { readdirSync } = await import('node:fs');
    const claimsDir = new URL('../stages/claims/', import.meta.url);
    const files = readdirSync(claimsDir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(readFileSync(new URL(f, claimsDir), 'utf8')).not.toMatch(/attribution-scope/);
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
