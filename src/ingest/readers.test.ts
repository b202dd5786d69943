/** @module Tests of every input format: txt, html, feeds, JSONL, CSV, WARC(.gz), stdin. */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../core/paths.js';
import { readInputs, readJsonl } from './index.js';
import { collect, errs, gzipMembers, httpResponse, oks, responseRecord, tempDir, warcRecord } from './test-support.spec.js';

const FIX = path.join(REPO_ROOT, 'test', 'fixtures', 'inputs');
const fx = (name: string): string => path.join(FIX, name);
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('single-document files', () => {
  it('reads .txt as one text record with the headline on the first line and the stem as id', async () => {
    const [r] = await collect(readInputs([fx('article.txt')]));
    expect(r).toMatchObject({ ok: true, id: 'article', kind: 'text', headlineFirstLine: true, encoding: 'utf-8', origin: { file: fx('article.txt') } });
    expect(r.ok && r.content.startsWith('Shelling damages power station near Kharkiv')).toBe(true);
  });

  it('reads .html as one html record, content unchanged', async () => {
    const rs = await collect(readInputs([fx('page.html')]));
    expect(rs).toHaveLength(1);
    const [r] = oks(rs);
    expect(r).toMatchObject({ id: 'page', kind: 'html', encoding: 'utf-8' });
    expect(r.content).toContain('café owners');
    expect(r.headlineFirstLine).toBeUndefined();
  });

  it('passes raw through', async () => {
    const [r] = oks(await collect(readInputs([fx('article.txt')], { raw: true })));
    expect(r.raw).toBe(true);
  });
});

describe('feeds', () => {
  it('reads RSS 2.0 items: content:encoded over description, title, link, date, author; an empty item is E109', async () => {
    const rs = await collect(readInputs([fx('feed-rss.xml')]));
    const [a, b] = oks(rs);
    expect(a).toMatchObject({
      id: 'feed-rss#1',
      kind: 'html',
      origin: { file: fx('feed-rss.xml'), record: 1 },
      title: 'Drone strike hits fuel depot in Belgorod region, governor says',
      url: 'https://wire.example.org/2022/04/01/belgorod-depot',
      published: '2022-04-01T08:15:00+03:00',
      publishedSource: 'feed',
      author: 'Anna Example',
    });
    expect(a.content).toBe('<p>A fuel depot in the Belgorod region caught fire after what the governor called a helicopter strike.</p><p>Two workers were hurt, he said.</p>');
    expect(b).toMatchObject({ id: 'feed-rss#2', title: 'Evacuation convoy reaches Zaporizhzhia & aid follows', published: '2022-04-02T17:40:00Z' });
    expect(b.content).toBe('<p>About 40 buses carrying civilians from Mariupol arrived, the Red Cross said.</p>');
    expect(errs(rs).map((e) => [e.code, e.origin.record])).toEqual([['E109', 3]]);
  });

  it('reads Atom entries: alternate link, published over updated, html title stripped, xhtml content kept, text summary as text', async () => {
    const rs = oks(await collect(readInputs([fx('feed-atom.atom')])));
    expect(rs.map((r) => r.id)).toEqual(['feed-atom#1', 'feed-atom#2', 'feed-atom#3']);
    expect(rs[0]).toMatchObject({
      title: 'Grain corridor talks stall',
      url: 'https://observer.example.net/2022/05/grain-corridor',
      published: '2022-05-09T18:30:00+02:00',
      author: 'Lena Sample',
      kind: 'html',
      content: '<p>Talks on a grain corridor from Odesa stalled, diplomats said.</p>',
    });
    expect(rs[1].content).toContain('<p>Air raid sirens sounded in Lviv on Tuesday.</p>');
    expect(rs[1]).toMatchObject({ url: 'https://observer.example.net/2022/05/plain', published: '2022-05-10T11:00:00Z', kind: 'html' });
    expect(rs[2]).toMatchObject({ kind: 'text', content: 'Officials said 3 bridges were repaired.', headlineFirstLine: false });
  });

  it('reads RDF (RSS 1.0) items with dc:date and dc:creator', async () => {
    const [r] = oks(await collect(readInputs([fx('feed-rdf.rss')])));
    expect(r).toMatchObject({ id: 'feed-rdf#1', url: 'https://digest.example.com/a', published: '2022-04-05T07:00:00Z', author: 'Digest Staff', publishedSource: 'feed' });
  });

  it('sniffs a feed saved with an .html name', async () => {
    const f = path.join(tmp.dir, 'saved-feed.html');
    writeFileSync(f, '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>T</title><description>Body text.</description></item></channel></rss>');
    const [r] = oks(await collect(readInputs([f])));
    expect(r).toMatchObject({ id: 'saved-feed#1', title: 'T', content: 'Body text.' });
  });
});

