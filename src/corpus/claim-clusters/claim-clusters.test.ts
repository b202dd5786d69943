/** @module Tests of claim-key parsing, claim clustering across outlets and claim dating. */

import { describe, expect, it } from 'vitest';
import { claimDay, claimInputsFromDocument, claimPairScore, clusterClaims, parseClaimKey, type ClaimInput } from './index.js';
import { claimDoc, type ClaimDocSpec } from './testing.js';

const inputs = (...specs: ClaimDocSpec[]): ClaimInput[] => specs.flatMap((s) => claimInputsFromDocument(claimDoc(s)));
const strike = (id: string, outlet: string, published: string, text: string, content: string, place: string): ClaimDocSpec => ({
  id, outlet, published, side: 'UA', text, content, source: { text: 'Officials' }, places: [place],
});

describe('claim clustering', () => {
  it.each([
    ['russia|strike|kremenchuk|2022-06-27|killed', { subject: 'russia', predicate: 'strike', place: 'kremenchuk', time: '2022-06-27', category: 'killed' }],
    ['russia|loss', { subject: 'russia', predicate: 'loss', place: null, time: null, category: null }],
    ['|-|  |null|tanks', { subject: null, predicate: null, place: null, time: null, category: 'tanks' }],
    [undefined, { subject: null, predicate: null, place: null, time: null, category: null }],
  ])('parses key %j', (key, expected) => {
    expect(parseClaimKey(key)).toEqual(expected);
  });

  it('joins paraphrases of one event across outlets and separates another event on the same day', () => {
    const a = strike('a', 'ukrinform.net', '2022-06-27', 'Officials said a Russian missile hit a crowded shopping mall in Kremenchuk.', 'a Russian missile hit a crowded shopping mall in Kremenchuk', 'Kremenchuk');
    const b = strike('b', 'bbc.co.uk', '2022-06-27', 'Officials said Russian missiles struck the shopping mall in Kremenchuk.', 'Russian missiles struck the shopping mall in Kremenchuk', 'Kremenchuk');
    const c = strike('c', 'bbc.co.uk', '2022-06-27', 'Officials said a missile hit a residential building in Odesa.', 'a missile hit a residential building in Odesa', 'Odesa');
    const cl = clusterClaims(inputs(a, b, c));
    expect(cl.map((x) => x.members.map((m) => m.docId))).toEqual([['a', 'b'], ['c']]);
    expect(cl[0]!.outlets).toEqual(['bbc.co.uk', 'ukrinform.net']);
    expect(cl[0]!.id).toBe('cc:a#0');
  });

  it('is deterministic whatever the input order', () => {
    const xs = inputs(
      strike('a', 'x', '2022-06-27', 'Officials said a missile hit a mall in Kremenchuk.', 'a missile hit a mall in Kremenchuk', 'Kremenchuk'),
      strike('b', 'y', '2022-06-27', 'Officials said missiles hit the mall in Kremenchuk.', 'missiles hit the mall in Kremenchuk', 'Kremenchuk'),
    );
    const ids = (cs: ReturnType<typeof clusterClaims>) => cs.map((c) => [c.id, c.members.map((m) => m.docId)]);
    expect(ids(clusterClaims(xs))).toEqual(ids(clusterClaims([...xs].reverse())));
  });

  it('dates a claim by its own time value, else by publication', () => {
    const [x] = inputs({ ...strike('a', 'x', '2022-06-28', 'Officials said on June 27 a missile hit a mall in Kremenchuk.', 'a missile hit a mall in Kremenchuk', 'Kremenchuk') });
    expect(claimDay(x!)).toBe(Date.UTC(2022, 5, 28) / 86_400_000);
    expect(claimDay({ ...x!, timeValues: ['PAST_REF', '2022-06-27'] })).toBe(Date.UTC(2022, 5, 27) / 86_400_000);
  });

  it('a claim must be compatible with every core member: a wounded count does not join a cluster holding a death toll', () => {
    const k = (id: string, content: string, category?: string): ClaimDocSpec => ({
      ...strike(id, id, '2022-06-27', `Officials said ${content}.`, content, 'Kremenchuk'),
      figures: category ? [{ text: '20', low: 20, high: 20, category, about: 'civ' }] : [],
    });
    const cl = clusterClaims(inputs(
      k('a', 'a missile hit the shopping mall in Kremenchuk'),
      k('b', 'a missile hit the shopping mall in Kremenchuk and killed 20'),
      k('c', 'a missile hit the shopping mall in Kremenchuk and wounded 20', 'wounded'),
    ).map((x) => (x.docId === 'b' ? { ...x, figures: [{ ...x.figures[0]!, category: 'killed' }] } : x)));
    expect(cl.map((x) => x.members.map((m) => m.docId))).toEqual([['a', 'b'], ['c']]);
  });

  it.each([
    ['a paraphrase in the same place', 'Russian missiles struck the shopping mall in Kremenchuk', 'Kremenchuk', true],
    ['an unrelated claim in the same place', 'the mayor opened a new school in Kremenchuk', 'Kremenchuk', false],
    ['the same words in another place', 'a Russian missile hit a crowded shopping mall in Odesa', 'Odesa', false],
  ])('pair score against a mall strike: %s', (_, content, place, joins) => {
    const [a] = inputs(strike('a', 'x', '2022-06-27', 'Officials said a Russian missile hit a crowded shopping mall in Kremenchuk.', 'a Russian missile hit a crowded shopping mall in Kremenchuk', 'Kremenchuk'));
    const [b] = inputs(strike('b', 'y', '2022-06-27', `Officials said ${content}.`, content, place));
    const corpus = inputs(
      strike('c1', 'z', '2022-06-27', 'Officials said shelling continued in Donetsk.', 'shelling continued in Donetsk', 'Donetsk'),
      strike('c2', 'z', '2022-06-27', 'Officials said talks would resume in Istanbul.', 'talks would resume in Istanbul', 'Istanbul'),
    );
    expect(claimPairScore(a!, b!, [a!, b!, ...corpus]) > 0).toBe(joins);
  });

  it('a broad place (a country) neither anchors nor separates claims', () => {
    const [a] = inputs(strike('a', 'x', '2022-05-01', 'Officials said fighting intensified in Ukraine.', 'fighting intensified in Ukraine', 'Ukraine'));
    const [b] = inputs(strike('b', 'y', '2022-05-01', 'Officials said grain exports from Ukraine fell.', 'grain exports from Ukraine fell', 'Ukraine'));
    const broad = (x: ClaimInput): ClaimInput => ({ ...x, broadPlaceNames: ['Ukraine'] });
    expect(clusterClaims([broad(a!), broad(b!)])).toHaveLength(2);
  });
});
