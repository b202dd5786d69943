/** @module Inputs that must yield nothing: no record and no error. */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from './index.js';
import { collect, httpResponse, responseRecord, tempDir, warcRecord } from './test-support.spec.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let seq = 0;
function put(name: string, content: string | Buffer): string {
  const f = path.join(tmp.dir, `${seq++}-${name}`);
  writeFileSync(f, content);
  return f;
}

/** Inputs that must yield nothing at all: no record and no error. */
describe('inputs that yield nothing', () => {
  it.each<[string, () => string[]]>([
    ['an empty folder', () => {
      const d = path.join(tmp.dir, `empty${seq++}`);
      mkdirSync(d);
      return [d];
    }],
    ['a folder of hidden and unsupported files only', () => {
      const d = path.join(tmp.dir, `only-skipped${seq++}`);
      mkdirSync(path.join(d, '.git'), { recursive: true });
      writeFileSync(path.join(d, '.git', 'HEAD.txt'), 'ref');
      writeFileSync(path.join(d, 'notes.md'), '# notes');
      writeFileSync(path.join(d, 'image.png'), Buffer.from([0x89, 0x50]));
      return [d];
    }],
    ['a JSONL of blank lines', () => [put('blank.jsonl', '\n  \n\r\n\n')]],
    ['a CSV with a header and no rows', () => [put('header.csv', 'title,text,url\n')]],
    ['a feed without items', () => [put('none.rss', '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')]],
    ['an Atom feed without entries', () => [put('none.atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>')]],
    ['a WARC of request, metadata and non-HTML responses', () => [
      put('nohtml.warc', Buffer.concat([
        warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'http://a/' }, 'GET / HTTP/1.1\r\n\r\n'),
        warcRecord({ 'WARC-Type': 'metadata', 'WARC-Target-URI': 'http://a/' }, 'fetchTimeMs: 12\r\n'),
        responseRecord('http://a/data.json', '2022-01-01T00:00:00Z', httpResponse('{"a":1}', 'application/json')),
        responseRecord('http://a/moved', '2022-01-01T00:00:00Z', httpResponse('<html>Moved</html>', 'text/html', 301)),
        warcRecord({ 'WARC-Type': 'revisit', 'WARC-Target-URI': 'http://a/' }, ''),
      ])),
    ]],
  ])('%s', async (_name, make) => {
    expect(await collect(readInputs(make()))).toEqual([]);
  });

  it('no paths at all', async () => {
    expect(await collect(readInputs([]))).toEqual([]);
  });

  it('stdin of blank JSON lines after a first object-like line is only that record', async () => {
    const rs = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from('{"text":"only"}\n\n\n')]) }));
    expect(rs).toHaveLength(1);
  });
});
