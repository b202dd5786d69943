/** @module Number, date and text formatting for display. */

const NUMBER = new Intl.NumberFormat('en-GB');
const COMPACT = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** `12345` → `12,345`; null → `–`. */
export function fmtNumber(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '–' : NUMBER.format(n);
}

/** A count with its noun: `1 claim`, `12,345 claims` (plural by `s` unless given). */
export function fmtCount(n: number, noun: string, plural = `${noun}s`): string {
  return `${fmtNumber(n)} ${n === 1 ? noun : plural}`;
}

/** `1200000` → `1.2M`. */
export function fmtCompact(n: number): string {
  return COMPACT.format(n);
}

/** Share `part / whole` as a percentage; `–` when `whole` is 0. */
export function fmtShare(part: number, whole: number): string {
  return whole > 0 ? PERCENT.format(part / whole) : '–';
}

/** A `YYYY-MM-DD…` date as given (first 10 characters), `undated` when missing. */
export function fmtDate(d: string | null | undefined): string {
  return d ? d.slice(0, 10) : 'undated';
}

/** A figure's range as text: `≥ 4,000`, `40–50`, `~40`. */
export function fmtRange(low: number | null, high: number | null, approx: boolean): string {
  const a = approx ? '~' : '';
  if (low !== null && high !== null) return low === high ? `${a}${fmtNumber(low)}` : `${a}${fmtNumber(low)}–${fmtNumber(high)}`;
  if (low !== null) return `≥ ${a}${fmtNumber(low)}`;
  if (high !== null) return `≤ ${a}${fmtNumber(high)}`;
  return '–';
}

/** Shortens `s` to at most `max` characters with an ellipsis. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** Reads a non-negative integer query parameter, with a fallback. */
export function intParam(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
