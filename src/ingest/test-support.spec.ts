/** @module Helpers shared by the ingest tests (named .spec.ts so the build leaves it out; it holds no tests). */

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { InputError, InputRecord, InputResult } from '../core/input.js';

/** Drains an async generator into an array. */
export async function collect(gen: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

/** The records of a result list. */
export const oks = (rs: InputResult[]): InputRecord[] => rs.filter((r): r is InputRecord => r.ok);
/** The errors of a result list. */
export const errs = (rs: InputResult[]): InputError[] => rs.filter((r): r is InputError => !r.ok);

/** A fresh temporary folder and its cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tri-ingest-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One WARC record with the given headers (Content-Length is added). */
export function warcRecord(headers: Record<string, string>, block: Buffer | string): Buffer {
  const b = typeof block === 'string' ? Buffer.from(block) : block;
  const lines = ['WARC/1.0', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${b.length}`];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), b, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block. */
export function httpResponse(body: Buffer | string, contentType: string | null, status = 200, extraHeaders: string[] = []): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  const head = [`HTTP/1.1 ${status} X`, ...(contentType ? [`Content-Type: ${contentType}`] : []), ...extraHeaders, `Content-Length: ${b.length}`];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), b]);
}

/** A WARC `response` record for a URL. */
export function responseRecord(url: string, date: string, http: Buffer): Buffer {
  return warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': url, 'WARC-Date': date, 'Content-Type': 'application/http; msgtype=response' }, http);
}

/** Gzips each record as its own member and concatenates them (as `.warc.gz` files do). */
export function gzipMembers(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}
