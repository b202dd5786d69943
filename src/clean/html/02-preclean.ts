/** @module Step 2 of the HTML cascade: cheap pre-clean of the parsed page — drops non-text elements and boilerplate blocks (by tag and class/id token), recording each removal with a reason, while protecting the elements that hold the article. */

import type { Removal } from '../../core/doc.js';
import { normaliseSpace, type DomNode } from './blocks.js';
import { ARTICLE_SELECTORS, DROP_TAGS, STRUCTURE_TAGS } from './data/boilerplate.js';
import { defaultBoilerplateMatcher } from './selectors.js';

/** An element that holds at least this share of the page's paragraph text is never removed by a class/id or structure rule. */
export const PROTECT_SHARE = 0.3;
/** Paragraphs shorter than this (characters) earn no credit when measuring where the page's text sits. */
export const MIN_CREDIT_PARA_CHARS = 25;
/** Removed text kept in a Removal record (characters). */
export const REMOVAL_TEXT_CHARS = 200;
/** At most this many removals are recorded per page. */
export const MAX_REMOVALS = 400;

/** Element view used by the cleaner (the light DOM of `light-dom.ts`, or a linkedom element). */
export interface El extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  remove(): void;
  children: ArrayLike<El>;
  parentElement: El | null;
}

/**
 * Descendant elements of `root` (not `root` itself) in document order for which `pred` holds, found by an
 * iterative walk over `firstChild`/`nextSibling` (works on linkedom and on the light DOM alike).
 */
export function descendants(root: DomNode, pred: (el: El) => boolean): El[] {
  const out: El[] = [];
  let n: DomNode | null | undefined = root.firstChild;
  while (n) {
    if (n.nodeType === 1) {
      if (pred(n as El)) out.push(n as El);
      if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  return out;
}

/** Records a removal (text trimmed and shortened), skipping empty text and capping the count. */
export function recordRemoval(removed: Removal[], text: string, reason: string): void {
  if (removed.length >= MAX_REMOVALS) return;
  const t = normaliseSpace(text);
  if (!t) return;
  removed.push({ text: t.length > REMOVAL_TEXT_CHARS ? t.slice(0, REMOVAL_TEXT_CHARS) : t, reason, at: null });
}

/** Raw characters gathered before `removalText` first checks whether it has enough. */
export const REMOVAL_RAW_CHECK_CHARS = 1024;

/**
 * The text of `el` (its text nodes in document order, as `textContent`), cut once it normalises to at least
 * `REMOVAL_TEXT_CHARS` characters: `recordRemoval` keeps the same text of it as of the whole, without reading
 * (and normalising) the whole of a large removed subtree.
 */
export function removalText(el: DomNode): string {
  let out = '';
  let check = REMOVAL_RAW_CHECK_CHARS;
  let n: DomNode | null | undefined = el.firstChild;
  while (n) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      out += n.textContent ?? '';
      if (out.length >= check) {
        if (normaliseSpace(out).length >= REMOVAL_TEXT_CHARS) return out;
        check = out.length * 2;
      }
    } else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return out;
}

/**
 * Paragraph-text credit of every element: each `<p>` with enough text adds its length to all its ancestors.
 * @returns The credit map and the page total.
 */
export function paragraphCredit(root: El, paragraphs?: ArrayLike<El>): { credit: Map<DomNode, number>; total: number } {
  const credit = new Map<DomNode, number>();
  let total = 0;
  const ps = paragraphs ?? descendants(root, (el) => el.localName === 'p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const len = normaliseSpace(p.textContent ?? '').length;
    if (len < MIN_CREDIT_PARA_CHARS) continue;
    total += len;
    for (let a: DomNode | null = p; a; a = a.parentNode) credit.set(a, (credit.get(a) ?? 0) + len);
  }
  return { credit, total };
}

/** At least this many sibling `<article>` elements, each short, are a list of story teasers. */
export const TEASER_MIN_COUNT = 3;
/** A teaser `<article>` holds at most this many characters. */
export const TEASER_MAX_CHARS = 800;

/**
 * Reasons whose real blocks are small (share bars, menus, ads, captions, bylines, hidden widgets): an element matched
 * for one of them that holds this much paragraph text is a wrapper named after a widget inside it, and is kept.
 * (Comments, related lists and newsletters can hold long text, so they are not in this set.)
 */
export const SMALL_BLOCK_MAX_CREDIT = 1000;
const SMALL_BLOCK_REASONS = new Set(['share-bar', 'navigation', 'advert', 'caption', 'byline', 'hidden', 'copyright']);

/** Inline elements that may be the visible trigger of a hover card or tooltip. */
const INLINE_TAGS = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'abbr', 'sup']);

/**
 * True for the visible part of a popup widget: a link named like its popup (`a.rollover-link`), or an inline
 * wrapper that holds the popup itself (`span.rollover > a + span.rollover-block`). Only the popup goes.
 */
