/** @module Test helper: an Io whose streams are captured into strings, optionally pretending to be a terminal. */

import { Readable, Writable } from 'node:stream';
import type { Io } from '../../io.js';

/** Captured output of one command run. */
export interface CapturedIo {
  io: Io;
  out: () => string;
  err: () => string;
}

/** Builds an Io writing into buffers; `tty` sets isTTY on stdout and stderr and `columns` on stdout. */
export function captureIo(options: { tty?: boolean; columns?: number; stdin?: string } = {}): CapturedIo {
  let out = '';
  let err = '';
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  }) as Io['stdout'];
  const stderr = new Writable({
    write(chunk, _enc, cb) {
      err += String(chunk);
      cb();
    },
  }) as Io['stderr'];
  if (options.tty) {
    stdout.isTTY = true;
    stdout.columns = options.columns ?? 80;
    stderr.isTTY = true;
  }
  return { io: { stdout, stderr, stdin: Readable.from([options.stdin ?? '']) }, out: () => out, err: () => err };
}
