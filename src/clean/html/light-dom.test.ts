import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { LightElement, normaliseClass, parseLight } from './light-dom.js';
import { parseDocument } from './04-readability.js';
import type { DomNode } from './blocks.js';

/** A canonical outline of a tree (tags, class, id, itemprop, text), read the same way from linkedom and the light DOM. */
function outline(root: DomNode): string {
  const out: string[] = [];
  const walk = (n: DomNode, depth: number): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out.push(`${depth}:"${c.textContent}"`);
      else if (c.nodeType === 1) {
        const get = (a: string): string => JSON.stringify(c.getAttribute!(a));
        out.push(`${depth}:<${c.localName} class=${get('class')} id=${get('id')} itemprop=${get('itemprop')} data-x=${get('data-x')}>`);
        walk(c, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out.join('\n');
}

describe('parseLight builds the same tree as linkedom', () => {
  it.each([
    ['plain article', '<html><head><title>T</title></head><body><article><p>One &amp; two</p><p>Three<br>four</p></article></body></html>'],
    ['fragment (wrapped)', '<p class="lead  lead x">Hi <a href="/a">there</a></p><div id="d">tail'],
    ['implied closes', '<html><body><p>one<p>two<div>three</div><li>a<li>b<table><tr><td>c<td>d</table></body></html>'],
    ['truncated markup', '<html><body><div class="story"><p>cut in the mid'],
    ['stray close tags', '<html><body></span><p>x</div></p><p>y</body></html>'],
    ['entities in text and attributes', '<html><body><p data-x="a&quot;b">&lt;tag&gt; &eacute;t&eacute; &#1055;&#x440;</p></body></html>'],
    ['attribute case kept, duplicates first', '<html><body><div ItemProp="articleBody" itemprop="x" class="A" class="B"><p>z</p></div></body></html>'],
    ['content after </html>', '<html><body><p>in</p></body></html><p>after</p>'],
    ['no head, no body tag', '<html><div><p>text</p></div></html>'],
    ['void elements', '<html><body><p>a<img src=x>b<hr>c<input value=1>d</p></body></html>'],
  ])('%s', (_name, html) => {
    const light = parseLight(html);
    const dom = parseDocument(html);
    expect(outline(light as unknown as DomNode)).toBe(outline(dom as unknown as DomNode));
    expect(outline(light.body as unknown as DomNode)).toBe(outline(dom.body as unknown as DomNode));
  });
});

describe('light DOM elements', () => {
  it.each([
    ['  a  b a ', 'a b'],
    ['x', 'x'],
    ['', ''],
    ['\tleft\nright  left', 'left right'],
  ])('class %j normalises as linkedom className', (raw, expected) => {
    expect(normaliseClass(raw)).toBe(expected);
    const { document } = parseHTML(`<html><body><div class="${raw}"></div></body></html>`);
    expect(document.body.firstElementChild!.getAttribute('class')).toBe(expected);
  });

  it('reads attributes as linkedom does (missing class is empty, other missing attributes null)', () => {
    const el = parseLight('<html><body><div hidden role="main"></div></body></html>').body.firstElementChild!;
    expect([el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('role'), el.getAttribute('hidden'), el.getAttribute('constructor')]).toEqual(['', null, 'main', '', null]);
    expect([el.hasAttribute('hidden'), el.hasAttribute('class'), el.hasAttribute('toString')]).toEqual([true, false, false]);
  });

  it('removes nodes and keeps sibling links consistent', () => {
    const body = parseLight('<html><body><p>a</p><div>b</div><p>c</p></body></html>').body;
    const [first, mid, last] = body.children as [LightElement, LightElement, LightElement];
    mid.remove();
    expect(body.textContent).toBe('ac');
    first.remove();
    last.remove();
    expect([body.firstChild, body.lastChild, body.childNodes.length]).toEqual([null, null, 0]);
  });

  it('creates head and body like linkedom when the page has none', () => {
    const doc = parseLight('<html><div><p>text</p></div></html>');
    expect(doc.body.localName).toBe('body');
    expect(doc.documentElement!.children.map((c) => c.localName)).toEqual(['head', 'body', 'div']);
    expect(doc.body.textContent).toBe('');
  });

  it('walks very deep trees without recursion', () => {
    const n = 20_000;
    const doc = parseLight(`<html><body>${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}</body></html>`);
    expect(doc.body.textContent).toBe('deep');
  });
});
