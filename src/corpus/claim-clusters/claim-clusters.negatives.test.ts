/** @module Claims that must never be clustered together. */

import { describe, expect, it } from 'vitest';
import { claimInputsFromDocument, clusterClaims } from './index.js';
import { claimDoc, type ClaimDocSpec } from './testing.js';
import { emptyDocument } from '../../core/doc.js';

const fig = (id: string, published: string, category: string, about: string, place?: string): ClaimDocSpec => ({
  id, outlet: 'o', published, side: 'UA',
  text: `Officials said 100 were counted${place ? ` in ${place}` : ''}.`, content: `100 were counted${place ? ` in ${place}` : ''}`,
  source: { text: 'Officials' }, places: place ? [place] : [],
  figures: [{ text: '100', low: 100, high: 100, category, about }],
});

describe('claim clustering negatives', () => {
  it.each([
    ['different figure categories', fig('a', '2022-05-01', 'killed', 'UA'), fig('b', '2022-05-01', 'wounded', 'UA')],
    ['different subjects', fig('a', '2022-05-01', 'killed', 'UA'), fig('b', '2022-05-01', 'killed', 'RU')],
    ['different places', fig('a', '2022-05-01', 'killed', 'UA', 'Bakhmut'), fig('b', '2022-05-01', 'killed', 'UA', 'Kherson')],
    ['periods months apart', fig('a', '2022-05-01', 'killed', 'UA'), fig('b', '2022-09-01', 'killed', 'UA')],
  ])('%s are never joined', (_, a, b) => {
    expect(clusterClaims([...claimInputsFromDocument(claimDoc(a)), ...claimInputsFromDocument(claimDoc(b))])).toHaveLength(2);
  });

  it.each([
    ['two unrelated killed counts on the same day', 'killed', 'Shelling of the market killed 100', 'A train derailment killed 100'],
    ['two unrelated refugee counts', 'refugees', 'Poland registered 100 new arrivals', 'Moldova opened 100 shelters for new arrivals'],
  ])('a figure category alone never joins: %s', (_, category, x, y) => {
    const spec = (id: string, content: string): ClaimDocSpec => ({
      id, outlet: id, published: '2022-05-01', side: 'UA', text: `Officials said ${content}.`, content, source: { text: 'Officials' },
      figures: [{ text: '100', low: 100, high: 100, category, about: null }],
    });
    expect(clusterClaims([...claimInputsFromDocument(claimDoc(spec('a', x))), ...claimInputsFromDocument(claimDoc(spec('b', y)))])).toHaveLength(2);
  });

  it('a document without claims yields no inputs and no clusters', () => {
    expect(claimInputsFromDocument(emptyDocument('e', 'Nothing here.'))).toEqual([]);
    expect(clusterClaims([])).toEqual([]);
  });
});
