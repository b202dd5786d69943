/** @module Step 3 of the HTML cascade: the fast primary extractor — scores paragraph containers by text length and link density, picks the best container (preferring `<article>`/`[itemprop=articleBody]`), adds paragraph-bearing siblings, and filters the blocks. */

import type { Removal } from '../../core/doc.js';
import { collectBlocks, type Block, type DomNode } from './blocks.js';
import { descendants, findSemantic, type El } from './02-preclean.js';
import { CONTENT_HINTS } from './data/boilerplate.js';
import { filterBlocks } from './filter.js';

/** Paragraphs shorter than this earn no container score. */
export const MIN_SCORED_CHARS = 25;
/** Paragraphs with more link text than this share earn no container score. */
export const MAX_SCORED_LINK_DENSITY = 0.5;
/** Share of a paragraph's credit passed to the container's parent. */
export const GRANDPARENT_SHARE = 0.5;
/** Score multiplier for containers whose class/id names content (`article-body`, `story`). */
export const CONTENT_HINT_BONUS = 1.25;
/** A semantic container (`[itemprop=articleBody]`, `<article>`, `<main>`) is taken whole when it holds this share of the page's paragraph credit. */
export const SEMANTIC_MIN_SHARE = 0.6;
/** Only the first ranks of `ARTICLE_SELECTORS` (`[itemprop=articleBody]`, `<article>`) may replace the best container. */
export const SEMANTIC_RANKS = 2;
/** A semantic container around the best one may hold at most this multiple of its paragraph credit. */
export const SEMANTIC_MAX_GROWTH = 1.15;
/** A sibling of the best container is added when its paragraph credit reaches this many characters. */
export const SIBLING_MIN_CREDIT = 100;

/** …and at least this share of the best container's own credit (0: measured no gain on zyte-dev at 0.1–0.3). */
export const SIBLING_MIN_SHARE = 0;

/** Block tags whose score goes to their parent (they are the paragraphs of a container). */
const PARA_TAGS = new Set(['p', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'figure']);

/** What the fast extractor found. */
export interface FastResult {
  paragraphs: string[];
  /** Characters of good paragraph text on the whole (pre-cleaned) page. */
  pageCredit: number;
  /** Link share of the chosen text. */
  linkDensity: number;
  container: string;
}

function hinted(el: DomNode): boolean {
  const get = el.getAttribute;
  if (!get) return false;
  const cls = `${el.getAttribute!('class') ?? ''} ${el.getAttribute!('id') ?? ''}`.toLowerCase();
  if (!cls.trim()) return false;
  for (const h of CONTENT_HINTS) if (cls.includes(h)) return true;
  return false;
}

function describe(el: DomNode): string {
  const id = el.getAttribute?.('id');
  const cls = el.getAttribute?.('class');
  return `${el.localName ?? '?'}${id ? `#${id}` : ''}${cls ? `.${cls.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}`;
}

/**
 * Runs the fast extractor on a pre-cleaned `body`.
 * @param title Page title, dropped from the body when repeated there.
 */
