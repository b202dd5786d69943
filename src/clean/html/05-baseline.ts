/** @module Step 5 of the HTML cascade: the whole-page baseline — every paragraph-like block of the pre-cleaned page that is not a link list. */

import type { Removal } from '../../core/doc.js';
import { collectBlocks, type DomNode } from './blocks.js';
import { filterBlocks } from './filter.js';

/** Baseline keeps blocks of at least this many characters (shorter ones are menu items and labels). */
export const BASELINE_MIN_BLOCK_CHARS = 40;

/** All `<p>`-like text of the (pre-cleaned) body as paragraphs. */
export function baselineExtract(body: DomNode, removed: Removal[], title: string | null): string[] {
  const blocks = collectBlocks(body).filter((b) => b.text.length >= BASELINE_MIN_BLOCK_CHARS || b.tag === 'p');
  return filterBlocks(blocks, removed, title);
}
