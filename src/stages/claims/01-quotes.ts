/** @module Direct quotations: double-quote pairs per paragraph, with quotes that run on over several paragraphs joined. */

/** A quotation: `[open, close)` covers the marks, `[start, end)` the quoted material inside them. */
export interface Quote {
  open: number;
  close: number;
  start: number;
  end: number;
  /** True when the quote was never closed (runs to its paragraph's end). */
  unclosed: boolean;
}

/** A paragraph as `[start, end)` into the text. */
export interface Para {
  start: number;
  end: number;
}

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';
const STRAIGHT = '"';
const OPEN_CONTEXT = /[\s([{—–\-:,;/]/;

/** Splits the text into non-empty lines (paragraphs). */
export function paragraphsOf(text: string): Para[] {
  const out: Para[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e + 1;
  }
  return out;
}

function isOpening(text: string, i: number, paraStart: number): boolean {
  const ch = text[i]!;
  if (ch === OPEN_CURLY) return true;
  if (ch === CLOSE_CURLY) return false;
  return i === paraStart || OPEN_CONTEXT.test(text[i - 1]!);
}

function trimInner(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Finds the double-quoted passages of a text. A paragraph whose quote is not closed continues
 * in the next paragraph when that one opens with a quote mark (the multi-paragraph convention).
 * @returns Quotes in text order.
 */
export function findQuotes(text: string, paras: readonly Para[]): Quote[] {
  const out: Quote[] = [];
  let carry: { open: number; start: number } | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    let openAt = -1;
    let startAt = -1;
    let i = para.start;
    if (carry) {
      const first = text[para.start];
      if (first === OPEN_CURLY || first === STRAIGHT) {
        openAt = carry.open;
        startAt = carry.start;
        i = para.start + 1;
      } else {
        const prev = paras[p - 1]!;
        const [s, e] = trimInner(text, carry.start, prev.end);
        out.push({ open: carry.open, close: prev.end, start: s, end: e, unclosed: true });
      }
      carry = null;
    }
    for (; i < para.end; i++) {
      let ch = text[i];
      // Two apostrophes stand for a double quotation mark in some wire copy (''like this'').
      if (ch === "'" && text[i + 1] === "'") {
        ch = STRAIGHT;
        if (openAt < 0 && isOpening(text, i, para.start)) { openAt = i; startAt = i + 2; i++; continue; }
        if (openAt >= 0) {
          const [s2, e2] = trimInner(text, startAt, i);
          if (e2 > s2) out.push({ open: openAt, close: i + 2, start: s2, end: e2, unclosed: false });
          openAt = -1;
          i++;
          continue;
        }
        i++;
        continue;
      }
      if (ch !== OPEN_CURLY && ch !== CLOSE_CURLY && ch !== STRAIGHT) continue;
      if (openAt < 0) {
        if (isOpening(text, i, para.start)) {
          openAt = i;
          startAt = i + 1;
        }
      } else if (ch === CLOSE_CURLY || ch === STRAIGHT) {
        if (ch === STRAIGHT && i + 1 < para.end && /\p{L}/u.test(text[i + 1]!) && /\s/.test(text[i - 1] ?? ' ')) continue;
        const [s, e] = trimInner(text, startAt, i);
        if (e > s) out.push({ open: openAt, close: i + 1, start: s, end: e, unclosed: false });
        openAt = -1;
      } else if (ch === OPEN_CURLY) {
        // A new opening inside an open quote: treat the old one as unclosed only when it began this paragraph's quote.
        continue;
      }
    }
    if (openAt >= 0) carry = { open: openAt, start: startAt };
  }
  if (carry && paras.length) {
    const last = paras[paras.length - 1]!;
    const [s, e] = trimInner(text, carry.start, last.end);
    if (e > s) out.push({ open: carry.open, close: last.end, start: s, end: e, unclosed: true });
  }
  return out;
}
