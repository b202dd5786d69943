/** @module Tests of the exact content hash and the MinHash/LSH near-duplicate fingerprint. */

import { describe, expect, it } from 'vitest';
import { LSH_BANDS, MINHASH_SIZE, NEAR_DUPLICATE_JACCARD, bandKeys, contentHash, estimateJaccard, fingerprint, signatureFromBuffer, signatureToBuffer } from './index.js';

const STORY = [
  'Ukrainian air defence shot down most of the drones launched overnight against the capital, the city military administration said on Sunday.',
  'Debris from one drone fell on a residential building in the Solomianskyi district, starting a fire on the upper floors that firefighters put out before dawn.',
  'Two people were taken to hospital with minor injuries, and several cars parked in the courtyard were damaged by the blast wave.',
  'The attack lasted nearly four hours, with air raid alerts sounding across most of the central and eastern regions of the country.',
  'Officials urged residents not to photograph or film the work of air defence units and not to publish the locations of impacts online.',
  'The Russian defence ministry said its forces had struck military targets and did not mention any damage to civilian buildings.',
  'Independent monitors said the pattern of the strikes suggested an attempt to exhaust air defence stocks ahead of the winter months.',
  'Energy companies reported brief outages in two districts, and power was restored to most households by the middle of the morning.',
].join(' ');

const OTHER_SAME_TOPIC = [
  'Russia launched a large drone attack on Kyiv during the night, forcing residents into shelters and metro stations for several hours.',
  'According to the mayor, fragments hit an apartment block and a warehouse, and emergency services were working at both sites on Sunday morning.',
  'The air force said it had intercepted the majority of the drones and two cruise missiles over the capital region and the north of the country.',
  'Moscow described the strikes as a response to Ukrainian attacks on its territory, a claim that could not be independently verified.',
  'Western governments condemned the attack and pledged to speed up deliveries of air defence systems before the cold season begins.',
  'Analysts said the number of drones launched in a single night has risen steadily over the past months.',
].join(' ');

const doc = (body: string, title = 'Drones over Kyiv') => ({ text: `${title}\n\n${body}`, bodyStart: title.length + 2 });

describe('content hash', () => {
  it.each([
    ['case and spacing', STORY.toUpperCase().replace(/ /g, '  ')],
    ['punctuation only', STORY.replace(/,/g, ' ;')],
  ])('is equal for copies differing in %s', (_l, copy) => {
    expect(contentHash(copy)).toBe(contentHash(STORY));
  });
  it('differs when one word changes', () => {
    expect(contentHash(STORY.replace('Sunday', 'Monday'))).not.toBe(contentHash(STORY));
  });
});

describe('near-duplicates (MinHash over word 5-shingles)', () => {
  const base = fingerprint(doc(`${STORY}\n\nFollow us on social media for the latest news.`));

  it.each([
    ['an exact copy', doc(STORY + '\n\nFollow us on social media for the latest news.'), 1, 1],
    [
      'a syndicated copy with a new headline, another footer and a few edited words',
      doc(
        STORY.replace('on Sunday', 'on Sunday morning').replace('minor injuries', 'light injuries').replace('nearly four hours', 'almost four hours') +
          '\n\nThis article was first published by Example Wire and is republished with permission.',
        'Kyiv repels overnight drone attack',
      ),
      NEAR_DUPLICATE_JACCARD,
      0.98,
    ],
  ])('recognises %s', (_label, other, min, max) => {
    const fp = fingerprint(other);
    const j = estimateJaccard(base.signature!, fp.signature!);
    expect(j).toBeGreaterThanOrEqual(min);
    expect(j).toBeLessThanOrEqual(max);
    // LSH: a near-duplicate shares at least one band bucket with the original, so the indexed lookup finds it.
    expect(fp.bands.some((k, b) => k === base.bands[b])).toBe(true);
  });

  it('builds signatures and band keys of the configured size', () => {
    expect(base.signature!.length).toBe(MINHASH_SIZE);
    expect(base.bands.length).toBe(LSH_BANDS);
    expect(base.bands.every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(bandKeys(base.signature!)).toEqual(base.bands);
  });

  it('round-trips a signature through bytes', () => {
    expect(signatureFromBuffer(signatureToBuffer(base.signature!))).toEqual(base.signature);
  });

  it('is deterministic', () => {
    expect(fingerprint(doc(STORY))).toEqual(fingerprint(doc(STORY)));
  });

  it('does not match an unrelated report on the same event', () => {
    const j = estimateJaccard(base.signature!, fingerprint(doc(OTHER_SAME_TOPIC)).signature!);
    expect(j).toBeLessThan(0.2);
  });
});
