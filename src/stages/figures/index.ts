/** @module Figures stage: every quantity about the war as a range with modifier, unit, category and about (spec/claims.md §2). */

import type { FigureMention } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import { scanNumbers, tokenize } from './01-scan.js';
import { rejectReason } from './02-filter.js';
import { classify } from './03-classify.js';

const ARMED = new Set(['troops', 'tanks', 'armored_vehicles', 'aircraft', 'drones', 'missiles', 'artillery', 'conscripts']);

/** Kilometres per statute mile, for the converted value of distances in miles. */
const KM_PER_MILE = 1.609344;

/**
 * Extracts war figures from a text.
 * @param text The cleaned text.
 * @param sentences Sentence spans (context for categories); the whole text when empty.
 * @param blocked Spans of other layers (times) that figures must not overlap.
 */
export function extractFigures(text: string, sentences: ReadonlyArray<{ start: number; end: number }>, blocked: ReadonlyArray<{ start: number; end: number }> = []): FigureMention[] {
  const units = sentences.length ? sentences : [{ start: 0, end: text.length }];
  const out: FigureMention[] = [];
  const sortedBlocked = [...blocked].sort((a, b) => a.start - b.start);
  for (const sent of units) {
    if (!/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half|quarter|third)/i.test(text.slice(sent.start, sent.end))) continue;
    const toks = tokenize(text, sent.start, sent.end);
    const clause = text.slice(sent.start, sent.end);
    for (const raw of scanNumbers(text, toks)) {
      if (rejectReason(text, toks, raw)) continue;
      if (overlaps(sortedBlocked, raw.start, raw.end)) continue;
      const cls = classify(toks, raw, clause, sent.start);
      const { category } = cls;
      let { about } = cls;
      // Coordinated figures share their side: "217 Russian tanks … and 312 armored vehicles".
      const prevFig = out[out.length - 1];
      if (about == null && prevFig && prevFig.start >= sent.start && prevFig.about && ARMED.has(category) && ARMED.has(prevFig.category ?? '')) about = prevFig.about;
      const fig: FigureMention = {
        start: raw.start,
        end: raw.end,
        text: text.slice(raw.start, raw.end),
        low: raw.low,
        high: raw.high,
        approx: raw.approx,
        unit: raw.unit,
        category,
        about,
      };
      if (raw.unit === 'mi') {
        fig.converted = {
          unit: 'km',
          low: raw.low == null ? null : Math.round(raw.low * KM_PER_MILE * 10) / 10,
          high: raw.high == null ? null : Math.round(raw.high * KM_PER_MILE * 10) / 10,
        };
      }
      out.push(fig);
    }
  }
  return out;
}

function overlaps(sorted: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  for (const b of sorted) {
    if (b.start >= end) break;
    if (b.end > start) return true;
  }
  return false;
}

/** Assigns `figures`; runs after `times` so that dates and durations are never counted as figures. */
export const figuresStage: Stage = {
  name: 'figures.rules.v1',
  requires: ['sentences', 'times'],
  assigns: ['figures'],
  run(doc) {
    return { figures: extractFigures(doc.text, doc.sentences, doc.times) };
  },
};
