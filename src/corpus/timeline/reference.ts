/** @module Lazy loading of the reference loss series from the shared data folder (absent folder → no reference). */

import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedPath } from '../../core/paths.js';
import { dayNumber } from '../stories/tokens.js';
import { REFERENCE_MAX_AGE_DAYS } from './constants.js';
import { ORYX_COUNTRIES, ORYX_TYPES, UA_MOD_FIELDS } from './data/reference-series.js';

/** A reference value for a category, subject and date. */
export interface ReferenceValue {
  series: 'ua-mod' | 'oryx';
  /** Date of the record used (`YYYY-MM-DD`). */
  date: string;
  value: number;
}

/** A daily cumulative series: sorted days and values. */
interface Series {
  days: number[];
  values: number[];
}

let uaMod: Map<string, Series> | null | undefined;
let oryx: Map<string, Series> | null | undefined;

function push(m: Map<string, Series>, key: string, day: number, value: number): void {
  let s = m.get(key);
  if (!s) m.set(key, (s = { days: [], values: [] }));
  s.days.push(day);
  s.values.push(value);
}

function sortSeries(m: Map<string, Series>): void {
  for (const s of m.values()) {
    const idx = s.days.map((_, i) => i).sort((a, b) => s.days[a]! - s.days[b]!);
    s.days = idx.map((i) => s.days[i]!);
    s.values = idx.map((i) => s.values[i]!);
  }
}

function loadUaMod(): Map<string, Series> | null {
  if (uaMod !== undefined) return uaMod;
  const dir = sharedPath('data', 'losses', 'ua-mod-petroivaniuk');
  uaMod = null;
  try {
    const m = new Map<string, Series>();
    for (const f of ['russia_losses_personnel.json', 'russia_losses_equipment.json']) {
      const file = `${dir}/${f}`;
      if (!existsSync(file)) continue;
      const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
      for (const r of rows) {
        const day = dayNumber(String(r.date ?? ''));
        if (day === null) continue;
        for (const [k, v] of Object.entries(r)) if (typeof v === 'number' && k !== 'day') push(m, k, day, v);
      }
    }
    sortSeries(m);
    uaMod = m.size ? m : null;
  } catch {
    uaMod = null;
  }
  return uaMod;
}

function loadOryx(): Map<string, Series> | null {
  if (oryx !== undefined) return oryx;
  const file = sharedPath('data', 'losses', 'oryx-scarnecchia', 'daily_count.csv');
  oryx = null;
  try {
    if (!existsSync(file)) return null;
    const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>;
    const m = new Map<string, Series>();
    for (const r of rows) {
      const day = dayNumber(r.date_recorded);
      const v = Number(r.type_total);
      if (day === null || !Number.isFinite(v)) continue;
      push(m, `${(r.country ?? '').trim()}|${(r.equipment_type ?? '').trim()}`, day, v);
    }
    sortSeries(m);
    oryx = m.size ? m : null;
  } catch {
    oryx = null;
  }
  return oryx;
}

/** Latest value on or before `day` (within {@link REFERENCE_MAX_AGE_DAYS}). */
function at(s: Series | undefined, day: number): { day: number; value: number } | null {
  if (!s || s.days.length === 0 || s.days[0]! > day) return null;
  let lo = 0;
  let hi = s.days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.days[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  if (day - s.days[lo]! > REFERENCE_MAX_AGE_DAYS) return null;
  return { day: s.days[lo]!, value: s.values[lo]! };
}

const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

function sum(m: Map<string, Series> | null, keys: readonly string[], day: number): { day: number; value: number } | null {
  if (!m) return null;
  let total = 0;
  let last = -Infinity;
  for (const k of keys) {
    const v = at(m.get(k), day);
    if (!v) return null;
    total += v.value;
    last = Math.max(last, v.day);
  }
  return { day: last, value: total };
}

/**
 * Reference values for a figure category, subject (`about`) and date: the Ukrainian MoD claims of Russian losses
 * (about `RU`) and Oryx confirmed losses (about `RU` or `UA`). Loads the shared files on first use; returns [] when
 * the shared folder or the category is not covered.
 * @returns Zero, one or two reference values.
 */
export function referenceValues(category: string, about: string | null, date: string): ReferenceValue[] {
  const day = dayNumber(date);
  if (day === null) return [];
  const out: ReferenceValue[] = [];
  const fields = UA_MOD_FIELDS[category];
  if (fields && about === 'RU') {
    const v = sum(loadUaMod(), fields, day);
    if (v) out.push({ series: 'ua-mod', date: iso(v.day), value: v.value });
  }
  const types = ORYX_TYPES[category];
  const country = about ? ORYX_COUNTRIES[about] : undefined;
  if (types && country) {
    const v = sum(loadOryx(), types.map((t) => `${country}|${t}`), day);
    if (v) out.push({ series: 'oryx', date: iso(v.day), value: v.value });
  }
  return out;
}

/** Drops the loaded series (tests switch `TRIANGULATE_SHARED`). */
export function resetReferenceCache(): void {
  uaMod = undefined;
  oryx = undefined;
}