function isPopupTrigger(el: El, tag: string, matcher: { match(s: string): string | null }): boolean {
  if (!INLINE_TAGS.has(tag)) return false;
  if (tag === 'a') return true;
  const inner = descendants(el, (e) => e.localName !== 'a' && (e.hasAttribute('class') || e.hasAttribute('id')));
  return inner.some((e) => matcher.match(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`) === 'hidden');
}

const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** True for elements `ARTICLE_SELECTORS` name (`[itemprop="articleBody"]`, `article`, `[role="main"]`, `main`). */
function isSemantic(el: El): boolean {
  return el.getAttribute('itemprop') === 'articleBody' || el.localName === 'article' || el.getAttribute('role') === 'main' || el.localName === 'main';
}

/**
 * Semantic article containers on the page, grouped by `ARTICLE_SELECTORS` rank (one DOM query for all).
 */
export function findSemantic(root: El): El[][] {
  const groups: El[][] = ARTICLE_SELECTORS.map(() => []);
  for (const el of descendants(root, isSemantic)) {
    const rank = el.getAttribute('itemprop') === 'articleBody' ? 0 : el.localName === 'article' ? 1 : el.getAttribute('role') === 'main' ? 2 : el.localName === 'main' ? 3 : -1;
    if (rank >= 0) groups[Math.min(rank, groups.length - 1)]!.push(el);
  }
  return groups;
}

/**
 * Removes non-text elements and boilerplate blocks from `root` in place.
 * Script/style/iframe/svg/… go silently; nav/footer/aside/figcaption, `<header>` outside the article,
 * hidden elements and class/id boilerplate (see `data/boilerplate.ts`) are recorded in `removed`.
 */
export function preClean(root: El, removed: Removal[], semanticGroups: El[][] = findSemantic(root), paragraphs?: ArrayLike<El>): void {
  const drop = new Set(DROP_TAGS);
  const matcher = defaultBoilerplateMatcher();
  const { credit, total } = paragraphCredit(root, paragraphs);
  const protectMin = Math.max(MIN_CREDIT_PARA_CHARS, total * PROTECT_SHARE);
  const semantic = new Set<DomNode>();
  for (const group of semanticGroups) for (const el of group) for (let a: DomNode | null = el; a && !semantic.has(a); a = a.parentNode) semantic.add(a);
  const isProtected = (el: El): boolean => semantic.has(el) || (credit.get(el) ?? 0) >= protectMin;
  const stack: Array<{ el: El; inArticle: boolean }> = [{ el: root, inArticle: false }];
  while (stack.length > 0) {
    const { el, inArticle } = stack.pop()!;
    const kids = el.children;
    const list: El[] = [];
    let articles = 0;
    for (let i = 0; i < kids.length; i++) {
      list.push(kids[i]!);
      if (kids[i]!.localName === 'article') articles++;
    }
    const teasers = articles >= TEASER_MIN_COUNT && list.every((k) => k.localName !== 'article' || normaliseSpace(k.textContent ?? '').length <= TEASER_MAX_CHARS);
    for (const child of list) {
      const tag = child.localName;
      if (teasers && tag === 'article' && (credit.get(child) ?? 0) < protectMin) {
        if (removed.length < MAX_REMOVALS) recordRemoval(removed, removalText(child), 'related-list');
        child.remove();
        continue;
      }
      if (drop.has(tag) && !(tag === 'form' && isProtected(child))) {
        child.remove();
        continue;
      }
      let reason: string | null = null;
      if (tag === 'figcaption') reason = 'caption';
      else if (tag === 'form' || tag === 'dialog') reason = isProtected(child) ? null : 'form';
      else if (tag in STRUCTURE_TAGS && !(tag === 'header' && inArticle) && !isProtected(child)) reason = STRUCTURE_TAGS[tag]!;
      else if (child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE_RE.test(child.getAttribute('style') ?? '')) {
        if (!isProtected(child)) reason = 'hidden';
      } else if (tag !== 'body' && tag !== 'html' && tag !== 'article' && tag !== 'main') {
        const cls = `${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`;
        const hit = cls.trim() ? matcher.match(cls) : null;
        const textHeavy = hit !== null && SMALL_BLOCK_REASONS.has(hit) && (credit.get(child) ?? 0) >= SMALL_BLOCK_MAX_CREDIT;
        if (hit && !textHeavy && !isProtected(child) && !(hit === 'hidden' && isPopupTrigger(child, tag, matcher))) reason = hit;
      }
      if (reason) {
        if (reason !== 'hidden' && removed.length < MAX_REMOVALS) recordRemoval(removed, removalText(child), reason);
        child.remove();
        continue;
      }
      stack.push({ el: child, inArticle: inArticle || tag === 'article' || child.getAttribute('itemprop') === 'articleBody' });
    }
  }
}
