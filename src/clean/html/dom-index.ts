/** @module One iterative pass over a parsed page that collects the elements later steps look up (meta tags, JSON-LD, title, h1, time, semantic containers, paragraphs), replacing many full-tree selector queries. */

import type { El } from './02-preclean.js';

/** Elements of a page, in document order. */
export interface DomIndex {
  metas: El[];
  jsonLd: El[];
  links: El[];
  title: El | null;
  h1: El | null;
  /** First `<time datetime>`. */
  time: El | null;
  /** First `[itemprop=datePublished]`. */
  datePublished: El | null;
  /** First `[rel=author]`, `[itemprop=author]` and byline-class element. */
  author: El | null;
  /** `[itemprop=articleBody]`, `<article>`, `[role=main]`, `<main>` (grouped by that rank). */
  semantic: El[][];
  paragraphs: El[];
}

type ElPtr = El & { firstElementChild: ElPtr | null; nextElementSibling: ElPtr | null; parentElement: ElPtr | null };

const BYLINE_CLASS_RE = /(^|\s)(byline|author|byline-name|author-name)(\s|$)/i;

/** Walks `root` (normally the document element) once, iteratively. */
export function indexDocument(root: El): DomIndex {
  const idx: DomIndex = { metas: [], jsonLd: [], links: [], title: null, h1: null, time: null, datePublished: null, author: null, semantic: [[], [], [], []], paragraphs: [] };
  // Threaded pre-order walk over element pointers (no recursion, no child arrays).
  let el: ElPtr | null = root as ElPtr;
  while (el) {
    switch (el.localName) {
      case 'meta':
        idx.metas.push(el);
        break;
      case 'script':
        if (/ld\+json/i.test(el.getAttribute('type') ?? '')) idx.jsonLd.push(el);
        break;
      case 'link':
        idx.links.push(el);
        break;
      case 'title':
        idx.title ??= el;
        break;
      case 'h1':
        idx.h1 ??= el;
        break;
      case 'time':
        if (!idx.time && el.hasAttribute('datetime')) idx.time = el;
        break;
      case 'p':
        idx.paragraphs.push(el);
        break;
      case 'article':
        idx.semantic[1]!.push(el);
        break;
      case 'main':
        idx.semantic[3]!.push(el);
        break;
      default:
        break;
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (itemprop === 'articleBody') idx.semantic[0]!.push(el);
      else if (itemprop === 'datePublished') idx.datePublished ??= el;
      else if (itemprop === 'author') idx.author ??= el;
    }
    if (!idx.author && (el.getAttribute('rel') === 'author' || BYLINE_CLASS_RE.test(el.getAttribute('class') ?? ''))) idx.author = el;
    if (el.getAttribute('role') === 'main') idx.semantic[2]!.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return idx;
}
