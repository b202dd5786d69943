/**
 * @module Highlight segmentation for the article X-ray: splits a text range at every span boundary so that nested and
 * overlapping spans become flat segments, each with the set of spans covering it. Pure; output is rendered as text.
 */

/** What a highlight marks. */
export type MarkKind = 'entity' | 'place' | 'time' | 'figure' | 'claim' | 'source' | 'cue' | 'via' | 'hedge' | 'denial';

/** One highlighted span; `claim` is the index of the claim it belongs to (claim, source, cue, via, hedge, denial marks). */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  claim?: number;
  /** Tooltip text (normalised value, canonical name…). */
  note?: string;
  /** Side code for colouring (claims, sources, entities). */
  side?: string | null;
}

/** A run of text with constant highlighting. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/** A line of text (no newline inside), `[start, end)`. */
export interface Block {
  start: number;
  end: number;
}

/** Drops marks that are empty, reversed or outside the text, and clamps the rest to `[0, length]`. */
export function validMarks(marks: readonly Mark[], length: number): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) continue;
    const start = Math.max(0, m.start);
    const end = Math.min(length, m.end);
    if (end > start) out.push(start === m.start && end === m.end ? m : { ...m, start, end });
  }
  return out;
}

/**
 * Splits `text.slice(from, to)` at every mark boundary inside it.
 * @returns Contiguous segments covering `[from, to)` exactly, each with the marks that cover it (in input order).
 */
export function segmentText(text: string, marks: readonly Mark[], from = 0, to = text.length): Segment[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo) return [];
  const inside = marks.filter((m) => m.start < hi && m.end > lo);
  const cuts = new Set<number>([lo, hi]);
  for (const m of inside) {
    if (m.start > lo && m.start < hi) cuts.add(m.start);
    if (m.end > lo && m.end < hi) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    segments.push({ start, end, text: text.slice(start, end), marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}

/** The non-empty lines of `text` as blocks (paragraphs of the clean text). */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim() !== '') blocks.push({ start, end: i });
      start = i + 1;
    }
  }
  return blocks;
}

/** Index of the block holding offset `at` (the next block when `at` falls between blocks, the last one past the end). */
export function blockAt(blocks: readonly Block[], at: number): number {
  for (let i = 0; i < blocks.length; i++) if (at < (blocks[i] as Block).end || (at === (blocks[i] as Block).end && i === blocks.length - 1)) return i;
  return Math.max(0, blocks.length - 1);
}
