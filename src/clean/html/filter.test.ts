/** @module The shared block filter: what is dropped (with which reason) and what is kept. */

import { describe, expect, it } from 'vitest';
import type { Removal } from '../../core/doc.js';
import type { Block, DomNode } from './blocks.js';
import { filterBlocks } from './filter.js';

const EL = { nodeType: 1, childNodes: [], parentNode: null, textContent: null } as DomNode;
const block = (text: string, tag = 'p', linkChars = 0): Block => ({ text, tag, el: EL, linkChars, inQuote: false, inFigure: false });
const LONG = 'Ukrainian officials said the strike damaged energy infrastructure in the region and left thousands without power overnight.';

describe('filterBlocks', () => {
  it.each([
    ['byline', block('By Jane Doe and John Roe'), 'byline'],
    ['date stamp', block('Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM'), 'byline'],
    ['numeric date line', block('05/10/2018 - Publicado por: Someone'), 'byline'],
    ['link list item', block('Odesa port damaged', 'li', 18), 'related-list'],
    ['nav link line', block('Home World Politics', 'div', 19), 'navigation'],
    ['newsletter', block('Sign up for our daily newsletter'), 'newsletter'],
    ['gallery counter', block('Image 3 of 12'), 'caption'],
    ['photo credit', block('© Aaron Schwartz'), 'caption'],
  ])('drops %s', (_name, b, reason) => {
    const removed: Removal[] = [];
    expect(filterBlocks([block(LONG), b], removed, null)).toEqual([LONG]);
    expect(removed[0]!.reason).toBe(reason);
  });

  it.each([
    ['headline repeated', block('Kharkiv shelled overnight', 'h2')],
    ['h1', block('Anything at all', 'h1')],
    ['headline with other case and punctuation', block('KHARKIV — shelled, overnight!', 'p')],
    ['non-Latin headline, other case', block('Харків обстріляли вночі.', 'p'), 'ХАРКІВ ОБСТРІЛЯЛИ ВНОЧІ'],
  ])('drops the title: %s', (_name, b, title = 'Kharkiv shelled overnight') => {
    expect(filterBlocks([b, block(LONG)], [], title)).toEqual([LONG]);
  });

  it.each([
    ['a title prefix', block('Kharkiv shelled', 'h2')],
    ['the title with more words', block('Kharkiv shelled overnight again', 'h2')],
    ['the title with another digit', block('Kharkiv shelled overnight 2', 'h2')],
  ])('keeps a block that only resembles the title: %s', (_name, b) => {
    expect(filterBlocks([b, block(LONG)], [], 'Kharkiv shelled overnight')).toEqual([b.text, LONG]);
  });

  it.each([
    ['a linked sentence paragraph', block(LONG, 'p', Math.round(LONG.length * 0.7))],
    ['a bare URL shown as text', block('http://amzn.to/2iJFhRj', 'p', 22)],
    ['a subheading', block('Drones downed', 'h2')],
    ['a quote starting with By', { ...block('By God, we will hold the line'), inQuote: true }],
  ])('keeps %s', (_name, b) => {
    expect(filterBlocks([block(LONG), b], [], null)).toEqual([LONG, b.text]);
  });

  it('drops figure text but keeps quotes inside figures', () => {
    const out = filterBlocks([block(LONG), { ...block('A soldier walks past ruins'), inFigure: true }, { ...block('“We will rebuild.”'), inFigure: true, inQuote: true }], [], null);
    expect(out).toEqual([LONG, '“We will rebuild.”']);
  });

  it('ends the body at a related-stories heading once most of the text is out, not before', () => {
    const removed: Removal[] = [];
    const tail = [block('Top stories', 'h3'), block('Another story summary that is long enough to pass the other filters easily.')];
    expect(filterBlocks([block(LONG), block(LONG), ...tail], removed, null)).toEqual([LONG, LONG]);
    expect(removed.map((r) => r.reason)).toEqual(['related-list', 'related-list']);
    expect(filterBlocks([block('Top stories', 'h3'), block(LONG), block(LONG)], [], null)).toEqual([LONG, LONG]);
  });
});
