/** @module WARC / WARC.gz reader: streams records (multi-member gzip), keeps HTML `response` records, resyncs after a broken record. */

import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { InputResult } from '../../core/input.js';
import { ByteReader, LINE_TOO_LONG } from '../byte-reader.js';
import { charsetFromContentType, decodeBytes } from '../decode.js';
import { fileStem } from '../formats.js';
import { parseHttpResponse } from '../http.js';
import { sniffKind } from '../sniff.js';
import { READ_CHUNK_BYTES, statNonEmpty } from '../source.js';
import { errorMessage, inputError, resolveOptions, type ReadOptions } from '../types.js';

/** Longest WARC header line kept; longer lines are treated as junk. */
export const WARC_MAX_LINE_BYTES = 64 * 1024;
/** Most header lines in one WARC record before it is taken as broken. */
export const WARC_MAX_HEADER_LINES = 512;
/** Bytes of an over-limit response read to learn whether it is HTML (for E104) before skipping it. */
export const WARC_HEAD_PEEK_BYTES = 16 * 1024;

const VERSION_RE = /^WARC\/1\.\d/;
const HTML_TYPE_RE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

class GzipFailure extends Error {}

/** Wraps a decompressor so that its errors are recognisable as gzip failures (E105). */
async function* gunzipChunks(src: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const gz = createGunzip();
  const input = src instanceof Readable ? src : Readable.from(src);
  // Errors of either side surface when `gz` is iterated.
  pipeline(input, gz, () => undefined);
  try {
    for await (const c of gz) yield c as Buffer;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || /unexpected end of file|incorrect header|invalid/i.test(errorMessage(err))) {
      throw new GzipFailure(errorMessage(err));
    }
    throw err;
  } finally {
    gz.destroy();
  }
}

function isHtmlResponse(contentType: string | undefined, body: Buffer): boolean {
  if (contentType != null && contentType.trim() !== '') return HTML_TYPE_RE.test(contentType);
  return sniffKind(body.subarray(0, 4096)) === 'html';
}

