/** @module Tests of independence counting, verdicts (single-origin, contested, evolution, denied, corroborated) and outlet profiles. */

import { describe, expect, it } from 'vitest';
import { claimInputsFromDocument, clusterClaims, type ClaimInput } from '../claim-clusters/index.js';
import { claimDoc, type ClaimDocSpec } from '../claim-clusters/testing.js';
import { assessCluster, figuresConflict, sourceKey } from './index.js';

const inputs = (...specs: ClaimDocSpec[]): ClaimInput[] => specs.flatMap((s) => claimInputsFromDocument(claimDoc(s)));

const GS = (id: string, outlet: string, published: string, sourceText: string, n: string): ClaimDocSpec => ({
  id, outlet, published, side: 'UA',
  text: `${sourceText} said Russia had lost ${n} tanks since the invasion began.`,
  content: `Russia had lost ${n} tanks since the invasion began`,
  source: { text: sourceText },
  figures: [{ text: n, low: Number(n.replace(/,/g, '')), high: Number(n.replace(/,/g, '')), category: 'tanks', about: 'RU' }],
  key: 'russia|loss|-|-|tanks',
});

const RU_MOD = (id: string, published: string, n: number): ClaimDocSpec => ({
  id, outlet: 'tass.ru', published, side: 'RU',
  text: `The Russian Defence Ministry said Ukrainian forces lost ${n} servicemen near Bakhmut.`,
  content: `Ukrainian forces lost ${n} servicemen near Bakhmut`,
  source: { text: 'The Russian Defence Ministry', name: 'Russian Defence Ministry' },
  figures: [{ text: String(n), low: n, high: n, category: 'killed', about: 'UA' }],
  places: ['Bakhmut'],
  key: 'ukraine|loss|bakhmut|-|killed',
});
const UA_OFF = (id: string, published: string, n: number): ClaimDocSpec => ({
  id, outlet: 'kyivindependent.com', published, side: 'UA',
  text: `Ukrainian officials said ${n} Ukrainian soldiers were killed near Bakhmut.`,
  content: `${n} Ukrainian soldiers were killed near Bakhmut`,
  source: { text: 'Ukrainian officials' },
  figures: [{ text: String(n), low: n, high: n, category: 'killed', about: 'UA' }],
  places: ['Bakhmut'],
  key: 'ukraine|loss|bakhmut|-|killed',
});
const REFUGEES = (id: string, published: string, fig: string, low: number): ClaimDocSpec => ({
  id, outlet: id.startsWith('bbc') ? 'bbc.co.uk' : 'reuters.com', published, side: 'INTL',
  text: `The UN refugee agency said ${fig} refugees have fled Ukraine.`,
  content: `${fig} refugees have fled Ukraine`,
  source: { text: 'The UN refugee agency', name: 'UNHCR' },
  figures: [{ text: fig, low, high: fig.startsWith('more') ? null : low, category: 'refugees', about: 'UA_civ' }],
  places: ['Ukraine'],
  key: 'refugees|flee|ukraine|-|refugees',
});
const MALL_UA: ClaimDocSpec = {
  id: 'ua-mall', outlet: 'ukrinform.net', published: '2022-06-27', side: 'UA',
  text: 'President Zelensky said a Russian missile struck the crowded shopping centre in Kremenchuk.',
  content: 'a Russian missile struck the crowded shopping centre in Kremenchuk',
  source: { text: 'President Zelensky', name: 'Volodymyr Zelensky', entityId: 'person:volodymyr-zelensky' },
  places: ['Kremenchuk'],
  key: 'russia|strike|kremenchuk|-|-',
};
const MALL_RU: ClaimDocSpec = {
  id: 'ru-mall', outlet: 'rt.com', published: '2022-06-28', side: 'RU',
  text: 'The Russian Defence Ministry denied that its missile struck the shopping centre in Kremenchuk.',
  content: 'its missile struck the shopping centre in Kremenchuk',
  source: { text: 'The Russian Defence Ministry', name: 'Russian Defence Ministry' },
  denial: true,
  places: ['Kremenchuk'],
  key: 'russia|strike|kremenchuk|-|-',
};

