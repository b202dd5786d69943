import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/index.js';
import { extractFigures } from './index.js';

describe('figures: strings that yield no figure', () => {
  it.each([
    'The war began on February 24, 2022, at dawn.',
    'Russia has been fighting a proxy war since 2014.',
    'Boris Romanchenko, 96, survived the camps.',
    'A 9-year-old girl was rescued.',
    'The 47th brigade moved east.',
    'Ukraine asked for F-16 jets and S-300 systems.',
    'Resolution 2758 was adopted.',
    'One of the ships sank.',
    'No one can call it a withdrawal.',
    'Three officials told AP about the plan.',
    'The ceasefire began at 10 a.m. local time.',
    'Thirty days in, the offensive stalled.',
    'It was a 72 hour mission.',
    'The talks lasted two months.',
    'He met both leaders and said the two had agreed.',
    'Several soldiers and many civilians were hurt.',
    'It happened in the 1990s.',
    'He survived three Nazi concentration camps during World War II.',
  ])('%s', (text) => {
    expect(extractFigures(text, splitSentences(text))).toEqual([]);
  });
});
