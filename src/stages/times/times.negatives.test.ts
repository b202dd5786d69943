/** @module Inputs that must yield no time expression (ages, adverbs, event names, modal "may", figures). */
import { describe, expect, it } from 'vitest';
import { extractTimes } from './index.js';

const REF = { y: 2023, m: 5, d: 17 };

describe('not time expressions', () => {
  it.each([
    ['ages', 'The victim, 96, was a retired teacher.'],
    ['ages in years', 'A 12-year-old boy and his 40 years old father were hurt.'],
    ['aspectual adverbs', 'So far the troops have already advanced, yet they still wait and strike again.'],
    ['event names', 'It was the worst destruction since World War II.'],
    ['May the modal', 'The strike may have killed dozens, and officials may confirm it.'],
    ['march the noun and verb', 'Thousands joined the march. Troops march toward the city.'],
    ['figures', 'Russia will enlist 134,500 new conscripts and 2389 children were deported.'],
    ['round the clock', 'The hospital works 24/7.'],
    ['counts that look like years', 'About 1990 soldiers and 2000 civilians were evacuated.'],
    ['money', 'The deal was worth $2014 million.'],
    ['fractions', 'A quarter of the troops left.'],
    ['a second time', 'The bridge was hit a second time.'],
    ['abbreviation-like names', 'Czech minister Jan Kavan spoke.'],
    ['the fall of a city', 'The fall of Mariupol shocked the world.'],
    ['event-anchored', 'The talks resumed after the summit and since the invasion.'],
    ['anchored relative day', 'The ministry said the next day that no breakthrough had been made.'],
  ])('%s', (_, text) => {
    expect(extractTimes(text, REF).map((t) => t.text)).toEqual([]);
  });
});
