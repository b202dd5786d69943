/** @module Map JSONL keys and CSV columns (title|headline, text|body, date|published …) to record fields. */

import fieldData from './data/fields.json' with { type: 'json' };
import { normalizeDate } from './dates.js';

/** The record fields read from a key/column. */
export type FieldName = 'id' | 'title' | 'text' | 'html' | 'summary' | 'published' | 'url' | 'outlet' | 'author';

const FIELD_NAMES: FieldName[] = ['id', 'title', 'text', 'html', 'summary', 'published', 'url', 'outlet', 'author'];
const ALIASES: Record<FieldName, string[]> = Object.fromEntries(FIELD_NAMES.map((f) => [f, fieldData[f]])) as Record<FieldName, string[]>;

/** A column or key name in comparable form: lower case, spaces/hyphens/dots → `_`. */
export function normalizeKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s.-]+/g, '_');
}

/** For each field, the source keys to try, in order of preference, among the keys present. */
export type FieldMap = Record<FieldName, string[]>;

/**
 * Matches the keys of a record (or the header row of a CSV) to the fields.
 * @param keys - The names as they appear in the input.
 */
export function mapFields(keys: readonly string[]): FieldMap {
  const byNorm = new Map<string, string[]>();
  for (const k of keys) {
    const n = normalizeKey(k);
    const list = byNorm.get(n) ?? [];
    list.push(k);
    byNorm.set(n, list);
  }
  const out = {} as FieldMap;
  for (const f of FIELD_NAMES) out[f] = ALIASES[f].flatMap((alias) => byNorm.get(alias) ?? []);
  return out;
}

/** The values of one record, by field (strings trimmed; empty → absent). */
export type FieldValues = Partial<Record<FieldName, string>>;

function asString(v: unknown): string | undefined {
  if (v == null) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(asString).filter((s): s is string => s != null);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

/**
 * Reads the fields of one record through a field map: the first non-empty value of each field's keys.
 * `published` is normalised with {@link normalizeDate}; the first key whose value becomes an ISO date wins.
 */
export function pickFields(get: (key: string) => unknown, map: FieldMap): FieldValues {
  const out: FieldValues = {};
  for (const f of FIELD_NAMES) {
    if (f === 'published') continue;
    for (const k of map[f]) {
      const v = asString(get(k));
      if (v != null) {
        out[f] = v;
        break;
      }
    }
  }
  let firstDate: string | undefined;
  for (const k of map.published) {
    const v = normalizeDate(asString(get(k)));
    if (v == null) continue;
    firstDate ??= v;
    if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
      out.published = v;
      break;
    }
  }
  if (out.published == null && firstDate != null) out.published = firstDate;
  return out;
}
