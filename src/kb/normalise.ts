/** @module Name normalisation for knowledge-base lookups: case, diacritics, apostrophes, dots and possessives. */

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015]/g;
const POSSESSIVE = /'s?$/;
/** Characters kept inside a normalised key besides letters and digits. */
const STRIP = /[^\p{L}\p{N}\s'-]/gu;

/**
 * Normalises a name for lookup: lower case, no diacritics, typographic apostrophes and dashes folded,
 * dots and other punctuation removed, final possessive dropped, whitespace collapsed.
 * @example normaliseName('Mr. Zelenskiy’s') === 'mr zelenskiy'
 */
export function normaliseName(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(STRIP, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s
    .split(' ')
    .map((w) => w.replace(POSSESSIVE, ''))
    .filter((w) => w.length > 0 && w !== '-')
    .join(' ');
}

/** Turns a name into an id slug: `Volodymyr Zelensky` → `volodymyr-zelensky`. */
export function slugify(text: string): string {
  return normaliseName(text)
    .replace(/'/g, '')
    .replace(/[\s-]+/g, '-')
    .replace(/^-|-$/g, '');
}
