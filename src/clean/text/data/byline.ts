/** @module Byline patterns: "By Name" lines at the top of a body. */

/** `By Jane Doe`, `By Jane Doe, Reuters`, `By Jane Doe and John Roe` — group 1 is the first author's name. */
export const BYLINE_PATTERN =
  /^By\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|al|bin|da|di|la|le)){0,4})(?:\s*(?:,|\||\band\b|&|-|–|—)\s*.*)?$/u;

/** Words that follow "By" in prose, never names. */
export const BYLINE_STOPWORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'then', 'now', 'late', 'early', 'mid', 'dawn', 'nightfall', 'noon', 'midnight', 'contrast', 'comparison', 'far', 'all',
]);
