/** @module Standard input (`-`): sniffed as JSON lines, WARC (plain or gzip), a feed, HTML or text. */

import type { Readable } from 'node:stream';
import type { InputResult } from '../../core/input.js';
import { sniffKind, SNIFF_BYTES } from '../sniff.js';
import { peek, readBounded } from '../source.js';
import { errorMessage, inputError, resolveOptions, type ReadOptions } from '../types.js';
import { FEED_FILE_FACTOR, feedFromBytes } from './feed.js';
import { readJsonl } from './jsonl.js';
import { documentFromBytes } from './single.js';
import { gunzipStream, readWarcStream } from './warc.js';

/** The name stdin records carry as `origin.file`. */
export const STDIN_NAME = '-';

/**
 * Reads standard input: JSON lines when the first non-space character is `{`, WARC when it starts with `WARC/1.`
 * (or is gzip), a feed when its root is `<rss>`/`<feed>`/`<rdf:RDF>`, HTML when it looks like markup, else text.
 * A single document is read up to `maxBytes` (E104 beyond). Ids: `stdin` or `stdin#<n>`.
 */
export async function* readStdin(stream: Readable | AsyncIterable<Buffer | string>, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  let p;
  try {
    p = await peek(stream, SNIFF_BYTES);
  } catch (err) {
    yield inputError('E110', STDIN_NAME, undefined, { message: errorMessage(err) });
    return;
  }
  if (p.head.length === 0) {
    yield inputError('E101', STDIN_NAME);
    return;
  }
  const kind = sniffKind(p.head);
  if (kind === 'jsonl') {
    yield* readJsonl(p.chunks, STDIN_NAME, o);
    return;
  }
  if (kind === 'warc' || kind === 'gzip') {
    yield* readWarcStream(kind === 'gzip' ? gunzipStream(p.chunks) : p.chunks, STDIN_NAME, o);
    return;
  }
  const limit = kind === 'feed' ? o.maxBytes * FEED_FILE_FACTOR : o.maxBytes;
  let r;
  try {
    r = await readBounded(p.chunks, limit);
  } catch (err) {
    yield inputError('E110', STDIN_NAME, undefined, { message: errorMessage(err) });
    return;
  }
  if ('tooLarge' in r) {
    yield inputError('E104', STDIN_NAME, undefined, { size: `more than ${r.tooLarge}`, limit });
    return;
  }
  if (kind === 'feed') yield* feedFromBytes(r.bytes, STDIN_NAME, o);
  else yield documentFromBytes(r.bytes, STDIN_NAME, kind, o);
}