describe('claim clusters and verdicts', () => {
  it('two outlets repeating the same General Staff figure: one cluster, one origin, single-origin', () => {
    const cl = clusterClaims(inputs(GS('a', 'ukrinform.net', '2022-05-01', "Ukraine's General Staff", '1,000'), GS('b', 'censor.net', '2022-05-01', 'The General Staff of the Armed Forces of Ukraine', '1,000')));
    expect(cl).toHaveLength(1);
    const v = assessCluster(cl[0]!.members);
    expect(v.independentOrigins).toBe(1);
    expect(v.verdict).toBe('single-origin');
    expect(v.reasons.join(' ')).toMatch(/2 outlets relay the same origin/);
  });

  it('Russian MoD vs Ukrainian officials with incompatible figures on the same date: contested', () => {
    const cl = clusterClaims(inputs(RU_MOD('ru', '2023-01-10', 500), UA_OFF('ua', '2023-01-10', 20)));
    expect(cl).toHaveLength(1);
    const v = assessCluster(cl[0]!.members);
    expect(v.verdict).toBe('contested');
    expect(v.contradictions).toHaveLength(1);
    expect(v.crossSide).toBe(true);
    expect(v.reasons.some((r) => r.includes('"500"') && r.includes('"20"'))).toBe(true);
  });

  it('3.5 million refugees and 4 million a week later: one cluster, an evolution, not contested', () => {
    const cl = clusterClaims(inputs(REFUGEES('reu1', '2022-03-30', 'more than 3.5 million', 3_500_000), REFUGEES('bbc1', '2022-04-07', '4 million', 4_000_000)));
    expect(cl).toHaveLength(1);
    const v = assessCluster(cl[0]!.members);
    expect(v.verdict).not.toBe('contested');
    expect(v.contradictions).toEqual([]);
  });

  it('a denial from the other side: denied', () => {
    const cl = clusterClaims(inputs(MALL_UA, MALL_RU));
    expect(cl).toHaveLength(1);
    const v = assessCluster(cl[0]!.members);
    expect(v.verdict).toBe('denied');
    expect(v.denials[0]!.side).toBe('RU');
    expect(v.firstAppearance!.docId).toBe('ua-mall');
  });

  it('syndicated copies of an outlet\'s own reporting count once; a second outlet makes two origins', () => {
    const own = (id: string, outlet: string): ClaimDocSpec => ({
      id, outlet, published: '2022-04-08', side: 'OUTLET',
      text: 'At least 50 people were killed at the Kramatorsk railway station.',
      content: 'At least 50 people were killed at the Kramatorsk railway station',
      figures: [{ text: 'At least 50', low: 50, high: null, category: 'killed', about: 'civ' }],
      places: ['Kramatorsk'],
    });
    const members = inputs(own('ap1', 'apnews.com'), own('copy1', 'yahoo.com'), own('copy2', 'msn.com'));
    const dup = new Map([['copy1', 'ap1'], ['copy2', 'copy1']]);
    expect(assessCluster(members, { duplicateOf: dup }).independentOrigins).toBe(1);
    const withOther = [...members, ...inputs(own('bbc', 'bbc.co.uk'))];
    const v = assessCluster(withOther, { duplicateOf: dup });
    expect(v.independentOrigins).toBe(2);
    expect(v.verdict).toBe('corroborated');
  });

  it('different sides agreeing: corroborated across sides, scores above single-origin', () => {
    const ua = GS('a', 'ukrinform.net', '2022-05-01', "Ukraine's General Staff", '1,000');
    const uk: ClaimDocSpec = { ...GS('b', 'bbc.co.uk', '2022-05-01', 'British intelligence', '1,000'), side: 'WEST' };
    const both = assessCluster(clusterClaims(inputs(ua, uk))[0]!.members);
    expect(both.verdict).toBe('corroborated');
    expect(both.crossSide).toBe(true);
    const one = assessCluster(inputs(ua));
    expect(both.score).toBeGreaterThan(one.score);
    expect(one.score).toBe(1);
  });

  it('keeps claims about different categories apart', () => {
    const cl = clusterClaims(inputs(RU_MOD('ru', '2023-01-10', 500), REFUGEES('reu1', '2023-01-10', '4 million', 4_000_000)));
    expect(cl).toHaveLength(2);
  });

  it.each([
    ["Ukraine's General Staff", 'General Staff of the Armed Forces of Ukraine'],
    ['the Ukrainian General Staff', "Ukraine's General Staff"],
    ['Russian Defense Ministry', "Russia's Ministry of Defence"],
  ])('source names %j and %j meet', (a, b) => {
    expect(sourceKey(a)).toBe(sourceKey(b));
  });

  it.each([
    [{ low: 500, high: 500, approx: false }, { low: 20, high: 20, approx: false }, true],
    [{ low: 100, high: 100, approx: true }, { low: 108, high: 108, approx: false }, false],
    [{ low: 3_500_000, high: null, approx: false }, { low: 4_000_000, high: 4_000_000, approx: false }, false],
    [{ low: null, high: 50, approx: false }, { low: 300, high: 300, approx: false }, true],
    [{ low: 70_000, high: 80_000, approx: false }, { low: 85_000, high: 85_000, approx: false }, false],
  ])('figures %j vs %j conflict: %s', (a, b, expected) => {
    const f = (x: typeof a) => ({ start: 0, end: 1, text: 'x', unit: 'count', category: 'killed', about: null, ...x });
    expect(figuresConflict(f(a), f(b))).toBe(expected);
  });
});

describe('triangulate over documents', () => {
  it('assesses clusters from Documents, best supported first, and profiles outlets', async () => {
    const { triangulate, outletProfiles } = await import('./index.js');
    const { claimDoc: mk } = await import('../claim-clusters/testing.js');
    const docs = [
      mk(GS('a', 'ukrinform.net', '2022-05-01', "Ukraine's General Staff", '1,000')),
      mk({ ...GS('b', 'bbc.co.uk', '2022-05-01', 'British intelligence', '1,000'), side: 'WEST' }),
      mk(MALL_UA),
      mk(MALL_RU),
    ];
    const res = triangulate(docs);
    expect(res.map((r) => r.verdict.verdict)).toEqual(['corroborated', 'denied']);
    const prof = outletProfiles(res);
    expect(prof.find((p) => p.outlet === 'ukrinform.net')).toMatchObject({ claims: 2, clusters: 2, firstAppearances: 2 });
    expect(prof.find((p) => p.outlet === 'rt.com')!.verdicts.denied).toBe(1);
  });
});
