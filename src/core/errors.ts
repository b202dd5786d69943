/** @module The catalogue of error messages, under stable codes; each template says what went wrong and what to do. */

/** Message templates by code. `{name}` placeholders are filled by `formatError`. */
export const ERRORS = {
  E001: 'span [{start}, {end}) is out of bounds for a text of length {length}',
  E002: 'pipeline stage "{stage}" requires layer "{layer}" that no earlier stage assigns; put a stage that assigns it first',
  E003: 'pipeline stage "{stage}" returned layer "{layer}" that it does not declare in `assigns`',
  E004: 'pipeline stage "{stage}" failed on document {doc}: {message}',
  E005: 'pipeline stage "{stage}" would overwrite layer "{layer}" assigned by an earlier stage',
  E006: 'unknown stage "{stage}"; known stages: {known}',
  E101: 'file is empty',
  E102: 'file looks binary (not text or HTML)',
  E103: 'cannot decode the bytes as text: {message}',
  E104: 'file is too large ({size} bytes; the limit is {limit}); split it or raise --max-bytes',
  E105: 'broken gzip stream: {message}',
  E106: 'broken WARC record: {message}',
  E107: 'malformed JSON on this line: {message}',
  E108: 'malformed CSV row: {message}',
  E109: 'record has neither "text" nor "html"',
  E110: 'cannot read: {message}',
  E111: 'unsupported file type "{ext}"; supported: .txt .html .htm .warc .warc.gz .xml .rss .atom .jsonl .csv',
  E112: 'no such file or directory',
  E113: 'feed is not well-formed: {message}',
  E114: 'HTML is nested too deeply ({depth} levels); the cleaner flattened it',
  E115: 'CSV header names no text, body, html or title column (columns: {columns})',
  E201: 'document has no text left after cleaning',
  E301: 'database error: {message}',
  E302: 'database {path} was written by a newer schema version ({found} > {supported}); upgrade triangulate',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Fills an error template: `formatError('E101', {})`. */
export function formatError(code: ErrorCode, params: Record<string, unknown> = {}): string {
  return ERRORS[code].replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** An error carrying a stable code, an optional document or stage, and an ES2022 cause. */
export class TriangulateError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, params: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(`[${code}] ${formatError(code, params)}`, options);
    this.code = code;
    this.name = 'TriangulateError';
  }
}
