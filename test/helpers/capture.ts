/** @module Test helper: an Io whose stdout/stderr are captured into strings. */

import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../../src/apps/cli/io.js';

export interface Captured {
  io: Io;
  out: () => string;
  err: () => string;
}

/** Builds a captured Io; `stdin` text is offered on standard input. */
export function capture(stdin = ''): Captured {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { io: { stdout, stderr, stdin: Readable.from([stdin]) }, out: () => out, err: () => err };
}
