/** @module Unicode normalisation before spans are built: NFC, unusual spaces to plain spaces, no zero-width or control characters; every change recorded. */

/** One edit: `[offset, originalLength, newLength]`, offset into the normalised string. */
export type Edit = [number, number, number];

/** The normalised string and the edits that turned the input into it (in order). */
export interface Normalised {
  text: string;
  edits: Edit[];
}

/** Space separators replaced one-for-one by U+0020 (offset-stable). */
const SPACE_RE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Line and paragraph separators replaced one-for-one by `\n`. */
const LINE_SEP_RE = /[\u2028\u2029\u0085]/;
/** Dropped: C0/C1 controls other than \t \n (\r handled separately), zero-width characters, BOM, soft hyphen. */
const DROP_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b-\u200d\u2060\u2061-\u2064\ufeff\ufff9-\ufffb]/;
/** Quick test: does the string need any character-level work? */
const ANY_RE = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f-\u2064\u3000\ufeff\ufff9-\ufffb]/;
/** A character with its combining marks: the unit NFC is applied to. */
const CLUSTER_RE = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Normalises text for analysis without moving offsets more than needed: unusual spaces become
 * spaces one-for-one, CRLF and lone CR become `\n`, zero-width and control characters are
 * dropped, then NFC is applied per character cluster. Quotes and dashes are left alone.
 * @returns The text and the `[offset, originalLength, newLength]` edits (offsets in the result).
 */
export function normaliseText(input: string): Normalised {
  const edits: Edit[] = [];
  let text = input;
  if (ANY_RE.test(input)) {
    const out: string[] = [];
    let outLen = 0;
    let runStart = 0;
    const re = new RegExp(ANY_RE.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(input))) {
      const i = m.index;
      const c = m[0];
      let repl: string | null = null;
      let consumed = 1;
      if (c === '\r') {
        repl = '\n';
        if (input[i + 1] === '\n') consumed = 2;
      } else if (SPACE_RE.test(c)) {
        repl = ' ';
      } else if (LINE_SEP_RE.test(c)) {
        repl = '\n';
      } else if (DROP_RE.test(c)) {
        repl = '';
      }
      if (repl === null) continue;
      out.push(input.slice(runStart, i));
      outLen += i - runStart;
      edits.push([outLen, consumed, repl.length]);
      out.push(repl);
      outLen += repl.length;
      runStart = i + consumed;
      re.lastIndex = runStart;
    }
    out.push(input.slice(runStart));
    text = out.join('');
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) text = applyNfc(text, edits);
  return { text, edits };
}

/** Applies NFC cluster by cluster, recording each change (edits recorded so far shift by earlier length changes). */
function applyNfc(text: string, edits: Edit[]): string {
  const out: string[] = [];
  let outLen = 0;
  let last = 0;
  const nfcEdits: Edit[] = [];
  CLUSTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLUSTER_RE.exec(text))) {
    const s = m[0];
    if (s.charCodeAt(0) < 0x80 && s.length === 1) continue;
    const n = s.normalize('NFC');
    if (n === s) continue;
    out.push(text.slice(last, m.index));
    outLen += m.index - last;
    nfcEdits.push([outLen, s.length, n.length]);
    out.push(n);
    outLen += n.length;
    last = m.index + s.length;
  }
  out.push(text.slice(last));
  // Shift the earlier edits' offsets into the NFC result.
  for (const e of edits) e[0] = mapForward(e[0], nfcEdits);
  edits.push(...nfcEdits);
  edits.sort((a, b) => a[0] - b[0]);
  return out.join('');
}

/** Maps an offset in a string before `edits` (expressed in the result) were applied to the result. */
function mapForward(offset: number, edits: Edit[]): number {
  let delta = 0;
  for (const [at, oldLen, newLen] of edits) {
    if (at - delta >= offset) break;
    delta += newLen - oldLen;
  }
  return offset + delta;
}

/**
 * Maps an offset in the normalised text back to the original input, using the edits.
 * Offsets inside an edited stretch map to its start.
 */
export function mapToOriginal(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const [at, oldLen, newLen] of edits) {
    if (offset < at) break;
    if (offset < at + newLen) return at + delta;
    delta += oldLen - newLen;
  }
  return offset + delta;
}

/**
 * Maps a range `[start, end)` of the normalised text back to the original input; a range ending
 * inside an edited stretch extends to the end of that stretch in the original.
 */
export function mapRangeToOriginal(start: number, end: number, edits: readonly Edit[]): [number, number] {
  const s = mapToOriginal(start, edits);
  if (end <= start) return [s, s];
  let delta = 0;
  const last = end - 1;
  for (const [at, oldLen, newLen] of edits) {
    if (last < at) break;
    if (last < at + newLen) return [s, at + delta + oldLen];
    delta += oldLen - newLen;
  }
  return [s, end + delta];
}
