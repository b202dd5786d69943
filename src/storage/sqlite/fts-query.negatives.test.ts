/** @module Queries with nothing searchable: they must give no FTS expression at all (and so no SQL error and no hits). */

import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query.js';

describe('toFtsQuery negatives', () => {
  it.each([[''], ['   '], ['"'], ['""'], ['-'], ['*'], ['( ) : ^'], ['-Kyiv'], ['-"air defence"'], ['— … !!!']])('%j → null', (input) => {
    expect(toFtsQuery(input)).toBeNull();
  });
});
