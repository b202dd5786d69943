/** @module Build an InputRecord from the fields of a JSONL line or CSV row. */

import type { InputResult } from '../core/input.js';
import type { FieldValues } from './fields.js';
import { inputError } from './types.js';

/** Where a record came from and how to build it. */
export interface RecordContext {
  file: string;
  /** 1-based record (CSV row, WARC record, feed item) or line (JSONL) number. */
  record: number;
  stem: string;
  maxBytes: number;
  raw: boolean;
  encoding?: string;
  /** A row with a title but no body becomes a text record of the title (and summary): headline-only datasets. */
  allowHeadlineOnly?: boolean;
}

/**
 * Builds the record of one JSONL line or CSV row: `text` → kind text (`headlineFirstLine: false`),
 * else `html` → kind html, else (when allowed) the title and summary as text, the title as headline (summary alone: no headline);
 * with none of them, E109. Content over `maxBytes` → E104.
 */
export function recordFromFields(v: FieldValues, ctx: RecordContext): InputResult {
  let kind: 'text' | 'html';
  let content: string;
  let headlineFirstLine: boolean | undefined;
  if (v.text != null) {
    kind = 'text';
    content = v.text;
    headlineFirstLine = false;
  } else if (v.html != null) {
    kind = 'html';
    content = v.html;
  } else if (ctx.allowHeadlineOnly && (v.title != null || v.summary != null)) {
    kind = 'text';
    content = [v.title, v.summary].filter((s) => s != null).join('\n\n');
    headlineFirstLine = v.title != null;
  } else {
    return inputError('E109', ctx.file, ctx.record);
  }
  const size = Buffer.byteLength(content, 'utf8');
  if (size > ctx.maxBytes) return inputError('E104', ctx.file, ctx.record, { size, limit: ctx.maxBytes });
  const rec: InputResult = {
    ok: true,
    id: v.id ?? `${ctx.stem}#${ctx.record}`,
    kind,
    content,
    origin: { file: ctx.file, record: ctx.record },
    title: v.title ?? null,
    url: v.url ?? null,
    outlet: v.outlet ?? null,
    published: v.published ?? null,
    publishedSource: v.published != null ? 'input' : null,
    author: v.author ?? null,
  };
  if (ctx.encoding) rec.encoding = ctx.encoding;
  if (headlineFirstLine != null) rec.headlineFirstLine = headlineFirstLine;
  if (ctx.raw) rec.raw = true;
  return rec;
}
