/** @module Segmentation stage: sentence spans over the cleaned text. */

import type { Stage } from '../../core/pipeline.js';
import { splitSentences } from './01-sentences.js';

export { splitSentences } from './01-sentences.js';

/** Assigns `sentences`: the headline is one sentence; body paragraphs split on terminal punctuation. */
export const segmentStage: Stage = {
  name: 'segment.rules.v1',
  requires: [],
  assigns: ['sentences'],
  run(doc) {
    return { sentences: splitSentences(doc.text) };
  },
};
