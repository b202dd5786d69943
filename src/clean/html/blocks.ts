/** @module DOM → paragraph blocks: an iterative (pointer-threaded, never recursive) walk that turns an element's subtree into plain-text paragraphs with their block tag and link-text share. */

/** Minimal structural view of a linkedom node (kept narrow so the walker works on any DOM). */
export interface DomNode {
  nodeType: number;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  firstChild?: DomNode | null;
  nextSibling?: DomNode | null;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

/** One paragraph of text produced by the walk. */
export interface Block {
  text: string;
  /** The innermost block element's tag (`p`, `h2`, `li`, `blockquote`, `div`, …). */
  tag: string;
  /** The innermost block element itself. */
  el: DomNode;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** True when some ancestor inside the walk root is a blockquote. */
  inQuote: boolean;
  /** True when some ancestor inside the walk root is a figure (image credits and captions). */
  inFigure: boolean;
}

/** Elements that start and end a paragraph. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'header', 'footer',
  'aside', 'nav', 'hr', 'address', 'details', 'summary', 'center', 'form', 'fieldset', 'body', 'html', 'hgroup', 'picture', 'menu',
]);

/** Elements whose content is never text. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'math']);

const WS_RE = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;

const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Drops control characters, collapses whitespace (incl. NBSP and zero-width space) to single spaces and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(CONTROL_RE, '').replace(WS_RE, ' ').trim();
}

/**
 * Walks `root`'s subtree in document order and returns its paragraphs.
 * Block elements and `<br>` end paragraphs; text inside `<a>` counts towards `linkChars`.
 * @param skip Optional predicate: an element for which it returns true is left out with its subtree.
 * @param self Walk `root` itself too (a `<p>` root becomes its own paragraph), not only its children.
 */
export function collectBlocks(root: DomNode, skip?: (el: DomNode) => boolean, self = false): Block[] {
  const blocks: Block[] = [];
  const blockStack: DomNode[] = [root];
  let parts: string[] = [];
  let linkParts = 0;
  let anchorDepth = 0;
  let quoteDepth = 0;
  let figureDepth = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const text = normaliseSpace(raw);
    const ratio = raw.length > 0 ? linkParts / raw.length : 0;
    linkParts = 0;
    if (!text) return;
    const el = blockStack[blockStack.length - 1]!;
    blocks.push({ text, tag: el.localName ?? '', el, linkChars: Math.round(text.length * Math.min(1, ratio)), inQuote: quoteDepth > 0, inFigure: figureDepth > 0 });
  };
  const enter = (node: DomNode, tag: string): void => {
    if (tag === 'a') anchorDepth++;
    else if (BLOCK_TAGS.has(tag)) {
      flush();
      blockStack.push(node);
      if (tag === 'blockquote') quoteDepth++;
      else if (tag === 'figure') figureDepth++;
    } else if (parts.length > 0 && (tag === 'td' || tag === 'th')) parts.push(' ');
  };
  const exit = (node: DomNode): void => {
    const tag = node.localName ?? '';
    if (tag === 'a') anchorDepth--;
    else if (BLOCK_TAGS.has(tag)) {
      flush();
      blockStack.pop();
      if (tag === 'blockquote') quoteDepth--;
      else if (tag === 'figure') figureDepth--;
    }
  };
  // Threaded pre-order walk over firstChild/nextSibling/parentNode: no recursion, no child arrays.
  const first = (n: DomNode): DomNode | null => (n.firstChild !== undefined ? n.firstChild : (n.childNodes[0] ?? null));
  const next = (n: DomNode): DomNode | null => {
    if (n.nextSibling !== undefined) return n.nextSibling;
    const sibs = n.parentNode?.childNodes;
    if (!sibs) return null;
    const i = Array.prototype.indexOf.call(sibs, n);
    return i >= 0 ? (sibs[i + 1] ?? null) : null;
  };
  let node: DomNode | null = self ? root : first(root);
  while (node) {
    let entered = false;
    if (node.nodeType === 3) {
      const data = node.textContent ?? '';
      if (data) {
        parts.push(data);
        if (anchorDepth > 0) linkParts += data.length;
      }
    } else if (node.nodeType === 1) {
      const tag = node.localName ?? '';
      if (tag === 'br') flush();
      else if (tag !== 'img' && !SKIP_TAGS.has(tag) && !(skip && skip(node))) {
        enter(node, tag);
        entered = true;
      }
    }
    if (entered) {
      const child = first(node);
      if (child) {
        node = child;
        continue;
      }
      exit(node);
    }
    // Climb: leave finished ancestors until one has a next sibling.
    let cur: DomNode | null = node;
    node = null;
    while (cur && cur !== root) {
      const sib = next(cur);
      if (sib) {
        node = sib;
        break;
      }
      cur = cur.parentNode;
      if (cur && (cur !== root || self)) exit(cur);
    }
  }
  flush();
  return blocks;
}

/** Text length and link share of a block list. */
export function blockStats(blocks: readonly Block[]): { chars: number; linkDensity: number } {
  let chars = 0;
  let links = 0;
  for (const b of blocks) {
    chars += b.text.length;
    links += b.linkChars;
  }
  return { chars, linkDensity: chars > 0 ? links / chars : 0 };
}
