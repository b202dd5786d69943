/** @module Tests of buildDocument: raw mode, E201, given titles, offsets of removals and normalisation, and the kept-line invariant over seeds and corpus bodies. */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { InputRecord } from '../core/input.js';
import { sharedPath } from '../core/paths.js';
import { buildDocument, contentHash } from './index.js';
import { cleanPlainText } from './text/index.js';
import { normaliseText } from './normalise.js';

function record(content: string, extra: Partial<InputRecord> = {}): InputRecord {
  return { ok: true, id: 't', kind: 'text', content, origin: { file: 't.txt' }, headlineFirstLine: true, ...extra };
}

function built(content: string, extra: Partial<InputRecord> = {}) {
  const r = buildDocument(record(content, extra));
  if (!r.ok) throw new Error(r.message);
  return r.doc;
}

describe('buildDocument', () => {
  it('raw keeps the content exactly', () => {
    const content = 'Please Support Us!\r\nTitle\u00a0line\n\nLeave a Reply';
    const doc = built(content, { raw: true, title: 'T' });
    expect(doc.text).toBe(content);
    expect(doc.bodyStart).toBe(0);
    expect(doc.removed).toEqual([]);
    expect(doc.title).toBe('T');
  });

  it('rejects input with nothing left as E201', () => {
    const r = buildDocument(record('\n\nLeave a Reply\n\nNotify of\n', { headlineFirstLine: false }));
    expect(r).toMatchObject({ ok: false, code: 'E201' });
    expect(buildDocument(record('\n\nPlease Support Us!\n\nLeave a Reply'))).toMatchObject({ ok: false, code: 'E201' });
    expect(buildDocument(record(' \n ', { raw: true }))).toMatchObject({ ok: false, code: 'E201' });
  });

  it('keeps a headline-only record (headline-only datasets)', () => {
    const doc = built('Only a headline\n\nLeave a Reply');
    expect(doc.text).toBe('Only a headline');
    expect(doc.title).toBe('Only a headline');
    expect(doc.meta.contentHash).toBe(contentHash('Only a headline'));
  });

  it('puts the headline, a blank line, then the body; bodyStart points at the body', () => {
    const doc = built('The Headline\n\nThe body sentence is here and long enough to read as prose.');
    expect(doc.text).toBe('The Headline\n\nThe body sentence is here and long enough to read as prose.');
    expect(doc.bodyStart).toBe(14);
    expect(doc.title).toBe('The Headline');
    expect(doc.meta.origin).toEqual({ file: 't.txt' });
  });

  it('uses a given title as the headline when the first line is not one', () => {
    const doc = built('The body sentence is here and long enough to read as prose.', { headlineFirstLine: false, title: 'Given' });
    expect(doc.text).toBe('Given\n\nThe body sentence is here and long enough to read as prose.');
    expect(doc.bodyStart).toBe(7);
  });

  it('records removal offsets in the original input, across normalisation edits', () => {
    const content = '\ufeffTitle\r\n\r\nBody\u200b sentence that is long enough to read as prose here.\r\nLeave a Reply\r\n';
    const doc = built(content);
    expect(doc.removed).toHaveLength(1);
    const r = doc.removed[0]!;
    expect(content.slice(r.at!, r.at! + r.text.length)).toBe('Leave a Reply');
  });

  it('records normalisation edits as offsets into doc.text', () => {
    const doc = built('Title\n\nFirst\u00a0line is a sentence long enough to be prose here.\n\nLeave a Reply\u00a0\n\nSecond\u00a0line.');
    const edits = doc.meta.normalisation!;
    expect(edits).toHaveLength(2);
    for (const [at, oldLen, newLen] of edits) {
      expect([oldLen, newLen]).toEqual([1, 1]);
      expect(doc.text[at]).toBe(' ');
    }
    expect(doc.text.slice(edits[0]![0] - 5, edits[0]![0])).toBe('First');
    expect(doc.text.slice(edits[1]![0] - 6, edits[1]![0])).toBe('Second');
  });

  it('content hash ignores case and whitespace layout', () => {
    expect(contentHash('A  b\n\nC')).toBe(contentHash('a b c'));
    expect(contentHash('a b c')).not.toBe(contentHash('a b d'));
    const doc = built('T\n\nBody Text here.');
    expect(doc.meta.contentHash).toBe(contentHash('Body Text here.'));
  });
});

