/** @module Tests: toponym spans and resolution on news-like sentences (spec/claims.md §3). */

import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { splitSentences } from '../segment/index.js';
import { findPlaces, haversineKm, placesStage, resolveSpans } from './index.js';

interface Expect {
  text: string;
  name: string;
  country: string | null;
  kind?: string;
  admin1?: string;
  near?: [number, number];
}

const run = (text: string) => findPlaces(text, splitSentences(text));

const CASES: Array<[string, Expect[]]> = [
  ['Explosions were heard in Kyiv overnight.', [{ text: 'Kyiv', name: 'Kyiv', country: 'UA', kind: 'city', near: [50.45, 30.52] }]],
  ['Explosions were heard in Kiev overnight.', [{ text: 'Kiev', name: 'Kyiv', country: 'UA', near: [50.45, 30.52] }]],
  ['Kiev said on Monday that attacks hit Kharkov and the Odesa region.', [
    { text: 'Kiev', name: 'Kyiv', country: 'UA' },
    { text: 'Kharkov', name: 'Kharkiv', country: 'UA' },
    { text: 'Odesa region', name: 'Odesa Oblast', country: 'UA', kind: 'region' },
  ]],
  ['Russian Forces Advance Near Bakhmut As Fighting Rages', [{ text: 'Bakhmut', name: 'Bakhmut', country: 'UA' }]],
  ['Shelling hit Kharkov and Odessa.', [
    { text: 'Kharkov', name: 'Kharkiv', country: 'UA', near: [49.99, 36.23] },
    { text: 'Odessa', name: 'Odesa', country: 'UA', near: [46.48, 30.73] },
  ]],
  ['Fighting raged around Artemivsk, which Ukrainians call Bakhmut.', [
    { text: 'Artemivsk', name: 'Bakhmut', country: 'UA', near: [48.6, 38.0] },
    { text: 'Bakhmut', name: 'Bakhmut', country: 'UA', near: [48.6, 38.0] },
  ]],
  ['Drones struck the Odesa region and Rivne oblast on Monday.', [
    { text: 'Odesa region', name: 'Odesa Oblast', country: 'UA', kind: 'region' },
    { text: 'Rivne oblast', name: 'Rivne Oblast', country: 'UA', kind: 'region' },
  ]],
  ['Civilians left Mariupol for Zaporizhzhia.', [
    { text: 'Mariupol', name: 'Mariupol', country: 'UA', admin1: 'Donetsk Oblast', near: [47.1, 37.55] },
    { text: 'Zaporizhzhia', name: 'Zaporizhzhia', country: 'UA', near: [47.84, 35.14] },
  ]],
  ['Russian troops entered Lysychansk in eastern Ukraine.', [
    { text: 'Lysychansk', name: 'Lysychansk', country: 'UA', admin1: 'Luhansk Oblast' },
    { text: 'Ukraine', name: 'Ukraine', country: 'UA', kind: 'country' },
  ]],
  ['Warships patrol the Sea of Azov and the Black Sea near Crimea.', [
    { text: 'Sea of Azov', name: 'Sea of Azov', country: null, kind: 'water' },
    { text: 'Black Sea', name: 'Black Sea', country: null, kind: 'water' },
    { text: 'Crimea', name: 'Crimea', country: 'UA' },
  ]],
  ["Ukraine's General Staff said the U.S. Army had delivered the systems.", [
    { text: 'Ukraine', name: 'Ukraine', country: 'UA', kind: 'country' },
    { text: 'U.S.', name: 'United States', country: 'US', kind: 'country' },
  ]],
  ['Thousands of Russians fled to Georgia and Kazakhstan to avoid the draft, while Finland closed its border.', [
    { text: 'Georgia', name: 'Georgia', country: 'GE', kind: 'country' },
    { text: 'Kazakhstan', name: 'Kazakhstan', country: 'KZ', kind: 'country' },
    { text: 'Finland', name: 'Finland', country: 'FI', kind: 'country' },
  ]],
  ['The storm moved from Alabama into Georgia, closing schools in Atlanta and Macon.', [
    { text: 'Alabama', name: 'Alabama', country: 'US', kind: 'region' },
    { text: 'Georgia', name: 'Georgia', country: 'US', kind: 'region' },
    { text: 'Atlanta', name: 'Atlanta', country: 'US', admin1: 'Georgia' },
    { text: 'Macon', name: 'Macon', country: 'US', admin1: 'Georgia' },
  ]],
  ['The mayor of Paris, Texas, visited the county fair.', [
    { text: 'Paris', name: 'Paris', country: 'US', admin1: 'Texas', near: [33.66, -95.56] },
    { text: 'Texas', name: 'Texas', country: 'US', kind: 'region' },
  ]],
  ['Troops retook Lyman and pushed towards Kherson and Luhansk.', [
    { text: 'Lyman', name: 'Lyman', country: 'UA', admin1: 'Donetsk Oblast', near: [48.99, 37.81] },
    { text: 'Kherson', name: 'Kherson', country: 'UA' },
    { text: 'Luhansk', name: 'Luhansk', country: 'UA' },
  ]],
  ['Residents of Makariv, west of Kyiv, returned home.', [
    { text: 'Makariv', name: 'Makariv', country: 'UA', admin1: 'Kyiv Oblast', near: [50.46, 29.81] },
    { text: 'Kyiv', name: 'Kyiv', country: 'UA' },
  ]],
  ['Separatists in Donetsk and the wider Donbas region fired on Avdiivka.', [
    { text: 'Donetsk', name: 'Donetsk', country: 'UA' },
    { text: 'Donbas', name: 'Donbas', country: 'UA' },
    { text: 'Avdiivka', name: 'Avdiivka', country: 'UA', near: [48.14, 37.74] },
  ]],
  ['Strikes hit Odesa and Mykolaiv oblasts.', [
    { text: 'Odesa', name: 'Odesa Oblast', country: 'UA', kind: 'region' },
    { text: 'Mykolaiv oblasts', name: 'Mykolaiv Oblast', country: 'UA', kind: 'region' },
  ]],
  ['Kyiv Mayor Vitali Klitschko said the Kherson City council had fled.', [
    { text: 'Kyiv', name: 'Kyiv', country: 'UA' },
    { text: 'Kherson City', name: 'Kherson', country: 'UA' },
  ]],
  ['The talks in Geneva and Istanbul produced nothing.', [
    { text: 'Geneva', name: 'Geneva', country: 'CH' },
    { text: 'Istanbul', name: 'Istanbul', country: 'TR' },
  ]],
];

