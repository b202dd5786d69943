/** @module Claims and queries that must yield no timeline points or reference values. */

import { describe, expect, it } from 'vitest';
import { claimInputsFromDocument } from '../claim-clusters/index.js';
import { claimDoc } from '../claim-clusters/testing.js';
import { figureTimeline, referenceValues } from './index.js';

const doc = claimDoc({
  id: 'd', outlet: 'x', published: '2022-05-01', side: 'RU', denial: true,
  text: 'Moscow denied that 300 tanks were lost.', content: '300 tanks were lost', source: { text: 'Moscow' },
  figures: [{ text: '300', low: 300, high: 300, category: 'tanks', about: 'RU' }],
});

describe('timeline negatives', () => {
  it.each([
    ['a denied figure', claimInputsFromDocument(doc), 'tanks'],
    ['another category', claimInputsFromDocument({ ...doc, claims: [{ ...doc.claims[0]!, denial: false }] }), 'refugees'],
    ['no claims', [], 'tanks'],
  ])('%s yields no points', (_, claims, category) => {
    expect(figureTimeline(claims, category, 'RU', { reference: false }).points).toEqual([]);
  });

  it.each([
    ['refugees', 'UA', '2022-05-01'],
    ['tanks', 'RU', 'not a date'],
    ['tanks', 'RU', '2019-01-01'],
    ['tanks', null, '2022-05-01'],
  ])('no reference for %s / %s / %s', (c, a, d) => {
    expect(referenceValues(c, a, d)).toEqual([]);
  });
});
