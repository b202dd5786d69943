/** @module Tests that every kind of bad input is yielded as an InputError naming file and record, and the batch goes on. */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { formatInputError, type InputResult } from '../core/input.js';
import { readInputFile, readInputs } from './index.js';
import { collect, gzipMembers, httpResponse, responseRecord, tempDir, warcRecord } from './test-support.spec.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let seq = 0;
/** Writes a file in the temp folder and returns its path. */
function put(name: string, content: string | Buffer): string {
  const f = path.join(tmp.dir, `${seq++}-${name}`);
  writeFileSync(f, content);
  return f;
}

/** A compact view of results: `ok:<id>` or `<code>@<record>`. */
const view = (rs: InputResult[]): string[] => rs.map((r) => (r.ok ? `ok:${r.id.replace(/^\d+-/, '')}` : `${r.code}@${r.origin.record ?? '-'}`));

const page = (s: string): Buffer => responseRecord('http://x/' + s, '2022-01-01T00:00:00Z', httpResponse(`<html><body><p>${s}</p></body></html>`, 'text/html'));

describe('bad input is yielded as InputError values, never thrown', () => {
  it.each<[string, () => string, { maxBytes?: number }, string[]]>([
    ['E101 empty .txt', () => put('e.txt', ''), {}, ['E101@-']],
    ['E101 blank .html', () => put('e.html', '  \n\t\n'), {}, ['E101@-']],
    ['E101 empty .jsonl', () => put('e.jsonl', ''), {}, ['E101@-']],
    ['E101 empty .csv', () => put('e.csv', ''), {}, ['E101@-']],
    ['E101 empty .warc', () => put('e.warc', ''), {}, ['E101@-']],
    ['E102 NUL bytes', () => put('b.txt', Buffer.from('Headline\nbody\u0000\u0000\u0001text')), {}, ['E102@-']],
    ['E102 control characters', () => put('b.html', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))), {}, ['E102@-']],
    ['E102 a PNG named .html', () => put('b2.html', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), {}, ['E102@-']],
    ['E102 binary CSV', () => put('b.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])), {}, ['E102@-']],
    ['E103 UTF-8 BOM then invalid bytes', () => put('u.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\n'), Buffer.alloc(200, 0xff)])), {}, ['E103@-']],
    ['E104 .txt over maxBytes', () => put('big.txt', 'x'.repeat(200)), { maxBytes: 100 }, ['E104@-']],
    ['E104 .html over maxBytes', () => put('big.html', '<p>' + 'x'.repeat(200)), { maxBytes: 100 }, ['E104@-']],
    ['E104 one JSONL line over maxBytes, the next goes on', () => put('l.jsonl', `{"text":"${'y'.repeat(300)}"}\n{"text":"short"}\n`), { maxBytes: 100 }, ['E104@1', 'ok:l#2']],
    ['E104 one WARC response over maxBytes, the next goes on', () => put('w.warc', Buffer.concat([page('z'.repeat(500)), page('small')])), { maxBytes: 300 }, ['E104@1', 'ok:w#2']],
    ['E104 one CSV row over maxBytes, the next goes on', () => put('r.csv', `title,text\nA,${'q'.repeat(300)}\nB,short\n`), { maxBytes: 100 }, ['E104@1', 'ok:r#2']],
    ['E104 a runaway CSV row past the parser guard stops the file', () => put('g.csv', `title,text\nA,ok\nB,"${'q'.repeat(2000)}`), { maxBytes: 100 }, ['ok:g#1', 'E104@2']],
    ['E106 junk before the first record', () => put('j.warc', Buffer.concat([Buffer.from('garbage line\r\nmore\r\n'), page('after')])), {}, ['E106@1', 'ok:j#1']],
    ['E106 bad Content-Length, resync to the next record', () => put('c.warc', Buffer.concat([Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n'), page('next')])), {}, ['E106@1', 'ok:c#2']],
    ['E106 truncated record', () => put('t.warc', Buffer.concat([page('first'), page('second').subarray(0, 150)])), {}, ['ok:t#1', 'E106@2']],
    ['E106 not a WARC at all', () => put('n.warc', 'just some text\n'), {}, ['E106@-']],
    ['E106 junk after the last record', () => put('k.warc', Buffer.concat([page('only'), Buffer.from('trailing junk\r\n')])), {}, ['ok:k#1', 'E106@1']],
    ['E107 malformed JSON line, next lines go on', () => put('m.jsonl', '{"text":"a"}\n{"text": oops}\n[1,2]\n{"text":"d"}\n'), {}, ['ok:m#1', 'E107@2', 'E107@3', 'ok:m#4']],
    ['E108 malformed CSV row, next rows go on', () => put('m.csv', 'title,text\nA,one\nB,two,extra\nC,three\n'), {}, ['ok:m#1', 'E108@2', 'ok:m#3']],
    ['E108 unclosed quote at the end', () => put('q.csv', 'title,text\nA,one\nB,"never closed\n'), {}, ['ok:q#1', 'E108@2']],
    ['E109 JSONL record without text or html', () => put('n.jsonl', '{"id":"x1","title":"only a title"}\n'), {}, ['E109@1']],
    ['E109 CSV row without text and title', () => put('n.csv', 'title,text,url\n,,http://a\nT,Body.,\n'), {}, ['E109@1', 'ok:n#2']],
    ['E111 unsupported extension', () => put('notes.md', '# hi'), {}, ['E111@-']],
    ['E112 missing path', () => path.join(tmp.dir, 'does-not-exist.txt'), {}, ['E112@-']],
    ['E112 glob matching nothing', () => path.join(tmp.dir, 'nothing-*.jsonl'), {}, ['E112@-']],
    ['E113 malformed feed', () => put('f.xml', '<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>'), {}, ['E113@-']],
    ['E113 XML that is not a feed', () => put('g.xml', '<?xml version="1.0"?><catalog><book>x</book></catalog>'), {}, ['E113@-']],
    ['E115 CSV without text, html or title column', () => put('h.csv', 'a,b\n1,2\n'), {}, ['E115@-']],
  ])('%s', async (_name, make, opts, expected) => {
    const rs = await collect(readInputs([make()], opts));
    expect(view(rs)).toEqual(expected);
    for (const r of rs) if (!r.ok) expect(formatInputError(r)).toMatch(/^\S.*: \[E1\d\d\] \S/);
  });

  it('E105: a truncated .warc.gz yields the readable records, then E105', async () => {
    const gz = gzipMembers([page('one'), page('two'), page('three')]);
    const f = put('cut.warc.gz', gz.subarray(0, gz.length - 40));
    const rs = await collect(readInputs([f]));
    expect(view(rs)).toEqual(['ok:cut#1', 'ok:cut#2', 'E105@3']);
  });

  it('E105: garbage that is not gzip', async () => {
    const rs = await collect(readInputs([put('junk.warc.gz', 'definitely not gzip data')]));
    expect(view(rs)).toEqual(['E105@-']);
  });

  it('E110: a path that cannot be read as a file', async () => {
    const d = path.join(tmp.dir, 'folder.txt');
    mkdirSync(d);
    const rs = await collect(readInputFile(d));
    expect(view(rs)).toEqual(['E110@-']);
    expect((rs[0] as { message: string }).message).toMatch(/directory/);
  });

  it('E101 and E104 on stdin', async () => {
    expect(view(await collect(readInputs(['-'], { stdin: Readable.from([]) })))).toEqual(['E101@-']);
    const big = Readable.from([Buffer.alloc(150, 0x61), Buffer.alloc(150, 0x61)]);
    expect(view(await collect(readInputs(['-'], { stdin: big, maxBytes: 200 })))).toEqual(['E104@-']);
  });

  it('every error names the file, and the batch goes on to the next file', async () => {
    const good = put('good.txt', 'Headline\nBody.\n');
    const rs = await collect(readInputs([put('empty.txt', ''), path.join(tmp.dir, 'missing.txt'), good]));
    expect(view(rs)).toEqual(['E101@-', 'E112@-', 'ok:good']);
    expect(rs.every((r) => r.origin.file.startsWith(tmp.dir))).toBe(true);
  });

  it('an empty WARC record stream of non-HTML records yields nothing but is not an error', async () => {
    const f = put('info.warc', warcRecord({ 'WARC-Type': 'warcinfo' }, 'software: x\r\n'));
    expect(await collect(readInputs([f]))).toEqual([]);
  });
});
