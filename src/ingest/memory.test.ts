/** @module Tests of size limits and bounded memory while streaming big multi-record files. */

import { createWriteStream, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from './index.js';
import { httpResponse, responseRecord, tempDir } from './test-support.spec.js';

/** The resident-set ceiling while streaming big multi-record files. */
const RSS_LIMIT = 300 * 1024 * 1024;
const MiB = 1024 * 1024;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Writes `count` generated chunks to a file through a stream (never holding the file in memory). */
async function writeMany(file: string, count: number, make: (i: number) => string | Buffer): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const chunk = make(i);
    bytes += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, j) => out.end((err?: Error | null) => (err ? j(err) : r())));
  return bytes;
}

const PARAGRAPH = 'Officials said the strike hit an industrial area on the edge of the city overnight; no casualties were reported. ';

describe('size limits and streaming memory', () => {
  it('rejects a 50 MB .html with E104 from its size, without reading it', async () => {
    const f = path.join(tmp.dir, 'huge.html');
    writeFileSync(f, '<html><body>');
    truncateSync(f, 50 * MiB);
    const before = process.memoryUsage().rss;
    const results = [];
    for await (const r of readInputs([f])) results.push(r);
    const grown = process.memoryUsage().rss - before;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ok: false, code: 'E104' });
    expect(grown).toBeLessThan(20 * MiB);
  });

  it('streams a 30 MB JSONL of small records with bounded memory', async () => {
    const f = path.join(tmp.dir, 'many.jsonl');
    const line = (i: number): string => `${JSON.stringify({ id: `r${i}`, title: `Report ${i}`, text: PARAGRAPH.repeat(8), published: '2022-05-01' })}\n`;
    const count = Math.ceil((30 * MiB) / line(0).length);
    const bytes = await writeMany(f, count, line);
    expect(bytes).toBeGreaterThanOrEqual(30 * MiB);
    let n = 0;
    let maxRss = 0;
    for await (const r of readInputs([f])) {
      if (!r.ok) throw new Error(r.message);
      n++;
      if (n % 500 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
    }
    expect(n).toBe(count);
    expect(maxRss).toBeLessThan(RSS_LIMIT);
  });

  it('streams a 30 MB WARC record by record with bounded memory', async () => {
    const f = path.join(tmp.dir, 'many.warc');
    const body = `<html><body><p>${PARAGRAPH.repeat(40)}</p></body></html>`;
    const rec = (i: number): Buffer => responseRecord(`https://news.example.com/${i}`, '2022-05-01T00:00:00Z', httpResponse(body, 'text/html; charset=utf-8'));
    const count = Math.ceil((30 * MiB) / rec(0).length);
    await writeMany(f, count, rec);
    let n = 0;
    let maxRss = 0;
    for await (const r of readInputs([f])) {
      if (!r.ok) throw new Error(r.message);
      n++;
      if (n % 200 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
    }
    expect(n).toBe(count);
    expect(maxRss).toBeLessThan(RSS_LIMIT);
  });
});
