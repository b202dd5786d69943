/** @module Pull-style reader over a byte stream: lines and exact byte counts, for record formats (WARC) parsed in a stream. */

/** Result of {@link ByteReader.readLine} for a line longer than the limit (its bytes were dropped). */
export const LINE_TOO_LONG = Symbol('line-too-long');

/** Reads lines and byte blocks from an async stream of Buffers, holding at most one block in memory. */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private done = false;
  private readonly it: AsyncIterator<Buffer>;

  constructor(chunks: AsyncIterable<Buffer>) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  /** Pulls the next chunk; false at the end of the stream. Stream errors are thrown. */
  private async pull(): Promise<Buffer | null> {
    if (this.done) return null;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return null;
    }
    return r.value;
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    while (this.pos >= this.buf.length) {
      const c = await this.pull();
      if (c == null) return true;
      this.buf = c;
      this.pos = 0;
    }
    return false;
  }

  /**
   * The next line without its `\n` / `\r\n`; null at the end of the stream; {@link LINE_TOO_LONG} when the line
   * runs over `maxLen` bytes (the line is consumed).
   */
  async readLine(maxLen: number): Promise<Buffer | typeof LINE_TOO_LONG | null> {
    const parts: Buffer[] = [];
    let size = 0;
    let tooLong = false;
    for (;;) {
      if (this.pos >= this.buf.length) {
        const c = await this.pull();
        if (c == null) {
          if (size === 0 && !tooLong) return null;
          break;
        }
        this.buf = c;
        this.pos = 0;
      }
      const nl = this.buf.indexOf(0x0a, this.pos);
      const end = nl === -1 ? this.buf.length : nl;
      const piece = this.buf.subarray(this.pos, end);
      size += piece.length;
      if (size > maxLen) {
        tooLong = true;
        parts.length = 0;
      } else if (!tooLong) parts.push(piece);
      this.pos = nl === -1 ? this.buf.length : nl + 1;
      if (nl !== -1) break;
    }
    if (tooLong) return LINE_TOO_LONG;
    let line = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    return Buffer.from(line);
  }

  /** The next `n` bytes (fewer at the end of the stream). */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    const got = await this.consume(n, parts);
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, got);
  }

  /** Skips `n` bytes without keeping them; returns how many were skipped (fewer at the end of the stream). */
  async skip(n: number): Promise<number> {
    return this.consume(n, null);
  }

  /** Advances over up to `n` bytes, copying them into `keep` when given; returns how many bytes it passed. */
  private async consume(n: number, keep: Buffer[] | null): Promise<number> {
    let got = 0;
    while (got < n) {
      if (this.pos >= this.buf.length) {
        const c = await this.pull();
        if (c == null) break;
        this.buf = c;
        this.pos = 0;
      }
      const take = Math.min(n - got, this.buf.length - this.pos);
      if (keep) keep.push(Buffer.from(this.buf.subarray(this.pos, this.pos + take)));
      this.pos += take;
      got += take;
    }
    return got;
  }


  /** Stops the underlying stream early. */
  async close(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.it.return?.();
    }
  }
}