describe('findPlaces', () => {
  it.each(CASES)('%s', (text, expected) => {
    const got = run(text);
    expect(got.map((p) => p.text)).toEqual(expected.map((e) => e.text));
    got.forEach((p, i) => {
      const e = expected[i]!;
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.name).toBe(e.name);
      expect(p.country).toBe(e.country);
      if (e.kind) expect(p.kind).toBe(e.kind);
      if (e.admin1) expect(p.admin1).toBe(e.admin1);
      if (e.near) expect(haversineKm(p.lat, p.lon, e.near[0], e.near[1])).toBeLessThan(25);
    });
  });
});

describe('resolveSpans (given toponyms)', () => {
  it.each([
    ['He moved from Athens, Ga., to Atlanta last year.', ['Athens', 'Ga.', 'Atlanta'], ['Athens', 'Georgia', 'Atlanta']],
    ['Russians and Ukrainians met in Istanbul.', ['Russians', 'Ukrainians', 'Istanbul'], ['Russia', 'Ukraine', 'Istanbul']],
  ])('%s', (text, spans, names) => {
    const given = spans.map((s) => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s };
    });
    expect(resolveSpans(text, given).map((p) => p?.name)).toEqual(names);
  });
});

describe('placesStage', () => {
  it('assigns places with spans into the document text', () => {
    const text = 'Zelensky visited Kharkiv.\n\nLater he flew to Warsaw.';
    const doc = { ...emptyDocument('t', text), sentences: splitSentences(text) };
    const out = placesStage.run(doc, {});
    expect(out.places?.map((p) => [p.text, p.country])).toEqual([
      ['Kharkiv', 'UA'],
      ['Warsaw', 'PL'],
    ]);
    expect(placesStage.name).toBe('places.gazetteer.v1');
  });
});
