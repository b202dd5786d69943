/** @module Tests of `eval time`: TimeML parsing, value comparison and the regression floor on TBAQ-cleaned. */
import { describe, expect, it } from 'vitest';
import { hasShared } from '../core/paths.js';
import { canonicalValue, evaluateTime, parseTimeMl, valueMatches } from './time.js';

const TML = `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose <TIMEX3 tid="t2" type="DURATION" value="P2D">the last two days</TIMEX3>.
</TEXT></TimeML>`;

describe('parseTimeMl', () => {
  it('strips tags, decodes entities and keeps gold offsets', () => {
    const doc = parseTimeMl(TML, 'X1', 'TimeBank')!;
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['yesterday', 'DATE', '1998-01-07'],
      ['the last two days', 'DURATION', 'P2D'],
    ]);
    expect(doc.text).toContain('yesterday & rose');
  });
});

describe('value comparison', () => {
  it.each([
    ['1998-XX-XX', '1998', true],
    ['2000-W7', '2000-W07', true],
    ['198X', '198', true],
    ['19XX', '19', true],
    ['1998-Q3', '1998-Q3', true],
  ])('canonical %s = %s', (a, b, same) => {
    expect(canonicalValue(a) === canonicalValue(b)).toBe(same);
  });
  it.each([
    ['1989-W43', '1989-WXX', true, false],
    ['1998-10-23TNI', '1998-10-23', true, false],
    ['1998-10-24', '1998-10-23', false, false],
    ['1989-W43', '1990-WXX', false, false],
  ])('pred %s vs gold %s: tolerant %s, exact %s', (pred, gold, tolerant, exact) => {
    expect(valueMatches(pred, gold, true)).toBe(tolerant);
    expect(valueMatches(pred, gold, false)).toBe(exact);
  });
});

describe.skipIf(!hasShared())('evaluateTime on TBAQ-cleaned', () => {
  it('scores above the regression floor', () => {
    const { total, byCorpus } = evaluateTime();
    expect(Object.keys(byCorpus).sort()).toEqual(['AQUAINT', 'TimeBank']);
    expect(total.gold).toBeGreaterThan(1800);
    expect(total.relaxed.f1).toBeGreaterThan(0.88);
    expect(total.valueF1).toBeGreaterThan(0.8);
    expect(total.valueF1Exact).toBeGreaterThan(0.77);
  });
});