describe('buildDocument on HTML', () => {
  const para = (t: string): string => `<p>${t}</p>`;
  const html = [
    '<!doctype html><html lang="en"><head><title>Drones hit depot near Belgorod | Example News</title>',
    '<meta property="og:title" content="Drones hit depot near Belgorod"><meta property="og:site_name" content="Example News">',
    '<meta property="article:published_time" content="2022-03-25T10:00:00Z"></head><body><article>',
    '<h1>Drones hit depot near Belgorod</h1>',
    para('Drones struck a fuel depot near the Russian city of Belgorod on Friday, the regional governor said, in what he called an attack from Ukraine.'),
    para('Ukraine’s defence ministry declined to comment on the report, and officials said the fire was put out within hours of the strike.'),
    para('Like what you&#39;re reading? Please Support Us!'),
    para('The governor said two workers\u00a0were injured and taken to hospital, where they were reported to be in a stable condition.'),
    '</article></body></html>',
  ].join('\n');
  const doc = built(html, { kind: 'html', headlineFirstLine: false, url: 'https://www.example.com/2022/03/24/x' });

  it('takes the title and metadata from the page', () => {
    expect(doc.title).toBe('Drones hit depot near Belgorod');
    expect(doc.text.startsWith('Drones hit depot near Belgorod\n\nDrones struck')).toBe(true);
    expect(doc.outlet).toBe('Example News');
    expect(doc.meta.outletSource).toBe('html');
    expect(doc.published?.slice(0, 10)).toBe('2022-03-25');
    expect(doc.meta.extraction?.chosen).toBeTruthy();
  });

  it('rejects a page with a title and no body as E201', () => {
    const page = '<html><head><title>Only a title</title></head><body><script>render()</script></body></html>';
    expect(buildDocument(record(page, { kind: 'html', headlineFirstLine: false }))).toMatchObject({ ok: false, code: 'E201' });
  });

  it('runs the plain-text rules over the extracted body', () => {
    expect(doc.text).not.toContain('Please Support Us');
    expect(doc.removed).toContainEqual({ text: "Like what you're reading? Please Support Us!", reason: 'support-appeal', at: null });
    expect(doc.text).toContain('stable condition.');
  });
});

/** Inputs for the kept-line invariant: the seeds and the first bodies of the NYT/Guardian CSVs. */
function corpus(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seeds = sharedPath('seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds).sort()) out.push([f, readFileSync(`${seeds}/${f}`, 'utf8')]);
  for (const name of ['NYT_Russia_Ukraine.csv', 'Guardians_Russia_Ukraine.csv']) {
    const p = sharedPath('data', 'corpus', 'nyt-guardian-2022', name);
    if (!existsSync(p)) continue;
    const rows = parse(readFileSync(p, 'utf8'), { columns: true, to: 40 }) as Array<Record<string, string>>;
    rows.forEach((row, i) => out.push([`${name}:${i + 1}`, `${row.headlines ?? ''}\n${row.articles ?? ''}`]));
  }
  return out;
}

const CASES = corpus();

describe.skipIf(CASES.length === 0)('every kept line of the input appears verbatim in doc.text', () => {
  it.each(CASES)('%s', (_name, content) => {
    const doc = built(content);
    const norm = normaliseText(content).text;
    const c = cleanPlainText(norm, { headlineFirstLine: true });
    const removedAt = new Set(doc.removed.map((r) => normaliseText(r.text).text));
    for (const line of norm.split('\n')) {
      const t = line.trim();
      if (!t || removedAt.has(t)) continue;
      expect(doc.text.includes(line) || t === doc.title).toBe(true);
    }
    expect(doc.text.slice(doc.bodyStart)).toBe(c.body);
    for (const r of doc.removed) expect(content.slice(r.at!, r.at! + r.text.length)).toBe(r.text);
    expect(doc.text.startsWith(c.headline?.text ?? '')).toBe(true);
  });
});