function parseHeaders(lines: string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    h[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return h;
}

/**
 * Reads WARC records from a (decompressed) byte stream. Only `response` records whose HTTP status is 2xx and whose
 * HTTP `Content-Type` is HTML (or, without one, whose body looks like HTML) become records: kind html, url from
 * WARC-Target-URI, `published` from WARC-Date (`publishedSource: 'warc-date'`), charset from the HTTP header, id
 * `<stem>#<n>` with n the 1-based WARC record number. A broken record → E106 and the reader resyncs to the next
 * `WARC/1.` line; a response over `maxBytes` → E104; a gzip failure → E105 after the readable records.
 */
export async function* readWarcStream(chunks: AsyncIterable<Buffer>, name: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  const stem = fileStem(name);
  const reader = new ByteReader(chunks);
  let recordNo = 0;
  let sawAny = false;
  let resyncing = false;
  try {
    for (;;) {
      // Find the next version line, skipping blank lines (and junk, reported once unless already resyncing).
      let line = await reader.readLine(WARC_MAX_LINE_BYTES);
      let junk = false;
      while (line != null && (line === LINE_TOO_LONG || !VERSION_RE.test(line.toString('latin1')))) {
        if (line === LINE_TOO_LONG || line.length > 0) junk = true;
        line = await reader.readLine(WARC_MAX_LINE_BYTES);
      }
      if (line == null) {
        if (junk && !resyncing && sawAny) yield inputError('E106', name, recordNo, { message: 'bytes after the last record that are not a WARC record' });
        break;
      }
      if (junk && !resyncing) {
        yield inputError('E106', name, recordNo + 1, { message: 'bytes that are not a WARC record; skipped to the next WARC/1. header' });
      }
      resyncing = false;
      recordNo++;
      sawAny = true;
      const headerLines: string[] = [];
      let ended = false;
      for (let i = 0; i < WARC_MAX_HEADER_LINES; i++) {
        const h = await reader.readLine(WARC_MAX_LINE_BYTES);
        if (h == null) break;
        if (h === LINE_TOO_LONG) continue;
        if (h.length === 0) {
          ended = true;
          break;
        }
        headerLines.push(h.toString('utf8'));
      }
      if (!ended) {
        yield inputError('E106', name, recordNo, { message: 'the record headers do not end (truncated?)' });
        resyncing = true;
        continue;
      }
      const headers = parseHeaders(headerLines);
      const length = Number(headers['content-length']);
      if (headers['content-length'] == null || !Number.isInteger(length) || length < 0) {
        yield inputError('E106', name, recordNo, { message: 'missing or invalid Content-Length' });
        resyncing = true;
        continue;
      }
      const type = (headers['warc-type'] ?? '').toLowerCase();
      if (type !== 'response') {
        const skipped = await reader.skip(length);
        if (skipped < length) {
          yield inputError('E106', name, recordNo, { message: `truncated: ${skipped} of ${length} bytes` });
        }
        continue;
      }
      if (length > o.maxBytes) {
        const head = await reader.read(Math.min(length, WARC_HEAD_PEEK_BYTES));
        const skipped = head.length + (await reader.skip(length - head.length));
        const http = parseHttpResponse(head);
        if (http != null && http.status >= 200 && http.status < 300 && isHtmlResponse(http.headers['content-type'], http.body)) {
          yield inputError('E104', name, recordNo, { size: length, limit: o.maxBytes });
        }
        if (skipped < length) yield inputError('E106', name, recordNo, { message: `truncated: ${skipped} of ${length} bytes` });
        continue;
      }
      const block = await reader.read(length);
      if (block.length < length) {
        yield inputError('E106', name, recordNo, { message: `truncated: ${block.length} of ${length} bytes` });
        break;
      }
      const http = parseHttpResponse(block);
      if (http == null) {
        yield inputError('E106', name, recordNo, { message: 'the response record holds no HTTP status line and headers' });
        continue;
      }
      if (http.status < 200 || http.status >= 300 || !isHtmlResponse(http.headers['content-type'], http.body)) continue;
      if (http.body.length === 0) {
        yield inputError('E101', name, recordNo);
        continue;
      }
      const d = decodeBytes(http.body, { declared: charsetFromContentType(http.headers['content-type']), markup: true });
      if (!d.ok) {
        yield d.code === 'E102' ? inputError('E102', name, recordNo) : inputError('E103', name, recordNo, { message: d.message });
        continue;
      }
      const uri = headers['warc-target-uri']?.replace(/^<|>$/g, '') ?? null;
      const date = headers['warc-date'] ?? null;
      const rec: InputResult = {
        ok: true,
        id: `${stem}#${recordNo}`,
        kind: 'html',
        content: d.text,
        origin: { file: name, record: recordNo },
        url: uri,
        published: date,
        publishedSource: date != null ? 'warc-date' : null,
        encoding: d.encoding,
      };
      if (o.raw) rec.raw = true;
      yield rec;
    }
    if (!sawAny) yield inputError('E106', name, undefined, { message: 'no WARC/1. record header found' });
  } catch (err) {
    if (err instanceof GzipFailure) yield inputError('E105', name, recordNo > 0 ? recordNo : undefined, { message: err.message });
    else yield inputError('E110', name, undefined, { message: errorMessage(err) });
  } finally {
    await reader.close();
  }
}

/**
 * Reads a `.warc` or `.warc.gz` file record by record (memory bounded by one record); an empty file → E101.
 * @param gzip - Decompress (all gzip members, as WARC.gz files hold one per record).
 */
export async function* readWarc(file: string, gzip: boolean, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const st = await statNonEmpty(file);
  if ('ok' in st) {
    yield st;
    return;
  }
  const raw = createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
  yield* readWarcStream(gzip ? gunzipChunks(raw) : raw, file, opts);
}

/** For stdin: decompresses a gzip byte stream, its failures surfacing as E105 in {@link readWarcStream}. */
export function gunzipStream(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return gunzipChunks(chunks);
}
