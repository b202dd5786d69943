/** @module Opening inputs: stat before reading, peeking at a stream's first bytes, reading a bounded stream whole. */

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { InputError } from '../core/input.js';
import { errorMessage, inputError } from './types.js';

/** Chunk size of file streams. */
export const READ_CHUNK_BYTES = 64 * 1024;

/** The size of a file, or the error to yield: E112 missing, E110 unreadable or not a regular file. */
export async function statFile(file: string): Promise<{ size: number } | InputError> {
  try {
    const s = await stat(file);
    if (!s.isFile()) return inputError('E110', file, undefined, { message: s.isDirectory() ? 'is a directory' : 'not a regular file' });
    return { size: s.size };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return inputError('E112', file);
    return inputError('E110', file, undefined, { message: errorMessage(err) });
  }
}

/** The size of a non-empty file, or the error to yield: as {@link statFile}, plus E101 for an empty file. */
export async function statNonEmpty(file: string): Promise<{ size: number } | InputError> {
  const st = await statFile(file);
  if ('ok' in st) return st;
  return st.size === 0 ? inputError('E101', file) : st;
}

/**
 * Reads a whole non-empty file of at most `limit` bytes.
 * @returns The bytes, or the error to yield: E112/E110 (stat), E101 empty, E104 too large, E110 unreadable.
 */
export async function readBoundedFile(file: string, limit: number): Promise<Buffer | InputError> {
  const st = await statNonEmpty(file);
  if ('ok' in st) return st;
  if (st.size > limit) return inputError('E104', file, undefined, { size: st.size, limit });
  try {
    return await readFile(file);
  } catch (err) {
    return inputError('E110', file, undefined, { message: errorMessage(err) });
  }
}

/** A file's byte stream. */
export function fileChunks(file: string): AsyncIterable<Buffer> {
  return createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
}

/** A stream whose first bytes were read ahead: `head` holds them and `chunks` yields everything, head included. */
export interface Peeked {
  head: Buffer;
  chunks: AsyncIterable<Buffer>;
}

function toBuffer(c: Buffer | string | Uint8Array): Buffer {
  return typeof c === 'string' ? Buffer.from(c) : Buffer.isBuffer(c) ? c : Buffer.from(c);
}

/**
 * Reads ahead at least `minBytes` (or to the end) of a stream, so its kind and encoding can be sniffed
 * without losing the bytes. Errors of the stream surface when `chunks` is iterated or from this call.
 */
export async function peek(stream: AsyncIterable<Buffer | string | Uint8Array>, minBytes: number): Promise<Peeked> {
  const it = stream[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < minBytes) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = toBuffer(r.value);
    first.push(b);
    size += b.length;
  }
  const head = Buffer.concat(first, size);
  async function* chunks(): AsyncGenerator<Buffer> {
    let finished = done;
    try {
      if (head.length > 0) yield head;
      while (!finished) {
        const r = await it.next();
        if (r.done) finished = true;
        else yield toBuffer(r.value);
      }
    } finally {
      // Stopped early: let the underlying stream close.
      if (!finished) await it.return?.();
    }
  }
  return { head, chunks: chunks() };
}

/**
 * Reads a stream whole, stopping as soon as it passes `maxBytes`.
 * @returns The bytes, or `{ tooLarge: size so far }`.
 */
export async function readBounded(chunks: AsyncIterable<Buffer | string | Uint8Array>, maxBytes: number): Promise<{ bytes: Buffer } | { tooLarge: number }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    const b = toBuffer(c);
    size += b.length;
    if (size > maxBytes) return { tooLarge: size };
    parts.push(b);
  }
  return { bytes: Buffer.concat(parts, size) };
}