describe('JSONL', () => {
  it('reads keys id, text|html, title, url, outlet, published|date, author; ids from id or <stem>#<line>', async () => {
    const rs = oks(await collect(readInputs([fx('articles.jsonl')])));
    expect(rs.map((r) => r.id)).toEqual(['wire-001', 'articles#2', '17']);
    expect(rs[0]).toMatchObject({
      kind: 'text',
      headlineFirstLine: false,
      title: 'Port of Mykolaiv shelled',
      url: 'https://wire.example.org/mykolaiv',
      outlet: 'Example Wire',
      published: '2022-06-01',
      publishedSource: 'input',
      origin: { record: 1 },
      content: 'The port of Mykolaiv was shelled overnight, the mayor said.\nNo casualties were reported.',
    });
    expect(rs[1]).toMatchObject({ kind: 'html', published: '2022-06-02', author: 'Ivan Sample', origin: { record: 2 } });
    expect(rs[2].origin.record).toBe(4);
  });

  it('readJsonl reads a stream under a given name and passes raw', async () => {
    const stream = Readable.from([Buffer.from('{"text":"Alpha"}\n{"te'), Buffer.from('xt":"Beta ü"}\n')]);
    const rs = oks(await collect(readJsonl(stream, '-', { raw: true })));
    expect(rs.map((r) => [r.id, r.content, r.raw, r.origin.file])).toEqual([
      ['stdin#1', 'Alpha', true, '-'],
      ['stdin#2', 'Beta ü', true, '-'],
    ]);
  });
});

