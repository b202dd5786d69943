/** @module Tests: Inputs on which the entity recogniser must find nothing. */

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/index.js';
import { recogniseEntities } from './index.js';

/** Inputs that must yield no entity at all. */
const NEGATIVES = [
  'On Thursday the shelling stopped for a few hours.',
  'In March the river rose again.',
  'However, the talks went nowhere.',
  'Yesterday was quiet, officials said.',
  'Shattered windows lay across the road.',
  'Street fighting continued into the night.',
  'FIGHTING RAGES ON AS TALKS STALL',
  'BREAKING: HEAVY LOSSES REPORTED',
  'A convoy was seen moving slowly.',
  'They said it was too early to tell.',
  'Sources said the report was accurate.',
  'Read Full Article',
  'Leave a Reply',
  'Please Support Us!',
  'Early End to the Invasion as Losses Mount',
  'At least seven people were killed overnight.',
  'As the sun rose, the guns fell silent.',
  'Major cities remain under heavy fire.',
  'Who fired first is still unclear, and us officials know it.',
  'By mid-March the pre-war levels were back.',
  'Post-Christmas sales fell in mid-December.',
  'Real estate prices rose again.',
  'She was named Secretary of State last year.',
  'The Minister of Defence resigned on Friday.',
  'A coach and a striker left the club.',
];

describe('entities: negatives', () => {
  it.each(NEGATIVES)('%s → nothing', (text) => {
    const found = recogniseEntities(text, splitSentences(text));
    expect(found.map((e) => `${e.text}:${e.type}`)).toEqual([]);
  });
});

/** Context lines that must not produce a team, a club or a company: table headers, war news with a score-like range. */
const CONTEXT_NEGATIVES = [
  'W L T PF PA',
  'Between 10-15 shells fell on the town overnight.',
  'results were not yet known',
];

describe('entities context: negatives', () => {
  it.each(CONTEXT_NEGATIVES)('%s → no ORG', (text) => {
    const found = recogniseEntities(text, splitSentences(text));
    expect(found.filter((e) => e.type === 'ORG').map((e) => e.text)).toEqual([]);
  });
});

/** Headline words that share their spelling with an unknown name of the document are not taken up as that name. */
describe('entities propagation: negatives', () => {
  it('does not take a headline word for an unknown one-word name of the text', () => {
    const text = 'ALPINE SKIING - WORLD CUP STANDINGS .\nOverall Standings after Saturday :';
    const found = recogniseEntities(text, splitSentences(text));
    expect(found.filter((e) => e.text === 'STANDINGS')).toEqual([]);
  });
});
