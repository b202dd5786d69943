/** @module Negatives: inputs in which the places stage must find nothing. */

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/index.js';
import { findPlaces } from './index.js';
import { styleVotes } from './02-resolve.js';

const NEGATIVES: string[] = [
  'March was colder than usual.',
  'The talks resumed on Thursday and ended in May.',
  'Nice weather returned after the storm.',
  'Reading the report, officials found errors.',
  'The Kyiv Post and the Moscow Times both reported it.',
  'Russian and Ukrainian officials traded accusations; Western diplomats were silent.',
  'Most analysts expected a split decision.',
  'Mobile phones were confiscated at the White House.',
  'The Red Cross said Vladimir Putin had not replied.',
  'Experts at the Carnegie Moscow Center disagreed.',
  'Seen from above, the damage was vast.',
  'Wagner fighters and the Wagner Group withdrew.',
  'Dmitry Peskov spoke first. Peskov said the talks were over.',
  'EU ministers met on Monday.',
];

/** Texts without US local-news cues: no style vote. */
const NO_US_STYLE: string[] = [
  'Shelling resumed near the front line on Tuesday morning.',
  'The ministry said 40 drones were shot down overnight.',
  'Prices rose by 5 per cent, the statistics office said.',
];

describe('styleVotes negatives', () => {
  it.each(NO_US_STYLE)('%s', (text) => {
    expect(styleVotes(text).size).toBe(0);
  });
});

describe('places negatives', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(findPlaces(text, splitSentences(text)).map((p) => p.text)).toEqual([]);
  });
});
