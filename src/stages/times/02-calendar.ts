/** @module Calendar arithmetic for TIMEX3 values: days, ISO weeks, months, quarters, formatting. */

/** A calendar day (no time zone). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Parses `YYYY-MM-DD…` (ignoring any time part) into a Day; null when it is not a date. */
export function parseDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** Days since 1970-01-01 (UTC). */
function toEpoch(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

function fromEpoch(n: number): Day {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The day `n` days after `day` (negative for before). */
export function addDays(day: Day, n: number): Day {
  return fromEpoch(toEpoch(day) + n);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return toEpoch(b) - toEpoch(a);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week of `day`. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** `YYYY-MM-DD`. */
export function fmtDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** `YYYY-Www` of the ISO week containing `day`. */
export function fmtWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** `YYYY-MM`. */
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Adds `n` months to (y, m), returning the new year and month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** True when (y, m, d) is a real calendar date. */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Quarter (1–4) of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Nth (1-based) given ISO weekday of a month, e.g. the fourth Thursday of November. */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): Day {
  const first = { y, m, d: 1 };
  const offset = (wd - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}
