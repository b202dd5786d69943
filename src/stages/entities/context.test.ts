/** @module Tests: Step 5 document context — sports tables and clubs, business reports, one type per name. */

import { describe, expect, it } from 'vitest';
import { textTopic } from './05-context.js';
import { entitiesOfLines } from './testing/lines.js';

const ents = entitiesOfLines;
function typeOf(lines: string[], surface: string): string | undefined {
  return ents(lines).find((e) => e.text === surface)?.type;
}

const SOCCER = [
  'SOCCER - ENGLISH LEAGUE RESULTS .',
  'Results of English league soccer matches on Saturday :',
  'Plymouth 4 Exeter 1',
  'Preston 2 York 3',
  'Barnsley 21 10 8 3 38 26 38',
  'Wimbledon extended their unbeaten league run to 18 games after a 3-1 win at Sunderland .',
  'Playing Sunday : West Bromwich v Bolton',
  'Liverpool 1 ( Fowler 34 ) Chelsea 2 ( Zola 12 , Vialli 55 ) .',
];
const HOCKEY = ['NHL ICE HOCKEY - RESULTS .', 'Pittsburgh 5 Washington 3', 'Ottawa 2 Calgary 1', 'ANAHEIM AT BUFFALO', 'BOSTON 2 TORONTO 3'];
const NATIONS = ['SOCCER - ASIAN CUP RESULT .', 'Japan 2 Syria 1', 'Kuwait 0 China 2', 'The striker scored twice as Japan beat Syria 2-1 in the group match .'];

describe('entities context: sports reports', () => {
  it.each([
    [SOCCER, 'Plymouth', 'ORG'],
    [SOCCER, 'Exeter', 'ORG'],
    [SOCCER, 'Barnsley', 'ORG'],
    [SOCCER, 'Wimbledon', 'ORG'],
    [SOCCER, 'Sunderland', 'PLACE'],
    [SOCCER, 'Bolton', 'ORG'],
    [SOCCER, 'Zola', 'PERSON'],
    [HOCKEY, 'Pittsburgh', 'ORG'],
    [HOCKEY, 'ANAHEIM', 'ORG'],
    [HOCKEY, 'BUFFALO', 'PLACE'],
    [NATIONS, 'Japan', 'PLACE'],
    [NATIONS, 'Syria', 'PLACE'],
  ])('%#: %s → %s', (lines, surface, type) => {
    expect(typeOf(lines, surface)).toBe(type);
  });

  it('detects the topic of a text', () => {
    expect(textTopic(SOCCER.join('\n'), 3)).toBe('sports');
    expect(textTopic('Russian forces shelled Kharkiv overnight, the governor said, and two people were wounded.', 0)).toBeNull();
    expect(textTopic('Shares of the company rose 5 percent after the firm reported higher profit and analysts raised their price targets for the stock.', 0)).toBe('business');
  });
});

describe('entities context: business reports', () => {
  const NEWS = [
    'Norilsk said on Friday its profit fell 20 percent as nickel prices dropped .',
    'Analysts said shares of the company could fall further and investors sold the stock .',
    'The firm , based in Norilsk , employs 100,000 people .',
    'Newmont said it would bid for the company and analysts expect a takeover .',
  ];
  it.each([
    [NEWS, 'Newmont', 'ORG'],
  ])('%#: %s → %s', (lines, surface, type) => {
    expect(typeOf(lines, surface)).toBe(type);
  });
  it('a town that is the subject of company news is a company, but still a place after "in"', () => {
    const found = ents(NEWS).filter((e) => e.text === 'Norilsk').map((e) => e.type);
    expect(found).toEqual(['ORG', 'PLACE']);
  });
});

describe('entities context: datelines and routes', () => {
  it.each([
    [['US POLITICS - SENATE VOTE DELAYED .', 'DES MOINES 1996-12-06', 'The vote was delayed again .'], 'DES MOINES', 'PLACE'],
    [['SKIING - RACE CALLED OFF .', 'WHISTLER , British Columbia 1996-12-06', 'The race was called off .'], 'British Columbia', 'PLACE'],
    [['COAL - Lantau Peak - 120,000 tonnes coal Dampier / Kaohsiung 20-30/1 $ 5.25 fio .'], 'Kaohsiung', 'PLACE'],
  ])('%#: %s → %s', (lines, surface, type) => {
    expect(typeOf(lines, surface)).toBe(type);
  });
});

describe('entities context: player lists', () => {
  const LIST = ['Leading scorers :', '9 - Fabrizio Ravanelli ( Middlesbrough ) , Alan Shearer ( Newcastle )', '7 - Robbie Earle ( Wimbledon ) , Les Ferdinand ( Newcastle )', '5 - Robbie Fowler ( Liverpool ) , Steve McManaman ( Liverpool )'];
  it.each([
    [LIST, 'Middlesbrough', 'ORG'],
    [LIST, 'Liverpool', 'ORG'],
    [LIST, 'Robbie Fowler', 'PERSON'],
  ])('%#: %s → %s', (lines, surface, type) => {
    expect(typeOf(lines, surface)).toBe(type);
  });
});

describe('entities context: war news keeps places', () => {
  it.each([
    [['Russian forces shelled Kharkiv overnight and a missile hit Odesa , the governor said .'], 'Kharkiv', 'PLACE'],
    [['Ukraine won the Eurovision song contest as Russian troops pressed on towards Sievierodonetsk .'], 'Sievierodonetsk', 'PLACE'],
  ])('%#: %s → %s', (lines, surface, type) => {
    expect(typeOf(lines, surface)).toBe(type);
  });
});

describe('entities context: one name, one reading per document', () => {
  it('gives a place-named surname the person named in full elsewhere in the document', () => {
    const lines = ['Bill Jordan , head of the dockers union , spoke on Monday .', 'Jordan said the strike would go on .', 'The talks were held in Jordan last year .'];
    const found = ents(lines).filter((e) => e.text === 'Jordan');
    expect(found.map((e) => e.type)).toEqual(['PERSON', 'PLACE']);
    expect(typeOf(lines, 'Bill Jordan')).toBe('PERSON');
  });

  it('takes a common word after a given name as the surname in a list of players', () => {
    const lines = ['Squad : Neil Back ( Leicester ) , Gary Speed ( Everton ) , Dale Harlow ( Bath )'];
    expect(typeOf(lines, 'Neil Back')).toBe('PERSON');
    expect(typeOf(lines, 'Gary Speed')).toBe('PERSON');
  });

  it('lends a bracketed acronym the type of the name it abbreviates, in any word order', () => {
    const lines = ['She joined the right-wing National Alliance ( AN ) last year .', 'AN leaders said on Friday they would stay in the coalition .'];
    const an = ents(lines).filter((e) => e.text === 'AN');
    expect(an.map((e) => e.type)).toEqual(['ORG', 'ORG']);
    expect(typeOf(lines, 'National Alliance')).toBe('ORG');
  });

  it('does not let a one-word descriptor alias cut the head off a longer name', () => {
    expect(typeOf(['The ruling party , the Democratic Left Alliance , backs the plan .'], 'Democratic Left Alliance')).toBe('ORG');
  });

  it('gives a lone unknown word the kind of the name it is coordinated with, and to its other mentions', () => {
    expect(typeOf(['The crash happened before the plane reached Kvitfjell , Norway .'], 'Kvitfjell')).toBe('PLACE');
    const lines = ['Talks between Zorvex and Barclays Bank went on .', 'Zorvex shares rose .'];
    expect(ents(lines).filter((e) => e.text === 'Zorvex').map((e) => e.type)).toEqual(['ORG', 'ORG']);
  });
});
