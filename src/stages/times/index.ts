/**
 * @module Times stage: time expressions with TIMEX3 type, value and mod, normalised against the reference date.
 *
 * Steps: 01 reference date (dateline or `published`) → 03 pattern scan (patterns as data in `data/`) →
 * 04 normalisation (tense-aware, past-leaning) → longest non-overlapping selection.
 * chrono-node is not called: measured on TBAQ-cleaned (`eval time --baseline chrono`) it reaches value F1 0.49
 * alone, and on top of these rules it adds 14 overlaps with gold against 78 false alarms ("$2 a share",
 * "the day before"), all of them either wrong or anchored on events, so it would cost precision and time.
 */

import type { Document, TimeMention } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import { referenceDay } from './01-reference.js';
import type { Day } from './02-calendar.js';
import { scan, selectLongest } from './03-match.js';
import { normalise, type DocState } from './04-normalise.js';

export { referenceDay, datelineDate } from './01-reference.js';
export { isFutureContext } from './04-normalise.js';

/** Spans that may keep a final period: clock abbreviations and abbreviated month names. */
const ABBREVIATION_END = /(?:[ap]\.m|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.$/;

/** What may stand between a day and the clock time that belongs to it ("Thursday at 10 a.m."). */
const CLOCK_AFTER_DAY_GAP = /^\s*,?\s*(?:at|from|by|around|about|shortly after|after|before|until)?\s*$/i;

/**
 * Finds and normalises every time expression in `text`.
 * @param text The cleaned text.
 * @param ref The reference day (publication or dateline date), or null when unknown.
 * @returns Mentions in text order, never overlapping, spans trimmed.
 */
export function extractTimes(text: string, ref: Day | null): TimeMention[] {
  const state: DocState = { lastQuarter: null };
  const cands = scan(text);
  // Normalise in text order (the quarter state flows forward), dropping matches the normaliser rejects,
  // then keep the longest non-overlapping survivors.
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const ok: Array<(typeof cands)[number] & { norm: NonNullable<ReturnType<typeof normalise>> }> = [];
  for (const c of cands) {
    const n = normalise(c, { text, ref, state });
    if (n) ok.push({ ...c, norm: n });
  }
  const kept = selectLongest(ok);
  // "on Thursday at 10 a.m.": a clock time without its own day takes the day named right before it.
  for (let i = 1; i < kept.length; i++) {
    const c = kept[i]!, prev = kept[i - 1]!;
    if (c.kind !== 'clock' || c.groups.cday || c.groups.cmonth || !/^\d{4}-\d{2}-\d{2}$/.test(prev.norm.value)) continue;
    if (!CLOCK_AFTER_DAY_GAP.test(text.slice(prev.end, c.start))) continue;
    c.norm = { ...c.norm, value: prev.norm.value + c.norm.value.slice(c.norm.value.indexOf('T')) };
  }
  return kept.map((c) => {
    // A sentence-final period belongs to the sentence, except after an abbreviation ("a.m.", "Sept.").
    let start = c.start + (c.norm.trimStart ?? 0);
    while (start < c.end && /\s/.test(text[start]!)) start++;
    const end = text[c.end - 1] === '.' && !ABBREVIATION_END.test(text.slice(c.start, c.end)) ? c.end - 1 : c.end;
    return {
    start,
    end,
    text: text.slice(start, end),
    value: c.norm.value,
    ...(c.norm.type ? { type: c.norm.type } : {}),
    ...(c.norm.mod ? { mod: c.norm.mod } : {}),
    };
  });
}

/** Assigns `times`: every time expression (spec §4) normalised to the reference date = dateline date or `published`. */
export const timesStage: Stage = {
  name: 'times.rules.v1',
  requires: ['sentences'],
  assigns: ['times'],
  run(doc: Readonly<Document>) {
    const ref = referenceDay(doc);
    const times = extractTimes(doc.text, ref);
    // Only the year is known ("© 2022"): a month or day without a year lies in that year.
    const year = ref ? null : /^(\d{4})$/.exec(doc.published ?? '')?.[1];
    return { times: year ? times.map((t) => (t.value.startsWith('XXXX-') ? { ...t, value: year + t.value.slice(4) } : t)) : times };
  },
};
