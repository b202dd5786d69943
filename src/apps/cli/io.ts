/** @module The streams a command writes to, so tests can call `main(argv, io)` and capture output. */

import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
}

export const PROCESS_IO: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** A command: parses its own arguments, returns the exit status (0 ok, 1 some inputs failed, 2 usage error). */
export type Command = (args: string[], io: Io) => Promise<number>;

/** Writes a line to a stream. */
export function println(stream: Io['stdout'], line = ''): void {
  stream.write(line + '\n');
}

/** Default database path, overridable with `--db` or TRIANGULATE_DB. */
export const DEFAULT_DB = process.env.TRIANGULATE_DB ?? './triangulate.db';
