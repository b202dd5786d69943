/** @module Tests of encoding detection and decoding: BOMs, declared charsets, detection of Windows-1251/1252, KOI8-R, ISO-8859-x. */

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseEncoding, decodeBytes, declaredCharset, normalizeCharset } from './decode.js';
import { readInputs } from './index.js';
import { collect, oks, tempDir } from './test-support.spec.js';

const RU =
  'Министерство обороны России заявило в четверг, что его войска заняли ещё два населённых пункта на востоке Украины. ' +
  'Украинская сторона эти сведения не подтвердила; по словам губернатора области, обстрелы продолжались всю ночь.';
const UK = 'Збройні сили України повідомили, що за минулу добу відбили дванадцять атак поблизу Бахмута, сказав речник.';
const FR = 'Le ministère a déclaré que l’armée avait reçu « des renforts » près de Kharkiv ; l’évacuation des civils continue, a-t-il ajouté.';
const EN_1252 = 'The spokesman said “the situation is stable” – a claim the mayor’s office disputed. Café owners fled.';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let seq = 0;
function put(ext: string, bytes: Buffer): string {
  const f = path.join(tmp.dir, `enc${seq++}${ext}`);
  writeFileSync(f, bytes);
  return f;
}

describe('decoding files', () => {
  it.each<[string, string, Buffer, string, string]>([
    ['UTF-8', '.txt', Buffer.from(`Title\n${RU}`), 'utf-8', RU],
    ['UTF-8 with BOM (BOM dropped)', '.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Title\n${FR}`)]), 'utf-8', `Title\n${FR}`],
    ['UTF-16LE with BOM', '.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Title\n${UK}`, 'utf16le')]), 'utf-16le', `Title\n${UK}`],
    ['UTF-16BE with BOM', '.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`Title\n${RU}`, 'utf16le').swap16()]), 'utf-16be', `Title\n${RU}`],
    ['undeclared Windows-1251 (detected)', '.txt', iconv.encode(`Заголовок\n${RU}\n${RU}`, 'windows-1251'), 'windows-1251', RU],
    ['undeclared Windows-1252 (detected)', '.txt', iconv.encode(`Headline\n${EN_1252}\n${FR}`, 'windows-1252'), 'windows-1252', EN_1252],
    ['<meta charset> KOI8-R', '.html', Buffer.concat([Buffer.from('<html><head><meta charset="koi8-r"></head><body><p>'), iconv.encode(RU, 'koi8-r'), Buffer.from('</p></body></html>')]), 'koi8-r', RU],
    ['http-equiv ISO-8859-2', '.html', Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head><body>'), iconv.encode('Wojska zajęły miasto, podał rzecznik – łączność przerwana.', 'iso-8859-2'), Buffer.from('</body></html>')]), 'iso-8859-2', 'Wojska zajęły miasto'],
    ['declared latin-1 decodes as windows-1252', '.html', Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), iconv.encode(EN_1252, 'windows-1252')]), 'windows-1252', EN_1252],
    ['valid UTF-8 mislabelled as windows-1251', '.html', Buffer.from(`<meta charset="windows-1251"><p>${FR}</p>`), 'utf-8', FR],
    ['declared UTF-8 but Windows-1251 bytes', '.html', Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), iconv.encode(`${RU} ${RU}`, 'windows-1251')]), 'windows-1251', RU],
    ['XML declaration windows-1251 in a feed', '.rss', Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>'), iconv.encode('Новости', 'windows-1251'), Buffer.from('</title><description>'), iconv.encode(RU, 'windows-1251'), Buffer.from('</description></item></channel></rss>')]), 'windows-1251', RU],
  ])('%s', async (_name, ext, bytes, encoding, expected) => {
    const rs = oks(await collect(readInputs([put(ext, bytes)])));
    expect(rs).toHaveLength(1);
    expect(rs[0].encoding).toBe(encoding);
    expect(rs[0].content).toContain(expected);
    expect(rs[0].content.includes('\uFFFD')).toBe(false);
  });

  it('streams a Windows-1251 CSV', async () => {
    const csv = iconv.encode(`title,text\nЗаголовок,"${RU}"\nВторой,"${RU} ${RU}"\n`, 'windows-1251');
    const rs = oks(await collect(readInputs([put('.csv', csv)])));
    expect(rs.map((r) => [r.title, r.encoding])).toEqual([
      ['Заголовок', 'windows-1251'],
      ['Второй', 'windows-1251'],
    ]);
    expect(rs[0].content).toBe(RU);
  });

  it('decodes a JSONL line that is not UTF-8 by detection, leaving other lines UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(`{"text":"${FR}"}\n`), iconv.encode(`{"text":"${EN_1252} ${FR}"}\n`, 'windows-1252')]);
    const rs = oks(await collect(readInputs([put('.jsonl', bytes)])));
    expect(rs.map((r) => r.encoding)).toEqual(['utf-8', 'windows-1252']);
    expect(rs[1].content).toContain(EN_1252);
  });
});

describe('decode helpers', () => {
  it.each([
    ['ISO-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    ['"UTF8"', 'utf-8'],
    ['CP1251', 'windows-1251'],
    ['KOI8-R', 'koi8-r'],
    ['x-unknown-charset', null],
    ['', null],
  ])('normalizeCharset(%j) = %j', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });

  it.each([
    ['<?xml version="1.0" encoding="KOI8-R"?><rss/>', 'KOI8-R'],
    ['<html><head><meta charset=windows-1251>', 'windows-1251'],
    ["<meta http-equiv='content-type' content='text/html; charset=iso-8859-5'>", 'iso-8859-5'],
    ['<html><body>no declaration</body></html>', null],
  ])('declaredCharset(%j) = %j', (head, expected) => {
    expect(declaredCharset(Buffer.from(head))).toBe(expected);
  });

  it('keeps a sample cut mid-character as UTF-8 when partial', () => {
    const bytes = Buffer.from(`ab${RU}`);
    expect(chooseEncoding(bytes.subarray(0, 5), null, true)).toBe('utf-8');
  });

  it('rejects binary and undecodable bytes with codes', () => {
    expect(decodeBytes(Buffer.from([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, code: 'E102' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.alloc(100, 0xc3)]))).toMatchObject({ ok: false, code: 'E103' });
  });
});
