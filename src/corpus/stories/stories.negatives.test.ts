/** @module Inputs that must yield no content words or no joined stories. */

import { describe, expect, it } from 'vitest';
import { clusterStories, contentWords } from './index.js';

describe('story clustering negatives', () => {
  it.each([
    ['', []],
    ['the and of to in', []],
    ['1,200 300', []],
  ])('no content words in %j', (text, expected) => {
    expect(contentWords(text)).toEqual(expected);
  });

  it('empty batch yields no stories', () => {
    expect(clusterStories([]).clusters).toEqual([]);
  });

  it('articles sharing only stop words and common filler stay apart', () => {
    const mk = (id: string, title: string) => ({ id, published: '2022-05-01', title, text: '', entityIds: [], placeNames: [] });
    const { clusters } = clusterStories([mk('a', 'Grain exports resume from Odesa port'), mk('b', 'Parliament approves new defence budget')]);
    expect(clusters).toHaveLength(2);
  });
});
