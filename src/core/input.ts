/** @module Raw inputs as the readers yield them, before cleaning: one record per article. */

import type { DateProvenance } from './doc.js';

/** One article as read from a file, a multi-record file (WARC, feed, JSONL, CSV) or stdin. */
export interface InputRecord {
  ok: true;
  /** Stable id: given by the input (JSONL `id`), else derived from origin (file path + record number). */
  id: string;
  /** `html` content goes through the HTML cleaner; `text` through the plain-text boilerplate rules. */
  kind: 'html' | 'text';
  /** Decoded content (already a JS string; the reader detected the encoding). */
  content: string;
  /** Where it came from: the file (or `-` for stdin) and the 1-based record/line number in multi-record files. */
  origin: { file: string; record?: number };
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** Publication date given by the container (JSONL/CSV column, feed item date, WARC-Date), with its provenance. */
  published?: string | null;
  publishedSource?: DateProvenance | null;
  author?: string | null;
  encoding?: string;
  /** `--raw`: keep `content` exactly as given (no headline, no cleaning). */
  raw?: boolean;
  /** For `.txt`: the first line is the headline (true for files; false for JSONL `text`). */
  headlineFirstLine?: boolean;
}

/** A record that could not be read: names the file (and record/line) and the problem; the batch goes on. */
export interface InputError {
  ok: false;
  origin: { file: string; record?: number };
  /** Stable error code from core/errors.ts, e.g. `E101`. */
  code: string;
  message: string;
}

export type InputResult = InputRecord | InputError;

/** Formats one input error as the one-line message the CLI prints. */
export function formatInputError(e: InputError): string {
  const where = e.origin.record != null ? `${e.origin.file}:${e.origin.record}` : e.origin.file;
  return `${where}: [${e.code}] ${e.message}`;
}
