/** @module Document metadata from the input, the HTML extraction and the cleaned text: outlet, date with provenance, author, syndication. */

import type { DateProvenance, Removal } from '../../core/doc.js';
import {
  COPYRIGHT_YEAR_PATTERN,
  DATELINE_PATTERN,
  DAY_MONTH_YEAR_PATTERN,
  ISO_DATE_PATTERN,
  MONTH_DAY_YEAR_PATTERN,
  MONTHS,
  SYNDICATION_OUTLET_PATTERNS,
  URL_COMPACT_DATE_PATTERN,
  URL_DATE_PATTERN,
} from './data/patterns.js';

/** A value with where it came from. */
export interface Sourced<T, S extends string = string> {
  value: T;
  source: S;
}

function pad2(n: number | string): string {
  return String(n).padStart(2, '0');
}

/** Host name of a URL without `www.`, or null when the URL does not parse. */
export function domainFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\d?\./, '') : null;
  } catch {
    return null;
  }
}

/** The outlet a syndication note names ("…was first published on Flag And Cross." → "Flag And Cross"). */
export function outletFromSyndication(notes: readonly string[]): string | null {
  for (const note of notes) {
    for (const p of SYNDICATION_OUTLET_PATTERNS) {
      const m = p.exec(note.trim());
      if (m?.[1]) return m[1].trim();
    }
  }
  return null;
}

/** `YYYY-MM-DD` from a date in a URL path (`/2022/03/25/`), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not absolute: use as given */
  }
  const m = URL_DATE_PATTERN.exec(path) ?? URL_COMPACT_DATE_PATTERN.exec(path);
  return m ? `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}` : null;
}

/**
 * The date of a news-agency dateline at the start of the body (`KYIV, March 25 (Reuters) -`).
 * @param fallbackYear Used when the dateline has no year; without one the dateline gives nothing.
 */
export function dateFromDateline(body: string, fallbackYear: string | null): string | null {
  const m = DATELINE_PATTERN.exec(body.slice(0, 200));
  if (!m) return null;
  const month = MONTHS[m[1]!.toLowerCase().replace(/\.$/, '')];
  const year = m[3] ?? fallbackYear;
  if (!month || !year) return null;
  return `${year}-${pad2(month)}-${pad2(m[2]!)}`;
}

/** `YYYY-MM-DD` from a date written in a removed "Published …" label line, or null. */
export function dateFromLabel(removed: readonly Removal[]): string | null {
  for (const r of removed) {
    if (r.reason !== 'published-label') continue;
    const iso = ISO_DATE_PATTERN.exec(r.text);
    if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
    const mdy = MONTH_DAY_YEAR_PATTERN.exec(r.text);
    const dmy = mdy ? null : DAY_MONTH_YEAR_PATTERN.exec(r.text);
    const month = mdy ? MONTHS[mdy[1]!.toLowerCase()] : dmy ? MONTHS[dmy[2]!.toLowerCase()] : undefined;
    const day = mdy ? mdy[2] : dmy?.[1];
    const year = mdy ? mdy[3] : dmy?.[3];
    if (month && day && year && Number(day) <= 31) return `${year}-${pad2(month)}-${pad2(day)}`;
  }
  return null;
}

/** The year of a removed copyright footer (`© 2022, GDC.` → `2022`). */
export function yearFromCopyright(removed: readonly Removal[]): string | null {
  for (const r of removed) {
    if (r.reason !== 'copyright') continue;
    const m = COPYRIGHT_YEAR_PATTERN.exec(r.text);
    if (m) return m[1]!;
  }
  return null;
}

/** Inputs to `resolvePublished`, strongest first. */
export interface DateEvidence {
  input?: { value: string | null | undefined; source?: DateProvenance | null };
  html?: { value: string | null | undefined; source?: string | null };
  url?: string | null;
  body: string;
  removed: readonly Removal[];
}

const PROVENANCES: ReadonlySet<string> = new Set<DateProvenance>([
  'input', 'html-meta', 'json-ld', 'time-element', 'url-path', 'warc-date', 'dateline', 'copyright', 'feed', 'text',
]);

/**
 * Picks the publication date and its provenance: input/container, HTML metadata, URL path,
 * dateline, a removed "Published …" label, and last the copyright year.
 */
export function resolvePublished(ev: DateEvidence): Sourced<string, DateProvenance> | null {
  if (ev.input?.value) return { value: ev.input.value, source: ev.input.source ?? 'input' };
  if (ev.html?.value) {
    const s = ev.html.source && PROVENANCES.has(ev.html.source) ? (ev.html.source as DateProvenance) : 'html-meta';
    return { value: ev.html.value, source: s };
  }
  const fromUrl = dateFromUrl(ev.url);
  if (fromUrl) return { value: fromUrl, source: 'url-path' };
  const year = yearFromCopyright(ev.removed);
  const fromDateline = dateFromDateline(ev.body, year);
  if (fromDateline) return { value: fromDateline, source: 'dateline' };
  const fromLabel = dateFromLabel(ev.removed);
  if (fromLabel) return { value: fromLabel, source: 'text' };
  if (year) return { value: year, source: 'copyright' };
  return null;
}

/** Picks the outlet and its provenance: input, HTML site name, syndication note, URL domain. */
export function resolveOutlet(
  input: string | null | undefined,
  siteName: string | null | undefined,
  url: string | null | undefined,
  syndication: readonly string[],
): Sourced<string> | null {
  if (input?.trim()) return { value: input.trim(), source: 'input' };
  if (siteName?.trim()) return { value: siteName.trim(), source: 'html' };
  const domain = domainFromUrl(url);
  if (domain) return { value: domain, source: 'url' };
  const fromText = outletFromSyndication(syndication);
  if (fromText) return { value: fromText, source: 'text' };
  return null;
}
