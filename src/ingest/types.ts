/** @module Shared reader types, defaults and the helper that builds an InputError from a catalogue code. */

import type { Readable } from 'node:stream';
import { formatError, type ErrorCode } from '../core/errors.js';
import type { InputError } from '../core/input.js';

/** Default limit on one single-document file, stdin document, or one record of a multi-record file: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Options of `readInputs` and the readers. */
export interface ReadOptions {
  /** The stream read for the path `-` (default `process.stdin`). */
  stdin?: Readable;
  /** Byte limit per single-document file or per record (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Passed to every record as `raw: true` (`--raw`: keep content exactly as given). */
  raw?: boolean;
}

/** Options after defaults are applied. */
export interface ResolvedOptions {
  stdin?: Readable;
  maxBytes: number;
  raw: boolean;
}

/** Applies the defaults to reader options. */
export function resolveOptions(opts: ReadOptions = {}): ResolvedOptions {
  const maxBytes = opts.maxBytes != null && opts.maxBytes > 0 ? opts.maxBytes : DEFAULT_MAX_BYTES;
  return { stdin: opts.stdin, maxBytes, raw: opts.raw === true };
}

/**
 * Builds the value a reader yields for an input it rejects.
 * @param code - An input code from the catalogue (E1xx).
 * @param file - The file as given (or `-` for stdin).
 * @param record - The 1-based record or line number in a multi-record file.
 * @param params - Template parameters of the code.
 */
export function inputError(code: ErrorCode, file: string, record?: number, params: Record<string, unknown> = {}): InputError {
  const origin: InputError['origin'] = record != null ? { file, record } : { file };
  return { ok: false, origin, code, message: formatError(code, params) };
}

/** The message of an unknown thrown value. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
