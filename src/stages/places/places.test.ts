/** @module Tests: toponym spans and resolution on news-like sentences (spec/claims.md §3). */

import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { splitSentences } from '../segment/index.js';
import { findPlaces, haversineKm, placesStage, resolveSpans } from './index.js';
import { styleVotes } from './02-resolve.js';

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
    // A place bearing the name as its own beats a bigger one that has it only as an alternate name.
    ['The fair opened in Elizabethtown on Friday.', ['Elizabethtown'], ['Elizabethtown']],
    ['Police in Rogersville said the road was closed.', ['Rogersville'], ['Rogersville']],
    // ...but exonyms of big places with non-English names still win.
    ['The talks in Geneva ended.', ['Geneva'], ['Geneva']],
    // "New York" alone is the state; "New York City" the city.
    ['Albany is the capital of New York.', ['New York'], ['New York State']],
    ['She flew to New York City.', ['New York City'], ['New York City']],
  ])('%s', (text, spans, names) => {
    const given = spans.map((s) => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s };
    });
    expect(resolveSpans(text, given).map((p) => p?.name)).toEqual(names);
  });
});

describe('resolveSpans: county mentions', () => {
  it('a county mention votes for the US (the Georgia city, not the Greek capital)', () => {
    const text = 'Road work in Athens and Clarke County starts Monday.';
    const spans = ['Athens', 'Clarke County'].map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t }));
    const [athens, county] = resolveSpans(text, spans);
    expect([athens?.country, athens?.admin1]).toEqual(['US', 'Georgia']);
    expect(county?.country).toBe('US');
  });
  it.each([
    ['Flooding hit Clay, Douglas and Grant counties near Alexandria.', 'Clay'],
    ['Flooding hit Clay, Douglas and Grant counties near Alexandria.', 'Douglas'],
    ['Schools in Avoyelles and Rapides parishes near Alexandria closed.', 'Avoyelles'],
  ])('a conjunct of a plural county head is a county: %s (%s)', (text, name) => {
    const spans = [name, 'Alexandria'].filter((t) => text.includes(t)).map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t }));
    const [county] = resolveSpans(text, spans);
    expect(county?.country).toBe('US');
  });
  it('a parish votes for Louisiana', () => {
    const text = 'Alexandria is the seat of Rapides Parish.';
    const spans = ['Alexandria', 'Rapides Parish'].map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t }));
    const [city, parish] = resolveSpans(text, spans);
    expect(city?.admin1).toBe('Louisiana');
    expect(parish?.admin1).toBe('Louisiana');
  });
  it('a county the gazetteer lacks takes the place named nearest to it', () => {
    const text = 'Huntsville, the seat of Quillfeather County, voted. Officials in Nashville disagreed. Nashville said no.';
    const spans = ['Huntsville', 'Quillfeather County', 'Nashville'].map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t }));
    const [town, county] = resolveSpans(text, spans);
    expect([county?.lat, county?.lon]).toEqual([town?.lat, town?.lon]);
  });
  it('without a county the bare name stays the capital', () => {
    const [athens] = resolveSpans('Athens', [{ start: 0, end: 6, text: 'Athens' }]);
    expect(athens?.country).toBe('GR');
  });
});

describe('resolveSpans: demonyms', () => {
  it.each([
    ['Canadian', 'CA'],
    ['Russians', 'RU'],
  ])('%s names its country, not a small place bearing the word', (word, cc) => {
    const [p] = resolveSpans(word, [{ start: 0, end: word.length, text: word }]);
    expect([p?.kind, p?.country]).toEqual(['country', cc]);
  });
});

describe('styleVotes', () => {
  it.each([
    ['The council meets at 7 p.m. at City Hall, 1200 E. Broad St., on a $765,000 package.', 1.5],
    ['He moved to Athens, Ga., last year.', 0.5],
  ])('%s', (text, weight) => {
    expect(styleVotes(text).get('US')).toBe(weight);
  });
  it('tips a bare ambiguous name towards the US town in US local-news style', () => {
    const text = 'MANSFIELD — The City Council approves a $765,000 package today. The meeting is at 7 p.m. at City Hall, 1200 E. Broad St.';
    const [p] = resolveSpans(text, [{ start: 0, end: 9, text: 'MANSFIELD' }]);
    expect(p?.country).toBe('US');
  });
});

