/** @module Pre-clean helpers: the bounded removal text records what the whole text would, and the tree walks match what selector queries found. */

import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Removal } from '../../core/doc.js';
import { descendants, recordRemoval, removalText, REMOVAL_TEXT_CHARS, type El } from './02-preclean.js';
import { parseLight } from './light-dom.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('removalText', () => {
  it.each([
    ['short text', `<div id="x"><p>${words(5)}</p></div>`],
    ['long text in many nodes', `<div id="x">${Array.from({ length: 400 }, (_, i) => `<p>${words(3)} ${i}</p>`).join('')}</div>`],
    ['mostly whitespace before the text', `<div id="x">${'<span>   \n\t  </span>'.repeat(600)}<p>${words(300)}</p></div>`],
    ['whitespace straddling the cut', `<div id="x"><p>${'a'.repeat(1020)}</p><p>      ${words(50)}</p></div>`],
    ['empty', '<div id="x"><span></span></div>'],
  ])('records the same removal as the whole text: %s', (_name, html) => {
    const el = parseLight(`<html><body>${html}</body></html>`).body.firstElementChild!;
    const [bounded, whole]: Removal[][] = [[], []];
    recordRemoval(bounded, removalText(el), 'advert');
    recordRemoval(whole, el.textContent, 'advert');
    expect(bounded).toEqual(whole);
    expect(removalText(el).length).toBeLessThanOrEqual(Math.max(el.textContent.length, 0));
    if (bounded[0]) expect(bounded[0].text.length).toBeLessThanOrEqual(REMOVAL_TEXT_CHARS);
  });
});

describe('descendants', () => {
  it.each([
    ['p', (e: El) => e.localName === 'p', ['p1', 'p2', 'p3']],
    ['[class], [id]', (e: El) => e.hasAttribute('class') || e.hasAttribute('id'), ['p1', 'root-child', 'p2', 'p3']],
  ])('finds %s in document order as linkedom does, never the root itself', (sel, pred, ids) => {
    const html = '<div id="root" class="r"><p id="p1"></p><section class="root-child"><p class="p2"><p id="p3"></section></div>';
    const body = parseLight(`<html><body>${html}</body></html>`).body;
    const root = body.firstElementChild!;
    const found = descendants(root, pred).map((e) => e.getAttribute('id') ?? e.getAttribute('class'));
    expect(found).toEqual(ids);
    const dom = parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild!;
    expect(Array.from(dom.querySelectorAll(sel)).map((e) => e.getAttribute('id') ?? e.getAttribute('class'))).toEqual(ids);
  });
});