export function fastExtract(body: El, removed: Removal[], title: string | null, semanticGroups: El[][] = findSemantic(body)): FastResult {
  const all = collectBlocks(body);
  const score = new Map<DomNode, number>();
  const subtree = new Map<DomNode, number>();
  let pageCredit = 0;
  for (const b of all) {
    const len = b.text.length;
    if (len < MIN_SCORED_CHARS || b.tag === 'li' || /^h\d$/.test(b.tag)) continue;
    const ld = b.linkChars / len;
    if (ld > MAX_SCORED_LINK_DENSITY) continue;
    const credit = len * (1 - ld);
    pageCredit += credit;
    const container = PARA_TAGS.has(b.tag) ? b.el.parentNode : b.el;
    if (!container) continue;
    score.set(container, (score.get(container) ?? 0) + credit);
    const gp = container.parentNode;
    if (gp) score.set(gp, (score.get(gp) ?? 0) + credit * GRANDPARENT_SHARE);
    for (let a: DomNode | null = b.el; a; a = a.parentNode) subtree.set(a, (subtree.get(a) ?? 0) + credit);
  }
  let top: DomNode | null = null;
  let best = 0;
  for (const [el, s] of score) {
    if (el.nodeType !== 1 || el.localName === 'html') continue;
    const v = hinted(el) ? s * CONTENT_HINT_BONUS : s;
    if (v > best) [best, top] = [v, el];
  }
  if (!top) return { paragraphs: [], pageCredit, linkDensity: 0, container: 'none' };

  // A semantic container (`[itemprop=articleBody]`, `<article>`) around the best one is taken whole when it holds most of
  // the page's text and not much more than the best container (so it adds the lede and subheadings, not related stories).
  let roots: DomNode[] | null = null;
  const topCredit = subtree.get(top) ?? 0;
  for (const found of semanticGroups.slice(0, SEMANTIC_RANKS)) {
    let pick: DomNode | null = null;
    for (const s of found) {
      const c = subtree.get(s) ?? 0;
      if (c >= pageCredit * SEMANTIC_MIN_SHARE && c <= topCredit * SEMANTIC_MAX_GROWTH && contains(s, top) && (!pick || c > (subtree.get(pick) ?? 0))) pick = s;
    }
    if (pick) {
      roots = [pick];
      break;
    }
  }
  // Articles split into chunks: every element with the same tag and (at least) the classes of the best container that carries text.
  if (!roots) {
    const twins = contentTwins(body, top, subtree);
    if (twins.length > 1) roots = twins;
  }
  if (!roots) {
    const parent = top.parentNode;
    roots = [top];
    if (parent && top.localName !== 'body') {
      const kids = parent.childNodes;
      const included: DomNode[] = [];
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i]!;
        if (k === top || (k.nodeType === 1 && (subtree.get(k) ?? 0) >= Math.max(SIBLING_MIN_CREDIT, topCredit * SIBLING_MIN_SHARE))) included.push(k);
      }
      // Keep everything between the first and last included sibling (subheadings, short paragraphs, quotes).
      const first = Array.prototype.indexOf.call(kids, included[0]);
      const last = Array.prototype.indexOf.call(kids, included[included.length - 1]);
      roots = [];
      for (let i = first; i <= last; i++) {
        const k = kids[i]!;
        if (k.nodeType === 1 || (k.nodeType === 3 && (k.textContent ?? '').trim())) roots.push(k);
      }
    }
  }
  const blocks: Block[] = [];
  for (const r of roots) blocks.push(...collectBlocks(r, undefined, r.nodeType === 3 || PARA_TAGS.has(r.localName ?? '')));
  const paragraphs = filterBlocks(blocks, removed, title);
  let chars = 0;
  let links = 0;
  for (const b of blocks) {
    chars += b.text.length;
    links += b.linkChars;
  }
  return { paragraphs, pageCredit, linkDensity: chars ? links / chars : 0, container: roots.map(describe).join('+') };
}

/** Elements with the same tag as `top` and all of its classes (maybe more: `block-text block-text_first`), not nested in each other, each with at least `SIBLING_MIN_CREDIT` credit. */
function contentTwins(body: El, top: DomNode, subtree: Map<DomNode, number>): DomNode[] {
  const cls = top.getAttribute?.('class')?.trim();
  if (!cls || !top.localName) return [];
  const topClasses = cls.split(/\s+/);
  const first = topClasses[0]!;
  if (!/^[A-Za-z_][\w-]*$/.test(first)) return [];
  const tag = top.localName;
  const same = descendants(body, (el) => el.localName === tag && (el.getAttribute('class') ?? '').includes(first));
  const out: DomNode[] = [];
  for (const el of same) {
    const elClasses = new Set((el.getAttribute('class') ?? '').trim().split(/\s+/));
    if (!topClasses.every((c) => elClasses.has(c))) continue;
    if (el !== top && (subtree.get(el) ?? 0) < SIBLING_MIN_CREDIT) continue;
    if (out.some((o) => contains(o, el))) continue;
    out.push(el);
  }
  return out;
}

function contains(outer: DomNode, inner: DomNode): boolean {
  for (let a: DomNode | null = inner; a; a = a.parentNode) if (a === outer) return true;
  return false;
}
