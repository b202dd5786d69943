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
  // Wanted, planned or expected events are not reported events (spec §1.1.2).
  'Moscow envisioned a quick victory as they prioritised the capture of the capital.',
  'On the diplomatic side, there has been scant progress towards a truce.',
  'Many Russians expect a full mobilisation.',
  // Graded generic losses are the outlet's assessment; emotional effects have no factual core.
  'Russia is suffering both from heavy battlefield losses and from a shrinking economy.',
  'The call-up has spread fear and panic among young Russian men.',
  // A certainty adverb makes an inference the writer's own analysis.
  'The remarks clearly indicate that Moscow is now wholly focused on the east.',
  // A non-answer has no proposition.
  'Peskov refused to be drawn on a referendum, saying he “stated what I wanted to state.”',
  // Durations are not war figures.
  'What Putin thought would be a 72 hour mission has turned into a prolonged failure.',
  // Background: the only events sit in a clause about the war's start (spec §1.1.2).
  'Kharkiv has become a symbol of the war that began in February when Russian troops invaded.',
  'The port has been a target since the invasion began, when Moscow launched its offensive.',
  // Trend-graded losses and colloquial idioms are the outlet's own assessment.
  'With losses mounting and supplies in tatters, the army is rethinking its plans.',
  'Mounting casualties have left the garrison on its knees.',
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
