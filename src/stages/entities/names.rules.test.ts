/** @module Tests: general naming rules of the recogniser — events, teams, firms, time zones, labels, crews and athletes (invented sentences). */

import { describe, expect, it } from 'vitest';
import { textTopic } from './05-context.js';
import { entitiesOfLines } from './testing/lines.js';

const ents = entitiesOfLines;
/** `surface:TYPE` of every mention. */
function spans(lines: string[]): string[] {
  return ents(lines).map((e) => `${e.text}:${e.type}`);
}

describe('entities rules: events', () => {
  it('keeps capitalised common words before a known event name in it', () => {
    expect(spans(['She reached the final of the World Grand Prix in Oslo on Sunday .'])).toContain('World Grand Prix:OTHER');
  });

  it('closes a headline event name with its head word after a one-word name', () => {
    const found = spans(['GOLF - KENYA OPEN FIRST ROUND SCORES .', 'Results of the first round of the tournament on Thursday :']);
    expect(found).toContain('KENYA OPEN:OTHER');
    expect(found).not.toContain('KENYA:PLACE');
  });

  it('keeps only the nationality of a headline league', () => {
    const found = spans(['SOCCER - DUTCH LEAGUE RESULTS .', 'Results of Dutch league matches on Sunday :']);
    expect(found).toContain('DUTCH:OTHER');
    expect(found.some((s) => s.startsWith('DUTCH LEAGUE'))).toBe(false);
  });

  it('makes GMT a name of the kind OTHER', () => {
    expect(spans(['The ceasefire began at 0400 GMT on Monday , officials said .'])).toContain('GMT:OTHER');
  });
});

describe('entities rules: knowledge base entries', () => {
  it('knows the Central African Republic, Central Africa, "Kurd" and the Arabic language', () => {
    const found = spans(['Aid reached the Central African Republic and other parts of Central Africa on Monday .', 'A Kurd leader spoke in Arabic to the crowd .']);
    expect(found).toEqual(expect.arrayContaining(['Central African Republic:PLACE', 'Central Africa:PLACE', 'Kurd:OTHER', 'Arabic:OTHER']));
  });
});

describe('entities rules: teams and crews', () => {
  it('joins a place and a plural common noun into a team name', () => {
    expect(spans(['The coach said the Boston Jets would travel on Tuesday .'])).toContain('Boston Jets:ORG');
  });

  it('reads a country with a Roman numeral as a numbered crew', () => {
    const found = spans(['BOBSLEIGH - TWO-MAN RESULTS .', '1. Norway II ( Arne Olsen , Per Lund ) 1:45.10', 'Germany I , led by its pilot , was second .']);
    expect(found).toContain('Norway II:ORG');
    expect(found).toContain('Germany I:ORG');
  });

  it('leaves a country before the pronoun I alone', () => {
    expect(spans(['In Norway I saw the new bridge .'])).toContain('Norway:PLACE');
  });

  it('keeps a listed country after a title a place', () => {
    expect(spans(['Former Kenya captain Peter Otieno scored twice on Saturday .'])).toContain('Kenya:PLACE');
  });
});

describe('entities rules: companies', () => {
  it('keeps "and" inside a name closed by a legal form', () => {
    expect(spans(['Shares of Kestrel Mining and Smelting Corp rose 5 percent on Friday .'])).toContain('Kestrel Mining and Smelting Corp:ORG');
  });

  it('joins names with an ampersand into one firm', () => {
    expect(spans(['The bonds were sold through Harlow & Fenwick on Tuesday .'])).toContain('Harlow & Fenwick:ORG');
  });

  it('takes the dot of an abbreviated legal form into the name', () => {
    expect(spans(['Its parent , Quillon Corp. , said it would appeal .'])).toContain('Quillon Corp.:ORG');
  });

  it('takes a sentence-initial word before capitalised words and a legal form', () => {
    expect(spans(['Falcon Harbour Freight Inc said on Monday it would buy two ships .'])).toContain('Falcon Harbour Freight Inc:ORG');
  });
});

describe('entities rules: tables and labels', () => {
  it('does not take an inflected label before a colon for a name', () => {
    const found = spans(['CRICKET - SCOREBOARD .', 'Bowling : Ramdin 8-1-30-2 , Pollard 6-0-41-1', 'Ramdin took two wickets in the 3-1 series win .']);
    expect(found.some((s) => s.startsWith('Bowling'))).toBe(false);
  });

  it('keeps the ports of a shipping route places in a price table', () => {
    const lines = ['COAL - Sea Lark - 60,000 tonnes coal Tarragona / Durban 10-20/1 $ 7.25 fio', 'GRAIN - Blue Heron - 40,000 tonnes wheat Rouen / Alexandria 5-15/1 $ 12.10 fio'];
    const found = spans(lines);
    expect(found).toContain('Tarragona:PLACE');
    expect(found).toContain('Alexandria:PLACE');
    expect(textTopic(lines.join('\n'), 2)).toBeNull();
  });

  it('keeps the ports of a shipping route places in a sports report', () => {
    const lines = ['SOCCER - CUP RESULTS .', 'Plymouth 4 Exeter 1', 'Preston 2 York 3', 'The winners fly Tarragona / Durban for the 2-1 return leg .'];
    const found = spans(lines);
    expect(found).toContain('Tarragona:PLACE');
    expect(found).toContain('Durban:PLACE');
  });

  it('reads an unknown name between two persons of a list as a person', () => {
    const lines = ['The squad named on Monday : Brian Lamont , Peter Kerr , Okafor , David Steele , Mark Tovey .'];
    expect(spans(lines)).toContain('Okafor:PERSON');
  });

  it('reads unknown names with a country note as athletes where noted names are persons', () => {
    const lines = [
      'BADMINTON - OPEN RESULTS .',
      'Results of the quarter-finals on Friday :',
      'Peter Gade ( Denmark ) beat Taufik Wirano ( Indonesia ) 15-8 15-11',
      'Anna Berg ( Sweden ) beat Kusumawati ( Indonesia ) 11-6 12-10',
    ];
    expect(spans(lines)).toContain('Kusumawati:PERSON');
  });
});
