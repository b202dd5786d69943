/** @module File formats the readers support, by extension, and the id stem of a file. */

import path from 'node:path';

/** The readers a file can be routed to. */
export type InputFormat = 'txt' | 'html' | 'warc' | 'warc.gz' | 'feed' | 'jsonl' | 'csv';

/** Supported extensions (lower case, longest first so `.warc.gz` wins over `.gz`). */
export const EXTENSIONS: ReadonlyArray<readonly [string, InputFormat]> = [
  ['.warc.gz', 'warc.gz'],
  ['.warc', 'warc'],
  ['.txt', 'txt'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xml', 'feed'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.jsonl', 'jsonl'],
  ['.csv', 'csv'],
];

/** The matched extension of a path (lower case, e.g. `.warc.gz`), or null when unsupported. */
export function supportedExtension(file: string): string | null {
  const lower = file.toLowerCase();
  for (const [ext] of EXTENSIONS) if (lower.endsWith(ext) && lower.length > ext.length) return ext;
  return null;
}

/** The reader for a path by its extension, or null when the extension is unsupported. */
export function formatOf(file: string): InputFormat | null {
  const ext = supportedExtension(file);
  if (ext == null) return null;
  return EXTENSIONS.find(([e]) => e === ext)?.[1] ?? null;
}

/** The extension to name in an E111 message: `.pdf`, `.tar.gz`, or `(none)`. */
export function displayExtension(file: string): string {
  const base = path.basename(file);
  const dot = base.indexOf('.', 1);
  return dot > 0 ? base.slice(dot).toLowerCase() : '(none)';
}

/**
 * The id stem of a file: its base name without the supported extension
 * (`000_d3cec943476c7b40` for `seeds/000_d3cec943476c7b40.txt`, `crawl` for `crawl.warc.gz`); `stdin` for `-`.
 */
export function fileStem(file: string): string {
  if (file === '-') return 'stdin';
  const base = path.basename(file);
  const ext = supportedExtension(base);
  if (ext != null) return base.slice(0, base.length - ext.length);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
