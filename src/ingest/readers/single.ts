/** @module One article per file or stream (`.txt`, `.html`, stdin text/HTML): size checked before reading, then decoded. */

import type { InputResult } from '../../core/input.js';
import { decodeBytes } from '../decode.js';
import { fileStem } from '../formats.js';
import { isFeedHead } from '../sniff.js';
import { feedFromBytes } from './feed.js';
import { readBoundedFile } from '../source.js';
import { inputError, resolveOptions, type ReadOptions } from '../types.js';

/** Which single-document kind to build. */
export type SingleKind = 'text' | 'html';

/**
 * Builds the record of one whole document from its bytes: E101 when empty or blank, E102 binary, E103 undecodable.
 * @param bytes - The document.
 * @param file - The file as given (`-` for stdin); its stem is the id.
 * @param kind - `text` (first line is the headline) or `html` (charset declared in the markup is honoured).
 */
export function documentFromBytes(bytes: Uint8Array, file: string, kind: SingleKind, opts: ReadOptions = {}): InputResult {
  if (bytes.length === 0) return inputError('E101', file);
  const d = decodeBytes(bytes, { markup: kind === 'html' });
  if (!d.ok) return d.code === 'E102' ? inputError('E102', file) : inputError('E103', file, undefined, { message: d.message });
  if (d.text.trim() === '') return inputError('E101', file);
  const rec: InputResult = { ok: true, id: fileStem(file), kind, content: d.text, origin: { file }, encoding: d.encoding };
  if (kind === 'text') rec.headlineFirstLine = true;
  if (opts.raw) rec.raw = true;
  return rec;
}

/**
 * Reads a single-document file. The size is checked with `stat` first: an empty file is E101 and one over
 * `maxBytes` E104 without reading it.
 */
export async function* readSingleFile(file: string, kind: SingleKind, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  const bytes = await readBoundedFile(file, o.maxBytes);
  if (!Buffer.isBuffer(bytes)) {
    yield bytes;
    return;
  }
  // A feed saved under a page or text name is read as a feed.
  if (isFeedHead(bytes.subarray(0, 4096))) yield* feedFromBytes(bytes, file, o);
  else yield documentFromBytes(bytes, file, kind, o);
}
