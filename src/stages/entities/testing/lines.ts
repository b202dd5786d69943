/** @module Test helper: runs the recogniser over lines joined by newlines, one sentence per line (as in wire tables). */

import { recogniseEntities } from '../index.js';

/** Entities of `lines` joined by newlines, each line one sentence, without role coreference. */
export function entitiesOfLines(lines: string[]): ReturnType<typeof recogniseEntities> {
  const text = lines.join('\n');
  const sentences: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const l of lines) {
    sentences.push({ start: pos, end: pos + l.length });
    pos += l.length + 1;
  }
  return recogniseEntities(text, sentences, { roleCoref: false });
}
