import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/index.js';
import { extractFigures } from './index.js';

function figs(text: string) {
  return extractFigures(text, splitSentences(text));
}

describe('figures: bounds per spec/claims.md §2', () => {
  it.each([
    ['More than 4 million people have fled the country.', 'More than 4 million', 4_000_000, null, false],
    ['Officials said over 4m had left.', 'over 4m', 4_000_000, null, false],
    ['The city was home to about 400,000 people.', 'about 400,000', 400_000, 400_000, true],
    ['Nearly 60,000 soldiers have been killed.', 'Nearly 60,000', null, 60_000, true],
    ['Up to 50 tanks were lost.', 'Up to 50', null, 50, false],
    ['Between 70,000 and 80,000 troops massed at the border.', '70,000 and 80,000', 70_000, 80_000, false],
    ['Some 70,000-80,000 troops massed.', 'Some 70,000-80,000', 70_000, 80_000, false],
    ['The army lost 1,500 vehicles.', '1,500', 1500, 1500, false],
    ['A dozen drones hit the city.', 'A dozen', 12, 12, false],
    ['Dozens of missiles were fired.', 'Dozens', 24, 99, true],
    ['Hundreds of soldiers surrendered.', 'Hundreds', 200, 999, true],
    ['Thousands of refugees crossed the border.', 'Thousands', 2000, 9999, true],
    ['Tens of thousands of troops are deployed.', 'Tens of thousands', 20_000, 99_999, true],
    ['Millions of people fled.', 'Millions', 2_000_000, 9_999_999, true],
    ['More than a quarter of the land is occupied.', 'More than a quarter', 25, null, false],
    ['Five Russian soldiers were captured.', 'Five', 5, 5, false],
    ['The shelling went on, from 50 bombs to 100 bombs a day.', '50 bombs to 100', 50, 100, false],
    ['Half a million people left the city.', 'Half a million', 500_000, 500_000, false],
    ['Aid worth $3.5bn was pledged.', '$3.5bn', 3_500_000_000, 3_500_000_000, false],
    ['They found twenty-five bodies.', 'twenty-five', 25, 25, false],
  ])('%s → %s', (text, span, low, high, approx) => {
    const [f] = figs(text);
    expect(f).toBeDefined();
    expect(f!.text).toBe(span);
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    expect([f!.low, f!.high, f!.approx]).toEqual([low, high, approx]);
  });

  it('converts miles to kilometres', () => {
    const [f] = figs('A convoy around 40 miles long stalled.');
    expect(f).toMatchObject({ text: 'around 40 miles', unit: 'mi', category: 'distance', converted: { unit: 'km', low: 64.4, high: 64.4 } });
  });

  it('a verbal bound stays outside the span', () => {
    const [f] = figs('The death toll exceeds 5,000 people.');
    expect(f).toMatchObject({ text: '5,000', low: 5000, high: null });
  });
});

describe('figures: category and about', () => {
  it.each([
    ['Ukraine says nearly 60,000 Russians have been killed in action.', 'killed', 'RU'],
    ['The office recorded 953 civilian deaths.', 'killed', 'civ'],
    ['Shelling killed at least seven people.', 'killed', null],
    ['Ukraine captured at least 217 Russian tanks.', 'tanks', 'RU'],
    ['Russia launched 40 missiles overnight.', 'missiles', 'RU'],
    ['Fighting has driven more than 2.7 million Ukrainians to flee abroad.', 'refugees', 'UA_civ'],
    ['The law will enlist 134,500 new conscripts.', 'conscripts', null],
    ['The war has displaced 10.5 million people.', 'displaced', null],
    ['Prices rose by 30 percent.', 'percent', null],
    ['The plant is 140 kilometers away.', 'distance', null],
  ])('%s → %s / %s', (text, category, about) => {
    const [f] = figs(text);
    expect(f).toBeDefined();
    expect([f!.category, f!.about]).toEqual([category, about]);
  });

  it('coordinated figures share the side', () => {
    const out = figs('Ukraine has captured at least 217 Russian tanks and 312 armored vehicles.');
    expect(out.map((f) => [f.text, f.category, f.about])).toEqual([
      ['at least 217', 'tanks', 'RU'],
      ['312', 'armored_vehicles', 'RU'],
    ]);
  });

  it('never overlaps a blocked (time) span', () => {
    const text = 'Russia has fought there since 2014 with 300 tanks.';
    const start = text.indexOf('2014');
    const out = extractFigures(text, splitSentences(text), [{ start, end: start + 4 }]);
    expect(out.map((f) => f.text)).toEqual(['300']);
  });
});
