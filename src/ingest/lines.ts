/** @module Split a byte stream into lines with bounded memory: a line longer than the limit is skipped, not buffered. */

/** One line of a byte stream. */
export interface ByteLine {
  /** 1-based line number. */
  lineNo: number;
  /** The line's bytes without `\n` / `\r\n` (empty when `tooLong`). */
  bytes: Buffer;
  /** The line's full length in bytes. */
  size: number;
  /** The line exceeded the limit; its bytes were dropped. */
  tooLong: boolean;
}

/**
 * Yields the lines of a byte stream. Memory stays bounded by `maxLineBytes` plus one chunk.
 * @param chunks - The stream (any async iterable of Buffers or strings).
 * @param maxLineBytes - Lines longer than this are reported with `tooLong` and their bytes dropped.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (): ByteLine => {
    lineNo++;
    let bytes = tooLong ? Buffer.alloc(0) : parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line: ByteLine = { lineNo, bytes, size, tooLong };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  const add = (piece: Buffer): void => {
    size += piece.length;
    if (tooLong) return;
    if (size > maxLineBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
  };
  for await (const c of chunks) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      // Copy: the stream may reuse its buffers.
      add(Buffer.from(chunk.subarray(start, nl)));
      yield finish();
      start = nl + 1;
    }
    if (start < chunk.length) add(Buffer.from(chunk.subarray(start)));
  }
  if (size > 0 || parts.length > 0 || tooLong) yield finish();
}
