/** @module CSV reader: header row mapped to fields, rows streamed through csv-parse; a malformed row is reported and the next rows go on. */

import { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import iconv from 'iconv-lite';
import type { InputResult } from '../../core/input.js';
import { chooseEncoding, DETECT_SAMPLE_BYTES, looksBinary } from '../decode.js';
import { mapFields, pickFields, type FieldMap } from '../fields.js';
import { fileStem } from '../formats.js';
import { recordFromFields } from '../record.js';
import { fileChunks, peek, statNonEmpty } from '../source.js';
import { errorMessage, inputError, resolveOptions, type ReadOptions } from '../types.js';

/**
 * csv-parse stops (it cannot skip) at a record this many times `maxBytes`: a memory guard against a runaway quote.
 * Rows between `maxBytes` and the guard are rejected one by one (E104) and the next rows go on.
 */
export const CSV_RECORD_GUARD_FACTOR = 4;

/** Decodes a byte stream to strings with the given encoding, keeping characters split across chunks whole. */
async function* decodeStream(chunks: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<string> {
  if (encoding === 'utf-8') {
    const dec = new TextDecoder('utf-8');
    for await (const c of chunks) yield dec.decode(c, { stream: true });
    const tail = dec.decode();
    if (tail) yield tail;
    return;
  }
  const dec = iconv.getDecoder(encoding);
  for await (const c of chunks) yield dec.write(c);
  const tail = dec.end();
  if (tail) yield tail;
}

/** A row csv-parse skipped, with the line where it failed. */
interface SkippedRow {
  line: number;
  code: string;
  message: string;
}

/**
 * Reads CSV rows from a byte stream. The first row is the header; columns are matched case-insensitively
 * (title|headline|heading, text|body|content|article, html, date|published|…, url|link|webUrl, outlet|source|site|publisher …,
 * see `data/fields.json`). A header without text/html/title → E115; a malformed row → E108 naming its line; a row over
 * `maxBytes` → E104; a row without text/html/title → E109. Headline-only datasets (title and perhaps a summary, no body)
 * yield text records of the title (headline) and summary.
 * @param chunks - The bytes.
 * @param name - The file as given: `origin.file`; ids are the `id` column or `<stem>#<row>` (1-based data row).
 */
export async function* readCsvStream(chunks: AsyncIterable<Buffer>, name: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  const stem = fileStem(name);
  let peeked;
  try {
    peeked = await peek(chunks, DETECT_SAMPLE_BYTES);
  } catch (err) {
    yield inputError('E110', name, undefined, { message: errorMessage(err) });
    return;
  }
  if (peeked.head.length === 0) {
    yield inputError('E101', name);
    return;
  }
  if (looksBinary(peeked.head)) {
    yield inputError('E102', name);
    return;
  }
  const encoding = chooseEncoding(peeked.head, null, true);
  if (encoding == null) {
    yield inputError('E103', name, undefined, { message: 'no encoding could be detected' });
    return;
  }
  const skipped: SkippedRow[] = [];
  const parser = parse({
    bom: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: o.maxBytes * CSV_RECORD_GUARD_FACTOR,
    info: true,
    on_skip: (err: CsvError | undefined) => {
      if (err) skipped.push({ line: Number((err as { lines?: number }).lines ?? 0), code: err.code, message: err.message });
      return undefined;
    },
  });
  const source = Readable.from(decodeStream(peeked.chunks, encoding));
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);

  let header: string[] | null = null;
  let map: FieldMap | null = null;
  const index = new Map<string, number>();
  let rowNo = 0;
  const flushSkipped = function* (beforeLine: number): Generator<InputResult> {
    while (skipped.length > 0 && skipped[0].line <= beforeLine) {
      const s = skipped.shift()!;
      if (header == null) continue;
      rowNo++;
      yield s.code === 'CSV_MAX_RECORD_SIZE'
        ? inputError('E104', name, rowNo, { size: `more than ${o.maxBytes * CSV_RECORD_GUARD_FACTOR}`, limit: o.maxBytes })
        : inputError('E108', name, rowNo, { message: `line ${s.line}: ${s.message}` });
    }
  };
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      yield* flushSkipped(item.info.lines);
      if (header == null) {
        header = item.record;
        map = mapFields(header);
        header.forEach((h, i) => {
          if (!index.has(h)) index.set(h, i);
        });
        if (map.text.length === 0 && map.html.length === 0 && map.title.length === 0 && map.summary.length === 0) {
          yield inputError('E115', name, undefined, { columns: header.map((h) => JSON.stringify(h)).join(', ') });
          return;
        }
        continue;
      }
      rowNo++;
      const rec = item.record;
      const fields = pickFields((k) => rec[index.get(k) ?? -1], map!);
      yield recordFromFields(fields, { file: name, record: rowNo, stem, maxBytes: o.maxBytes, raw: o.raw, encoding, allowHeadlineOnly: true });
    }
    yield* flushSkipped(Number.POSITIVE_INFINITY);
  } catch (err) {
    yield* flushSkipped(Number.POSITIVE_INFINITY);
    const e = err as CsvError;
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      yield inputError('E104', name, rowNo + 1, { size: `more than ${o.maxBytes * CSV_RECORD_GUARD_FACTOR}`, limit: o.maxBytes });
    } else yield inputError(e.code?.startsWith('CSV_') ? 'E108' : 'E110', name, rowNo + 1, { message: errorMessage(err) });
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/** Reads a `.csv` file (see {@link readCsvStream}); a missing or unreadable file → E112/E110, an empty one → E101. */
export async function* readCsv(file: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const st = await statNonEmpty(file);
  if ('ok' in st) {
    yield st;
    return;
  }
  yield* readCsvStream(fileChunks(file), file, opts);
}
