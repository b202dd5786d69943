/** @module Tests of stdin and file sniffing. */

import { describe, expect, it } from 'vitest';
import { isFeedHead, sniffKind } from './sniff.js';

describe('sniffKind', () => {
  it.each([
    [Buffer.from([0x1f, 0x8b, 0x08, 0x00]), 'gzip'],
    [Buffer.from('\r\nWARC/1.1\r\nWARC-Type: warcinfo\r\n'), 'warc'],
    [Buffer.from('\uFEFF  {"id": "a"}'), 'jsonl'],
    [Buffer.from('<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0">'), 'feed'],
    [Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed'],
    [Buffer.from('<rdf:RDF xmlns:rdf="x">'), 'feed'],
    [Buffer.from('<!DOCTYPE html><html>'), 'html'],
    [Buffer.from('  <div class="story"><p>Text</p></div>'), 'html'],
    [Buffer.from('Headline\nBody says x < y and a <b> tag.'), 'text'],
    [Buffer.from('Plain headline\n\nPlain body.'), 'text'],
    [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>', 'utf16le')]), 'html'],
  ])('sniffs %j as %s', (head, kind) => {
    expect(sniffKind(head)).toBe(kind);
  });

  it('tells feeds from other XML', () => {
    expect(isFeedHead(Buffer.from('<?xml version="1.0"?><rss>'))).toBe(true);
    expect(isFeedHead(Buffer.from('<?xml version="1.0"?><catalog>'))).toBe(false);
  });
});
