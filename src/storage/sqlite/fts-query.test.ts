/** @module Tests of the user-query → FTS5 expression translation. */

import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query.js';

describe('toFtsQuery', () => {
  it.each([
    ['Kyiv', '"Kyiv"'],
    ['Kyiv shelling', '"Kyiv" "shelling"'],
    ['"air defence" Kyiv', '"air defence" "Kyiv"'],
    ['Kyiv -Kharkiv', '"Kyiv" NOT "Kharkiv"'],
    ['Kyiv -"air defence"', '"Kyiv" NOT "air defence"'],
    ['Russia-Ukraine', '"Russia-Ukraine"'],
    ['NOT AND OR', '"NOT" "AND" "OR"'],
    ['title:Kyiv', '"title:Kyiv"'],
    ['"unbalanced quote', '"unbalanced quote"'],
    ['Kyiv*', '"Kyiv*"'],
    ['say "no"', '"say" "no"'],
  ])('%j → %s', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });
});
