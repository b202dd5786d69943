/** @module Inputs that must yield no claims: opinion, questions, appeals, background, scare quotes, noun uses of cue words. */

import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { splitSentences } from '../segment/index.js';
import { extractClaims } from './08-assemble.js';

const NEGATIVES: string[] = [
  'Is Russia giving up on the capture of Kyiv?',
  'Of course, only time will tell whether the war is over.',
  'We must stay united, and you should support our troops.',
  'The Washington Post has a long history of covering Eastern Europe.',
  'The United States is a large country.',
  'It is an embarrassing turn of events for the Kremlin.',
  'Editor’s note: this page is updated daily.',
  'He wanted to "denazify" the country.',
  'The city lies on the Sea of Azov and was annexed by Moscow in 2014.',
  'A drone is an uncrewed aircraft.',
  'Like what you are reading? Please support us!',
  '“Speak,” he says.',
];

describe('claims negatives', () => {
  it.each(NEGATIVES)('%s', (text) => {
    const doc = emptyDocument('n', text);
    doc.sentences = splitSentences(text);
    expect(extractClaims(doc)).toEqual([]);
  });

  it('yields nothing on an empty document', () => {
    expect(extractClaims(emptyDocument('e', ''))).toEqual([]);
  });
});
