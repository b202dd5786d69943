/** @module Tests: CoNLL parsing and scoring of triangulate eval ner. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateNer, parseConll, TYPE_MAP } from './ner.js';

const SAMPLE = `-DOCSTART- -X- -X- O

Jens NNP B-NP B-PER
Stoltenberg NNP I-NP I-PER
visited VBD B-VP O
Warsaw NNP B-NP B-LOC
. . O O

NATO NNP B-NP B-ORG
allies NNS I-NP O
met VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

Russian JJ B-NP B-MISC
troops NNS I-NP O
left VBD B-VP O
Kherson NNP B-NP B-LOC
. . O O
`;

describe('eval ner', () => {
  it('rebuilds documents, sentences and gold spans from IOB2', () => {
    const docs = parseConll(SAMPLE);
    expect(docs).toHaveLength(2);
    const d = docs[0]!;
    expect(d.text).toBe('Jens Stoltenberg visited Warsaw .\nNATO allies met .');
    expect(d.sentences.map((s) => s.text)).toEqual(['Jens Stoltenberg visited Warsaw .', 'NATO allies met .']);
    expect(d.gold.map((g) => [d.text.slice(g.start, g.end), g.label])).toEqual([
      ['Jens Stoltenberg', 'PER'],
      ['Warsaw', 'LOC'],
      ['NATO', 'ORG'],
    ]);
  });
  it('maps our types onto CoNLL labels', () => {
    expect(TYPE_MAP).toEqual({ PERSON: 'PER', ORG: 'ORG', GROUP: 'ORG', PLACE: 'LOC', OTHER: 'MISC' });
  });
  it('scores the stage with exact-match P/R/F1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ner-'));
    const file = path.join(dir, 'sample.txt');
    writeFileSync(file, SAMPLE);
    const s = evaluateNer({ data: file });
    expect(s.docs).toBe(2);
    expect(s.overall.gold).toBe(5);
    expect(s.overall.tp).toBe(5);
    expect(s.overall.f1).toBe(1);
    expect(s.byType.MISC!.tp).toBe(1);
  });
});

describe('eval ner: error listing', () => {
  it('lists misses and false alarms with what stood over them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ner-'));
    const file = path.join(dir, 'sample.txt');
    // "Kherson" tagged MISC in this gold: our PLACE is a false alarm and the gold MISC a miss.
    writeFileSync(file, SAMPLE.replace('Kherson NNP B-NP B-LOC', 'Kherson NNP B-NP B-MISC'));
    const s = evaluateNer({ data: file, errors: 10 });
    expect(s.errors).toEqual([
      expect.objectContaining({ kind: 'miss', text: 'Kherson', label: 'MISC', other: 'LOC:Kherson' }),
      expect.objectContaining({ kind: 'false', text: 'Kherson', label: 'LOC', other: 'MISC:Kherson' }),
    ]);
    expect(evaluateNer({ data: file }).errors).toBeUndefined();
  });
});
