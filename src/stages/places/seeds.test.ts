/** @module Seed articles: the named places are found and placed near the real locations. */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../core/paths.js';
import { splitSentences } from '../segment/index.js';
import { findPlaces, haversineKm } from './index.js';

const DIR = sharedPath('seeds');
const texts = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${DIR}/${f}`, 'utf8')) : [];
const places = texts.flatMap((t) => findPlaces(t, splitSentences(t)));

describe.skipIf(texts.length === 0)('seed articles', () => {
  it.each([
    ['Mariupol', 47.1, 37.55],
    ['Kyiv', 50.45, 30.52],
  ])('%s is found within 25 km of the city centre', (name, lat, lon) => {
    const hits = places.filter((p) => p.name === name);
    expect(hits.length).toBeGreaterThan(0);
    for (const p of hits) expect(haversineKm(p.lat, p.lon, lat, lon)).toBeLessThan(25);
  });

  it.each([
    ['Donbas', 'UA'],
    ['Kherson', 'UA'],
    ['Lyman', 'UA'],
    ['Luhansk', 'UA'],
    ['Donetsk', 'UA'],
    ['Makariv', 'UA'],
    ['Georgia', 'GE'],
    ['Kazakhstan', 'KZ'],
    ['Finland', 'FI'],
  ])('%s is found (country %s)', (name, country) => {
    const hit = places.find((p) => p.name === name);
    expect(hit?.country).toBe(country);
  });

  it('keeps every span exact', () => {
    for (const t of texts) for (const p of findPlaces(t, splitSentences(t))) expect(t.slice(p.start, p.end)).toBe(p.text);
  });
});
