/** @module Tests of source names: the name inside a source phrase, whatever description follows it. */

import { describe, expect, it } from 'vitest';
import { nameOf } from './04-sources.js';

describe('nameOf', () => {
  it.each([
    ['Ostrovets, the state-owned operator of the river ports', 'Ostrovets'],
    ['Ostrovets, Belarus’s state-owned operator of the river ports', 'Ostrovets'],
    ['Halvorsen, who commanded the northern brigade until May', 'Halvorsen'],
    ['Mr. Dimitrescu, a former customs officer', 'Dimitrescu'],
    ['Marta Ilves, a spokeswoman for the coastguard', 'Marta Ilves'],
  ])('keeps the capitalised head before an appositive: %s', (phrase, name) => {
    expect(nameOf(phrase)).toBe(name);
  });

  it.each([
    // No appositive: the phrase is the name (or a description without one).
    ['the regional governor', 'regional governor'],
    // The head is not a name: nothing is cut.
    ['residents of the port, most of them fishermen', 'residents of the port, most of them fishermen'],
    // A list of places, not an appositive.
    ['officials in Tallinn, Riga and Vilnius', 'officials in Tallinn, Riga and Vilnius'],
  ])('leaves a phrase without a named head whole: %s', (phrase, name) => {
    expect(nameOf(phrase)).toBe(name);
  });
});
