/** @module Parse the HTTP response stored in a WARC `response` record: status, headers, de-chunked and decompressed body. */

import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** A parsed HTTP response. */
export interface HttpResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: Buffer;
}

const STATUS_RE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/;

function findHeaderEnd(block: Buffer): { end: number; sep: number } | null {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  if (crlf === -1 && lf === -1) return null;
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { end: crlf, sep: 4 };
  return { end: lf, sep: 2 };
}

/** Decodes a `Transfer-Encoding: chunked` body; null when it is not well-formed chunked data. */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const nl = body.indexOf('\n', pos);
    if (nl === -1) return null;
    const size = parseInt(body.subarray(pos, nl).toString('latin1').trim().split(';')[0], 16);
    if (!Number.isFinite(size) || size < 0) return null;
    pos = nl + 1;
    if (size === 0) break;
    if (pos + size > body.length) return null;
    parts.push(body.subarray(pos, pos + size));
    pos += size;
    if (body[pos] === 0x0d) pos++;
    if (body[pos] === 0x0a) pos++;
  }
  return Buffer.concat(parts);
}

function decompress(body: Buffer, encoding: string): Buffer {
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body);
    if (encoding === 'br') return brotliDecompressSync(body);
    if (encoding === 'deflate') {
      try {
        return inflateSync(body);
      } catch {
        return inflateRawSync(body);
      }
    }
  } catch {
    // Archivers often store the body already decoded while keeping the header: use it as is.
  }
  return body;
}

/**
 * Parses an HTTP response block.
 * @returns The response, or null when the block does not start with an HTTP status line and headers.
 */
export function parseHttpResponse(block: Buffer): HttpResponse | null {
  const he = findHeaderEnd(block);
  if (he == null) return null;
  const lines = block.subarray(0, he.end).toString('latin1').split(/\r?\n/);
  const m = STATUS_RE.exec(lines[0] ?? '');
  if (!m) return null;
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const k = line.slice(0, colon).trim().toLowerCase();
    const v = line.slice(colon + 1).trim();
    headers[k] = headers[k] != null ? `${headers[k]}, ${v}` : v;
  }
  let body = block.subarray(he.end + he.sep);
  if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body) ?? body;
  const ce = (headers['content-encoding'] ?? '').trim().toLowerCase();
  if (ce && ce !== 'identity') body = decompress(body, ce);
  return { status: Number(m[1]), headers, body };
}
