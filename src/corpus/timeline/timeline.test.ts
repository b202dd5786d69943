/** @module Tests of figure timelines and their comparison with the reference loss series. */

import { afterEach, describe, expect, it } from 'vitest';
import { hasShared } from '../../core/paths.js';
import { claimInputsFromDocument, type ClaimInput } from '../claim-clusters/index.js';
import { claimDoc, type ClaimDocSpec } from '../claim-clusters/testing.js';
import { figureTimeline, referenceFlag, referenceValues, resetReferenceCache } from './index.js';

const inputs = (...specs: ClaimDocSpec[]): ClaimInput[] => specs.flatMap((s) => claimInputsFromDocument(claimDoc(s)));

const refugees = (id: string, published: string, fig: string, low: number, high: number | null): ClaimDocSpec => ({
  id, outlet: 'reuters.com', published, side: 'INTL',
  text: `The UN refugee agency said ${fig} refugees have fled Ukraine.`,
  content: `${fig} refugees have fled Ukraine`,
  source: { text: 'The UN refugee agency', name: 'UNHCR' },
  figures: [{ text: fig, low, high, category: 'refugees', about: 'UA_civ' }],
});
const tanks = (id: string, published: string, n: number, side: 'UA' | 'RU' = 'UA'): ClaimDocSpec => ({
  id, outlet: 'ukrinform.net', published, side,
  text: `The General Staff said Russia had lost ${n} tanks.`,
  content: `Russia had lost ${n} tanks`,
  source: { text: 'The General Staff' },
  figures: [{ text: String(n), low: n, high: n, category: 'tanks', about: 'RU' }],
});

describe('figure timelines', () => {
  afterEach(() => {
    delete process.env.TRIANGULATE_SHARED;
    resetReferenceCache();
  });

  it('orders figures by date and shows how the number moved', () => {
    const t = figureTimeline(
      inputs(refugees('b', '2022-04-07', '4 million', 4_000_000, 4_000_000), refugees('a', '2022-03-30', '3.5 million', 3_500_000, 3_500_000)),
      'refugees',
      'UA_civ',
    );
    expect(t.points.map((p) => [p.date, p.value, p.change, p.source, p.outlet])).toEqual([
      ['2022-03-30', 3_500_000, null, 'UNHCR', 'reuters.com'],
      ['2022-04-07', 4_000_000, 500_000, 'UNHCR', 'reuters.com'],
    ]);
    expect([t.min, t.max]).toEqual([3_500_000, 4_000_000]);
    expect(t.points.every((p) => p.reference.length === 0)).toBe(true);
  });

  it('takes the date from the claim\'s time value over the publication date', () => {
    const spec: ClaimDocSpec = { ...tanks('x', '2022-05-03', 1000), text: 'On May 1 the General Staff said Russia had lost 1000 tanks.', source: { text: 'the General Staff' }, times: [{ text: 'May 1', value: '2022-05-01' }] };
    const c = inputs(spec);
    c[0]!.timeValues = ['2022-05-01'];
    expect(figureTimeline(c, 'tanks', 'RU', { reference: false }).points[0]!.date).toBe('2022-05-01');
  });

  it.each([
    [1000, 1000, 'consistent'],
    [3000, 1000, 'far-above'],
    [400, 1000, 'far-below'],
    [20, 1000, 'not-comparable'],
  ] as const)('value %d against reference %d → %s', (v, r, flag) => {
    expect(referenceFlag(v, r).flag).toBe(flag);
  });

  it.skipIf(!hasShared())('compares Russian tank losses with the Ukrainian MoD series and flags outliers', () => {
    const t = figureTimeline(inputs(tanks('ok', '2022-05-01', 1026), tanks('high', '2022-05-01', 5000, 'RU')), 'tanks', 'RU');
    const byId = new Map(t.points.map((p) => [p.docId, p]));
    expect(byId.get('ok')!.reference[0]).toMatchObject({ series: 'ua-mod', flag: 'consistent' });
    expect(byId.get('high')!.reference[0]!.flag).toBe('far-above');
    expect(t.flagged).toBe(1);
  });

  it('tolerates the shared folder being absent', () => {
    process.env.TRIANGULATE_SHARED = '/nonexistent/shared';
    resetReferenceCache();
    expect(referenceValues('tanks', 'RU', '2022-05-01')).toEqual([]);
    expect(figureTimeline(inputs(tanks('a', '2022-05-01', 1026)), 'tanks', 'RU').points[0]!.reference).toEqual([]);
  });
});
