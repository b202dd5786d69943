/** @module Boilerplate class/id and short-text matchers, and the builder's rejection of empty/over-broad patterns. */

import { describe, expect, it } from 'vitest';
import { buildBoilerplateMatcher, buildTextCueMatcher, defaultBoilerplateMatcher, defaultTextCueMatcher } from './selectors.js';

describe('boilerplate matcher', () => {
  const m = defaultBoilerplateMatcher();
  it.each([
    ['share-bar', 'share-bar'],
    ['post_share icons', 'share-bar'],
    ['relatedStories', 'related-list'],
    ['newsletter-signup', 'newsletter'],
    ['comments-section', 'comment-prompt'],
    ['wp-caption-text', 'caption'],
    ['main-nav', 'navigation'],
  ])('%s → %s', (cls, reason) => {
    expect(m.match(cls)).toBe(reason);
  });

  it.each(['article-body', 'story-content', 'entry-content', 'post', 'main', 'rich-text', 'shadow', 'header-title', 'loader'])('does not match content class %s', (cls) => {
    expect(m.match(cls)).toBeNull();
  });

  it.each([
    [[''], /too short/],
    [['a'], /too short/],
    [['content'], /over-broad/],
    [['article'], /over-broad/],
    [['share bar'], /plain class word/],
  ])('rejects bad tokens %j', (tokens, msg) => {
    expect(() => buildBoilerplateMatcher([{ reason: 'x', tokens }])).toThrow(msg);
  });

  it('rejects text cues that match empty text', () => {
    expect(() => buildTextCueMatcher([{ reason: 'x', pattern: '.*' }])).toThrow(/empty/);
    expect(() => buildTextCueMatcher([{ reason: 'x', pattern: '' }])).toThrow(/empty/);
  });
});

describe('short-text cues', () => {
  const c = defaultTextCueMatcher();
  it.each([
    ['Share this article', 'share-bar'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['12 comments', 'comment-prompt'],
    ['© 2024 Example News', 'copyright'],
    ['Image 2 of 5', 'caption'],
    ['Read more: Kyiv hit by drones', 'related-list'],
    ['Advertisement', 'advert'],
  ])('%s → %s', (text, reason) => {
    expect(c.match(text)).toBe(reason);
  });
});
