/** @module Side codes and verdict labels: display names and CSS class names, so colours match across every view. */
import type { Side, VerdictLabel } from '../../../src/apps/server/api-types';

/** Every side code, in the spec's order (spec/claims.md §1.4). */
export const SIDE_CODES: readonly Side[] = ['RU', 'UA', 'WEST', 'INTL', 'THIRD', 'OSINT', 'MEDIA', 'ANON', 'OUTLET'];

/** What each side code stands for. */
export const SIDE_NAMES: Record<Side, string> = {
  RU: 'Russian state',
  UA: 'Ukrainian state',
  WEST: 'EU / NATO / G7 governments',
  INTL: 'International organisations',
  THIRD: 'Other governments',
  OSINT: 'Independent analysts, NGOs',
  MEDIA: 'News organisations',
  ANON: 'Unnamed sources',
  OUTLET: "The outlet's own voice",
};

export const VERDICTS: readonly VerdictLabel[] = ['corroborated', 'single-origin', 'contested', 'denied'];

/** Human text of a verdict label. */
export const VERDICT_NAMES: Record<VerdictLabel, string> = {
  corroborated: 'Corroborated',
  'single-origin': 'Single origin',
  contested: 'Contested',
  denied: 'Denied',
};

/** True when `s` is a known side code. */
export function isSide(s: string | null | undefined): s is Side {
  return typeof s === 'string' && (SIDE_CODES as readonly string[]).includes(s);
}

/** True when `s` is a known verdict label. */
export function isVerdict(s: string | null | undefined): s is VerdictLabel {
  return typeof s === 'string' && (VERDICTS as readonly string[]).includes(s);
}

/** CSS class carrying a side's colour (`side-RU`…); unknown codes get the neutral class. */
export function sideClass(side: string | null | undefined): string {
  return isSide(side) ? `side-${side}` : 'side-none';
}

/** The verdicts as choices of a filter select. */
export const VERDICT_CHOICES: ReadonlyArray<{ value: string; label: string }> = VERDICTS.map((v) => ({ value: v, label: VERDICT_NAMES[v] }));
