/** @module The iterative DOM → paragraph walker. */

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, type DomNode } from './blocks.js';

function body(html: string): DomNode {
  return parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body as unknown as DomNode;
}

describe('collectBlocks', () => {
  it.each([
    ['paragraphs and headings', '<h2>Title</h2><p>One <b>bold</b> word.</p><p>Two</p>', ['Title', 'One bold word.', 'Two']],
    ['br splits a paragraph', '<p>Line one<br>Line two</p>', ['Line one', 'Line two']],
    ['list items each a paragraph', '<ul><li>First</li><li>Second</li></ul>', ['First', 'Second']],
    ['text directly in a div', '<div>Loose text <span>here</span><p>Para</p>tail</div>', ['Loose text here', 'Para', 'tail']],
    ['scripts and styles skipped', '<p>Keep<script>SKIP</script><style>x{}</style></p>', ['Keep']],
    ['whitespace collapsed', '<p>  a \n\t b&nbsp;&nbsp;c </p>', ['a b c']],
  ])('%s', (_name, html, expected) => {
    expect(collectBlocks(body(html)).map((b) => b.text)).toEqual(expected);
  });

  it('measures link text and marks quotes and figures', () => {
    const blocks = collectBlocks(body('<p><a href="#">linked</a> plain</p><blockquote><p>Quoted</p></blockquote><figure><p>Credit</p></figure>'));
    expect(blocks[0]!.linkChars).toBe(6);
    expect(blocks[1]).toMatchObject({ text: 'Quoted', inQuote: true, inFigure: false });
    expect(blocks[2]).toMatchObject({ text: 'Credit', inFigure: true });
  });

  it('walks only the root subtree, with or without the root itself', () => {
    const b = body('<p id="a">Alpha</p><p id="b">Beta</p>');
    const first = (b as unknown as { querySelector(s: string): DomNode }).querySelector('#a');
    expect(collectBlocks(first, undefined, true).map((x) => x.text)).toEqual(['Alpha']);
    expect(collectBlocks(first).map((x) => [x.text, x.tag])).toEqual([['Alpha', 'p']]);
  });

  it('survives 20,000 nested elements without recursion', () => {
    const n = 20_000;
    const { document } = parseHTML(`<html><body>${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}</body></html>`);
    expect(collectBlocks(document.body as unknown as DomNode).map((x) => x.text)).toEqual(['deep']);
  });
});
