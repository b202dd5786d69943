/** @module Input readers: files, folders, globs and stdin → a stream of InputResult (records, or errors naming file and record). */

import path from 'node:path';
import type { InputResult } from '../core/input.js';
import { expandPath } from './expand.js';
import { displayExtension, formatOf } from './formats.js';
import { readCsv } from './readers/csv.js';
import { readFeed } from './readers/feed.js';
import { readHtml } from './readers/html.js';
import { readJsonl as readJsonlStream } from './readers/jsonl.js';
import { readStdin } from './readers/stdin.js';
import { readTxt } from './readers/txt.js';
import { readWarc } from './readers/warc.js';
import { fileChunks, statFile } from './source.js';
import { errorMessage, inputError, resolveOptions, type ReadOptions } from './types.js';

export { expandPath, expandPaths } from './expand.js';
export { DEFAULT_MAX_BYTES, type ReadOptions } from './types.js';
export { EXTENSIONS, formatOf, fileStem, type InputFormat } from './formats.js';
export { decodeBytes, type Decoded, type DecodeFailure } from './decode.js';
export { sniffKind, type SniffedKind } from './sniff.js';
export { readCsv, readCsvStream } from './readers/csv.js';
export { readFeed, feedRecords } from './readers/feed.js';
export { readWarc, readWarcStream } from './readers/warc.js';
export { readStdin } from './readers/stdin.js';
export { normalizeDate } from './dates.js';

/**
 * Reads JSON Lines (`triangulate analyze --jsonl`) from a stream, line by line with bounded memory:
 * `{"id", "text" or "html", "title"?, "url"?, "outlet"?, "published"?|"date"?, "author"?}`; `raw` is passed to the records.
 * Never throws: bad lines are InputErrors (E107 malformed, E109 no text/html, E104 too long) naming the line.
 * @param stream - A file stream or stdin.
 * @param name - `origin.file` of the records (`-` for stdin); ids without `id` are `<stem>#<line>` (`stdin#<line>` for `-`).
 */
export function readJsonl(stream: AsyncIterable<Buffer | string>, name: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  return readJsonlStream(stream, name, opts);
}

/**
 * Reads one input file (or `-`) with the reader its extension names; E111 for an unsupported extension.
 */
export async function* readInputFile(file: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  if (file === '-') {
    yield* readStdin(o.stdin ?? process.stdin, o);
    return;
  }
  switch (formatOf(file)) {
    case 'txt':
      yield* readTxt(file, o);
      return;
    case 'html':
      yield* readHtml(file, o);
      return;
    case 'warc':
      yield* readWarc(file, false, o);
      return;
    case 'warc.gz':
      yield* readWarc(file, true, o);
      return;
    case 'feed':
      yield* readFeed(file, o);
      return;
    case 'jsonl': {
      const st = await statFile(file);
      if ('ok' in st) yield st;
      else if (st.size === 0) yield inputError('E101', file);
      else yield* readJsonlStream(fileChunks(file), file, o);
      return;
    }
    case 'csv':
      yield* readCsv(file, o);
      return;
    default:
      yield inputError('E111', file, undefined, { ext: displayExtension(file) });
  }
}

/**
 * Streams every record of every input: files, folders (recursive), globs and `-` (stdin), in the order given,
 * each folder or glob sorted; a file named twice is read once. Never throws: a missing path (E112), an unsupported
 * file (E111) and every rejected file or record are yielded as InputErrors and the stream goes on.
 * @param paths - Command-line paths.
 * @param opts - `stdin` for `-`, `maxBytes` per document or record (default 20 MiB), `raw` passed to the records.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  const seen = new Set<string>();
  for (const p of paths) {
    let files: string[];
    try {
      const x = await expandPath(p);
      yield* x.errors;
      files = x.files;
    } catch (err) {
      yield inputError('E110', p, undefined, { message: errorMessage(err) });
      continue;
    }
    for (const f of files) {
      const key = f === '-' ? '-' : path.resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        yield* readInputFile(f, o);
      } catch (err) {
        // Readers report problems as values; this guards the batch against anything unforeseen.
        yield inputError('E110', f, undefined, { message: errorMessage(err) });
      }
    }
  }
}