describe('CSV', () => {
  it('matches headers case-insensitively and keeps multi-line quoted fields', async () => {
    const rs = oks(await collect(readInputs([fx('articles.csv')])));
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({
      id: 'articles#1',
      kind: 'text',
      headlineFirstLine: false,
      title: 'Bridge in Kherson region damaged',
      published: '2022-07-27',
      url: 'https://herald.example.com/kherson-bridge',
      outlet: 'Example Herald',
      content: 'Ukrainian forces struck the Antonivskyi bridge again, a regional official said.\n\nHe gave no details.',
    });
    expect(rs[1]).toMatchObject({ id: 'articles#2', published: '2022-08-01', origin: { record: 2 } });
  });

  it.each([
    ['index column, Heading/Text/Article Url/Date Formatted', ',Image Url,Date,Date Formatted,Heading,Article Url,Text\n0,http://i,"Wednesday, 23 February 2022",2022-02-23,H1,http://a/1,Body one.\n', { title: 'H1', url: 'http://a/1', published: '2022-02-23', content: 'Body one.' }],
    ['published/headlines/articles', 'published,headlines,articles\n2022/06/21,H2,Body two.\n', { title: 'H2', published: '2022-06-21', content: 'Body two.' }],
    ['headline-only: url/title/desc/date/site', 'url,title,desc,date,site,event\nhttp://b/2,H3,Sub three.,2022-04-13,bbc.co.uk,x\n', { title: 'H3', outlet: 'bbc.co.uk', content: 'H3\n\nSub three.', headlineFirstLine: true }],
    ['headline-only without summary', ',date,timestamp,heading,url,image\n0,13 March 2022,7:08 PM,H4,http://c/4,i\n', { title: 'H4', published: '2022-03-13', content: 'H4' }],
    ['an id column', 'ID,TITLE,TEXT\nabc-9,H5,Body five.\n', { id: 'abc-9', title: 'H5' }],
  ])('reads %s', async (_name, csv, expected) => {
    const f = path.join(tmp.dir, `t${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(f, csv);
    const rs = await collect(readInputs([f]));
    expect(errs(rs)).toEqual([]);
    expect(rs[0]).toMatchObject(expected);
  });
});

/** A `Transfer-Encoding: chunked` body of the given pieces. */
const chunked = (pieces: string[]): string => pieces.map((p) => `${Buffer.byteLength(p).toString(16)}\r\n${p}\r\n`).join('') + '0\r\n\r\n';

describe('WARC', () => {
  const html = '<html><head><title>Strike on Kramatorsk station</title></head><body><p>Missiles hit the station, officials said.</p></body></html>';
  const cyr = 'Удар по вокзалу в Краматорске: погибли десятки человек, сообщили власти. Эвакуация продолжается.';
  const records = [
    warcRecord({ 'WARC-Type': 'warcinfo', 'WARC-Date': '2022-04-08T10:00:00Z', 'Content-Type': 'application/warc-fields' }, 'software: test\r\n'),
    warcRecord({ 'WARC-Type': 'request', 'WARC-Target-URI': 'https://news.example.com/a', 'WARC-Date': '2022-04-08T10:00:01Z' }, 'GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n'),
    responseRecord('https://news.example.com/a', '2022-04-08T10:00:02Z', httpResponse(html, 'text/html; charset=utf-8')),
    responseRecord('<https://news.example.com/ru>', '2022-04-08T10:00:03Z', httpResponse(iconv.encode(`<html><body><p>${cyr}</p></body></html>`, 'windows-1251'), 'text/html; charset=windows-1251')),
    responseRecord('https://news.example.com/logo.png', '2022-04-08T10:00:04Z', httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png')),
    responseRecord('https://news.example.com/gone', '2022-04-08T10:00:05Z', httpResponse('<html><body>Not found</body></html>', 'text/html', 404)),
    responseRecord('https://news.example.com/chunked', '2022-04-08T10:00:06Z', httpResponse(chunked(['<html><body><p>Chunked ', 'body arrived.</p>']), 'text/html', 200, ['Transfer-Encoding: chunked'])),
  ];

  it('keeps HTML 2xx responses with url, WARC-Date and the charset of the HTTP header', async () => {
    const f = path.join(tmp.dir, 'crawl.warc');
    writeFileSync(f, Buffer.concat(records));
    const rs = await collect(readInputs([f]));
    expect(errs(rs)).toEqual([]);
    const ok = oks(rs);
    expect(ok.map((r) => r.id)).toEqual(['crawl#3', 'crawl#4', 'crawl#7']);
    expect(ok[0]).toMatchObject({ kind: 'html', url: 'https://news.example.com/a', published: '2022-04-08T10:00:02Z', publishedSource: 'warc-date', origin: { file: f, record: 3 }, content: html });
    expect(ok[1]).toMatchObject({ encoding: 'windows-1251', url: 'https://news.example.com/ru' });
    expect(ok[1].content).toContain(cyr);
    expect(ok[2].content).toBe('<html><body><p>Chunked body arrived.</p>');
  });

  it('reads multi-member .warc.gz the same way', async () => {
    const f = path.join(tmp.dir, 'crawl2.warc.gz');
    writeFileSync(f, gzipMembers(records));
    const ok = oks(await collect(readInputs([f])));
    expect(ok.map((r) => r.id)).toEqual(['crawl2#3', 'crawl2#4', 'crawl2#7']);
  });
});

describe('stdin', () => {
  it.each([
    ['JSON lines', '  {"id":"s1","text":"One."}\n{"id":"s2","html":"<p>Two.</p>"}\n', [['s1', 'text'], ['s2', 'html']]],
    ['HTML document', '<!doctype html><html><body><p>Hi there.</p></body></html>', [['stdin', 'html']]],
    ['HTML fragment', 'Intro line\n<p>One.</p>\n<p>Two.</p>\n<div>Three.</div>', [['stdin', 'html']]],
    ['plain text', 'Headline here\nBody text with a <b> sign or two.\n', [['stdin', 'text']]],
    ['an RSS feed', '<?xml version="1.0"?><rss><channel><item><title>T</title><description>D.</description></item></channel></rss>', [['stdin#1', 'html']]],
    ['a WARC', responseRecord('http://x/', '2022-01-01T00:00:00Z', httpResponse('<p>W.</p>', 'text/html')).toString('latin1'), [['stdin#1', 'html']]],
  ])('sniffs %s', async (_n, input, expected) => {
    const rs = await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from(input, 'latin1')]) }));
    expect(rs.map((r) => (r.ok ? [r.id, r.kind] : [r.code]))).toEqual(expected);
    expect(rs.every((r) => r.origin.file === '-')).toBe(true);
  });

  it('reads gzip on stdin as WARC.gz', async () => {
    const gz = gzipMembers([responseRecord('http://x/', '2022-01-01T00:00:00Z', httpResponse('<p>G.</p>', 'text/html'))]);
    const rs = await collect(readInputs(['-'], { stdin: Readable.from([gz]) }));
    expect(rs.map((r) => (r.ok ? r.url : r.code))).toEqual(['http://x/']);
  });

  it('marks stdin text with headlineFirstLine like a .txt file', async () => {
    const [r] = oks(await collect(readInputs(['-'], { stdin: Readable.from([Buffer.from('H\nBody.\n')]) })));
    expect(r.headlineFirstLine).toBe(true);
  });
});