describe('resolveSpans: coordinate conventions', () => {
  // Country points sit between the common conventions for a country's centre (GeoNames and others), within 161 km of each.
  it.each([
    ['China', [35, 105], [35, 103]],
    ['Australia', [-25, 135], [-25, 133]],
    ['Sudan', [15, 30], [15, 32]],
    ['Nigeria', [10, 8], [8, 10]],
  ] as const)('%s', (name, a, b) => {
    const [p] = resolveSpans(name, [{ start: 0, end: name.length, text: name }]);
    expect(p).not.toBeNull();
    expect(haversineKm(p!.lat, p!.lon, a[0], a[1])).toBeLessThan(161);
    expect(haversineKm(p!.lat, p!.lon, b[0], b[1])).toBeLessThan(161);
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
    expect(placesStage.name).toBe('places.gazetteer.v2');
  });
});

describe('resolveSpans: context from the text around the given names', () => {
  const at = (text: string, name: string, from = 0) => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, text: name };
  };
  it.each([
    // A US state named in passing (inside an organisation name) in a US local-news text.
    ['Athens', 'Texas', 'The Athens City Council met at 7 p.m. and approved $50,000 from the Texas Department of Transportation.', []],
    // A name listed with states is the state; so is `X state`.
    ['Washington', 'Washington State', 'Doctors in Oregon and Washington may now prescribe the drug.', ['Oregon']],
    ['Washington', 'Washington State', 'The cow was found at a Washington state farm.', []],
    // A story that writes `New York City` means the state by a bare `New York`.
    ['New York', 'New York State', 'Flights leave New York City daily; upstate New York gets snow.', ['New York City']],
    // A qualifier written after the given name, even when it is not given itself.
    ['Paris', 'Texas', 'The fair opens in Paris, Texas on Friday.', []],
    ['Athens', 'Georgia', 'Students returned to Athens, Ga. for the fall term.', []],
  ] as const)('%s → %s', (name, admin1, text, others) => {
    const from = name === 'New York' ? text.indexOf('upstate') : 0;
    const out = resolveSpans(text, [at(text, name, from), ...others.map((o) => at(text, o))]);
    expect(out[0]?.admin1).toBe(admin1);
  });

  it.each([
    ['Ohioans', 'Ohio'],
    ['Iowans', 'Iowa'],
    ['Ontarians', 'Ontario'],
    ['Texan', 'Texas'],
  ] as const)('inhabitants %s → %s', (word, region) => {
    const [p] = resolveSpans(word, [{ start: 0, end: word.length, text: word }]);
    expect(p?.name).toBe(region);
  });

  it('a region known only by its stem competes with small towns (Nyanza)', () => {
    const text = 'Cholera spread in Kenya, in Nyanza and Western provinces.';
    const [p] = resolveSpans(text, [at(text, 'Nyanza')]);
    expect(p?.country).toBe('KE');
  });

  it('a list of countries is not a qualified name (China, Japan and Korea)', () => {
    const text = 'Exports to China, Japan and Korea fell.';
    const [p] = resolveSpans(text, [at(text, 'China'), at(text, 'Japan'), at(text, 'Korea')]);
    expect(p?.country).toBe('CN');
    expect(p?.kind).toBe('country');
  });

  it('a bare Washington stays the capital without region context', () => {
    const text = 'Officials in Washington said on Monday that talks would continue.';
    const [p] = resolveSpans(text, [at(text, 'Washington')]);
    expect(p?.admin1).toBe('District of Columbia');
  });
});

describe('resolveSpans: bare county names', () => {
  const spansOf = (text: string, names: readonly string[]) =>
    names.map((n) => {
      const start = text.indexOf(n);
      return { start, end: start + n.length, text: n };
    });

  it('reads a bare name as a county when the story lies in its state', () => {
    const text = 'Schools in DeKalb and Gwinnett reopened on Monday, officials in Atlanta said.';
    const [dekalb, gwinnett] = resolveSpans(text, spansOf(text, ['DeKalb', 'Gwinnett', 'Atlanta']));
    expect([dekalb?.name, dekalb?.admin1, dekalb?.kind]).toEqual(['DeKalb County', 'Georgia', 'district']);
    expect([gwinnett?.name, gwinnett?.admin1]).toEqual(['Gwinnett County', 'Georgia']);
  });

  it('keeps the town, the region and the country without county context', () => {
    const lone = 'Schools in DeKalb reopened on Monday.';
    expect(resolveSpans(lone, spansOf(lone, ['DeKalb']))[0]?.kind).toBe('town');
    const areas = 'Utah and Canadian officials met in Denver.';
    expect(resolveSpans(areas, spansOf(areas, ['Utah', 'Canadian'])).map((p) => [p?.kind, p?.country])).toEqual([
      ['region', 'US'],
      ['country', 'CA'],
    ]);
  });
});
