/** @module Turns any user query into a safe FTS5 MATCH expression: every word or quoted phrase becomes a literal string. */

const PART = /(-?)(?:"([^"]*)"?|(\S+))/g;

/**
 * Builds an FTS5 query from user input: quoted phrases stay phrases, every other word is one literal term, all ANDed;
 * a term or phrase with a leading `-` is excluded (`NOT`), when at least one term is not.
 * Quotes, dashes, colons, parentheses, `*` and the words AND/OR/NOT/NEAR are otherwise taken literally, so no input raises a syntax error.
 * @returns The MATCH expression, or null when the input has no searchable word.
 */
export function toFtsQuery(input: string): string | null {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const m of input.matchAll(PART)) {
    const raw = (m[2] ?? m[3] ?? '').trim();
    // Only letters and digits are indexed by the unicode61 tokenizer; a part with none would match nothing or everything.
    if (!/[\p{L}\p{N}]/u.test(raw)) continue;
    (m[1] ? exclude : include).push(`"${raw.replace(/"/g, '""')}"`);
  }
  if (include.length === 0) return null;
  return include.join(' ') + exclude.map((x) => ` NOT ${x}`).join('');
}
