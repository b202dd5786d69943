/** @module `.html`/`.htm` reader: one saved page per file, charset from BOM, `<meta>` or detection. */

import type { InputResult } from '../../core/input.js';
import type { ReadOptions } from '../types.js';
import { readSingleFile } from './single.js';

/** Reads a saved HTML page (kind `html`, id = file stem). */
export function readHtml(file: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  return readSingleFile(file, 'html', opts);
}
