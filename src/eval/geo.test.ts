/** @module Tests for `triangulate eval geo`: corpus parsing and scoring. */

import { describe, expect, it } from 'vitest';
import { hasShared } from '../core/paths.js';
import { evaluateGeo, parseGeoVirus, parseLgl } from './geo.js';

const LGL = `<articles><article docid="1"><title>t</title><domain>quillbugle.com</domain><url>http://www.quillbugle.com/a?b=1&amp;c=2</url><text><![CDATA[Flooding hit Paris, Texas, on Monday.]]></text>
<toponyms><toponym><start>13</start><end>18</end><phrase>Paris</phrase><gaztag geonameid="4717560"><name>Paris</name>
<lat>33.66</lat><lon>-95.55</lon></gaztag></toponym><toponym><start>20</start><end>25</end><phrase>Texas</phrase></toponym></toponyms></article></articles>`;

const GEOVIRUS = `<articles><article><source>https://en.wikinews.org/wiki/X</source><text>Cases rose in Lagos &amp; Abuja.</text><locations>
<location><name>Lagos</name><start>14</start><end>19</end><lat>6.45</lat><lon>3.4</lon><page>p</page></location></locations></article></articles>`;

describe('geo corpora parsing', () => {
  it('reads LGL toponyms with and without coordinates', () => {
    const [doc] = parseLgl(LGL);
    expect(doc!.toponyms.map((t) => [t.text, t.lat])).toEqual([
      ['Paris', 33.66],
      ['Texas', null],
    ]);
  });

  it('reads the article URL (LGL url, GeoVirus source) for the outlet prior', () => {
    expect(parseLgl(LGL)[0]!.url).toBe('http://www.quillbugle.com/a?b=1&c=2');
    expect(parseLgl(LGL.replace(/<url>[^<]*<\/url>/, ''))[0]!.url).toBe('quillbugle.com');
    expect(parseGeoVirus(GEOVIRUS)[0]!.url).toBe('https://en.wikinews.org/wiki/X');
  });

  it('aligns GeoVirus offsets on the location name and decodes entities', () => {
    const [doc] = parseGeoVirus(GEOVIRUS);
    expect(doc!.text).toBe('Cases rose in Lagos & Abuja.');
    expect(doc!.toponyms[0]!.text).toBe('Lagos');
  });
});

describe.skipIf(!hasShared())('evaluateGeo on the shared corpora', () => {
  it('scores a sample of both corpora', () => {
    const res = evaluateGeo({ limit: 40 });
    expect(res.total.docs).toBe(80);
    expect(res.total.recall).toBeGreaterThan(0.5);
    expect(res.total.accGiven).toBeGreaterThan(0.6);
  });
});
