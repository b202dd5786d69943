/** @module A light DOM for the fast path: built straight from htmlparser2's callbacks (the same tokenizer and tree events linkedom uses, so the same tree), with only what the index, metadata, pre-clean, fast scorer and filters read. */

import { Parser } from 'htmlparser2';

/** Node type of elements (as in the DOM). */
export const ELEMENT_NODE = 1;
/** Node type of text nodes. */
export const TEXT_NODE = 3;
/** Node type of the document. */
export const DOCUMENT_NODE = 9;

type Attrs = Record<string, string>;

const hasOwn = Object.prototype.hasOwnProperty;

/** Class attribute as linkedom's `className` returns it: whitespace-split tokens, empties and repeats dropped, joined by one space. */
export function normaliseClass(raw: string): string {
  const tokens = raw.split(/\s+/);
  const seen: string[] = [];
  for (const t of tokens) if (t && !seen.includes(t)) seen.push(t);
  return seen.join(' ');
}

/** Shared shape of light nodes (element, text, document): a doubly linked child list threaded through each node. */
export abstract class LightNode {
  abstract readonly nodeType: number;
  parentNode: LightElement | LightDocument | null = null;
  firstChild: LightChild | null = null;
  lastChild: LightChild | null = null;
  nextSibling: LightChild | null = null;
  previousSibling: LightChild | null = null;

  /** Child nodes in order (a fresh array). */
  get childNodes(): LightChild[] {
    const out: LightChild[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  }

  /** Element children in order (a fresh array). */
  get children(): LightElement[] {
    const out: LightElement[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as LightElement);
    return out;
  }

  get firstElementChild(): LightElement | null {
    for (let c = this.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) return c as LightElement;
    return null;
  }

  get nextElementSibling(): LightElement | null {
    for (let c = this.nextSibling; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) return c as LightElement;
    return null;
  }

  /** The parent when it is an element (null under the document). */
  get parentElement(): LightElement | null {
    const p = this.parentNode;
    return p && p.nodeType === ELEMENT_NODE ? (p as LightElement) : null;
  }

  /** Concatenated text of all descendant text nodes (iterative walk). */
  get textContent(): string {
    let out = '';
    let n: LightChild | null = this.firstChild;
    while (n) {
      if (n.nodeType === TEXT_NODE) out += (n as LightText).data;
      else if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
      while (n && !n.nextSibling) {
        const p: LightNode | null = n.parentNode;
        n = p === this || !p ? null : (p as LightChild);
      }
      n = n ? n.nextSibling : null;
    }
    return out;
  }

  /** Appends `child` as the last child. */
  appendChild(child: LightChild): LightChild {
    child.parentNode = this as unknown as LightElement;
    child.previousSibling = this.lastChild;
    child.nextSibling = null;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
    return child;
  }

  /** Inserts `child` as the first child. */
  prepend(child: LightChild): void {
    if (!this.firstChild) {
      this.appendChild(child);
      return;
    }
    child.parentNode = this as unknown as LightElement;
    child.previousSibling = null;
    child.nextSibling = this.firstChild;
    this.firstChild.previousSibling = child;
    this.firstChild = child;
  }

  /** Inserts `node` right after this node. */
  after(node: LightChild): void {
    const parent = this.parentNode;
    if (!parent) return;
    const next = this.nextSibling;
    node.parentNode = parent;
    node.previousSibling = this as unknown as LightChild;
    node.nextSibling = next;
    this.nextSibling = node;
    if (next) next.previousSibling = node;
    else parent.lastChild = node;
  }

  /** Unlinks this node from its parent. */
  remove(): void {
    const parent = this.parentNode;
    if (!parent) return;
    const prev = this.previousSibling;
    const next = this.nextSibling;
    if (prev) prev.nextSibling = next;
    else parent.firstChild = next;
    if (next) next.previousSibling = prev;
    else parent.lastChild = prev;
    this.parentNode = null;
    this.previousSibling = null;
    this.nextSibling = null;
  }
}

/** A text node. */
export class LightText extends LightNode {
  readonly nodeType = TEXT_NODE;
  constructor(public data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

/** An element: lower-case tag name and the attributes as parsed (names case-sensitive, first occurrence wins). */
export class LightElement extends LightNode {
  readonly nodeType = ELEMENT_NODE;
  private cls: string | null = null;
  constructor(
    public readonly localName: string,
    private readonly attrs: Attrs,
  ) {
    super();
  }

  /** Attribute value or null; `class` is normalised as linkedom's `className` (and is `''` when absent). */
  getAttribute(name: string): string | null {
    if (name === 'class') return (this.cls ??= hasOwn.call(this.attrs, 'class') ? normaliseClass(this.attrs['class']!) : '');
    return hasOwn.call(this.attrs, name) ? this.attrs[name]! : null;
  }

  hasAttribute(name: string): boolean {
    return hasOwn.call(this.attrs, name);
  }
}

/** A child of an element or the document. */
export type LightChild = LightElement | LightText;

/** The parsed document. `head` and `body` behave as linkedom's HTMLDocument (created when missing). */
export class LightDocument extends LightNode {
  readonly nodeType = DOCUMENT_NODE;

  /** The first element child. */
  get documentElement(): LightElement | null {
    return this.firstElementChild;
  }

  /** The document element's first child when it is `<head>`, else a new `<head>` prepended to it. */
  get head(): LightElement {
    const root = this.documentElement;
    if (!root) throw new TypeError('document has no root element');
    let head = root.firstElementChild;
    if (!head || head.localName !== 'head') {
      head = new LightElement('head', {});
      root.prepend(head);
    }
    return head;
  }

  /** The element after `<head>` when it is `<body>`, else a new empty `<body>` inserted there. */
  get body(): LightElement {
    const head = this.head;
    let body = head.nextElementSibling;
    if (!body || body.localName !== 'body') {
      body = new LightElement('body', {});
      head.after(body);
    }
    return body;
  }
}

/**
 * Parses `html` into a light document with htmlparser2's HTML-mode options as linkedom uses them
 * (entities decoded, attribute names kept as written), so the tree matches linkedom's node for node
 * (comments, doctype and processing instructions are left out: nothing downstream reads them).
 * Fragments without an `<html>` tag are wrapped in a full document, as `parseDocument` does.
 */
export function parseLight(html: string): LightDocument {
  const src = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const doc = new LightDocument();
  let node: LightNode = doc;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el = new LightElement(name, attribs);
        node.appendChild(el);
        node = el;
      },
      ontext(text) {
        node.appendChild(new LightText(text));
      },
      onclosetag() {
        node = node.parentNode ?? doc;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(src);
  parser.end();
  return doc;
}
