/** @module Normalise container dates (feed pubDate, CSV columns) to ISO 8601, keeping the given offset; unknown forms are kept as given. */

import names from './data/date-names.json' with { type: 'json' };

const MONTH_NAMES: readonly string[] = names.months;
const ZONES: Record<string, string> = names.zones;

/** The month number (1–12) of an English month name or abbreviation of at least three letters, or null. */
function monthOf(name: string): number | null {
  const l = name.toLowerCase();
  if (l.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(l));
  return i === -1 ? null : i + 1;
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** `Tue, 01 Mar 2022 12:00:00 GMT`, `1 March 2022`, `Wednesday, 23 February 2022`, `01 Mar 2022 12:00 +0300`. */
const DMY_RE = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]+|[+-]\d{2}:?\d{2})?)?$/;
/** `March 1, 2022`, `Mar 1 2022`. */
const MDY_RE = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;

const pad = (n: number | string): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zone(z: string | undefined): string | null {
  if (!z) return '';
  if (/^[+-]\d{2}:?\d{2}$/.test(z)) return `${z.slice(0, 3)}:${z.slice(-2)}`;
  return ZONES[z.toLowerCase()] ?? null;
}

/**
 * Normalises a date string from a container to ISO 8601 (`2022-03-01`, `2022-03-01T12:00:00+03:00`).
 * ISO input is returned as given; RFC 822 and day-month-year forms are rewritten without changing the
 * calendar date or the offset; anything else is returned trimmed, unchanged.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const s = value.trim();
  if (s === '') return null;
  if (ISO_RE.test(s)) return s;
  let m = SLASH_YMD_RE.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : s;
  }
  m = DMY_RE.exec(s);
  if (m) {
    const mo = monthOf(m[2]);
    const [y, d] = [Number(m[3]), Number(m[1])];
    if (mo == null || !validDay(y, mo, d)) return s;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] == null) return date;
    const z = zone(m[7]);
    if (z == null) return s;
    return `${date}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${z}`;
  }
  m = MDY_RE.exec(s);
  if (m) {
    const mo = monthOf(m[1]);
    const [y, d] = [Number(m[3]), Number(m[2])];
    if (mo != null && validDay(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return s;
}
