/** @module Tests of the times stage: the spec §4 table, spans, tense-driven resolution, null reference dates, seed articles. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { hasShared, sharedPath } from '../../core/paths.js';
import { splitSentences } from '../segment/index.js';
import { datelineDate, extractTimes, referenceDay, timesStage } from './index.js';

const WED = { y: 2023, m: 5, d: 17 }; // Wednesday 2023-05-17, the spec's reference date

/** The one mention found in `text`, or fails. */
function only(text: string, ref = WED) {
  const found = extractTimes(text, ref);
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0]!;
}

describe('spec §4 table (reference Wed 2023-05-17)', () => {
  it.each([
    ['He arrived on Monday.', 'Monday', 'DATE', '2023-05-15'],
    ['The talks collapsed last week.', 'last week', 'DATE', '2023-W19'],
    ['Elections are due next month.', 'next month', 'DATE', '2023-06'],
    ['The offensive may start in the summer.', 'the summer', 'DATE', '2023-SU'],
    ['The drone struck two days ago.', 'two days ago', 'DATE', '2023-05-15'],
    ['Sirens sounded at 5am.', '5am', 'TIME', '2023-05-17T05:00'],
    ['Overnight, Russian forces shelled the city.', 'Overnight', 'TIME', '2023-05-16TNI'],
    ['The siege lasted for three months.', 'three months', 'DURATION', 'P3M'],
    ['Fighting intensified over the past few days.', 'the past few days', 'DURATION', 'PXD'],
    ['The ministry publishes losses daily.', 'daily', 'SET', 'P1D'],
    ['The army now controls the bridge.', 'now', 'DATE', 'PRESENT_REF'],
    ['The town is currently under fire.', 'currently', 'DATE', 'PRESENT_REF'],
    ['The village was recently retaken.', 'recently', 'DATE', 'PAST_REF'],
    ['Talks will resume soon.', 'soon', 'DATE', 'FUTURE_REF'],
    ['The region was annexed in 2014.', '2014', 'DATE', '2014'],
    ['The invasion began on February 24th.', 'February 24th', 'DATE', '2023-02-24'],
    ['It was signed on March 20, 2022.', 'March 20, 2022', 'DATE', '2022-03-20'],
    ['It was signed on 20 March 2022.', '20 March 2022', 'DATE', '2022-03-20'],
    ['The corridor opened at 10 a.m. local time.', '10 a.m. local time', 'TIME', '2023-05-17T10:00'],
    ['The strike hit at 14:30 GMT.', '14:30 GMT', 'TIME', '2023-05-17T14:30Z'],
    ['Shelling continued this week.', 'this week', 'DATE', '2023-W20'],
    ['The plan was drafted earlier this year.', 'earlier this year', 'DATE', '2023'],
    ['Troops left in March.', 'March', 'DATE', '2023-03'],
    ['Inflation fell in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['Still, a month on, the army is stuck outside the city.', 'a month on', 'DURATION', 'P1M'],
    ['Thirty days in, the city still held.', 'Thirty days in', 'DURATION', 'P30D'],
    ['Losses mounted in the last two weeks.', 'the last two weeks', 'DURATION', 'P2W'],
    ['The shelling stopped yesterday.', 'yesterday', 'DATE', '2023-05-16'],
    ['A convoy is expected tomorrow.', 'tomorrow', 'DATE', '2023-05-18'],
    ['The strike came last night.', 'last night', 'TIME', '2023-05-16TNI'],
    ['Drones attacked this morning.', 'this morning', 'TIME', '2023-05-17TMO'],
    ['It happened last year.', 'last year', 'DATE', '2022'],
    ['Aid flights run every day.', 'every day', 'SET', 'P1D'],
    ['Ten civilians were killed three weeks ago.', 'three weeks ago', 'DATE', '2023-W17'],
    ['The ceasefire was agreed on 2023-05-10.', '2023-05-10', 'DATE', '2023-05-10'],
    ['They met in the third quarter of 2022.', 'the third quarter of 2022', 'DATE', '2022-Q3'],
    ['The battle raged last winter.', 'last winter', 'DATE', '2022-WI'],
  ])('%s → %s %s %s', (text, span, type, value) => {
    const t = only(text);
    expect(t.text).toBe(span);
    expect(t.type).toBe(type);
    expect(t.value).toBe(value);
    expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('modifiers', () => {
  it.each([
    ['It started in late March.', 'late March', '2023-03', 'END'],
    ['It started in early 2022.', 'early 2022', '2022', 'START'],
    ['It started in mid-April.', 'mid-April', '2023-04', 'MID'],
    ['The siege lasted more than three months.', 'more than three months', 'P3M', 'MORE_THAN'],
    ['The siege lasted about two weeks.', 'about two weeks', 'P2W', 'APPROX'],
  ])('%s → %s (%s, %s)', (text, span, value, mod) => {
    const t = only(text);
    expect([t.text, t.value, t.mod]).toEqual([span, value, mod]);
  });
});

describe('spans never include leading prepositions or possessives', () => {
  it.each([
    ['on Thursday', 'Thursday'],
    ['in 2014', '2014'],
    ['at 5am', '5am'],
    ['since February 24', 'February 24'],
    ['by June', 'June'],
    ['during the summer', 'the summer'],
    ['until Friday', 'Friday'],
    ["Monday's strike", 'Monday'],
    ['for the past two days', 'the past two days'],
  ])('%s → %s', (text, span) => {
    expect(only(`They said it happened ${text} there.`).text).toBe(span);
  });
});

describe('weekdays and years lean to the past, future only in future contexts', () => {
  const SAT = { y: 2022, m: 4, d: 2 };
  it.each([
    ['The ministry said on Thursday that troops withdrew.', SAT, '2022-03-31'],
    ['Talks will resume on Thursday.', SAT, '2022-04-07'],
    ['The delegation plans to travel next Monday.', SAT, '2022-04-04'],
    ['The shelling began on Saturday.', SAT, '2022-04-02'],
    ['Fighting has continued since February 24.', { y: 2022, m: 3, d: 31 }, '2022-02-24'],
    ['Fighting has continued since December 28.', { y: 2023, m: 1, d: 5 }, '2022-12-28'],
    ['The summit will open on April 10.', { y: 2022, m: 3, d: 31 }, '2022-04-10'],
  ])('%s', (text, ref, value) => {
    expect(only(text, ref).value).toBe(value);
  });
});

describe('without a reference date', () => {
  it.each([
    ['It was signed on March 20, 2022.', '2022-03-20'],
    ['Troops left two days ago.', 'PAST_REF'],
    ['Troops left last week.', 'PAST_REF'],
    ['Troops will leave next week.', 'FUTURE_REF'],
    ['The siege lasted three months.', 'P3M'],
    ['The strike was on March 20.', 'XXXX-03-20'],
    ['The strike came on Thursday.', 'PAST_REF'],
  ])('%s → %s', (text, value) => {
    expect(only(text, null as never).value).toBe(value);
  });
});

describe('reference date', () => {
  it('a dateline date wins over the publication date', () => {
    const text = 'Headline\n\nKYIV, 3 May (Reuters) – Russia shelled the city on Tuesday.';
    expect(datelineDate(text, 10, { y: 2023, m: 5, d: 17 })).toEqual({ y: 2023, m: 5, d: 3 });
    expect(referenceDay({ text, bodyStart: 10, published: '2023-05-17T09:30:00Z' })).toEqual({ y: 2023, m: 5, d: 3 });
  });
  it('falls back to the publication date', () => {
    expect(referenceDay({ text: 'Russia shelled the city.', bodyStart: 0, published: '2023-05-17' })).toEqual(WED);
    expect(referenceDay({ text: 'Russia shelled the city.', bodyStart: 0, published: null })).toBeNull();
  });
});

describe('timesStage', () => {
  it('assigns times with exact spans and never overlapping', () => {
    const text = 'Overnight, Russia fired 20 missiles. On Thursday at 10 a.m. local time the corridor opened; it has been shut since February 24.';
    const doc = { ...emptyDocument('t', text), published: '2022-04-01', sentences: splitSentences(text) };
    const times = timesStage.run(doc, {}).times!;
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ['Overnight', '2022-03-31TNI'],
      ['Thursday', '2022-03-31'],
      ['10 a.m. local time', '2022-03-31T10:00'],
      ['February 24', '2022-02-24'],
    ]);
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(timesStage.name).toBe('times.rules.v1');
    expect(timesStage.requires).toEqual(['sentences']);
  });
});

const seed = (prefix: string): string => {
  const dir = sharedPath('seeds');
  return readFileSync(`${dir}/${readdirSync(dir).find((f) => f.startsWith(prefix))!}`, 'utf8');
};

describe.skipIf(!hasShared())('seed articles', () => {
  it('seed 003 (assumed published 2022-03-24)', () => {
    const text = seed('003');
    const times = extractTimes(text, { y: 2022, m: 3, d: 24 });
    const got = new Map(times.map((t) => [t.text, t.value]));
    expect(got.get('March 20')).toBe('2022-03-20');
    expect(got.get('March 23, 2022')).toBe('2022-03-23');
    expect(got.get('February 24')).toBe('2022-02-24');
    expect(got.get('2014')).toBe('2014');
    expect(got.get('last week')).toBe('2022-W11');
    expect(got.get('this week')).toBe('2022-W12');
    expect(got.get('a month on')).toBe('P1M');
    for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('seed 001 (assumed published Friday 2022-04-01)', () => {
    const text = seed('001');
    const times = extractTimes(text, { y: 2022, m: 4, d: 1 });
    const got = new Map(times.map((t) => [t.text, t.value]));
    expect(got.get('Thursday')).toBe('2022-03-31');
    expect(got.get('Tuesday')).toBe('2022-03-29');
    expect(got.get('Overnight')).toBe('2022-03-31TNI');
    expect(got.get('April 1')).toBe('2022-04-01');
    expect(got.get('10 a.m. local time')).toBe('2022-03-31T10:00');
    expect(got.get('February 24')).toBe('2022-02-24');
    expect(got.get('the past two days')).toBe('P2D');
    const texts = times.map((t) => t.text);
    expect(texts).not.toContain('134,500');
    expect(texts.some((t) => /^(?:on|in|at|for|since)\s/i.test(t))).toBe(false);
  });
});

describe('times: a publication year without a day', () => {
  it('puts months and days without a year into the known year', () => {
    const text = 'The war erupted on February 24 and talks resumed this week.';
    const doc = { ...emptyDocument('y', text), published: '2022' };
    const out = timesStage.run({ ...doc, sentences: splitSentences(text) }, {}).times!;
    expect(out.map((t) => [t.text, t.value])).toEqual([
      ['February 24', '2022-02-24'],
      ['this week', 'PRESENT_REF'],
    ]);
  });
});
