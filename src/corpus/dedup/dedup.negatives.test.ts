/** @module Pairs of texts that de-duplication must not link, and texts too short to fingerprint. */

import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_JACCARD, estimateJaccard, fingerprint } from './index.js';

const A =
  'The regional governor said three villages near the border came under mortar fire on Friday and that one farm building was destroyed. ' +
  'Residents were told to stay in basements until the shelling stopped, and buses were sent to take elderly people to the regional centre. ' +
  'Police said they were documenting the damage for prosecutors, who have opened criminal cases over earlier attacks in the same area.';
const B =
  'Prices for wheat rose on European exchanges after shipping insurers raised premiums for vessels calling at Black Sea ports this week. ' +
  'Traders said the market was also watching the weather in the main growing regions, where a dry spring has hurt the outlook for yields. ' +
  'Exporters expect volumes to recover in the autumn if the corridor for grain ships stays open and insurance costs come down again.';

const FOOTER =
  'Subscribe to our newsletter to get the most important news of the day in your inbox every morning. ' +
  'Support independent journalism: become a member today. Copyright 2024 Example Media. All rights reserved.';

describe('dedup negatives: pairs that must not be linked', () => {
  it.each([
    ['unrelated articles', A, B],
    ['two articles sharing a long boilerplate footer', `${A}\n\n${FOOTER}`, `${B}\n\n${FOOTER}`],
    ['a text and its first third', A, A.slice(0, Math.floor(A.length / 3))],
  ])('%s', (_l, x, y) => {
    const fx = fingerprint({ text: x, bodyStart: 0 });
    const fy = fingerprint({ text: y, bodyStart: 0 });
    expect(fx.contentHash).not.toBe(fy.contentHash);
    if (fx.signature && fy.signature) expect(estimateJaccard(fx.signature, fy.signature)).toBeLessThan(NEAR_DUPLICATE_JACCARD);
  });

  it.each([['empty', ''], ['a few words', 'Kyiv under attack tonight'], ['only punctuation', '— … !!! ???']])(
    'gives no near-duplicate signature for a text too short to judge: %s',
    (_l, text) => {
      expect(fingerprint({ text, bodyStart: 0 }).signature).toBeNull();
      expect(fingerprint({ text, bodyStart: 0 }).bands).toEqual([]);
    },
  );
});
